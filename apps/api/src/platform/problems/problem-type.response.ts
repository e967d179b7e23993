import { ApiProperty } from '@nestjs/swagger';
import { ErrorDefinition, problemTypeOf, STATUS_OF_KIND } from '@werkbrug/common';

/** One kind of problem the API answers with: what `type` and `code` in an error answer stand for. */
export class ProblemTypeView {
  @ApiProperty({ example: '/api/v1/problems/vacancy.not-found' }) type: string;
  @ApiProperty({ example: 'vacancy.not-found' }) code: string;
  @ApiProperty({ example: 'Vacancy not found' }) title: string;
  @ApiProperty({ description: 'The HTTP status an answer with this code has', example: 404 }) status: number;

  static of(definition: ErrorDefinition): ProblemTypeView {
    return {
      type: problemTypeOf(definition.code),
      code: definition.code,
      title: definition.title,
      status: STATUS_OF_KIND[definition.kind],
    };
  }
}
