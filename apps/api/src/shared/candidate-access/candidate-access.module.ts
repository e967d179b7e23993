import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CandidateAccessInterceptor } from './candidate-access.interceptor';
import { CandidateAccessRepository } from './candidate-access.repository';
import { CandidateAccess } from './candidate-access.service';

/** Whose candidates staff may reach (CandidateAccess), checked for every @CandidateScoped handler. */
@Global()
@Module({
  providers: [
    CandidateAccessRepository,
    CandidateAccess,
    { provide: APP_INTERCEPTOR, useClass: CandidateAccessInterceptor },
  ],
  exports: [CandidateAccess],
})
export class CandidateAccessModule {}
