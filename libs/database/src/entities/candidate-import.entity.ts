import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CANDIDATE_IMPORT_MODES = ['all-or-nothing', 'per-row'] as const;
export type CandidateImportMode = (typeof CANDIDATE_IMPORT_MODES)[number];

export const CANDIDATE_IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type CandidateImportStatus = (typeof CANDIDATE_IMPORT_STATUSES)[number];

/** Where a running import is: checking every row, or (all-or-nothing) writing them in one transaction. */
export const CANDIDATE_IMPORT_PHASES = ['checking', 'writing'] as const;
export type CandidateImportPhase = (typeof CANDIDATE_IMPORT_PHASES)[number];

export const CANDIDATE_IMPORT_FORMATS = ['csv', 'json'] as const;
export type CandidateImportFormat = (typeof CANDIDATE_IMPORT_FORMATS)[number];

export interface CandidateImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  left: number;
  refused: number;
}

/** A refused row: where it stood and each field with its code; no values, so no personal data. */
export interface RefusedCandidateRow {
  line?: number;
  index?: number;
  code: string;
  fields: { name: string; code: string }[];
}

/** One candidate import: its upload until the job has run, then what the job did (see migration CandidateImports1766700000000). */
@Entity('candidate_imports')
export class CandidateImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  importedBy: string;

  @Column({ type: 'text' })
  format: CandidateImportFormat;

  @Column({ type: 'text' })
  mode: CandidateImportMode;

  @Column({ type: 'boolean' })
  dryRun: boolean;

  @Column({ type: 'text' })
  status: CandidateImportStatus;

  @Column({ type: 'text', nullable: true })
  phase: CandidateImportPhase | null;

  /** Why a failed import failed: a code (candidate-import.rows-refused, candidate-import.interrupted, ...). */
  @Column({ type: 'text', nullable: true })
  errorCode: string | null;

  @Column({ type: 'int' })
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Column({ type: 'jsonb' })
  counts: CandidateImportCounts;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  refusedRows: RefusedCandidateRow[];

  /** The file as sent (personal data): kept only until the job has run. */
  @Column({ type: 'text', nullable: true, select: false })
  upload: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
