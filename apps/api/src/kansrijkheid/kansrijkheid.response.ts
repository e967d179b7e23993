import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KansrijkheidEntry } from '@werkbrug/database';
import { findRegion, TensionClass } from '@werkbrug/reference-data';
import type { KansrijkheidListRow } from './kansrijkheid.service';

/** One row of the kansrijkheid table as stored. */
export class KansrijkheidEntryView {
  @ApiProperty({ description: 'Arbeidsmarktregio (our slug)', example: 'flevoland' }) region: string;
  @ApiProperty({ description: "The region's CBS code (AM01–AM38)", example: 'AM11' }) regionCbsCode: string;
  @ApiProperty({ description: 'SBI section letter, or * for an occupation group row', example: 'Q' }) sector: string;
  @ApiProperty({ description: 'Occupation group code; empty for the sector as a whole' }) occupationGroup: string;
  @ApiProperty({ enum: [1, 2, 3, 4, 5], description: '1 very slack .. 5 very tight' }) tension: TensionClass;
  @ApiProperty({ type: Number, nullable: true, description: 'Vacancies per job seeker, where known' })
  ratio: number | null;
  @ApiProperty() source: string;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({
    description:
      "True while the row is the shipped table's: illustrative, not UWV's figures, until an administrator replaces it",
  })
  illustrative: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When an administrator set the row' })
  replacedAt: Date | null;

  static of({
    region,
    sector,
    occupationGroup,
    tension,
    ratio,
    source,
    updatedAt,
    replacedAt,
  }: KansrijkheidEntry): KansrijkheidEntryView {
    const regionCbsCode = findRegion(region)?.cbsCode ?? '';
    const illustrative = replacedAt === null;
    return {
      region,
      regionCbsCode,
      sector,
      occupationGroup,
      tension,
      ratio,
      source,
      updatedAt,
      illustrative,
      replacedAt,
    };
  }
}

/** A row with its region's name and its tension in words. */
export class KansrijkheidRowView extends KansrijkheidEntryView {
  @ApiPropertyOptional({ example: 'Flevoland' }) regionName?: string;
  @ApiPropertyOptional({ example: 'Gezondheids- en welzijnszorg', description: "The SBI section's name" })
  sectorLabel?: string;
  @ApiPropertyOptional({ example: 'Schoonmaak', description: "The occupation group's name" })
  occupationGroupLabel?: string;
  @ApiProperty({ example: 'zeer krap' }) tensionLabel: string;

  static ofRow(row: KansrijkheidListRow): KansrijkheidRowView {
    const { regionName, sectorLabel, occupationGroupLabel, tensionLabel } = row;
    return { ...KansrijkheidEntryView.of(row), regionName, sectorLabel, occupationGroupLabel, tensionLabel };
  }
}

export class KansrijkheidImportView {
  @ApiProperty({ description: 'Rows set' }) rows: number;
  @ApiProperty({ description: 'Open vacancies asked to be matched again' }) vacanciesRematched: number;
}
