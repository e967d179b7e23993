import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard, AuthModule, PRINCIPAL_RESOLVER } from '@werkbrug/common';
import { UserRepository } from './user.repository';
import { UsersService } from './users.service';

/** Users, and the global access guard that resolves every request's credential to one of them. */
@Module({
  imports: [AuthModule],
  providers: [
    UsersService,
    UserRepository,
    { provide: PRINCIPAL_RESOLVER, useExisting: UsersService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, PRINCIPAL_RESOLVER],
})
export class UsersModule {}
