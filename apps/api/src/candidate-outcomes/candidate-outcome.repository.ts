import { Injectable } from '@nestjs/common';
import { Candidate, CandidateOutcome, TransactionHost } from '@werkbrug/database';

/** Outcomes are only ever read per candidate (never one by id), so there is no "not found" of their own. */
@Injectable()
export class CandidateOutcomeRepository {
  constructor(private readonly db: TransactionHost) {}

  candidateExists(candidateId: string): Promise<boolean> {
    return this.db.manager.existsBy(Candidate, { id: candidateId });
  }

  /**
   * The candidate's current step on the participatieladder, locked (FOR NO KEY UPDATE), so two
   * steps recorded at once are judged one after the other; null if there is no such candidate.
   */
  async lockRung(candidateId: string): Promise<number | null> {
    const candidate = await this.db.manager.findOne(Candidate, {
      where: { id: candidateId },
      lock: { mode: 'for_no_key_update' },
    });
    return candidate?.participatieladder ?? null;
  }

  async setRung(candidateId: string, rung: number): Promise<void> {
    await this.db.manager.update(Candidate, { id: candidateId }, { participatieladder: rung });
  }

  insert(fields: Omit<CandidateOutcome, 'id'>): Promise<CandidateOutcome> {
    const outcomes = this.db.manager.getRepository(CandidateOutcome);
    return outcomes.save(outcomes.create(fields));
  }

  /** Latest first. */
  findForCandidate(candidateId: string): Promise<CandidateOutcome[]> {
    return this.db.manager
      .getRepository(CandidateOutcome)
      .find({ where: { candidateId }, order: { occurredOn: 'DESC', createdAt: 'DESC' } });
  }
}
