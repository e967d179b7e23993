import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_FORMATS = ['csv', 'json', 'json-ld'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_OUTCOMES = ['created', 'updated', 'unchanged', 'refused'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** One invalid field of a refused row: the field (as the input named it) and a stable code. */
export interface ImportFieldError {
  name: string;
  code: string;
  reason: string;
}

/** What happened to one row: its CSV line (header line 1) or its index in a JSON list. */
export interface ImportRowResult {
  line?: number;
  index?: number;
  outcome: ImportOutcome;
  source: string | null;
  externalReference: string | null;
  /** The vacancy created or updated (or that would be, in a dry run: null when it would be new). */
  vacancyId: string | null;
  /** Updated: the fields that changed. */
  changedFields?: string[];
  /** Created with an employer registered from the row's own fields. */
  employerRegistered?: boolean;
  /** Refused: the problem's code and each invalid field. */
  code?: string;
  invalidParams?: ImportFieldError[];
}

export type ImportCounts = Record<ImportOutcome, number>;

/** A vacancy import that wrote (see migration VacancyImports1766500000000). */
@Entity('vacancy_imports')
export class VacancyImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The user, or for a partner the principal's user id of its key. */
  @Column({ type: 'text' })
  importedBy: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  /** The source the request named for all rows, if it did. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text' })
  format: ImportFormat;

  @Column({ type: 'jsonb' })
  counts: ImportCounts;

  @Column({ type: 'jsonb' })
  rows: ImportRowResult[];

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
