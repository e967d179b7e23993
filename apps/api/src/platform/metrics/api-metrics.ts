import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Gauge, Histogram, Registry } from 'prom-client';
import { QueuesService } from '../queues/queues.service';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The API's Prometheus metrics: requests by route template (never the raw URL, whose ids would make
 * a series per vacancy), and the queue and outbox backlog read from their source at scrape time.
 */
@Injectable()
export class ApiMetrics {
  private readonly logger = new Logger(ApiMetrics.name);
  private readonly requests: Histogram<'method' | 'route' | 'status'>;
  private readonly queueJobs: Gauge<'queue' | 'state'>;
  private readonly outboxPending: Gauge;
  private readonly outboxOldest: Gauge;

  constructor(
    private readonly registry: Registry,
    private readonly queues: QueuesService,
  ) {
    const registers = [registry];
    this.requests = new Histogram({
      name: 'werkbrug_http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status; _count is the number of requests',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.queueJobs = new Gauge({
      name: 'werkbrug_queue_jobs',
      help: 'Jobs per queue and state (embedded: from the outbox)',
      labelNames: ['queue', 'state'],
      registers,
    });
    this.outboxPending = new Gauge({
      name: 'werkbrug_outbox_pending_messages',
      help: 'Outbox messages not yet handed to the queue',
      registers,
    });
    this.outboxOldest = new Gauge({
      name: 'werkbrug_outbox_oldest_pending_seconds',
      help: 'Age of the oldest pending outbox message (0: none)',
      registers,
    });
  }

  /** Times every request; the route is the matched template, or `unmatched` (static files, 404s). */
  httpMiddleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      const stop = this.requests.startTimer();
      response.once('finish', () => {
        const template = (request.route as { path?: string } | undefined)?.path;
        const route = template ? `${request.baseUrl}${template}` : 'unmatched';
        stop({ method: request.method, route, status: String(response.statusCode) });
      });
      next();
    };
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text; a queue that cannot be read leaves its gauges out rather than failing the scrape. */
  async render(): Promise<string> {
    this.queueJobs.reset();
    this.outboxPending.reset();
    this.outboxOldest.reset();
    try {
      const view = await this.queues.overview();
      for (const queue of view.queues) {
        for (const state of QUEUE_STATES) this.queueJobs.set({ queue: queue.name, state }, queue[state]);
      }
      this.outboxPending.set(view.outboxPending);
      this.outboxOldest.set(view.outboxOldestPendingSeconds ?? 0);
    } catch (error) {
      this.logger.warn({ msg: 'queue metrics not read', error: String(error) });
    }
    return this.registry.metrics();
  }
}
