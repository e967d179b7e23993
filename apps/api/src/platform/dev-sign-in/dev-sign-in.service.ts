import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, TokenService } from '@werkbrug/common';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async signIn(dto: SignInDto): Promise<SignInView> {
    const employer = await this.employerOf(dto);
    const subject = employer ? `dev-employer-${employer.id.slice(0, 8)}` : `dev-${dto.role}`;
    const ttl = this.config.auth.tokenTtlSeconds;
    return {
      token: this.tokens.sign({ subject, role: dto.role, employerId: employer?.id }, ttl),
      subject,
      role: dto.role,
      ...(employer ? { employerId: employer.id, employerName: employer.name } : {}),
      expiresAt: new Date(this.clock.now().getTime() + ttl * 1000),
    };
  }

  /** The employers to sign in for, by name. */
  employersToSignInFor(): Promise<SignInEmployerView[]> {
    return this.employers.listByName();
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
