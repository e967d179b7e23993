import { Injectable } from '@nestjs/common';
import { EntityRepository, Placement, Proposal, ProposalStatus, TransactionHost } from '@werkbrug/database';
import { FindOptionsWhere, In } from 'typeorm';
import { ProposalErrors } from './proposal.errors';
import { fetchWindow, Page } from '../shared/validation/paging';

export type NewProposal = Pick<
  Proposal,
  'vacancyId' | 'employerId' | 'candidateId' | 'profile' | 'status' | 'proposedBy' | 'proposedAt' | 'version'
>;

export interface ProposalFilter {
  vacancyId?: string;
  employerId?: string;
  status?: ProposalStatus;
}

@Injectable()
export class ProposalRepository extends EntityRepository<Proposal> {
  constructor(db: TransactionHost) {
    super(db, Proposal, ProposalErrors.notFound);
  }

  /** The proposal; with `employerId`, only if it is that employer's (another's is not found, not forbidden). */
  getVisible(id: string, employerId: string | undefined): Promise<Proposal> {
    const where: FindOptionsWhere<Proposal> = employerId ? { id, employerId } : { id };
    return this.getOrThrow(where, `Proposal ${id} not found.`);
  }

  /** One page and one row beyond it (see fetchWindow), newest first. */
  list(filter: ProposalFilter, page: Page): Promise<Proposal[]> {
    const where: FindOptionsWhere<Proposal> = {
      ...(filter.vacancyId ? { vacancyId: filter.vacancyId } : {}),
      ...(filter.employerId ? { employerId: filter.employerId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    return this.repository.find({ where, order: { proposedAt: 'DESC', id: 'ASC' }, ...fetchWindow(page) });
  }

  /** The placements that came of these proposals (the same candidate at the same vacancy), by proposal id. */
  async placementsOf(proposals: readonly Proposal[]): Promise<Map<string, Pick<Placement, 'kind' | 'startsOn'>>> {
    if (!proposals.length) return new Map();
    const placements = await this.manager.getRepository(Placement).find({
      select: { candidateId: true, vacancyId: true, kind: true, startsOn: true },
      where: {
        candidateId: In([...new Set(proposals.map((p) => p.candidateId))]),
        vacancyId: In([...new Set(proposals.map((p) => p.vacancyId))]),
      },
      order: { startsOn: 'ASC' },
    });
    const placementOf = new Map(placements.map((p) => [`${p.vacancyId}/${p.candidateId}`, p]));
    return new Map(
      proposals.flatMap((proposal) => {
        const placement = placementOf.get(`${proposal.vacancyId}/${proposal.candidateId}`);
        return placement ? [[proposal.id, { kind: placement.kind, startsOn: placement.startsOn }]] : [];
      }),
    );
  }

  among(vacancyId: string, candidateIds: readonly string[]): Promise<Proposal[]> {
    return this.repository.findBy({ vacancyId, candidateId: In([...candidateIds]) });
  }

  /**
   * Inserts all of them or tells that some were skipped: a colleague proposing the same candidate
   * at the same moment makes the unique key skip that row. Returns whether every row went in.
   */
  async insertUnlessProposed(proposals: NewProposal[]): Promise<boolean> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Proposal)
      .values(proposals)
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as unknown[]).length === proposals.length;
  }
}
