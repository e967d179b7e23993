import { Injectable } from '@nestjs/common';
import { RecordErrors } from '@werkbrug/common';
import { EntityRepository, Proposal, ShortlistDecision, TransactionHost } from '@werkbrug/database';
import { In } from 'typeorm';
import { ShortlistErrors } from './shortlist.errors';

interface DecisionKey {
  vacancyId: string;
  candidateId: string;
}

/** The accountmanager's decisions, kept apart from the entries so that they outlive every re-match. */
@Injectable()
export class ShortlistDecisionRepository extends EntityRepository<ShortlistDecision> {
  constructor(db: TransactionHost) {
    super(db, ShortlistDecision, ShortlistErrors.decisionNotFound);
  }

  /**
   * Inserts the first decision unless a concurrent request got there first: the primary key makes
   * the second insert skip, and its caller gets `record.stale-version` with the decision that stands.
   */
  async insertFirst(
    decision: Omit<ShortlistDecision, 'version'>,
    view: (current: ShortlistDecision) => unknown,
  ): Promise<ShortlistDecision> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ShortlistDecision)
      .values({ ...decision, version: 1 })
      .orIgnore()
      .returning('version')
      .execute();
    const current = await this.getOrThrow({ vacancyId: decision.vacancyId, candidateId: decision.candidateId });
    if (!(inserted.raw as unknown[]).length)
      throw RecordErrors.staleVersion('Someone else decided on this candidate first.', { current: view(current) });
    return current;
  }

  /**
   * Deletes the decision only on the version read; else `record.stale-version` with the decision as
   * it stands (or not found once someone else withdrew it).
   */
  async deleteVersioned(
    key: DecisionKey,
    version: number,
    view: (current: ShortlistDecision) => unknown,
  ): Promise<void> {
    const result = await this.repository.delete({ ...key, version });
    if (result.affected) return;
    const current = await this.getOrThrow(key);
    throw RecordErrors.staleVersion('Someone else changed this decision since you read it; see current.', {
      current: view(current),
    });
  }

  /** The vacancy's decisions, the earliest first. */
  forVacancy(vacancyId: string): Promise<ShortlistDecision[]> {
    return this.repository.find({ where: { vacancyId }, order: { decidedAt: 'ASC' } });
  }

  among(vacancyId: string, candidateIds: readonly string[]): Promise<ShortlistDecision[]> {
    return this.repository.findBy({ vacancyId, candidateId: In([...candidateIds]) });
  }

  /** Whether the candidate was proposed for the vacancy: from then on the employer's answer decides. */
  isProposed(key: DecisionKey): Promise<boolean> {
    return this.manager.getRepository(Proposal).existsBy(key);
  }
}
