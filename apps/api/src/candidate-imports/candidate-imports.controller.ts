import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import type { Response } from 'express';
import { CandidateImportErrors } from './candidate-import.errors';
import { candidateImportFormatOf, MAX_CANDIDATE_IMPORT_ROWS } from './candidate-import-formats';
import { CandidateImportJobs } from './candidate-import.jobs';
import { CandidateImportView } from './candidate-import.response';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidateImportQuery } from './dto/candidate-import.query';

/** Candidates are their organisation's: its klantmanagers and administrators import them. */
@ApiTags('candidate-imports')
@ApiBearerAuth()
@Controller('candidate-imports')
export class CandidateImportsController {
  constructor(
    private readonly imports: CandidateImportsService,
    private readonly jobs: CandidateImportJobs,
  ) {}

  @Post()
  @Roles('klantmanager', 'admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: "Import candidates in bulk from the organisation's case system: CSV (as Dutch Excel writes it) or JSON",
    description:
      `Each row carries the organisation's client number (klantnummer): the same number again updates that ` +
      `candidate, never duplicates; identical data is "unchanged". A row with "uitgestroomd op" (leftOn) sets the ` +
      `candidate left. Rows are checked as POST /candidates checks a body. The file is read at once (a file that ` +
      `cannot be read is refused here) and imported by a job: follow it at the Location. ?mode=all-or-nothing ` +
      `(default) imports nothing when a row is refused; ?mode=per-row imports the valid rows. ?dryRun=true counts ` +
      `what would happen and writes nothing. At most ${MAX_CANDIDATE_IMPORT_ROWS} rows. Imported candidates join ` +
      `no caseload. The columns are in the README.`,
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'text/csv: the columns of the README, a header line first' },
        {
          type: 'array',
          description: 'application/json: candidates as POST /candidates takes them, with clientNumber and leftOn',
          items: { type: 'object', additionalProperties: true },
        },
      ],
    },
  })
  @ApiAcceptedResponse({ type: CandidateImportView, description: 'Queued; the Location header names the import' })
  @ApiUnsupportedMediaTypeResponse({ description: 'candidate-import.unsupported-format' })
  @ApiPayloadTooLargeResponse({ description: 'candidate-import.too-many-rows, or request.too-large' })
  async create(
    @Body() body: unknown,
    @Query() query: CandidateImportQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
    @Headers('content-type') contentType?: string,
  ): Promise<CandidateImportView> {
    const format = candidateImportFormatOf(contentType);
    if (!format) throw CandidateImportErrors.unsupportedFormat('Send text/csv or application/json.');
    const record = await this.imports.submit(
      { format, body, dryRun: query.dryRun === 'true', mode: query.mode ?? 'all-or-nothing' },
      principal,
    );
    await this.jobs.enqueue(record.id);
    response.setHeader('Location', `/api/v1/candidate-imports/${record.id}`);
    return CandidateImportView.of(record);
  }

  @Get(':id')
  @Roles('klantmanager', 'admin')
  @ApiOperation({
    summary: 'An import of the organisation: status, progress (processed of total rows), counts, refused rows',
  })
  @ApiOkResponse({ type: CandidateImportView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<CandidateImportView> {
    return CandidateImportView.of(await this.imports.get(id, principal));
  }
}
