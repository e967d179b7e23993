import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../../shared/validation/paging';

export class VacancyFeedQuery {
  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page; leave out to start with a snapshot of every published vacancy',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,300}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({
    description: `Vacancies (snapshot) or changes (after it) per page, 1-${PAGE_LIMIT_MAX}`,
    default: PAGE_LIMIT_DEFAULT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;
}
