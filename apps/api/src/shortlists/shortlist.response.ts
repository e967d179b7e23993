import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ShortlistEntryView {
  @ApiProperty() rank: number;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: 'Total fit, 0-1' }) score: number;
  @ApiProperty({ description: 'Part scores 0-1 by name' }) parts: Record<string, number>;
  @ApiProperty({ type: [String], description: 'Plain-Dutch reasons' }) reasons: string[];
}

export class ShortlistView {
  @ApiProperty() vacancyId: string;
  @ApiProperty({ enum: ['pending', 'ready'], description: 'ready once the current vacancy version has been ranked' })
  status: 'pending' | 'ready';
  @ApiProperty() vacancyVersion: number;
  @ApiProperty({ nullable: true }) matchedVersion: number | null;
  @ApiProperty({ nullable: true }) matchedAt: Date | null;
  @ApiProperty() candidatesConsidered: number;
  @ApiProperty() candidatesEligible: number;
  @ApiProperty({ description: 'Excluded candidates counted per hard limit (travel, lifting, ...)' })
  exclusions: Record<string, number>;
  @ApiPropertyOptional({ type: [ShortlistEntryView], description: 'Staff only; employers see proposals, not the shortlist' })
  entries?: ShortlistEntryView[];
}
