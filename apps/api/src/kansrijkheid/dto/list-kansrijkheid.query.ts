import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageQuery } from '../../shared/validation/paging';

export class ListKansrijkheidQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Rows of this arbeidsmarktregio (its code)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ description: 'Rows of this SBI section' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  sector?: string;
}
