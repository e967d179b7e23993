import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, AuthModule, PRINCIPAL_RESOLVER, SESSION_READER } from '@werkbrug/common';
import { SessionsModule } from '../sessions/sessions.module';
import { SessionsService } from '../sessions/sessions.service';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

/** Users, and the global access guard that resolves every request's credential (bearer token or session) to one of them. */
@Module({
  imports: [AuthModule, SessionsModule],
  providers: [
    UsersService,
    UserRepository,
    { provide: PRINCIPAL_RESOLVER, useExisting: UsersService },
    // Browsers come with a session cookie instead of a bearer token.
    { provide: SESSION_READER, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, PRINCIPAL_RESOLVER],
})
export class UsersModule {}
