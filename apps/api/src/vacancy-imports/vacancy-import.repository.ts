import { Injectable } from '@nestjs/common';
import { EntityRepository, TransactionHost, VacancyImport } from '@werkbrug/database';
import { ImportErrors } from './import.errors';

@Injectable()
export class VacancyImportRepository extends EntityRepository<VacancyImport> {
  constructor(db: TransactionHost) {
    super(db, VacancyImport, ImportErrors.notFound);
  }

  insert(fields: Omit<VacancyImport, 'id'>): Promise<VacancyImport> {
    return this.repository.save(this.repository.create(fields));
  }

  /** The werkgeversservicepunt's own organisation (the first, should there be more): its beheerders look after the exchange. */
  async wspOrganisationId(): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.manager.query(
      `SELECT id FROM organisations WHERE kind = 'wsp' ORDER BY created_at, id LIMIT 1`,
    );
    return row?.id;
  }
}
