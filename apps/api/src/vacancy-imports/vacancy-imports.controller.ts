import { Body, Controller, Get, Header, Headers, HttpStatus, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, RequiresScope, Role, Roles } from '@werkbrug/common';
import { VacancyImportQuery } from './dto/vacancy-import.query';
import { CSV_TEMPLATE, formatOf, MAX_IMPORT_ROWS } from './import-formats';
import { ImportErrors } from './import.errors';
import { VacancyImportView } from './vacancy-import.response';
import { VacancyImportsService } from './vacancy-imports.service';

/** Who imports: the account team's accountmanagers, administrators, and partners whose key may write vacancies. */
const IMPORTERS: Role[] = ['accountmanager', 'admin', 'partner'];

@ApiTags('vacancy-imports')
@ApiBearerAuth()
@Controller('vacancy-imports')
export class VacancyImportsController {
  constructor(private readonly imports: VacancyImportsService) {}

  @Post()
  @Roles(...IMPORTERS)
  @RequiresScope('vacancies:write')
  @ApiOperation({
    summary: 'Import vacancies in bulk: CSV, JSON or schema.org JobPosting JSON-LD (by Content-Type)',
    description:
      `Each row carries source and externalReference (or ?source= names the source for all): the same pair again ` +
      `updates that vacancy, never duplicates it; identical to what is stored is "unchanged". The employer by KvK ` +
      `number; an unknown one is registered when the row gives its name, sector and postcode, else the row is ` +
      `refused (import.unknown-employer). Each row is written in its own transaction, whole or not at all; every ` +
      `refused row is named by its CSV line (header line 1) or JSON index, with each invalid field and its code. ` +
      `?dryRun=true answers the same and writes nothing. At most ${MAX_IMPORT_ROWS} rows (import.too-many-rows); ` +
      `CSV up to 2 MB, JSON up to the API's JSON limit (request.too-large). A partner's rows take the partner as ` +
      `their source. The columns of the CSV are in the README.`,
  })
  @ApiConsumes('text/csv', 'application/json', 'application/ld+json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'text/csv: the columns of the README, a header line first' },
        {
          type: 'array',
          description: 'application/json: vacancies as POST /vacancies takes them',
          items: {
            type: 'object',
            additionalProperties: true,
            description: 'A vacancy as POST /vacancies takes it, with source, externalReference and employer',
          },
        },
        {
          type: 'object',
          additionalProperties: true,
          description: 'application/ld+json: a schema.org JobPosting, an ItemList of them, or { "vacancies": [...] }',
        },
      ],
    },
  })
  @ApiCreatedResponse({ type: VacancyImportView, description: 'The import, recorded: what happened to each row' })
  @ApiOkResponse({ type: VacancyImportView, description: 'A dry run: what would happen to each row; nothing written' })
  @ApiUnsupportedMediaTypeResponse({ description: 'import.unsupported-format' })
  @ApiPayloadTooLargeResponse({ description: 'import.too-many-rows, or request.too-large' })
  async create(
    @Body() body: unknown,
    @Query() query: VacancyImportQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
    @Headers('content-type') contentType?: string,
  ): Promise<VacancyImportView> {
    const format = formatOf(contentType);
    if (!format) throw ImportErrors.unsupportedFormat('Send text/csv, application/json or application/ld+json.');
    const result = await this.imports.import(
      { format, body, source: query.source, dryRun: query.dryRun === 'true' },
      principal,
    );
    // A dry run creates nothing, not even the import's record.
    if (result.dryRun) response.status(HttpStatus.OK);
    return VacancyImportView.of(result);
  }

  @Get('template')
  @Roles('accountmanager', 'admin')
  @ApiOperation({
    summary: 'The CSV template: the header line with the Dutch column names, ; separated, UTF-8 with BOM',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vacatures-import.csv"')
  template(): string {
    return CSV_TEMPLATE;
  }

  @Get(':id')
  @Roles(...IMPORTERS)
  @RequiresScope('vacancies:write')
  @ApiOperation({ summary: "An import as it was recorded: who, when, source, counts and every row's outcome" })
  @ApiOkResponse({ type: VacancyImportView })
  async get(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<VacancyImportView> {
    return VacancyImportView.ofRecord(await this.imports.get(id, principal));
  }
}
