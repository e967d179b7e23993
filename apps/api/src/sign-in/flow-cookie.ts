import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@werkbrug/common';
import { createSecretKey } from 'node:crypto';

/** What the browser carries from the sign-in's start to its callback, signed so it cannot be changed. */
export interface SignInFlow {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Ten minutes to sign in at the provider; the cookie is gone after the callback either way. */
export const FLOW_SECONDS = 10 * 60;
/** Its own audience: a flow cookie is no bearer token. */
const AUDIENCE = 'werkbrug-sign-in-flow';

/** The state, nonce and PKCE verifier of a sign-in under way, in a short-lived signed cookie. */
export class FlowCookies {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) });
  }

  seal(flow: SignInFlow): string {
    return this.jwt.sign(
      { ...flow },
      { algorithm: 'HS256', expiresIn: FLOW_SECONDS, issuer: this.config.auth.issuer, audience: AUDIENCE },
    );
  }

  /** The flow, or undefined when the cookie is missing, changed or too old. */
  open(sealed: string | undefined): SignInFlow | undefined {
    if (!sealed) return undefined;
    try {
      const flow = this.jwt.verify<SignInFlow & { exp?: unknown }>(sealed, {
        algorithms: ['HS256'],
        issuer: this.config.auth.issuer,
        audience: AUDIENCE,
      });
      if (typeof flow.exp !== 'number') return undefined;
      return { provider: flow.provider, state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier };
    } catch {
      return undefined;
    }
  }
}
