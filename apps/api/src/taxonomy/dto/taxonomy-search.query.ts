import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { TAXONOMY_KINDS, TaxonomyKind } from '../taxonomy-search';

export class TaxonomySearchQuery {
  @ApiProperty({ description: 'What the person typed: part of a label or synonym', example: 'schoon' })
  @IsString()
  @Length(1, 100)
  q: string;

  @ApiProperty({ enum: TAXONOMY_KINDS })
  @IsIn(TAXONOMY_KINDS)
  kind: TaxonomyKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 25, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(25)
  limit?: number;
}
