import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  cookieValue,
  Role,
  SessionCredential,
  SessionReader,
  sessionCookieName,
} from '@werkbrug/common';
import { Session } from '@werkbrug/database';
import { createHash, randomBytes } from 'node:crypto';
import { SessionsRepository } from './sessions.repository';

/** Who a new session is for: the user, the identity they signed in with, the role they start in. */
export interface NewSession {
  userId: string;
  issuer: string;
  subject: string;
  role: string;
  providerId: string | null;
}

type CookieRequest = { headers: { cookie?: string } };
const SESSION = Symbol('session');

/** A session's last-seen time is written at most this often: not a write per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions of signed-in browsers. The browser holds only a random token (in an HttpOnly
 * cookie); the table holds its hash. A session ends after `idleMinutes` without use or
 * `absoluteMinutes` after sign-in, whichever comes first, at sign-out, or when the user is deactivated.
 */
@Injectable()
export class SessionsService implements SessionReader {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session; the token goes in the cookie and nowhere else. */
  async open(owner: NewSession): Promise<{ token: string; session: Session }> {
    const now = this.clock.now();
    await this.deleteEnded(now);
    const token = randomBytes(32).toString('base64url');
    const session: Session = {
      id: hashOf(token),
      userId: owner.userId,
      issuer: owner.issuer,
      subject: owner.subject,
      providerId: owner.providerId,
      activeRole: owner.role,
      csrfSecret: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
    };
    await this.sessions.insert(session);
    return { token, session };
  }

  /** The live session of a cookie's token, marked as used now; undefined when unknown or timed out. */
  async find(token: string): Promise<Session | undefined> {
    const session = await this.sessions.findById(hashOf(token));
    if (!session) return undefined;
    const now = this.clock.now();
    if (this.hasEnded(session, now)) {
      await this.sessions.deleteById(session.id);
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.sessions.touch(session.id, now);
      session.lastSeenAt = now;
    }
    return session;
  }

  /** The session of a request's cookie, as the access guard asks for it; kept on the request for `sessionOf`. */
  async read(request: CookieRequest): Promise<SessionCredential | undefined> {
    const looked = request as { [SESSION]?: Session };
    // The rate limiter reads the session before the access guard does: one lookup per request.
    if (!Object.hasOwn(looked, SESSION)) {
      const token = this.tokenOf(request);
      looked[SESSION] = token ? await this.find(token) : undefined;
    }
    const session = looked[SESSION];
    if (!session) return undefined;
    return {
      credential: { issuer: session.issuer, subject: session.subject, role: session.activeRole as Role },
      csrfToken: session.csrfSecret,
    };
  }

  /** The session the access guard found for this request, if it came with one. */
  sessionOf(request: object): Session | undefined {
    return (request as { [SESSION]?: Session })[SESSION];
  }

  /** The session token in a request's cookie. */
  tokenOf(request: CookieRequest): string | undefined {
    return cookieValue(request.headers.cookie, this.cookieName);
  }

  get cookieName(): string {
    return sessionCookieName(this.config.signIn.sessions.secureCookie);
  }

  async switchRole(session: Session, role: string): Promise<void> {
    await this.sessions.setActiveRole(session.id, role);
    session.activeRole = role;
  }

  async close(token: string): Promise<void> {
    await this.sessions.deleteById(hashOf(token));
  }

  async closeSession(session: Session): Promise<void> {
    await this.sessions.deleteById(session.id);
  }

  /** Ends every session of a user at once (deactivation): the next request of each is refused. */
  revokeAllOf(userId: string): Promise<number> {
    return this.sessions.deleteAllOfUser(userId);
  }

  private hasEnded(session: Session, now: Date): boolean {
    const { idleMinutes, absoluteMinutes } = this.config.signIn.sessions;
    return (
      now.getTime() - session.lastSeenAt.getTime() >= idleMinutes * 60_000 ||
      now.getTime() - session.createdAt.getTime() >= absoluteMinutes * 60_000
    );
  }

  private deleteEnded(now: Date): Promise<void> {
    const { idleMinutes, absoluteMinutes } = this.config.signIn.sessions;
    return this.sessions.deleteEnded(
      new Date(now.getTime() - idleMinutes * 60_000),
      new Date(now.getTime() - absoluteMinutes * 60_000),
    );
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
