import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import type { Response } from 'supertest';
import { Agent } from 'undici';
import { loadOidcProvider } from '../../apps/api/src/sign-in/esm-modules';
import type { TestApp } from './test-app';

/** The claims of an account at the test provider, `sub` included. */
export type TestAccount = { sub: string; email?: string; name?: string; kvk?: string };

const TLS = join(__dirname, 'tls');

/**
 * A real OpenID provider (oidc-provider) on a free port of 127.0.0.1, for the tests of sign-in: one
 * confidential client, accounts given by the test, and a login step a test drives without a
 * browser (`signIn`). Nothing in it is mocked: discovery, PKCE, the code and the ID token are real.
 * With `https`, it serves HTTPS under the test certificate authority (tls/README.md), whose
 * certificate is at `caFile`, as production requires.
 */
export class TestIdentityProvider {
  readonly accounts = new Map<string, TestAccount>();
  /** The test certificate authority, for the API's provider configuration (`caFile`). */
  readonly caFile = join(TLS, 'test-ca.pem');
  /** How the test's own requests to the provider trust that authority. */
  private readonly dispatcher = new Agent({
    connect: { ca: [...rootCertificates, readFileSync(this.caFile, 'utf8')] },
  });

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {}

  static async start(options: {
    redirectUris: string[];
    accounts?: TestAccount[];
    https?: boolean;
  }): Promise<TestIdentityProvider> {
    const { default: Provider } = await loadOidcProvider();
    const server = options.https
      ? createHttpsServer({
          key: readFileSync(join(TLS, 'localhost.key')),
          cert: readFileSync(join(TLS, 'localhost.pem')),
        })
      : createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const scheme = options.https ? 'https' : 'http';
    const issuer = `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const idp = new TestIdentityProvider(server, issuer, 'werkbrug', 'test-client-secret');
    for (const account of options.accounts ?? []) idp.accounts.set(account.sub, account);
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: idp.clientId,
          client_secret: idp.clientSecret,
          redirect_uris: options.redirectUris,
          // Back to the start of the site that signed in, after signing out here.
          post_logout_redirect_uris: [...new Set(options.redirectUris.map((uri) => `${new URL(uri).origin}/`))],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: {
        keys: [
          { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test' },
        ],
      },
      cookies: { keys: ['test-provider-cookie-key'] },
      claims: { openid: ['sub'], email: ['email'], profile: ['name', 'kvk'] },
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
      pkce: { required: () => true },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, id) => {
        const account = idp.accounts.get(id);
        return account && { accountId: id, claims: () => ({ ...account }) };
      },
      async loadExistingGrant(ctx) {
        const accountId = ctx.oidc.session?.accountId;
        if (!accountId || !ctx.oidc.client) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    const handle = provider.callback();
    server.on('request', (request, response) => {
      const login = /^\/interaction\/([\w-]+)$/.exec(request.url ?? '');
      if (login && request.method === 'POST') {
        void bodyOf(request)
          .then((body) => {
            const sub = new URLSearchParams(body).get('sub') ?? '';
            return provider.interactionFinished(
              request,
              response,
              { login: { accountId: sub } },
              {
                mergeWithLastSubmission: false,
              },
            );
          })
          .catch(() => response.writeHead(500).end());
        return;
      }
      void handle(request, response);
    });
    return idp;
  }

  /**
   * Signs `sub` in at the provider, starting from the authorization URL Werkbrug redirected to, and
   * returns where the provider sends the browser back (the redirect URI with code, state and iss).
   */
  async signIn(authorizationUrl: string, sub: string): Promise<URL> {
    const cookies = new Map<string, string>();
    const go = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        dispatcher: this.dispatcher,
      } as unknown as RequestInit);
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair.split('=');
        cookies.set(name, value.join('='));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`The provider answered ${response.status} at ${url}: ${await response.text()}`);
      return new URL(location, url);
    };
    const interaction = await go(authorizationUrl);
    const resume = await go(interaction.href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `sub=${encodeURIComponent(sub)}`,
    });
    return go(resume.href);
  }

  /**
   * Follows Werkbrug's sign-out address at the provider: its confirmation page, and "yes" on it.
   * Returns where the provider sends the browser back.
   */
  async signOut(signOutUrl: string): Promise<URL> {
    const page = await fetch(signOutUrl, { dispatcher: this.dispatcher } as unknown as RequestInit);
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !xsrf) throw new Error(`No sign-out form at ${signOutUrl}: ${page.status} ${html}`);
    const confirmed = await fetch(new URL(action, signOutUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: page.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
      },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
      dispatcher: this.dispatcher,
    } as unknown as RequestInit);
    const location = confirmed.headers.get('location');
    if (!location)
      throw new Error(`The provider answered ${confirmed.status} to signing out: ${await confirmed.text()}`);
    return new URL(location, signOutUrl);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await Promise.all([once(this.server, 'close'), this.dispatcher.close()]);
  }
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The cookies a response sets, as `name=value` for the next request's Cookie header. */
export function cookiesOf(response: Response): string[] {
  return ((response.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map(
    (cookie) => cookie.split(';')[0],
  );
}

/**
 * A browser's way through sign-in, done by hand: Werkbrug's redirect to the provider, the provider's
 * login as `sub`, and Werkbrug's callback (`tamper` may change where the provider sends the browser back).
 */
export async function signInThroughProvider(
  t: TestApp,
  idp: TestIdentityProvider,
  provider: string,
  sub: string,
  tamper = (back: URL) => back,
): Promise<Response> {
  const start = await t.http.get(`/auth/${provider}/sign-in`).expect(303);
  const back = tamper(await idp.signIn(String(start.headers.location), sub));
  return t.http.get(`${back.pathname}${back.search}`).set('Cookie', cookiesOf(start));
}
