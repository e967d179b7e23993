import type { Credential } from './principal';

/**
 * The session cookie: `__Host-werkbrug` (Secure, Path=/, no Domain: only this host over HTTPS ever
 * receives it), or `werkbrug` where SESSION_COOKIE_SECURE=off allows plain HTTP on localhost.
 */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-werkbrug' : 'werkbrug');

/** The header that carries a session's CSRF token with every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

/** A request's browser session, looked up: the credential it stands for, and its CSRF token. */
export interface SessionCredential {
  credential: Credential;
  csrfToken: string;
}

/** Finds the live session of a request's cookie (bound by the API's sessions feature). */
export interface SessionReader {
  read(request: { headers: { cookie?: string } }): Promise<SessionCredential | undefined>;
}

export const SESSION_READER = Symbol('SessionReader');

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
