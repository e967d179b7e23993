import { Injectable } from '@nestjs/common';
import { CandidateConsent, EntityRepository, Proposal, TransactionHost } from '@werkbrug/database';
import { In, IsNull } from 'typeorm';
import { ConsentErrors } from './consent.errors';

export type NewConsent = Pick<
  CandidateConsent,
  'candidateId' | 'kind' | 'proposalId' | 'adjustments' | 'givenAt' | 'givenBy'
>;

@Injectable()
export class ConsentRepository extends EntityRepository<CandidateConsent> {
  constructor(db: TransactionHost) {
    super(db, CandidateConsent, ConsentErrors.notFound);
  }

  /**
   * Records the consent unless the same one is active (null then): at most one active consent of a
   * kind (per proposal), and the partial unique index makes a second one, even a concurrent one, skip.
   */
  async insertUnlessActive(consent: NewConsent): Promise<CandidateConsent | null> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(CandidateConsent)
      .values(consent)
      .orIgnore()
      .returning('id')
      .execute();
    const [row] = inserted.raw as { id: string }[];
    return row ? this.repository.findOneByOrFail({ id: row.id }) : null;
  }

  /** The whole history, newest first, withdrawn consents included. */
  historyOf(candidateId: string): Promise<CandidateConsent[]> {
    return this.repository.find({ where: { candidateId }, order: { givenAt: 'DESC', id: 'ASC' } });
  }

  /** Stamps the withdrawal on a consent that is still active; whether it was. */
  async withdrawIfActive(
    where: { id: string; candidateId: string },
    withdrawal: Pick<CandidateConsent, 'withdrawnAt' | 'withdrawnBy'>,
  ): Promise<boolean> {
    const result = await this.repository.update({ ...where, withdrawnAt: IsNull() }, withdrawal);
    return Boolean(result.affected);
  }

  /**
   * The consents not withdrawn of these candidates. With `lock`, the rows are share-locked until the
   * transaction ends, so a withdrawal committed meanwhile is seen rather than overtaken.
   */
  activeOf(candidateIds: readonly string[], lock: boolean): Promise<CandidateConsent[]> {
    if (!candidateIds.length) return Promise.resolve([]);
    return this.repository.find({
      where: { candidateId: In([...new Set(candidateIds)]), withdrawnAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
  }

  isProposalOf(proposalId: string, candidateId: string): Promise<boolean> {
    return this.manager.existsBy(Proposal, { id: proposalId, candidateId });
  }
}
