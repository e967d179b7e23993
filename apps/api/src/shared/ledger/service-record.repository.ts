import { Injectable } from '@nestjs/common';
import { ServiceRecord, TransactionHost } from '@werkbrug/database';

/** Where an action took place, as the ledger records it: taken from the vacancy, else the employer, else the candidate. */
export interface ActionPlace {
  employerId: string | null;
  vacancyRegion: string | null;
  sector: string | null;
  employerPostcode: string | null;
  candidatePostcode: string | null;
}

/** The ledger of levels (service_records): append-only, written in the open transaction. */
@Injectable()
export class ServiceRecordRepository {
  constructor(private readonly db: TransactionHost) {}

  async placeOf(ids: {
    vacancyId: string | null;
    employerId: string | null;
    candidateId: string | null;
  }): Promise<ActionPlace> {
    const [place] = await this.db.manager.query<ActionPlace[]>(
      `SELECT coalesce(v.employer_id, e.id) AS "employerId", v.region AS "vacancyRegion",
              coalesce(v.sector, e.sector) AS sector, coalesce(v.postcode, e.postcode) AS "employerPostcode",
              c.postcode AS "candidatePostcode"
         FROM (SELECT 1) AS one
         LEFT JOIN vacancies v ON v.id = $1
         LEFT JOIN employers e ON e.id = coalesce(v.employer_id, $2)
         LEFT JOIN candidates c ON c.id = $3`,
      [ids.vacancyId, ids.employerId, ids.candidateId],
    );
    return place;
  }

  async insert(records: Omit<ServiceRecord, 'id'>[]): Promise<void> {
    await this.db.manager.insert(ServiceRecord, records);
  }
}
