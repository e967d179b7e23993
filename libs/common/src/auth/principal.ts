/** The roles a user of Werkbrug can have. */
export const USER_ROLES = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * Every role an endpoint can name: the users' roles, and `partner`, the role of a request made with a
 * partner organisation's API key (never a user's: see partner-key.ts).
 */
export const ROLES = [...USER_ROLES, 'partner'] as const;
export type Role = (typeof ROLES)[number];

/** What a partner's API key may be used for; an endpoint open to partners names the one it needs (@RequiresScope). */
export const PARTNER_SCOPES = ['vacancy-feed:read', 'vacancies:write'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/**
 * Who is calling: a user of Werkbrug acting in one of their roles. Staff belong to one organisation
 * (a municipality, UWV, the WSP); an employer user to one employer. Resolved from the users table on
 * every request (see PrincipalResolver), so roles and deactivation take effect without new tokens.
 */
export interface Principal {
  userId: string;
  /** The role the user acts in now: one of `roles`. */
  role: Role;
  roles: readonly Role[];
  organisationId?: string;
  employerId?: string;
  /** A partner (role `partner`): its organisation and the scopes of the key used. */
  partnerId?: string;
  scopes?: readonly PartnerScope[];
  /** The subject and issuer of the credential used, recorded in the audit log. */
  subject: string;
  issuer?: string;
}

export function isPartner(principal: Principal): principal is Principal & { partnerId: string } {
  return principal.role === 'partner';
}

export function isEmployer(principal: Principal): principal is Principal & { employerId: string } {
  return principal.role === 'employer';
}

/** A verified credential, not yet looked up: who issued it, for whom, and the role asked for, if any. */
export interface Credential {
  issuer: string;
  subject: string;
  role?: Role;
}

/** Looks a credential's user up; undefined for an unknown or deactivated user or a role they do not have. */
export interface PrincipalResolver {
  resolve(credential: Credential): Promise<Principal | undefined>;
}

export const PRINCIPAL_RESOLVER = Symbol('PrincipalResolver');

/** The organisation of a staff principal: staff always belong to one (the users table makes sure). */
export function staffOrganisationOf(principal: Principal): string {
  if (!principal.organisationId) throw new Error(`User ${principal.userId} acts as staff without an organisation`);
  return principal.organisationId;
}
