import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';

/** Candidates as kept mail names them: by reference (K-1A2B-3C4D, the first eight hex digits of the id). */
@Injectable()
export class OutgoingMailRepository {
  constructor(private readonly db: TransactionHost) {}

  /** The candidates whose reference is among `references`, with it. */
  async candidatesByReference(references: readonly string[]): Promise<{ id: string; reference: string }[]> {
    if (!references.length) return [];
    const prefixes = references.map((reference) => reference.slice(2).replace('-', '').toLowerCase());
    const rows: { id: string; prefix: string }[] = await this.db.manager.query(
      `SELECT id, left(replace(id::text, '-', ''), 8) AS prefix FROM candidates
        WHERE left(replace(id::text, '-', ''), 8) = ANY($1::text[])`,
      [prefixes],
    );
    return rows.map((row) => ({
      id: row.id,
      reference: `K-${row.prefix.slice(0, 4).toUpperCase()}-${row.prefix.slice(4).toUpperCase()}`,
    }));
  }
}
