import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, AuthErrors, PROBLEM_CONTENT_TYPE, toProblem } from '@werkbrug/common';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'werkbrug_queue_dashboard';
const SESSION_SECONDS = 15 * 60;
/** Its own audience: a dashboard session is no bearer token, and a bearer token is no dashboard session. */
const AUDIENCE = 'werkbrug-queue-dashboard';

/**
 * A browser cannot send our bearer token with the dashboard's page loads, so an administrator's
 * token is exchanged (POST /api/v1/queues/dashboard-session) for a short-lived signed cookie that
 * only the dashboard's path receives: HttpOnly (no script reads it), SameSite=Strict (no other site
 * makes the browser send it, which also guards the dashboard's retry and clean actions), Secure over HTTPS.
 */
@Injectable()
export class QueueDashboardSessions {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  /** Sets the session cookie for the administrator `subject`. */
  open(subject: string, request: Request, response: Response): void {
    const token = this.jwt.sign(
      { sub: subject, role: 'admin' },
      { algorithm: 'HS256', expiresIn: SESSION_SECONDS, issuer: this.config.auth.issuer, audience: AUDIENCE },
    );
    response.cookie(COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: QUEUE_DASHBOARD_PATH,
      maxAge: SESSION_SECONDS * 1000,
    });
  }

  /** Lets a request through to the dashboard only with a valid session of an administrator. */
  guard(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      const token = cookieValue(request.headers.cookie, COOKIE);
      if (!token)
        return refuse(
          response,
          401,
          'The queue dashboard needs a session: POST /api/v1/queues/dashboard-session with an administrator token.',
        );
      let role: unknown;
      try {
        const claims = this.jwt.verify<{ role?: unknown; exp?: unknown }>(token, {
          algorithms: ['HS256'],
          issuer: this.config.auth.issuer,
          audience: AUDIENCE,
        });
        // Like a bearer token: a session without an expiry would be good forever.
        if (typeof claims.exp !== 'number') throw new Error('no expiry');
        role = claims.role;
      } catch {
        return refuse(response, 401, 'The queue dashboard session has expired or is not valid; open a new one.');
      }
      if (role !== 'admin') return refuse(response, 403, 'Only administrators may use the queue dashboard.');
      next();
    };
  }
}

/** bull-board over the given queues, answering under QUEUE_DASHBOARD_PATH. */
export function queueDashboardRouter(queues: Queue[]): RequestHandler {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });
  return serverAdapter.getRouter() as RequestHandler;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Written here rather than by the exception filter: the dashboard is Express middleware outside Nest's routes. */
function refuse(response: Response, status: 401 | 403, detail: string): void {
  const error = status === 401 ? AuthErrors.unauthenticated(detail) : AuthErrors.roleNotAllowed(detail);
  response
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...toProblem(error), instance: QUEUE_DASHBOARD_PATH }));
}
