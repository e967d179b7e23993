/** Resources that show a candidate's profile: what an employer's daily quota counts. */
export const PROFILE_RESOURCES = [
  'proposal-profile',
  'candidate-profile',
  'candidate-identity',
  'belastbaarheid',
] as const;

/**
 * Whether showing these candidates would take the account over its daily quota of distinct
 * profiles. Profiles already seen today do not count again, so re-opening one is always allowed.
 */
export function overQuota(seenToday: ReadonlySet<string>, candidateIds: readonly string[], quota: number): boolean {
  const fresh = new Set(candidateIds.filter((id) => !seenToday.has(id)));
  return fresh.size > 0 && seenToday.size + fresh.size > quota;
}

export type FlagReason = 'near-quota' | 'unusual';

/**
 * Why an employer account's viewing on one day is unusual: close to (or at) the quota, or a multiple
 * of its usual day. The usual day only counts once there is one (a first busy day is not unusual
 * unless it nears the quota), and at least ten profiles, so a user who usually opens one is not
 * flagged for opening five.
 */
export function flagReasons(
  viewed: number,
  usualPerDay: number,
  settings: { quota: number; flagQuotaPercent: number; flagUsualMultiple: number },
): FlagReason[] {
  const reasons: FlagReason[] = [];
  if (viewed * 100 >= settings.quota * settings.flagQuotaPercent) reasons.push('near-quota');
  if (usualPerDay > 0 && viewed >= 10 && viewed >= usualPerDay * settings.flagUsualMultiple) reasons.push('unusual');
  return reasons;
}
