import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@werkbrug/common';
import type { Request, Response } from 'express';
import { FailedJobsQuery } from './dto/failed-jobs-query.dto';
import { QueueDashboardSessions } from './queue-dashboard';
import { FailedJobView, JobStateView, QueuesView, RetriedView } from './queues.response';
import { QueuesService } from './queues.service';

@ApiTags('queues')
@ApiBearerAuth()
@Controller('queues')
export class QueuesController {
  constructor(
    private readonly queues: QueuesService,
    private readonly dashboard: QueueDashboardSessions,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'Jobs per queue and state, and the outbox backlog',
    description: 'With Redis from BullMQ; embedded (in-process matching) from the outbox.',
  })
  @ApiOkResponse({ type: QueuesView })
  overview(): Promise<QueuesView> {
    return this.queues.overview();
  }

  @Get('matching/failed')
  @Roles('admin')
  @ApiOperation({
    summary: 'Matching jobs that failed all their attempts, most recent first',
    description: 'Embedded there is no failed set (a failing job is retried from the outbox): 404.',
  })
  @ApiOkResponse({ type: [FailedJobView] })
  @ApiNotFoundResponse({ description: 'Embedded mode: no failed set' })
  failed(@Query() query: FailedJobsQuery): Promise<FailedJobView[]> {
    return this.queues.failed(query.limit);
  }

  @Post('matching/failed/retry-all')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Every failed matching job back to waiting, with all attempts again' })
  @ApiOkResponse({ type: RetriedView })
  @ApiNotFoundResponse({ description: 'Embedded mode: no failed set' })
  retryAll(): Promise<RetriedView> {
    return this.queues.retryAll();
  }

  @Post('matching/failed/:jobId/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'One failed matching job back to waiting, with all attempts again' })
  @ApiOkResponse({ type: JobStateView })
  @ApiNotFoundResponse({ description: 'No such job (or embedded mode: no failed set)' })
  @ApiConflictResponse({ description: 'The job is not failed' })
  retry(@Param('jobId') jobId: string): Promise<JobStateView> {
    return this.queues.retry(jobId);
  }

  @Post('dashboard-session')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({
    summary: 'Opens the queue dashboard (/admin/queues) in this browser',
    description:
      'Sets a 15-minute HttpOnly, SameSite=Strict cookie for /admin/queues only. Embedded (no Redis) there is no dashboard: 404.',
  })
  @ApiNoContentResponse({ description: 'The cookie is set' })
  @ApiNotFoundResponse({ description: 'Embedded mode: no dashboard' })
  openDashboard(
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): void {
    this.queues.assertDashboard();
    this.dashboard.open(principal.userId, request, response);
  }
}
