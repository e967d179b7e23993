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
}
