import { isUuid } from '@werkbrug/common';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '@werkbrug/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { statedPurpose } from '../audit/stated-purpose';
import { CANDIDATE_SCOPE_KEY, CandidateScope } from './candidate-access.decorator';
import { CandidateAccess } from './candidate-access.service';

/**
 * Global: for a handler marked @CandidateScoped, lets the request through only to staff of the
 * candidate's organisation (see CandidateAccess.open). Runs after the guards (roles) and before the
 * pipes: a candidate or record that does not exist and one of another organisation get the same
 * not-found, whatever the body; an id that is not a uuid is left to the handler's validation (400).
 */
@Injectable()
export class CandidateAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: CandidateAccess,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const scope = this.reflector.get<CandidateScope | undefined>(CANDIDATE_SCOPE_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    if (!scope || !request.principal) return next.handle();
    const id = (request.params as Record<string, string | undefined>)[scope.param];
    if (!id || !isUuid(id)) return next.handle();
    const notFound = () => scope.notFound(`${scope.noun ?? 'Candidate'} ${id} not found.`);
    // A record that does not exist is answered here too, before the body is validated: else it would
    // answer otherwise than another organisation's (400 against 404) and tell that one exists.
    const candidateId = scope.table ? await this.access.candidateOfRecord(scope.table, id) : id;
    if (!candidateId) throw notFound();
    await this.access.open(request.principal, candidateId, notFound, statedPurpose(request.headers['x-purpose']));
    return next.handle();
  }
}
