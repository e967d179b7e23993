import { ApiPropertyOptional } from '@nestjs/swagger';
import { CANDIDATE_IMPORT_MODES, CandidateImportMode } from '@werkbrug/database';
import { IsIn, IsOptional } from 'class-validator';

export class CandidateImportQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: check every row and count what would happen, writing nothing',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: CANDIDATE_IMPORT_MODES,
    default: 'all-or-nothing',
    description:
      'all-or-nothing: one refused row and nothing is imported; per-row: the valid rows are imported, the refused ones named',
  })
  @IsOptional()
  @IsIn(CANDIDATE_IMPORT_MODES)
  mode?: CandidateImportMode;
}
