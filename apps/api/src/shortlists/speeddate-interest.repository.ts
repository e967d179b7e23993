import { Injectable } from '@nestjs/common';
import { ConversationInterest, NextStep, TransactionHost } from '@werkbrug/database';

/** The latest speeddate conversation, held and logged, between a candidate and an employer. */
export interface SpeeddateMeeting {
  eventTitle: string;
  heldOn: string;
  interest: ConversationInterest;
  nextStep: NextStep;
}

/**
 * What the speeddates said of shortlisted candidates and the vacancy's employer, so the
 * accountmanager sees interest on either side where it was shown.
 */
@Injectable()
export class SpeeddateInterestRepository {
  constructor(private readonly db: TransactionHost) {}

  async latestWith(employerId: string, candidateIds: readonly string[]): Promise<Map<string, SpeeddateMeeting>> {
    if (!candidateIds.length) return new Map();
    const rows: {
      candidate_id: string;
      title: string;
      held_on: string;
      interest: ConversationInterest;
      next_step: NextStep;
    }[] = await this.db.manager.query(
      `SELECT DISTINCT ON (c.candidate_id) c.candidate_id, e.title, e.held_on::text AS held_on, c.interest, c.next_step
         FROM speeddate_conversations c
         JOIN speeddate_events e ON e.id = c.event_id
        WHERE c.employer_id = $1 AND c.candidate_id = ANY($2::uuid[]) AND c.took_place
        ORDER BY c.candidate_id, e.held_on DESC, c.logged_at DESC`,
      [employerId, [...candidateIds]],
    );
    return new Map(
      rows.map((row) => [
        row.candidate_id,
        { eventTitle: row.title, heldOn: row.held_on, interest: row.interest, nextStep: row.next_step },
      ]),
    );
  }
}
