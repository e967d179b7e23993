import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CANDIDATE_IMPORT_FORMATS,
  CANDIDATE_IMPORT_MODES,
  CANDIDATE_IMPORT_PHASES,
  CANDIDATE_IMPORT_STATUSES,
  CandidateImport,
  CandidateImportFormat,
  CandidateImportMode,
  CandidateImportPhase,
  CandidateImportStatus,
} from '@werkbrug/database';

export class CandidateImportCountsView {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ description: 'Identical to what is stored: nothing written, nothing matched again' })
  unchanged: number;
  @ApiProperty({ description: 'Set left by the row\'s "uitgestroomd op"' }) left: number;
  @ApiProperty() refused: number;
}

export class CandidateImportProgressView {
  @ApiProperty({ description: 'Rows checked (and, per row, written) so far' }) processed: number;
  @ApiProperty({ description: 'Rows in the upload' }) total: number;
}

export class RefusedFieldView {
  @ApiProperty({ description: 'The field as the API names it (wishes.hoursPerWeekMin, clientNumber)' }) name: string;
  @ApiProperty({ example: 'field.required' }) code: string;
}

export class RefusedRowView {
  @ApiPropertyOptional({ description: 'CSV: the line as the spreadsheet shows it (header line 1)' }) line?: number;
  @ApiPropertyOptional({ description: 'JSON: the index in the list, from 0' }) index?: number;
  @ApiProperty({ description: 'The first problem' }) code: string;
  @ApiProperty({ type: [RefusedFieldView] }) fields: RefusedFieldView[];
}

/** An import as a screen follows it: status and progress while it runs, counts and refused rows after. No personal data. */
export class CandidateImportView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: CANDIDATE_IMPORT_STATUSES }) status: CandidateImportStatus;
  @ApiProperty({
    enum: CANDIDATE_IMPORT_PHASES,
    type: String,
    nullable: true,
    description: 'While running: checking rows, or (all-or-nothing) writing them all in one transaction',
  })
  phase: CandidateImportPhase | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why it failed: candidate-import.rows-refused (all-or-nothing; the counts say what would have happened), candidate-import.interrupted, ...',
  })
  errorCode: string | null;
  @ApiProperty({ enum: CANDIDATE_IMPORT_MODES }) mode: CandidateImportMode;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: CANDIDATE_IMPORT_FORMATS }) format: CandidateImportFormat;
  @ApiProperty() importedBy: string;
  @ApiProperty({ type: CandidateImportProgressView }) progress: CandidateImportProgressView;
  @ApiProperty({ type: CandidateImportCountsView }) counts: CandidateImportCountsView;
  @ApiProperty({ type: [RefusedRowView], description: 'Every refused row, once the import has finished' })
  refusedRows: RefusedRowView[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;

  static of(record: CandidateImport): CandidateImportView {
    return {
      id: record.id,
      status: record.status,
      phase: record.phase ?? null,
      errorCode: record.errorCode ?? null,
      mode: record.mode,
      dryRun: record.dryRun,
      format: record.format,
      importedBy: record.importedBy,
      progress: { processed: record.processedRows, total: record.totalRows },
      counts: record.counts,
      refusedRows: record.refusedRows,
      createdAt: record.createdAt,
      startedAt: record.startedAt ?? null,
      finishedAt: record.finishedAt ?? null,
    };
  }
}
