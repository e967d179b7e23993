import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Optional, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@werkbrug/common';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

type CheckResult = 'up' | 'down';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @InjectQueue(MATCHING_QUEUE) private readonly queue?: Queue,
  ) {}

  /** The process runs; says nothing about its dependencies. */
  @Get('live')
  @Public()
  live() {
    return { status: 'up' };
  }

  /** Ready to serve: the database answers, and Redis too when Werkbrug runs with it. */
  @Get('ready')
  @Public()
  async ready() {
    const checks: Record<string, CheckResult> = { database: await this.check(() => this.dataSource.query('SELECT 1')) };
    if (this.queue) checks.redis = await this.check(() => this.queue!.getJobCounts('waiting'));
    const down = Object.keys(checks).filter((name) => checks[name] === 'down');
    if (down.length) throw new ServiceUnavailableException(`Not ready: ${down.join(' and ')} unreachable.`);
    return { status: 'up', checks };
  }

  private async check(probe: () => Promise<unknown>): Promise<CheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)));
    try {
      await Promise.race([probe(), timeout]);
      return 'up';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
