import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, invalidField, Public, TokenService, Clock } from '@werkbrug/common';
import { Employer, TransactionHost } from '@werkbrug/database';

import { SignInDto } from './dto/sign-in.dto';
import { SignInEmployerView, SignInView } from './sign-in.response';

/**
 * Development sign-in for the web app: pick a role (and for an employer user, the employer) and get a
 * token. Registered only outside production and without an identity provider (see DevSignInModule);
 * it trusts whoever asks, so it must never face real users.
 */
@ApiTags('development sign-in')
@Controller('dev/sign-in')
export class DevSignInController {
  constructor(
    private readonly db: TransactionHost,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Public({ rateLimited: true })
  async signIn(@Body() dto: SignInDto): Promise<SignInView> {
    let employer: Employer | null = null;
    if (dto.role === 'employer') {
      if (!dto.employerId) throw invalidField('employerId', 'pick the employer the user works for');
      employer = await this.db.manager.getRepository(Employer).findOneBy({ id: dto.employerId });
      if (!employer) throw invalidField('employerId', 'no such employer');
    } else if (dto.employerId) {
      throw invalidField('employerId', 'belongs with the role employer only');
    }
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
  @Get('employers')
  @Public({ rateLimited: true })
  async employers(): Promise<SignInEmployerView[]> {
    const employers = await this.db.manager
      .getRepository(Employer)
      .find({ select: { id: true, name: true }, order: { name: 'ASC' } });
    return employers.map(({ id, name }) => ({ id, name }));
  }
}
