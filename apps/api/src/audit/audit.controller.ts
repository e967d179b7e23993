import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import type { Request, Response } from 'express';
import { jsonOrCsv } from '../shared/csv/json-or-csv';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { nextKeysetLink } from '../shared/validation/paging';
import { AccessReportView, AuditFlagsView, AuditPageView } from './audit.response';
import { AuditService } from './audit.service';
import { AccessReportQuery, AuditFlagsQuery, AuditQuery } from './dto/audit-query.dto';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { AuditErrors } from './audit.errors';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @Roles('admin')
  @ApiOperation({
    summary: "Who read or changed candidates' personal data",
    description:
      "The administrator's organisation's audit log: what its people did and what was done with its candidates' data (other members' candidates left out of each row); newest first, filtered; paged with limit and before.",
  })
  @ApiOkResponse({ type: AuditPageView })
  async query(
    @Query() query: AuditQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditPageView> {
    const page = await this.audit.query(query, principal);
    // The same way to the next page as every other list, besides nextBefore in the body.
    if (page.nextBefore) response.setHeader('Link', nextKeysetLink(request.originalUrl, page.nextBefore));
    return page;
  }

  @Get('audit/flags')
  @Roles('admin')
  @ApiOperation({
    summary: 'Employer users viewing unusually many candidate profiles',
    description:
      'On a day (today by default): employer users at or above AUDIT_FLAG_QUOTA_PERCENT of the daily quota, or at AUDIT_FLAG_USUAL_MULTIPLE times their usual day.',
  })
  @ApiOkResponse({ type: AuditFlagsView })
  flags(@Query() query: AuditFlagsQuery): Promise<AuditFlagsView> {
    return this.audit.flags(query.day);
  }

  /** Producing the report is itself audited. */
  @Get('candidates/:id/access-report')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: AuditErrors.candidateNotFound })
  @AuditCandidateData({
    resource: 'access-report',
    action: 'export',
    candidateId: 'param:id',
    reason: 'access request (GDPR art. 15)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: "The candidate's access report (GDPR art. 15)",
    description:
      "Who (role; for employer users their organisation) read or changed the candidate's data, when, what and for which purpose. " +
      'JSON, or CSV with format=csv or Accept: text/csv.',
  })
  @ApiOkResponse({ type: AccessReportView })
  async accessReport(
    @IdParam('id') id: string,
    @Query() query: AccessReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AccessReportView | string> {
    const report = await this.audit.accessReport(id, query);
    const columns = AccessReportView.CSV_COLUMNS;
    return jsonOrCsv(response, { format: query.format, accept }, report, {
      filename: `werkbrug-access-report-${id}.csv`,
      table: () => ({
        header: columns,
        rows: report.entries.map((entry) =>
          columns.map((column) => (column === 'occurredAt' ? new Date(entry.occurredAt).toISOString() : entry[column])),
        ),
      }),
    });
  }
}
