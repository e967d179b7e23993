import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, AuthErrors, Public, TokenService } from '@werkbrug/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiMetrics } from './api-metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics, outside /api/v1 (it is for the scraper, not for API clients, and not in the API
 * document). Open to the static METRICS_TOKEN a Prometheus job is given, or an administrator's token.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Public to the global guard, which knows only our signed tokens; the check is here. */
  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    this.authorise(authorization);
    response.type(this.metrics.contentType).send(await this.metrics.render());
  }

  private authorise(authorization: string | undefined): void {
    const [scheme, token] = String(authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      throw AuthErrors.unauthenticated('A bearer token is required: METRICS_TOKEN or an administrator token.');
    const configured = this.config.metrics.token;
    // Compared as digests: equal length for timingSafeEqual, and no timing hint about the token.
    if (configured && timingSafeEqual(digest(token), digest(configured))) return;
    const principal = this.tokens.verify(token);
    if (!principal)
      throw AuthErrors.unauthenticated('A valid bearer token is required: METRICS_TOKEN or an administrator token.');
    if (principal.role !== 'admin') throw AuthErrors.roleNotAllowed(`The role ${principal.role} may not read metrics.`);
  }
}
