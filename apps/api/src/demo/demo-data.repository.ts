import { Injectable } from '@nestjs/common';
import { Employer, Shortlist, ShortlistEntry, TransactionHost } from '@werkbrug/database';

/** What the demo loader reads to find its way in the data it loaded through the services. */
@Injectable()
export class DemoDataRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Whether the database holds any data yet: the demo loads into an empty one only. */
  async hasEmployers(): Promise<boolean> {
    return (await this.db.manager.getRepository(Employer).count()) > 0;
  }

  /** The generation the vacancy's queued matching job carries. */
  async requestedGeneration(vacancyId: string): Promise<number> {
    const shortlist = await this.db.manager.getRepository(Shortlist).findOneByOrFail({ vacancyId });
    return shortlist.requestedGeneration;
  }

  /** The candidates on the vacancy's shortlist, best first. */
  async shortlistedBestFirst(vacancyId: string): Promise<string[]> {
    const entries = await this.db.manager
      .getRepository(ShortlistEntry)
      .find({ where: { vacancyId }, order: { rank: 'ASC' } });
    return entries.map((entry) => entry.candidateId);
  }

  /** Of these candidates, those available and on this step of the participatieladder. */
  async availableOnRung(rung: number, candidateIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM candidates WHERE participatieladder = $1 AND availability = 'available' AND id = ANY($2)`,
      [rung, candidateIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
