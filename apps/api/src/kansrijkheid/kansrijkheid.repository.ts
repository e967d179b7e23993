import { Injectable } from '@nestjs/common';
import { KansrijkheidEntry, TransactionHost } from '@werkbrug/database';
import type { KansrijkheidRowFields } from './kansrijkheid-rows';

/** An open vacancy as far as kansrijkheid concerns it: where it is and what work it is. */
export interface OpenVacancyPlace {
  id: string;
  region: string;
  sector: string;
  occupation: string;
}

/** The kansrijkheid table, keyed by region, sector and occupation group; and the open vacancies it bears on. */
@Injectable()
export class KansrijkheidRepository {
  constructor(private readonly db: TransactionHost) {}

  list(filter: { region?: string; sector?: string }): Promise<KansrijkheidEntry[]> {
    return this.db.manager.getRepository(KansrijkheidEntry).find({
      where: { ...(filter.region && { region: filter.region }), ...(filter.sector && { sector: filter.sector }) },
      order: { region: 'ASC', sector: 'ASC', occupationGroup: 'ASC' },
    });
  }

  /**
   * Sets each row, replacing the one stored for its region, sector and occupation group, as set by
   * an administrator at `replacedAt`: no longer the shipped table's.
   */
  async upsert(rows: KansrijkheidRowFields[], replacedAt: Date): Promise<KansrijkheidEntry[]> {
    const entries = rows.map((row) => Object.assign(new KansrijkheidEntry(), row, { replacedAt }));
    await this.db.manager.upsert(KansrijkheidEntry, entries, ['region', 'sector', 'occupationGroup']);
    return entries;
  }

  openVacanciesIn(regions: readonly string[]): Promise<OpenVacancyPlace[]> {
    return this.db.manager.query<OpenVacancyPlace[]>(
      `SELECT id, region, sector, occupation FROM vacancies WHERE status = 'open' AND region = ANY($1)`,
      [regions],
    );
  }
}
