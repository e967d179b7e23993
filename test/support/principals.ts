import type { Principal, Role } from '@werkbrug/common';

/**
 * A principal as the access guard would resolve it, for service tests that call services directly:
 * the user id is the subject, so what a service records ("proposedBy") reads as the test wrote it.
 */
export function principal(role: Role, subject: string, more: Partial<Principal> = {}): Principal {
  return { userId: subject, subject, role, roles: [role], ...more };
}
