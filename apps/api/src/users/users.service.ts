import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, Credential, Principal, PrincipalResolver } from '@werkbrug/common';
import { TransactionHost, User } from '@werkbrug/database';
import { UserErrors } from './user.errors';
import { NewUser, UserRepository } from './user.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How long a resolved principal is reused within one API process: a role change or deactivation made
 * elsewhere reaches every process within this time ("within a minute"), and at once in the process
 * that made it. Without it each request would read the users table once more.
 */
export const PRINCIPAL_CACHE_MS = 30_000;

/** An OpenID identity signing in: what its provider vouches for. */
export interface SigningInIdentity {
  issuer: string;
  subject: string;
  email?: string;
  /** A staff provider's organisation (its slug's id): staff are found among its users only. */
  organisationId?: string;
  /** An employer provider (eHerkenning) vouches for the KvK number the person acts for. */
  kvkNumber?: string;
}

/** The people who work in Werkbrug, and who a credential belongs to. */
@Injectable()
export class UsersService implements PrincipalResolver {
  private readonly resolved = new Map<string, { principal: Principal | undefined; until: number }>();

  constructor(
    private readonly users: UserRepository,
    private readonly db: TransactionHost,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(fields: Omit<NewUser, 'email'> & { email: string }): Promise<User> {
    const email = fields.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) throw UserErrors.emailTaken.at('email');
    return this.users.insert({ ...fields, email });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  get(id: string): Promise<User> {
    return this.users.getOrThrow({ id });
  }

  /**
   * The principal a credential stands for, from the users table: Werkbrug's own tokens name the user
   * id, a provider's the linked identity. An unknown or inactive user, or a role they lack, is nobody.
   */
  async resolve(credential: Credential): Promise<Principal | undefined> {
    const key = `${credential.issuer}\n${credential.subject}\n${credential.role ?? ''}`;
    const now = this.clock.now().getTime();
    const cached = this.resolved.get(key);
    if (cached && cached.until > now) return cached.principal;
    const principal = await this.lookUp(credential);
    if (this.resolved.size > 10_000) this.resolved.clear();
    this.resolved.set(key, { principal, until: now + PRINCIPAL_CACHE_MS });
    return principal;
  }

  /**
   * The user an identity signs in as: the one linked to it, else, the first time, the staff user of
   * the provider's organisation or the employer user of the KvK number with the same e-mail address,
   * whom it is linked to from then on (an invited user becomes active). Null for anyone else.
   */
  identify(identity: SigningInIdentity): Promise<User | null> {
    return this.db.transaction(async () => {
      const linked = await this.users.findByIdentity(identity.issuer, identity.subject);
      if (linked) return linked.status === 'deactivated' ? null : linked;
      const email = identity.email?.trim().toLowerCase();
      if (!email) return null;
      const user = identity.organisationId
        ? await this.users.findStaffByEmail(identity.organisationId, email)
        : identity.kvkNumber
          ? await this.users.findEmployerUserByKvk(identity.kvkNumber, email)
          : null;
      if (!user || user.status === 'deactivated') return null;
      await this.users.linkIdentity(user.id, identity.issuer, identity.subject);
      await this.users.activateInvited(user.id);
      return { ...user, status: 'active' };
    });
  }

  /** Forgets what this process resolved for a user, after a change to their roles or status. */
  forget(userId: string): void {
    for (const [key, entry] of this.resolved) if (entry.principal?.userId === userId) this.resolved.delete(key);
  }

  private async lookUp(credential: Credential): Promise<Principal | undefined> {
    const user =
      credential.issuer === this.config.auth.issuer
        ? UUID.test(credential.subject)
          ? await this.users.findOneBy({ id: credential.subject })
          : null
        : await this.users.findByIdentity(credential.issuer, credential.subject);
    if (!user || user.status !== 'active') return undefined;
    const role = credential.role ?? user.roles[0];
    if (!user.roles.includes(role)) return undefined;
    return {
      userId: user.id,
      role,
      roles: user.roles,
      ...(user.organisationId ? { organisationId: user.organisationId } : {}),
      ...(user.employerId ? { employerId: user.employerId } : {}),
      subject: credential.subject,
      issuer: credential.issuer,
    };
  }
}
