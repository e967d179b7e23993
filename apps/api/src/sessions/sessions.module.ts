import { Global, Module } from '@nestjs/common';
import { SESSION_READER } from '@werkbrug/common';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/**
 * Server-side browser sessions; SessionsService is what sign-in, the access guard and user
 * administration use. Global, because the rate limiter and the access guard, in libs/common, read a
 * request's session through SESSION_READER.
 */
@Global()
@Module({
  providers: [SessionsService, SessionsRepository, { provide: SESSION_READER, useExisting: SessionsService }],
  exports: [SessionsService, SESSION_READER],
})
export class SessionsModule {}
