import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@werkbrug/common';
import type { Response } from 'express';
import { CsvTable, jsonOrCsv } from '../shared/csv/json-or-csv';
import { FunnelQuery, ReportQuery } from './dto/report-query.dto';
import { reportPeriod } from '../shared/reporting/period';
import { durationsCsv, funnelCsv, levelsCsv, placementsCsv, recordsCsv, staffCsv } from './report-tables';
import {
  AgreementRowView,
  AgreementsReport,
  DurationsReport,
  FunnelReport,
  LevelsReport,
  PlacementsReport,
  StaffReport,
} from './reports.response';
import { ReportsService } from './reports.service';

const CSV_NOTE =
  'JSON, or CSV (one header row) with format=csv or Accept: text/csv. The period is in Dutch time, both days included.';

/** Reports for a period and region, for the municipality's staff; counts only, never a candidate. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('levels')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Actions and results per level',
    description: `Per level 1–5: action records, distinct candidates reached, results, and actions per name. ${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: LevelsReport })
  @ApiProduces('application/json', 'text/csv')
  async levels(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.levels(reportPeriod(query));
    return send(response, 'levels', query, accept, report, () => levelsCsv(report.levels));
  }

  @Get('funnel')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'The funnel from shortlist to lasting work',
    description:
      'A nested funnel: the candidates who entered it in the period, by an accountmanager deciding on them on a shortlist (any decision: ' +
      'ranking by the matcher alone is not yet service), and of those, stage after stage, who went on by the end of the period: proposed, ' +
      'invitedOrSpeeddate (invited by the employer or met in a speeddate conversation that took place), startedWorkOrTraining (a ' +
      'proefplaatsing, werken met behoud, paid work or a training started), placed (paid work started), stillWorkingAfterSixMonths ' +
      '(the six-month check found the work lasted). Each stage counts only candidates who passed the stage before, on or after the day ' +
      "they did, so no conversion from the stage before exceeds 1. With level, only that level's records count (shortlists are level 2). " +
      `${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: FunnelReport })
  @ApiProduces('application/json', 'text/csv')
  async funnel(
    @Query() query: FunnelQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.funnel(reportPeriod(query), query.level ?? null);
    return send(response, 'funnel', query, accept, report, () => funnelCsv(report.stages));
  }

  @Get('placements')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Placements per kind, sector, age group and uitstroom, and how many lasted',
    description:
      'Placements starting in the period. A placement is in the region of its vacancy, or without one of its employer (as on the ledger); ' +
      `its sector is the vacancy's SBI section, else the employer's. Age is the age reached in the year of the start. ${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: PlacementsReport })
  @ApiProduces('application/json', 'text/csv')
  async placements(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.placements(reportPeriod(query));
    return send(response, 'placements', query, accept, report, () => placementsCsv(report));
  }

  @Get('durations')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Time from benefit start and from first proposal to paid work, and time spent in each stage',
    description:
      "For first paid work starting in the period: days from the candidate's benefit start, and from their first proposal to an employer, " +
      'to the start of the work: count, median, 75th percentile. Days in each stage, shortlisted → proposed → invited (or a speeddate ' +
      'conversation) → placed, from the first day a candidate reached a stage to the first day of the next, for those who reached the next ' +
      'in the period. No duration is negative: a start after the end (a benefit start recorded after the work began, work found before ' +
      `any proposal) is left out and counted as excluded. ${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: DurationsReport })
  @ApiProduces('application/json', 'text/csv')
  async durations(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.durations(reportPeriod(query));
    return send(response, 'durations', query, accept, report, () =>
      durationsCsv(report.benefitStartToPaidWork, report.firstProposalToPaidWork, report.stages),
    );
  }

  @Get('agreements')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Placement agreements against target',
    description: `Agreements active in the period (in the region), with their paid-work placements against target, pro rata on \`to\` or today if earlier. ${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: AgreementsReport })
  @ApiProduces('application/json', 'text/csv')
  async agreements(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.agreements(reportPeriod(query));
    const columns: (keyof AgreementRowView)[] = [
      'agreementId',
      'name',
      'region',
      'regionCbsCode',
      'startsOn',
      'endsOn',
      'target',
      'placed',
      'periodPassed',
      'expectedByNow',
      'share',
      'behind',
    ];
    return send(response, 'agreements', query, accept, report, () => recordsCsv(columns, report.agreements));
  }

  @Get('staff')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOperation({
    summary: 'Work per accountmanager and jobhunter',
    description: `Per staff member (by token subject): actions per level and the results they recorded, each result once. ${CSV_NOTE}`,
  })
  @ApiOkResponse({ type: StaffReport })
  @ApiProduces('application/json', 'text/csv')
  async staff(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const report = await this.reports.staff(reportPeriod(query));
    return send(response, 'staff', query, accept, report, () => staffCsv(report.staff));
  }
}

/** The report as JSON, or as a CSV download named after the report and its period. */
function send<T>(
  response: Response,
  name: string,
  query: ReportQuery,
  accept: string | undefined,
  report: T,
  table: () => CsvTable,
): T | string {
  return jsonOrCsv(response, { format: query.format, accept }, report, {
    filename: `werkbrug-${name}-${query.from}-${query.to}.csv`,
    table,
  });
}
