import { Injectable } from '@nestjs/common';
import { MatchFeedback, TransactionHost } from '@werkbrug/database';
import { Repository } from 'typeorm';

/**
 * What a speeddate conversation's "no match" teaches the matcher: one match_feedback row per
 * conversation, as an employer's rejection writes one (see ShortlistsService.recordRejection).
 */
@Injectable()
export class SpeeddateFeedbackRepository {
  constructor(private readonly db: TransactionHost) {}

  private get repository(): Repository<MatchFeedback> {
    return this.db.manager.getRepository(MatchFeedback);
  }

  /** Puts the conversation's feedback in place of any it had (null: none); true when anything changed. */
  async replaceForConversation(
    conversationId: string,
    feedback: Omit<MatchFeedback, 'id' | 'createdAt' | 'conversationId'> | null,
  ): Promise<boolean> {
    const { affected } = await this.repository.delete({ conversationId });
    if (feedback) await this.repository.insert({ ...feedback, conversationId });
    return Boolean(affected) || feedback !== null;
  }

  /**
   * The employer's open vacancies whose shortlist a change in what the employer said of the
   * candidate can alter: the one the conversation was about, and those that rank the candidate now.
   */
  async openVacanciesConcerned(employerId: string, candidateId: string, vacancyId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT v.id FROM vacancies v
        WHERE v.employer_id = $1 AND v.status = 'open'
          AND (v.id = $3 OR EXISTS (SELECT 1 FROM shortlist_entries e WHERE e.vacancy_id = v.id AND e.candidate_id = $2))`,
      [employerId, candidateId, vacancyId],
    );
    return rows.map((row) => row.id);
  }
}
