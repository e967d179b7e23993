import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AuthModule } from '@werkbrug/common';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { UsersModule } from '../../users/users.module';
import { DevSignInController } from './dev-sign-in.controller';
import { DevSignInService } from './dev-sign-in.service';
import { SignInEmployersRepository } from './sign-in-employers.repository';

/** The start-up warning, word for word, so a test can look for it in the log. */
export const DEV_SIGN_IN_WARNING =
  'Development sign-in is ON (DEV_SIGN_IN=on, or the embedded demo): anyone who reaches this API can get a token for any role, administrator included. Never let real users or real data near it; DEV_SIGN_IN=off turns it off.';

/**
 * Imported by ApiModule only when `config.auth.devSignIn`: switched on (DEV_SIGN_IN=on, or the
 * embedded demo), never in production or with an identity provider. Otherwise the routes do not
 * exist at all (404, as any unknown address). It says so loudly at start-up while it is on.
 */
@Module({
  imports: [AuthModule, UsersModule, OrganisationsModule],
  controllers: [DevSignInController],
  providers: [DevSignInService, SignInEmployersRepository],
})
export class DevSignInModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('DevSignIn');

  onApplicationBootstrap(): void {
    this.logger.warn(DEV_SIGN_IN_WARNING);
  }
}
