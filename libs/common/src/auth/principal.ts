export const ROLES = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a signed-in user with one role; an employer user always belongs to one employer. */
export interface Principal {
  subject: string;
  role: Role;
  employerId?: string;
  /**
   * Who issued the token (its `iss`): Werkbrug itself (AUTH_ISSUER) or the identity provider. Set on
   * every principal read from a token; the audit log records it, since a subject is unique per issuer only.
   */
  issuer?: string;
}

export function isEmployer(principal: Principal): principal is Principal & { employerId: string } {
  return principal.role === 'employer';
}
