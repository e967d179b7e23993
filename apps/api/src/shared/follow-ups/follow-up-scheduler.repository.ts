import { Injectable } from '@nestjs/common';
import { FollowUp, TransactionHost } from '@werkbrug/database';

export interface FollowUpRequest {
  kind: string;
  source: { type: string; id: string };
  candidateId: string;
  employerId?: string | null;
  vacancyId?: string | null;
  dueOn: string;
  assignedTo: string;
}

/**
 * Schedules the follow-ups that actions of every level create (next steps after a speeddate, a
 * proefplaatsing decision, a six-month check), in the open transaction. A source has at most one
 * follow-up of a kind, so logging the same outcome again moves the due date instead of adding a second task.
 */
@Injectable()
export class FollowUpScheduler {
  constructor(private readonly db: TransactionHost) {}

  async schedule(request: FollowUpRequest): Promise<void> {
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(FollowUp)
      .values({
        kind: request.kind,
        sourceType: request.source.type,
        sourceId: request.source.id,
        candidateId: request.candidateId,
        employerId: request.employerId ?? null,
        vacancyId: request.vacancyId ?? null,
        dueOn: request.dueOn,
        assignedTo: request.assignedTo,
      })
      .orUpdate(['due_on', 'assigned_to'], ['source_type', 'source_id', 'kind'])
      .execute();
  }
}
