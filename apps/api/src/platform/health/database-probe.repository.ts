import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';

/** The least the database can be asked: whether it answers at all. */
@Injectable()
export class DatabaseProbeRepository {
  constructor(private readonly db: TransactionHost) {}

  async ping(): Promise<void> {
    await this.db.dataSource.query('SELECT 1');
  }
}
