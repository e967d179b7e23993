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
  @ApiProperty({ enum: ['pending', 'ready'], description: 'ready once the latest requested matching has run' })
  status: 'pending' | 'ready';
  @ApiProperty({ description: 'Rises with every change that asks for a re-match' }) generation: number;
  @ApiProperty({ nullable: true, description: 'The generation the entries come from' }) matchedGeneration: number | null;
  @ApiProperty({ nullable: true }) matchedAt: Date | null;
  @ApiProperty() candidatesConsidered: number;
  @ApiProperty() candidatesEligible: number;
  @ApiProperty({ description: 'Excluded candidates counted per hard limit (travel, lifting, ...)' })
  exclusions: Record<string, number>;
  @ApiPropertyOptional({ type: [ShortlistEntryView], description: 'Staff only; employers see proposals, not the shortlist' })
  entries?: ShortlistEntryView[];
}
