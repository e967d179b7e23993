import { Injectable } from '@nestjs/common';
import {
  CandidateImport,
  CandidateImportCounts,
  CandidateImportPhase,
  EntityRepository,
  RefusedCandidateRow,
  TransactionHost,
} from '@werkbrug/database';
import { CandidateImportErrors } from './candidate-import.errors';

/** An import claimed to run, with its upload. */
export type ClaimedImport = CandidateImport & { upload: string };

@Injectable()
export class CandidateImportRepository extends EntityRepository<CandidateImport> {
  constructor(db: TransactionHost) {
    super(db, CandidateImport, CandidateImportErrors.notFound);
  }

  insert(
    fields: Omit<CandidateImport, 'id' | 'startedAt' | 'finishedAt' | 'phase' | 'errorCode'>,
  ): Promise<CandidateImport> {
    return this.repository.save(this.repository.create(fields));
  }

  /** Takes a queued import to run (once: a second claim finds it running), with its upload. */
  async claim(id: string, at: Date): Promise<ClaimedImport | null> {
    const [rows] = await this.manager.query<[{ id: string }[], number]>(
      `UPDATE candidate_imports SET status = 'running', phase = 'checking', started_at = $2
        WHERE id = $1 AND status = 'queued' RETURNING id`,
      [id, at],
    );
    if (!rows.length) return null;
    const record = await this.repository
      .createQueryBuilder('i')
      .addSelect('i.upload')
      .where('i.id = :id', { id })
      .getOneOrFail();
    return record as ClaimedImport;
  }

  async progress(id: string, processedRows: number, counts: CandidateImportCounts): Promise<void> {
    await this.repository.update({ id }, { processedRows, counts });
  }

  async phase(id: string, phase: CandidateImportPhase): Promise<void> {
    await this.repository.update({ id }, { phase });
  }

  /** The end of a run: the outcome, and the upload removed (personal data, needed no more). */
  async finish(
    id: string,
    outcome: {
      status: 'done' | 'failed';
      errorCode: string | null;
      processedRows?: number;
      counts?: CandidateImportCounts;
      refusedRows?: RefusedCandidateRow[];
      at: Date;
    },
  ): Promise<void> {
    const { at, ...fields } = outcome;
    await this.repository.update({ id }, { ...fields, phase: null, upload: null, finishedAt: at });
  }

  /** Imports a process was running when it stopped (embedded: there is only this one). */
  async runningIds(): Promise<string[]> {
    return (await this.repository.find({ select: { id: true }, where: { status: 'running' } })).map((row) => row.id);
  }

  async queuedIds(): Promise<string[]> {
    const rows = await this.repository.find({
      select: { id: true },
      where: { status: 'queued' },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => row.id);
  }
}
