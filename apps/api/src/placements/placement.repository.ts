import { Injectable } from '@nestjs/common';
import {
  Availability,
  Candidate,
  Employer,
  EntityRepository,
  Placement,
  TransactionHost,
  Vacancy,
} from '@werkbrug/database';
import { PlacementErrors } from './placement.errors';
import type { PlacementLeads } from './placement-rules';
import { fetchWindow, Page } from '../shared/validation/paging';

export interface PlacementFilter {
  employerId?: string;
  candidateId?: string;
  agreementId?: string;
  /** Started on or after. */
  from?: string;
  /** Started on or before. */
  to?: string;
}

@Injectable()
export class PlacementRepository extends EntityRepository<Placement> {
  constructor(db: TransactionHost) {
    super(db, Placement, PlacementErrors.notFound);
  }

  insert(fields: Omit<Placement, 'id'>): Promise<Placement> {
    return this.repository.save(this.repository.create(fields));
  }

  /** Latest start first. */
  /** One page and one row beyond it (see fetchWindow), latest start first. */
  findFiltered(filter: PlacementFilter, page: Page): Promise<Placement[]> {
    const { take, skip } = fetchWindow(page);
    const builder = this.repository
      .createQueryBuilder('p')
      .orderBy('p.starts_on', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id')
      .limit(take)
      .offset(skip);
    if (filter.employerId) builder.andWhere('p.employer_id = :employerId', { employerId: filter.employerId });
    if (filter.candidateId) builder.andWhere('p.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.agreementId) builder.andWhere('p.agreement_id = :agreementId', { agreementId: filter.agreementId });
    if (filter.from) builder.andWhere('p.starts_on >= :from', { from: filter.from });
    if (filter.to) builder.andWhere('p.starts_on <= :to', { to: filter.to });
    return builder.getMany();
  }

  /** The candidate placed, locked FOR NO KEY UPDATE: it must not block the matcher's key-share locks (see CandidatesService). */
  lockCandidate(id: string): Promise<Candidate | null> {
    return this.manager.findOne(Candidate, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** The vacancy placed on, locked, so that two placements at once cannot both take the last position. */
  lockVacancy(id: string): Promise<Vacancy | null> {
    return this.manager.findOne(Vacancy, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  employerExists(id: string): Promise<boolean> {
    return this.manager.existsBy(Employer, { id });
  }

  async setAvailability(
    candidateId: string,
    availability: { availability: Availability; unavailableReason: string | null; unavailableUntil: string | null },
  ): Promise<void> {
    await this.manager.update(Candidate, { id: candidateId }, availability);
  }

  /** Paid-work placements on the vacancy: each takes one of its positions. */
  async countPaidWorkOn(vacancyId: string): Promise<number> {
    return this.repository.countBy({ vacancyId, kind: 'paid-work' });
  }

  /** An active agreement of the employer that covers the day: the one ending soonest, then the oldest. */
  async agreementCovering(employerId: string, on: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.manager.query(
      `SELECT a.id FROM placement_agreements a JOIN placement_agreement_employers x ON x.agreement_id = a.id
        WHERE x.employer_id = $1 AND a.starts_on <= $2 AND a.ends_on >= $2
        ORDER BY a.ends_on, a.created_at, a.id LIMIT 1`,
      [employerId, on],
    );
    return row?.id ?? null;
  }

  /**
   * What was recorded between the candidate and the employer before this placement, level by level.
   * An action that names a vacancy counts only for a placement on that vacancy (or on none); one
   * without a vacancy (outreach, a training for the employer) counts for any of the employer's.
   */
  async leadsTo(placement: {
    candidateId: string;
    employerId: string;
    vacancyId: string | null;
  }): Promise<Omit<PlacementLeads, 'agreement'>> {
    const [row]: { offer: boolean; introduction: boolean; training: boolean; outreach: boolean }[] =
      await this.manager.query(
        `SELECT
           EXISTS (SELECT 1 FROM vacancy_offers o JOIN vacancies v ON v.id = o.vacancy_id
                    WHERE o.candidate_id = $1 AND v.employer_id = $2 AND ($3::uuid IS NULL OR o.vacancy_id = $3)
                      AND o.response IS DISTINCT FROM 'not-interested') AS offer,
           (EXISTS (SELECT 1 FROM proposals p
                     WHERE p.candidate_id = $1 AND p.employer_id = $2 AND ($3::uuid IS NULL OR p.vacancy_id = $3)
                       AND p.status NOT IN ('rejected', 'withdrawn'))
            OR EXISTS (SELECT 1 FROM speeddate_conversations c
                        WHERE c.candidate_id = $1 AND c.employer_id = $2 AND c.took_place IS TRUE
                          AND ($3::uuid IS NULL OR c.vacancy_id IS NULL OR c.vacancy_id = $3))) AS introduction,
           EXISTS (SELECT 1 FROM training_plans t
                    WHERE t.candidate_id = $1 AND t.employer_id = $2 AND t.status <> 'stopped'
                      AND ($3::uuid IS NULL OR t.vacancy_id IS NULL OR t.vacancy_id = $3)) AS training,
           EXISTS (SELECT 1 FROM outreach_contacts r
                    WHERE r.candidate_id = $1 AND r.employer_id = $2
                      AND ($3::uuid IS NULL OR r.vacancy_id IS NULL OR r.vacancy_id = $3)) AS outreach`,
        [placement.candidateId, placement.employerId, placement.vacancyId],
      );
    return {
      offer: Boolean(row.offer),
      introduction: Boolean(row.introduction),
      training: Boolean(row.training),
      outreach: Boolean(row.outreach),
    };
  }
}
