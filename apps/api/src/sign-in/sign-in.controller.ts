import { Controller, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, cookieValue, DomainError, Public } from '@werkbrug/common';
import type { CookieOptions, Request, Response } from 'express';
import { SessionsService } from '../sessions/sessions.service';
import { CallbackQueryDto } from './dto/callback-query.dto';
import { FLOW_SECONDS, FlowCookies } from './flow-cookie';
import { SignInErrors } from './sign-in.errors';
import { SignInService } from './sign-in.service';

/**
 * The browser's way in: page loads, not API calls (so outside /api/v1 and the OpenAPI document). A
 * sign-in that fails sends the browser to `/?aanmelden=<code>`, where the web app says why in Dutch.
 */
@ApiExcludeController()
@Controller('auth')
export class SignInController {
  private readonly logger = new Logger('SignIn');
  private readonly flows: FlowCookies;
  /** Beside the session cookie, with its prefix: `__Host-werkbrug-sign-in`. */
  private readonly flowCookie: string;

  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.flows = new FlowCookies(config);
    this.flowCookie = `${sessions.cookieName}-sign-in`;
  }

  @Get(':provider/sign-in')
  @Public({ rateLimited: true })
  async start(@Param('provider') providerId: string, @Res() response: Response): Promise<void> {
    try {
      const { url, flow } = await this.signIn.start(providerId);
      response.cookie(this.flowCookie, this.flows.seal(flow), this.cookieOptions(FLOW_SECONDS));
      response.redirect(303, url.href);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  @Get(':provider/callback')
  @Public({ rateLimited: true })
  async callback(
    @Param('provider') providerId: string,
    // Declared so only the parameters a provider sends are accepted; the whole URL goes to openid-client.
    @Query() _query: CallbackQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const flow = this.flows.open(cookieValue(request.headers.cookie, this.flowCookie));
    // Used once, whatever happens: the same answer cannot be replayed through this browser.
    response.clearCookie(this.flowCookie, this.cookieOptions());
    try {
      const { token } = await this.signIn.finish(providerId, new URL(request.originalUrl, 'http://callback'), flow);
      const previous = this.sessions.tokenOf(request);
      if (previous) await this.sessions.close(previous);
      response.cookie(this.sessions.cookieName, token, this.cookieOptions());
      response.redirect(303, '/');
    } catch (error) {
      this.refuse(response, error);
    }
  }

  /** HttpOnly, SameSite=Lax (the provider's redirect back is a top-level navigation from another site), Path=/. */
  private cookieOptions(maxAgeSeconds?: number): CookieOptions {
    return {
      httpOnly: true,
      secure: this.config.signIn.sessions.secureCookie,
      sameSite: 'lax',
      path: '/',
      ...(maxAgeSeconds ? { maxAge: maxAgeSeconds * 1000 } : {}),
    };
  }

  private refuse(response: Response, error: unknown): void {
    if (!(error instanceof DomainError)) this.logger.error({ msg: 'sign-in failed', error: String(error) });
    const code = error instanceof DomainError ? error.code : SignInErrors.refusedByProvider.code;
    response.redirect(303, `/?aanmelden=${encodeURIComponent(code)}`);
  }
}
