import { ApiProperty, OmitType } from '@nestjs/swagger';
import { registerConstraintCode } from '@werkbrug/common';
import { IsInt, Min, ValidateBy } from 'class-validator';
import { VacancyErrors } from '../vacancy.errors';
import { CreateVacancyDto } from './create-vacancy.dto';

registerConstraintCode('statusByOwnRoute', VacancyErrors.statusByOwnRoute);

/** The whole vacancy as it should be, and the version it was read at. A vacancy stays with its employer. */
export class UpdateVacancyDto extends OmitType(CreateVacancyDto, ['employerId'] as const) {
  @ApiProperty({ description: 'The version of the vacancy you read' })
  @IsInt()
  @Min(1)
  version: number;

  /**
   * Not in the document, and always refused (vacancy.status-by-own-route): named so that a client
   * sending it learns where status changes go, rather than only that the field is unknown.
   */
  @ValidateBy({
    name: 'statusByOwnRoute',
    validator: {
      validate: (value) => value === undefined,
      defaultMessage: () => 'the status changes through PUT /vacancies/{id}/status or POST /vacancies/{id}/closure',
    },
  })
  status?: never;
}
