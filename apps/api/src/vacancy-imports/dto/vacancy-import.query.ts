import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class VacancyImportQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: check every row and answer what would happen, writing nothing',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    description:
      "The source of every row that names none (2-64 of a-z 0-9 . : -). A partner's import is its own source: partner:<partnerId>.",
    example: 'ats-bakkerij-de-eik',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  source?: string;
}
