import type { Role } from '@werkbrug/common';
import { NOTIFICATION_KINDS, NotificationKind } from '../shared/notifications/notification-kinds';

/** Who is told what: the kinds each role receives (see the hooks that write them). */
const KINDS_OF_ROLE: Record<Role, readonly NotificationKind[]> = {
  employer: ['candidate-proposed', 'vacancy-changed'],
  accountmanager: ['employer-answered', 'follow-up-due'],
  jobhunter: ['follow-up-due'],
  klantmanager: ['follow-up-due', 'consent-requested'],
  admin: ['delivery-failed', 'import-failed'],
  partner: [],
};

/** The kinds a user with these roles receives, in the catalogue's order, each once. */
export function kindsFor(roles: readonly Role[]): NotificationKind[] {
  const theirs = new Set(roles.flatMap((role) => KINDS_OF_ROLE[role] ?? []));
  return NOTIFICATION_KINDS.filter((kind) => theirs.has(kind));
}
