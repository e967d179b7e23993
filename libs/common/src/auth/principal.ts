export const ROLES = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a signed-in user with one role; an employer user always belongs to one employer. */
export interface Principal {
  subject: string;
  role: Role;
  employerId?: string;
}

/** Staff of the municipality's employer services (every role but the employer's own). */
export const STAFF_ROLES: readonly Role[] = ['accountmanager', 'jobhunter', 'klantmanager', 'admin'];

export function isEmployer(principal: Principal): principal is Principal & { employerId: string } {
  return principal.role === 'employer';
}
