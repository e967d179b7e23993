import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Optional } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@werkbrug/common';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import type { Queue } from 'bullmq';
import { WithoutDatabase } from '../../shared/openapi/without-database';
import { DatabaseProbeRepository } from './database-probe.repository';
import { HealthErrors } from './health.errors';
import { LiveView, ReadyChecksView, ReadyView } from './health.response';

type CheckResult = 'up' | 'down';

/** A dependency that does not answer within this time counts as down. */
const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseProbeRepository,
    @Optional() @InjectQueue(MATCHING_QUEUE) private readonly queue?: Queue,
  ) {}

  /** The process runs; says nothing about its dependencies. */
  @Get('live')
  @Public()
  @WithoutDatabase()
  @ApiOkResponse({ type: LiveView })
  live(): LiveView {
    return { status: 'up' };
  }

  /** Ready to serve: the database answers, and Redis too when Werkbrug runs with it. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ type: ReadyView })
  @ApiServiceUnavailableResponse({ description: 'The database or Redis does not answer (health.not-ready)' })
  async ready(): Promise<ReadyView> {
    const queue = this.queue;
    const checks: { database: CheckResult; redis?: CheckResult } = {
      database: await check(() => this.database.ping()),
    };
    if (queue) checks.redis = await check(() => queue.getJobCounts('waiting'));
    const down = Object.entries(checks).flatMap(([name, result]) => (result === 'down' ? [name] : []));
    if (down.length)
      throw HealthErrors.notReady(`Not ready: ${down.join(' and ')} unreachable.`, {
        retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
      });
    return { status: 'up', checks: checks as ReadyChecksView };
  }
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS)),
  );
  try {
    await Promise.race([probe(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
