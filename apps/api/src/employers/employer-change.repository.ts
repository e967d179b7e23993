import { Injectable } from '@nestjs/common';
import { EmployerChange, TransactionHost } from '@werkbrug/database';

export type NewEmployerChange = Omit<EmployerChange, 'id'>;

/** The append-only record of who changed an employer's register (the database refuses UPDATE and DELETE). */
@Injectable()
export class EmployerChangeRepository {
  constructor(private readonly db: TransactionHost) {}

  async add(change: NewEmployerChange): Promise<void> {
    await this.db.manager.getRepository(EmployerChange).insert(change);
  }
}
