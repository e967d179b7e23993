import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { COMPETENCE_GROUPS, findRegionByCbsCode, REGION_CODES, SECTOR_CODES } from '@werkbrug/reference-data';

/** One row of the kansrijkheid table; give the tension class, or the ratio it is derived from. */
export class KansrijkheidEntryDto {
  @ApiProperty({
    enum: REGION_CODES,
    example: 'flevoland',
    description: "Arbeidsmarktregio: our slug, or CBS's code (AM11), which is read as the slug",
  })
  // UWV's and CBS's tables name regions by CBS code.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (findRegionByCbsCode(value.trim().toUpperCase())?.code ?? value) : value,
  )
  @IsIn(REGION_CODES)
  region: string;

  @ApiProperty({ description: 'SBI section letter, or * with an occupation group', example: 'Q' })
  @IsIn([...SECTOR_CODES, '*'])
  sector: string;

  @ApiPropertyOptional({ description: 'Occupation group code for a finer row', example: 'care-personal' })
  @IsOptional()
  @IsIn(COMPETENCE_GROUPS.map((group) => group.code))
  occupationGroup?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: '1 very slack .. 5 very tight' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  tension?: number;

  @ApiPropertyOptional({ description: 'Vacancies per job seeker in the first six months of benefit', example: 1.8 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(50)
  ratio?: number;

  @ApiProperty({ example: 'UWV spanningsindicator, 3e kwartaal 2026' })
  @IsString()
  @Length(3, 500)
  source: string;
}
