import { Injectable } from '@nestjs/common';
import { MatchFeedback, TransactionHost } from '@werkbrug/database';
import { In, IsNull, Repository } from 'typeorm';

/**
 * Candidates turned down for a vacancy, by an accountmanager or the employer, and why: the matcher
 * reads it to keep them off that shortlist and to weigh a missing competence at the employer's
 * other vacancies. Never read one by one, so it has no not-found of its own; only a withdrawn
 * shortlist rejection takes its own row back.
 */
@Injectable()
export class MatchFeedbackRepository {
  constructor(private readonly db: TransactionHost) {}

  private get repository(): Repository<MatchFeedback> {
    return this.db.manager.getRepository(MatchFeedback);
  }

  async insert(feedback: Omit<MatchFeedback, 'id' | 'createdAt'>): Promise<void> {
    await this.repository.insert(feedback);
  }

  /**
   * Takes back the turn-down a shortlist rejection wrote (the same person, reason and competence),
   * when the accountmanager withdraws that rejection; other feedback on the candidate stays.
   */
  async deleteRejection(
    key: Pick<MatchFeedback, 'candidateId' | 'givenBy' | 'reason' | 'competence'> & { vacancyId: string },
  ): Promise<void> {
    // A speeddate's "no match" (linked to its conversation) is not the shortlist's to take back.
    await this.repository.delete({ ...key, competence: key.competence ?? IsNull(), conversationId: IsNull() });
  }

  /** Those of these candidates that were turned down for the vacancy. */
  async turnedDownAmong(vacancyId: string, candidateIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.repository.find({
      select: { candidateId: true },
      where: { vacancyId, candidateId: In([...candidateIds]) },
    });
    return new Set(rows.map((row) => row.candidateId));
  }
}
