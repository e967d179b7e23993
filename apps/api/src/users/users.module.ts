import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, AuthModule, PRINCIPAL_RESOLVER } from '@werkbrug/common';
import { EmployersModule } from '../employers/employers.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { MailModule } from '../shared/mail/mail.module';
import { EmployerUsersController } from './employer-users.controller';
import { InvitationMail } from './invitation-mail';
import { UserRepository } from './user.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/**
 * Users and their administration (invitations by e-mail, roles, deactivation), and the global access
 * guard that resolves every request's credential (bearer token or session) to one of them.
 */
@Module({
  imports: [AuthModule, SessionsModule, OrganisationsModule, EmployersModule, MailModule],
  controllers: [UsersController, EmployerUsersController],
  providers: [
    UsersService,
    UserRepository,
    InvitationMail,
    { provide: PRINCIPAL_RESOLVER, useExisting: UsersService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, PRINCIPAL_RESOLVER],
})
export class UsersModule {}
