import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  Credential,
  isUuid,
  Principal,
  PrincipalResolver,
  staffOrganisationOf,
} from '@werkbrug/common';
import { TransactionHost, User } from '@werkbrug/database';
import { EmployersService } from '../employers/employers.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SessionsService } from '../sessions/sessions.service';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { OutboxRepository } from '../shared/outbox/outbox.repository';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { ChangeAccessDto, ChangeRolesDto, InviteEmployerUserDto, InviteUserDto } from './dto/user.dto';
import { INVITATION_JOB } from './invitation-mail';
import { UserErrors } from './user.errors';
import { NewUser, UserRepository } from './user.repository';
import { ProfileView, UserView } from './user.response';

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
  /** By credential: the principal, or nobody; with the user it was looked up for, so a refusal is forgotten too. */
  private readonly resolved = new Map<
    string,
    { principal: Principal | undefined; userId: string | undefined; until: number }
  >();

  constructor(
    private readonly users: UserRepository,
    private readonly db: TransactionHost,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisations: OrganisationsService,
    private readonly employers: EmployersService,
    private readonly outbox: OutboxRepository,
    private readonly relay: OutboxRelay,
    private readonly sessions: SessionsService,
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
    const { principal, userId } = await this.lookUp(credential);
    if (this.resolved.size > 10_000) this.resolved.clear();
    this.resolved.set(key, { principal, userId, until: now + PRINCIPAL_CACHE_MS });
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

  /** Who is signed in: their name, roles and organisation or employer. */
  async profile(principal: Principal): Promise<ProfileView> {
    const user = await this.get(principal.userId);
    const organisation = user.organisationId ? await this.organisations.get(user.organisationId) : null;
    const employer = user.employerId ? await this.employers.get(user.employerId, principal) : null;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: principal.role,
      roles: user.roles,
      organisation: organisation && { id: organisation.id, name: organisation.name },
      employer: employer && { id: employer.id, name: employer.name },
    };
  }

  /** The administrator's own organisation's staff. */
  async listOfOrganisation(principal: Principal, page: Page): Promise<Paged<User>> {
    return pageFrom(await this.users.listOfOrganisation(staffOrganisationOf(principal), page), page);
  }

  /** An employer's contact persons, for its account team and administrators. */
  async listOfEmployer(principal: Principal, employerId: string, page: Page): Promise<Paged<User>> {
    await this.assertManagesEmployer(principal, employerId);
    return pageFrom(await this.users.listOfEmployer(employerId, page), page);
  }

  /** A staff user of the administrator's organisation or a contact person they manage; anyone else is not found. */
  async getAdministered(principal: Principal, id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (user && (await this.administers(principal, user))) return user;
    throw UserErrors.notFound(`User ${id} not found.`);
  }

  /** A colleague invited by e-mail to the administrator's organisation: 'invited' until their first sign-in. */
  invite(principal: Principal, dto: InviteUserDto): Promise<User> {
    return this.inviting({
      organisationId: staffOrganisationOf(principal),
      employerId: null,
      email: dto.email,
      name: dto.name,
      roles: dto.roles,
      status: 'invited',
    });
  }

  /** A contact person of an employer, invited by its account team or an administrator. */
  async inviteEmployerUser(principal: Principal, employerId: string, dto: InviteEmployerUserDto): Promise<User> {
    await this.assertManagesEmployer(principal, employerId);
    return this.inviting({
      organisationId: null,
      employerId,
      email: dto.email,
      name: dto.name,
      roles: ['employer'],
      status: 'invited',
    });
  }

  /** A staff user's roles, on the version read; the organisation's last active administrator stays one. */
  changeRoles(principal: Principal, id: string, dto: ChangeRolesDto): Promise<User> {
    return this.changing(principal, id, async (user) => {
      if (!user.organisationId) throw UserErrors.employerRolesFixed.at('roles');
      if (!dto.roles.includes('admin')) await this.assertNotLastAdmin(user);
      return this.users.updateVersioned({ id }, dto.version, { roles: dto.roles }, UserView.of);
    });
  }

  /**
   * Deactivates a user (no access from now on) or makes them active again. The organisation's last
   * active administrator cannot be deactivated.
   */
  changeAccess(principal: Principal, id: string, dto: ChangeAccessDto): Promise<User> {
    return this.changing(principal, id, async (user) => {
      if (dto.access === 'deactivated') {
        await this.assertNotLastAdmin(user);
        const deactivated = await this.users.updateVersioned(
          { id },
          dto.version,
          { status: 'deactivated', deactivatedAt: user.deactivatedAt ?? this.clock.now() },
          UserView.of,
        );
        await this.endAccess(id);
        return deactivated;
      }
      const status = user.status === 'deactivated' ? 'active' : user.status;
      return this.users.updateVersioned({ id }, dto.version, { status, deactivatedAt: null }, UserView.of);
    });
  }

  /** Forgets what this process resolved for a user, after a change to their roles or status. */
  forget(userId: string): void {
    for (const [key, entry] of this.resolved) if (entry.userId === userId) this.resolved.delete(key);
  }

  /**
   * The one place where a deactivation ends access: every browser session of the user is deleted
   * in the deactivating transaction, so they fall together. (The principals this process resolved
   * for them are forgotten after every change, see `changing`.)
   */
  private async endAccess(userId: string): Promise<void> {
    await this.sessions.revokeAllOf(userId);
  }

  /**
   * A change to a user in one transaction; once committed, this process forgets what it resolved
   * for them, so the change holds here at once and in other processes within PRINCIPAL_CACHE_MS.
   */
  private changing(principal: Principal, id: string, change: (user: User) => Promise<User>): Promise<User> {
    return this.db.transaction(async () => {
      const user = await this.getAdministered(principal, id);
      const changed = await change(user);
      this.db.afterCommit(() => this.forget(id));
      return changed;
    });
  }

  /** The user and their invitation mail (an outbox job, sent once committed and retried until it is). */
  private inviting(fields: NewUser): Promise<User> {
    return this.db.transaction(async () => {
      const user = await this.create(fields);
      await this.outbox.enqueueLocal(INVITATION_JOB, `invitation-${user.id}`, { userId: user.id });
      this.db.afterCommit(() => this.relay.kick());
      return user;
    });
  }

  private async assertNotLastAdmin(user: User): Promise<void> {
    if (!user.organisationId || user.status !== 'active' || !user.roles.includes('admin')) return;
    await this.users.lockOrganisation(user.organisationId);
    if ((await this.users.countOtherActiveAdmins(user.organisationId, user.id)) === 0)
      throw UserErrors.lastAdmin(`${user.name} is the last active administrator of their organisation.`);
  }

  private async administers(principal: Principal, user: User): Promise<boolean> {
    if (user.organisationId) return principal.role === 'admin' && user.organisationId === principal.organisationId;
    return user.employerId !== null && (await this.managesEmployer(principal, user.employerId));
  }

  private async managesEmployer(principal: Principal, employerId: string): Promise<boolean> {
    if (principal.role === 'admin') return true;
    return principal.role === 'accountmanager' && this.employers.isOnAccountTeam(employerId, principal.userId);
  }

  private async assertManagesEmployer(principal: Principal, employerId: string): Promise<void> {
    await this.employers.get(employerId, principal);
    if (!(await this.managesEmployer(principal, employerId)))
      throw UserErrors.notOnAccountTeam(`You are not on the account team of employer ${employerId}.`);
  }

  private async lookUp(credential: Credential): Promise<{ principal?: Principal; userId?: string }> {
    const user =
      credential.issuer === this.config.auth.issuer
        ? isUuid(credential.subject)
          ? await this.users.findOneBy({ id: credential.subject })
          : null
        : await this.users.findByIdentity(credential.issuer, credential.subject);
    if (!user) return {};
    const role = credential.role ?? user.roles[0];
    if (user.status !== 'active' || !user.roles.includes(role)) return { userId: user.id };
    const principal: Principal = {
      userId: user.id,
      role,
      roles: user.roles,
      ...(user.organisationId ? { organisationId: user.organisationId } : {}),
      ...(user.employerId ? { employerId: user.employerId } : {}),
      subject: credential.subject,
      issuer: credential.issuer,
    };
    return { principal, userId: user.id };
  }
}
