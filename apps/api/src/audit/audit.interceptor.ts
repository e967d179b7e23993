import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '@werkbrug/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { concatMap, Observable } from 'rxjs';
import { AUDIT_KEY, AuditSpec } from '../shared/audit/audit.decorator';
import { statedPurpose } from '../shared/audit/stated-purpose';
import { AuditErrors } from './audit.errors';
import { AuditService } from './audit.service';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Global: for a handler marked with @AuditCandidateData, writes the audit rows once the handler has
 * succeeded and before the answer leaves. The rows are committed in their own transaction, right
 * after the handler's: putting them in the handler's transaction would need every service to take
 * the audit with it. So a read is never shown unlogged (a failed audit write fails the request),
 * while a change whose audit write fails is committed with its ledger record but answered with a 500.
 * Failed requests write nothing: nothing was shown or changed.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const specs = this.reflector.get<AuditSpec[] | undefined>(AUDIT_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    if (!specs || !request.principal) return next.handle();
    const principal = request.principal;
    const header = request.headers['x-request-id'];
    const audited = {
      principal,
      params: request.params as Record<string, string>,
      statedPurpose: statedPurpose(request.headers['x-purpose']),
      requestId: typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID(),
      route: `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`,
    };
    if (!audited.statedPurpose && specs.some((spec) => spec.purposeRequiredFor?.includes(principal.role))) {
      throw AuditErrors.purposeRequired.at(
        'X-Purpose',
        `as ${principal.role}, state why you need this candidate's data (the X-Purpose header); it is kept in the audit log`,
      );
    }
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        await this.audit.record(specs, audited, body);
        return body;
      }),
    );
  }
}
