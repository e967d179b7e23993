import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, Role, TokenService } from '@werkbrug/common';
import { User } from '@werkbrug/database';
import { OrganisationsService } from '../../organisations/organisations.service';
import { UsersService } from '../../users/users.service';
import { DevSignInErrors } from './dev-sign-in.errors';
import { SignInDto } from './dto/sign-in.dto';
import { SignInEmployer, SignInEmployersRepository } from './sign-in-employers.repository';
import { SignInEmployerView, SignInView } from './sign-in.response';

/**
 * Development sign-in: a token for the role picked (and for an employer user, the employer). It
 * trusts whoever asks, so DevSignInModule exists only when switched on, never in production or with an identity provider.
 */
@Injectable()
export class DevSignInService {
  constructor(
    private readonly employers: SignInEmployersRepository,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async signIn(dto: SignInDto): Promise<SignInView> {
    const employer = await this.employerOf(dto);
    const user = await this.userFor(dto.role, employer);
    const ttl = this.config.auth.tokenTtlSeconds;
    return {
      token: this.tokens.sign({ userId: user.id, role: dto.role }, ttl),
      subject: user.id,
      role: dto.role,
      ...(employer ? { employerId: employer.id, employerName: employer.name } : {}),
      expiresAt: new Date(this.clock.now().getTime() + ttl * 1000),
    };
  }

  /** The employers to sign in for, by name. */
  employersToSignInFor(): Promise<SignInEmployerView[]> {
    return this.employers.listByName();
  }

  /**
   * The development user of a role: one per role in the first organisation, one per employer for
   * employer users, made the first time it is asked for.
   */
  private async userFor(role: Role, employer: SignInEmployer | null): Promise<User> {
    const email = employer
      ? `dev-werkgever-${employer.id.slice(0, 8)}@werkbrug.example`
      : `dev-${role}@werkbrug.example`;
    const existing = await this.users.findByEmail(email);
    if (existing) return existing;
    const [organisation] = employer ? [] : await this.organisations.list();
    if (!employer && !organisation) throw DevSignInErrors.noOrganisation();
    return this.users.create({
      organisationId: organisation?.id ?? null,
      employerId: employer?.id ?? null,
      email,
      name: employer ? `Ontwikkelaar (${employer.name})` : `Ontwikkelaar (${role})`,
      roles: [role],
      status: 'active',
    });
  }

  /** An employer user works for an existing employer; staff for none. */
  private async employerOf(dto: SignInDto): Promise<SignInEmployer | null> {
    if (dto.role !== 'employer') {
      if (dto.employerId) throw DevSignInErrors.employerOnlyForEmployerRole.at('employerId');
      return null;
    }
    if (!dto.employerId)
      throw DevSignInErrors.employerRequired.at('employerId', 'pick the employer the user works for');
    const employer = await this.employers.findById(dto.employerId);
    if (!employer) throw DevSignInErrors.unknownEmployer.at('employerId', 'no such employer');
    return employer;
  }
}
