import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { errorCatalogue, findErrorDefinition, Public, RequestErrors } from '@werkbrug/common';
import { WithoutDatabase } from '../../shared/openapi/without-database';
import { ProblemTypeView } from './problem-type.response';

/**
 * The problem types behind `type` in every error answer (RFC 9457): each code the API can answer
 * with, its HTTP status and what it means. A client keys its own texts on `code`.
 */
@ApiTags('problems')
@WithoutDatabase()
@Controller('problems')
export class ProblemsController {
  @Get()
  @Public()
  @ApiOperation({ summary: 'Every problem type (error code) the API can answer with' })
  @ApiOkResponse({ type: [ProblemTypeView] })
  list(): ProblemTypeView[] {
    return errorCatalogue().map(ProblemTypeView.of);
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: 'One problem type: what an error answer with this code means' })
  @ApiOkResponse({ type: ProblemTypeView })
  get(@Param('code') code: string): ProblemTypeView {
    const definition = findErrorDefinition(code);
    if (!definition) throw RequestErrors.notFound(`No problem type ${code}.`);
    return ProblemTypeView.of(definition);
  }
}
