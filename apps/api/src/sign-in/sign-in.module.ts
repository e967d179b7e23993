import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { DevAccountsRepository } from './dev-accounts.repository';
import { DevIdentityProvider } from './dev-identity-provider';
import { SessionController } from './session.controller';
import { SessionService } from './session.service';
import { SignInController } from './sign-in.controller';
import { SignInService } from './sign-in.service';

/** Browser sign-in through OpenID Connect, the session that follows, and the development provider. */
@Module({
  imports: [UsersModule, OrganisationsModule, EmployersModule, SessionsModule],
  controllers: [SignInController, SessionController],
  providers: [SignInService, SessionService, DevIdentityProvider, DevAccountsRepository],
  exports: [SignInService, DevIdentityProvider],
})
export class SignInModule {}
