import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@werkbrug/common';
import { TransactionHost, VacancyEndReason } from '@werkbrug/database';

/** How many of each a vacancy's end withdrew. */
export interface Withdrawals {
  proposals: number;
  offers: number;
  conversations: number;
}

/**
 * What an ended vacancy takes with it, in the transaction that ends it: the proposals the employer
 * has not settled (not rejected; a candidate placed on it keeps theirs), the offers not yet
 * answered, and the speeddate conversations about it still to come. Each keeps why (the vacancy's
 * end reason), which the employer, accountmanager and klantmanager see.
 */
@Injectable()
export class VacancyWithdrawalsRepository {
  constructor(private readonly db: TransactionHost) {}

  async withdrawProposals(vacancyId: string, reason: VacancyEndReason, at: Date): Promise<number> {
    const [, affected] = await this.db.manager.query<[unknown, number]>(
      `UPDATE proposals SET status = 'withdrawn', withdrawn_reason = $2, withdrawn_at = $3, version = version + 1
        WHERE vacancy_id = $1 AND status IN ('proposed', 'invited', 'not-now')
          AND candidate_id NOT IN (SELECT candidate_id FROM placements WHERE vacancy_id = $1)`,
      [vacancyId, reason, at],
    );
    return affected;
  }

  async withdrawOffers(vacancyId: string, reason: VacancyEndReason, at: Date): Promise<number> {
    const [, affected] = await this.db.manager.query<[unknown, number]>(
      `UPDATE vacancy_offers SET withdrawn_reason = $2, withdrawn_at = $3, version = version + 1
        WHERE vacancy_id = $1 AND response IS NULL AND withdrawn_at IS NULL`,
      [vacancyId, reason, at],
    );
    return affected;
  }

  /** Conversations not yet logged at events from today on; a past one that was not logged is left to be logged. */
  async withdrawConversations(
    vacancyId: string,
    reason: VacancyEndReason,
    at: Date,
    today: CalendarDate,
  ): Promise<number> {
    const [, affected] = await this.db.manager.query<[unknown, number]>(
      `UPDATE speeddate_conversations c SET withdrawn_reason = $2, withdrawn_at = $3, version = c.version + 1
         FROM speeddate_events e
        WHERE e.id = c.event_id AND c.vacancy_id = $1 AND c.took_place IS NULL AND c.withdrawn_at IS NULL
          AND e.held_on >= $4`,
      [vacancyId, reason, at, today],
    );
    return affected;
  }
}
