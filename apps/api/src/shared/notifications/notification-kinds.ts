import type { NotificationDelivery } from '@werkbrug/database';

/**
 * What Werkbrug tells whom: an employer's users of new proposals and of changes to their vacancies,
 * the proposing accountmanager of an employer's answer, jobhunters and klantmanagers of what falls
 * due or is asked of them, administrators of failures.
 */
export const NOTIFICATION_KINDS = [
  'candidate-proposed',
  'vacancy-changed',
  'employer-answered',
  'follow-up-due',
  'consent-requested',
  'delivery-failed',
  'import-failed',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES: readonly NotificationDelivery[] = ['direct', 'digest', 'off'];

/**
 * Without a preference of their own, an employer's users get a daily digest (one mail a day rather
 * than one per proposal, as the users of les emplois de l'inclusion asked for); staff get each
 * notification when it happens, since they act on it the same day.
 */
export function defaultDelivery(recipient: { employerId: string | null }): NotificationDelivery {
  return recipient.employerId ? 'digest' : 'direct';
}
