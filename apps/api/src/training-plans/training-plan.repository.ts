import { Injectable } from '@nestjs/common';
import { Candidate, EntityRepository, TrainingPlan, TransactionHost } from '@werkbrug/database';
import { TrainingErrors } from './training.errors';

@Injectable()
export class TrainingPlanRepository extends EntityRepository<TrainingPlan> {
  constructor(db: TransactionHost) {
    super(db, TrainingPlan, TrainingErrors.notFound);
  }

  /**
   * Locks the candidate whose budget a plan draws on, so plans created at the same moment take
   * turns and together cannot exceed it (FOR NO KEY UPDATE: it must not block the matcher's
   * key-share locks). False if there is no such candidate.
   */
  async lockBudgetOf(candidateId: string): Promise<boolean> {
    const locked: { id: string }[] = await this.manager.query(
      `SELECT id FROM candidates WHERE id = $1 FOR NO KEY UPDATE`,
      [candidateId],
    );
    return locked.length > 0;
  }

  candidateExists(candidateId: string): Promise<boolean> {
    return this.manager.existsBy(Candidate, { id: candidateId });
  }

  insert(fields: Omit<TrainingPlan, 'id'>): Promise<TrainingPlan> {
    return this.repository.save(this.repository.create(fields));
  }

  /** By start, then in the order they were made. */
  findForCandidate(candidateId: string): Promise<TrainingPlan[]> {
    return this.repository.find({ where: { candidateId }, order: { startsOn: 'ASC', createdAt: 'ASC' } });
  }

  /** What the candidate's plans that are not stopped take from the budget, in cents. */
  async usedBudgetCents(candidateId: string): Promise<number> {
    const [{ used }]: { used: string | number }[] = await this.manager.query(
      `SELECT coalesce(sum(cost_cents), 0) AS used FROM training_plans WHERE candidate_id = $1 AND status <> 'stopped'`,
      [candidateId],
    );
    return Number(used);
  }
}
