import { Injectable } from '@nestjs/common';
import { EntityRepository, PlacementAgreement, TransactionHost, Vacancy } from '@werkbrug/database';
import { In } from 'typeorm';
import { AgreementErrors } from './agreement.errors';
import { fetchWindow, Page } from '../shared/validation/paging';

export interface AgreementFilter {
  region?: string;
  /** Only those whose period includes this day. */
  activeOn?: string;
  /** Only those this employer is party to. */
  partyId?: string;
}

/** Rows keyed by agreement, gathered into a list per agreement (in the rows' order). */
function byAgreement<T extends { agreement_id: string }>(rows: T[], value: (row: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.agreement_id, [...(map.get(row.agreement_id) ?? []), value(row)]);
  return map;
}

@Injectable()
export class AgreementRepository extends EntityRepository<PlacementAgreement> {
  constructor(db: TransactionHost) {
    super(db, PlacementAgreement, AgreementErrors.notFound);
  }

  insert(fields: Omit<PlacementAgreement, 'id' | 'employers'>): Promise<PlacementAgreement> {
    return this.repository.save(this.repository.create(fields));
  }

  /** Newest period first, then by name. */
  /** One page and one row beyond it (see fetchWindow), latest start first. */
  findFiltered(filter: AgreementFilter, page: Page): Promise<PlacementAgreement[]> {
    const { take, skip } = fetchWindow(page);
    const builder = this.repository
      .createQueryBuilder('a')
      .orderBy('a.starts_on', 'DESC')
      .addOrderBy('a.name')
      .addOrderBy('a.id')
      .limit(take)
      .offset(skip);
    if (filter.region) builder.andWhere('a.region = :region', { region: filter.region });
    if (filter.activeOn)
      builder.andWhere('a.starts_on <= :activeOn AND a.ends_on >= :activeOn', { activeOn: filter.activeOn });
    if (filter.partyId)
      builder.andWhere(
        'EXISTS (SELECT 1 FROM placement_agreement_employers x WHERE x.agreement_id = a.id AND x.employer_id = :partyId)',
        { partyId: filter.partyId },
      );
    return builder.getMany();
  }

  findActiveOn(on: string): Promise<PlacementAgreement[]> {
    return this.repository.createQueryBuilder('a').where('a.starts_on <= :on AND a.ends_on >= :on', { on }).getMany();
  }

  /** Which of these employers exist. */
  async existingEmployers(ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(`SELECT id FROM employers WHERE id = ANY($1)`, [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** The employers party to the agreement. */
  async partiesOf(id: string): Promise<string[]> {
    const rows: { employer_id: string }[] = await this.manager.query(
      `SELECT employer_id FROM placement_agreement_employers WHERE agreement_id = $1`,
      [id],
    );
    return rows.map((row) => row.employer_id);
  }

  /** The agreement's parties become exactly these employers. */
  async setParties(id: string, employerIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM placement_agreement_employers WHERE agreement_id = $1`, [id]);
    await this.manager.query(
      `INSERT INTO placement_agreement_employers (agreement_id, employer_id) SELECT $1, unnest($2::uuid[])`,
      [id, employerIds],
    );
  }

  findVacancies(ids: string[]): Promise<Vacancy[]> {
    return this.manager.findBy(Vacancy, { id: In(ids) });
  }

  async linkVacancies(id: string, vacancyIds: string[]): Promise<void> {
    await this.manager.update(Vacancy, { id: In(vacancyIds) }, { agreementId: id });
  }

  /** False if the vacancy was not linked to the agreement. */
  async unlinkVacancy(id: string, vacancyId: string): Promise<boolean> {
    const { affected } = await this.manager.update(Vacancy, { id: vacancyId, agreementId: id }, { agreementId: null });
    return Boolean(affected);
  }

  /** The parties of each agreement, by employer name. */
  async partiesByAgreement(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { agreement_id: string; employer_id: string }[] = await this.manager.query(
      `SELECT x.agreement_id, x.employer_id FROM placement_agreement_employers x JOIN employers e ON e.id = x.employer_id
        WHERE x.agreement_id = ANY($1) ORDER BY e.name, e.id`,
      [ids],
    );
    return byAgreement(rows, (row) => row.employer_id);
  }

  /** The vacancies linked to each agreement, in the order they were made. */
  async linkedVacanciesByAgreement(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { agreement_id: string; id: string }[] = await this.manager.query(
      `SELECT agreement_id, id FROM vacancies WHERE agreement_id = ANY($1) ORDER BY created_at, id`,
      [ids],
    );
    return byAgreement(rows, (row) => row.id);
  }

  /**
   * Placements counted against each agreement's target on a day: paid work under the agreement that
   * started in its period and by that day (one not yet started is no placement yet).
   */
  async placedByAgreement(ids: string[], on: string): Promise<Map<string, number>> {
    const rows: { id: string; placed: number }[] = await this.manager.query(
      `SELECT a.id, count(p.id)::int AS placed
         FROM placement_agreements a
         LEFT JOIN placements p ON p.agreement_id = a.id AND p.kind = 'paid-work' AND p.starts_on BETWEEN a.starts_on AND a.ends_on AND p.starts_on <= $2
        WHERE a.id = ANY($1)
        GROUP BY a.id`,
      [ids, on],
    );
    return new Map(rows.map((row) => [row.id, Number(row.placed)]));
  }
}
