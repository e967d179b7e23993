import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FORMATS, IMPORT_OUTCOMES, ImportFormat, ImportOutcome, VacancyImport } from '@werkbrug/database';
import type { ImportResult } from './vacancy-imports.service';

export class ImportFieldErrorView {
  @ApiProperty({
    description: 'The field as the input names it (employer.kvkNumber, salary.max, occupationalCategory)',
  })
  name: string;
  @ApiProperty({ example: 'field.required' }) code: string;
  @ApiProperty({ description: 'For developers, in English' }) reason: string;
}

export class ImportRowView {
  @ApiPropertyOptional({ description: 'CSV: the line as the spreadsheet shows it (header line 1)' }) line?: number;
  @ApiPropertyOptional({ description: 'JSON and JSON-LD: the index in the list, from 0' }) index?: number;
  @ApiProperty({ enum: IMPORT_OUTCOMES }) outcome: ImportOutcome;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) externalReference: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null when refused, or new in a dry run' })
  vacancyId: string | null;
  @ApiPropertyOptional({ type: [String], description: 'updated: the fields that change' }) changedFields?: string[];
  @ApiPropertyOptional({ description: 'created: its employer was registered from the row' })
  employerRegistered?: boolean;
  @ApiPropertyOptional({ description: 'refused: the problem, as the code of a problem+json answer' }) code?: string;
  @ApiPropertyOptional({ type: [ImportFieldErrorView], description: 'refused: each invalid field' })
  invalidParams?: ImportFieldErrorView[];
}

export class ImportCountsView {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() refused: number;
}

/** What an import did (or, a dry run, would do) with every row. */
export class VacancyImportView {
  @ApiProperty({ type: String, nullable: true, description: 'Null for a dry run: nothing is recorded' })
  id: string | null;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: IMPORT_FORMATS }) format: ImportFormat;
  @ApiProperty({ type: String, nullable: true, description: 'The source the request named for all rows' })
  source: string | null;
  @ApiProperty({ description: 'Who imported: the user, or the principal of the partner key' }) importedBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: ImportCountsView }) counts: ImportCountsView;
  @ApiProperty({ type: [ImportRowView] }) rows: ImportRowView[];

  static of(result: ImportResult): VacancyImportView {
    const { id, dryRun, format, source, importedBy, createdAt, counts, rows } = result;
    return { id, dryRun, format, source, importedBy, createdAt, counts, rows };
  }

  static ofRecord(record: VacancyImport): VacancyImportView {
    return VacancyImportView.of({ ...record, dryRun: false });
  }
}
