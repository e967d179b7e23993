import { Injectable } from '@nestjs/common';
import { EntityRepository, TransactionHost, Vacancy } from '@werkbrug/database';
import type { FindOptionsWhere } from 'typeorm';
import { fetchWindow, Page } from '../shared/validation/paging';
import { VacancyErrors } from './vacancy.errors';

export type NewVacancy = Omit<
  Vacancy,
  'id' | 'employer' | 'agreementId' | 'createdAt' | 'updatedAt' | 'closeReason' | 'closedBy' | 'closedAt'
> &
  Partial<Pick<Vacancy, 'agreementId'>>;

@Injectable()
export class VacancyRepository extends EntityRepository<Vacancy> {
  constructor(db: TransactionHost) {
    super(db, Vacancy, VacancyErrors.notFound);
  }

  insert(fields: NewVacancy): Promise<Vacancy> {
    return this.repository.save(this.repository.create(fields));
  }

  /** The vacancy, locked until the transaction ends (a status change, a reopening, an expiry), or its not-found. */
  async lockOrThrow(where: FindOptionsWhere<Vacancy>, detail?: string): Promise<Vacancy> {
    const found = await this.repository.findOne({ where, lock: { mode: 'pessimistic_write' } });
    if (!found) throw VacancyErrors.notFound(detail);
    return found;
  }

  /** One page and one row beyond it (see fetchWindow), newest first; only one employer's when it is given. */
  listNewestFirst(page: Page, employerId?: string): Promise<Vacancy[]> {
    return this.repository.find({
      where: employerId ? { employerId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      ...fetchWindow(page),
    });
  }

  /** The vacancy a source brought in under its own reference (unique per source). */
  findByReference(source: string, externalReference: string): Promise<Vacancy | null> {
    // A followed vacancy published again after it was taken down is a new generation: the latest one.
    return this.repository.findOne({ where: { source, externalReference }, order: { createdAt: 'DESC' } });
  }

  /** The vacancy that reopened this one, if any. */
  successorOf(id: string): Promise<Vacancy | null> {
    return this.repository.findOneBy({ reopenedFrom: id });
  }

  /** Ends a vacancy without a version to compare (a placement filled it, or its closing date passed). */
  async end(id: string, changes: Pick<Vacancy, 'status' | 'closeReason' | 'closedBy' | 'closedAt'>): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(Vacancy)
      .set({ ...changes, version: () => 'version + 1' })
      .where({ id })
      .execute();
  }

  /** Open or on-hold vacancies whose closing date lies before `today`, oldest closing date first. */
  async dueForExpiry(today: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM vacancies WHERE status IN ('open', 'on-hold') AND valid_through < $1
        ORDER BY valid_through, id LIMIT $2`,
      [today, limit],
    );
    return rows.map((row) => row.id);
  }
}
