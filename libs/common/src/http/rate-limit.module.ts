import { ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { PUBLIC_KEY, RATE_LIMITED_KEY } from '../auth/access.decorators';
import { AuthModule } from '../auth/auth.module';
import { PARTNER_KEY_RESOLVER, partnerKeyOf, presentedPartnerKey, type PartnerKeyResolver } from '../auth/partner-key';
import { SESSION_READER, type SessionReader } from '../auth/session-cookie';
import { TokenService } from '../auth/token.service';
import { APP_CONFIG, AppConfig } from '../config/config';

/**
 * Who a request counts against: a partner's API key (its own budget, see partnerRateLimit), the user of a valid bearer token or of a live session cookie, else
 * the IP address. The credential is checked here rather than read from the access guard, so this
 * guard can run first and also limit requests that the access guard turns away (guessing tokens or
 * cookies counts against the IP). The session reader keeps what it found on the request, so the
 * access guard does not look the session up twice.
 */
export async function rateLimitTracker(
  request: Pick<Request, 'headers' | 'ip'>,
  tokens: TokenService,
  sessions?: SessionReader,
  partnerKeys?: PartnerKeyResolver,
): Promise<string> {
  if (presentedPartnerKey(request)) {
    // A key that is not one counts against the IP, as a wrong token does.
    const key = await partnerKeyOf(request, partnerKeys);
    return key ? `partner-key:${key.publicId}` : `ip:${request.ip}`;
  }
  let credential = tokens.credentialOf(request);
  if (!credential && !request.headers.authorization && sessions)
    credential = (await sessions.read(request))?.credential;
  return credential ? `subject:${credential.issuer} ${credential.subject}` : `ip:${request.ip}`;
}

/**
 * A global per-client request budget per minute, over all endpoints together (the throttler's own
 * default is one budget per endpoint). Public endpoints (health probes) are not limited, except those
 * marked `rateLimited` (the development sign-in). Counts are kept in memory per API process. Import
 * it before AuthModule: global guards run in the order their modules are imported.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [AuthModule],
      inject: [
        APP_CONFIG,
        TokenService,
        Reflector,
        { token: SESSION_READER, optional: true },
        { token: PARTNER_KEY_RESOLVER, optional: true },
      ],
      useFactory: (
        config: AppConfig,
        tokens: TokenService,
        reflector: Reflector,
        sessions?: SessionReader,
        partnerKeys?: PartnerKeyResolver,
      ) => ({
        throttlers: [
          {
            name: 'default',
            ttl: 60_000,
            // A partner's key has its own budget, set per key by the administrator; everyone else the staff limit.
            limit: async (context: ExecutionContext) =>
              (await partnerKeyOf(context.switchToHttp().getRequest<Request>(), partnerKeys))?.rateLimitPerMinute ??
              config.http.rateLimitPerMinute,
          },
        ],
        errorMessage: 'More requests in a minute than allowed; try again after the Retry-After seconds.',
        skipIf: (context: ExecutionContext) => {
          const targets = [context.getHandler(), context.getClass()];
          return (
            (reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false) &&
            !reflector.getAllAndOverride<boolean>(RATE_LIMITED_KEY, targets)
          );
        },
        getTracker: (request: Record<string, unknown>) =>
          rateLimitTracker(request as unknown as Request, tokens, sessions, partnerKeys),
        generateKey: (_context: ExecutionContext, tracker: string, throttler: string) => `${throttler}:${tracker}`,
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
