export const ROLES = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a signed-in user with one role; an employer user always belongs to one employer. */
export interface Principal {
  subject: string;
  role: Role;
  employerId?: string;
}

export function isEmployer(principal: Principal): principal is Principal & { employerId: string } {
  return principal.role === 'employer';
}
