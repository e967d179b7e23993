import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../shared/validation/paging';

export class ListVacanciesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Staff only: the vacancies of one employer' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}
