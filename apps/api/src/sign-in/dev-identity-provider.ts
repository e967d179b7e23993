import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import express, { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import type Provider from 'oidc-provider' with { 'resolution-mode': 'import' };
import { DevAccount, DevAccountsRepository } from './dev-accounts.repository';
import { loadOidcProvider } from './esm-modules';

/** Where the development provider answers, below PUBLIC_URL. */
export const DEV_PROVIDER_PATH = '/dev-oidc';
export const DEV_CLIENT_ID = 'werkbrug-dev';
/** The development provider's employer users sign in through this provider id. */
export const DEV_EMPLOYER_PROVIDER = 'werkgever';

export const devIssuer = (config: AppConfig): string => `${config.signIn.publicUrl}${DEV_PROVIDER_PATH}`;

/** The development client's secret: derived from the API's secret, so nobody has to configure one. */
export const devClientSecret = (config: AppConfig): string =>
  createHmac('sha256', config.auth.jwtSecret).update('werkbrug-dev-oidc-client').digest('base64url');

/**
 * A real OpenID provider (oidc-provider) inside the API for development and the embedded demo, so the
 * browser signs in along the same path as in production. Its accounts are Werkbrug's users; its
 * login page lets anyone pick any of them, which is why it exists only when switched on (config
 * `signIn.devProvider`: never in production or beside configured providers).
 */
@Injectable()
export class DevIdentityProvider {
  private readonly logger = new Logger('DevIdentityProvider');
  /** Built on first use, and again when the redirect URIs change (an organisation was added). */
  private current?: { redirectUris: string; provider: Promise<Provider> };
  /** The signing key lives as long as the process: a restart signs everyone out of the provider, not of Werkbrug. */
  private readonly signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });

  constructor(
    private readonly accounts: DevAccountsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Express handler for everything under DEV_PROVIDER_PATH; `redirectUris` lists where the client may return. */
  handler(redirectUris: () => Promise<string[]>): RequestHandler {
    const router = Router();
    const provider = async () => this.provider(await redirectUris());
    router.get('/interaction/:uid', (request, response, next) => {
      this.showLoginPage(provider, request, response).catch(next);
    });
    router.post(
      '/interaction/:uid',
      express.urlencoded({ extended: false, limit: '2kb' }),
      (request, response, next) => {
        this.logIn(provider, request, response).catch(next);
      },
    );
    router.use((request: Request, response: Response, next: NextFunction) => {
      provider()
        .then((built) => built.callback()(request, response))
        .catch(next);
    });
    return router;
  }

  private provider(redirectUris: string[]): Promise<Provider> {
    const key = redirectUris.join(' ');
    if (this.current?.redirectUris !== key) {
      this.current = { redirectUris: key, provider: this.build(redirectUris) };
      this.logger.warn(
        `Development identity provider at ${devIssuer(this.config)}: anyone who reaches it can sign in as any user. Never let real users or real data near it.`,
      );
    }
    return this.current.provider;
  }

  private async build(redirectUris: string[]): Promise<Provider> {
    const { default: Provider } = await loadOidcProvider();
    const accounts = this.accounts;
    const provider = new Provider(devIssuer(this.config), {
      clients: [
        {
          client_id: DEV_CLIENT_ID,
          client_secret: devClientSecret(this.config),
          redirect_uris: redirectUris,
          post_logout_redirect_uris: [`${this.config.signIn.publicUrl}/`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [{ ...this.signingKey, kid: 'dev', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: [createHmac('sha256', this.config.auth.jwtSecret).update('dev-oidc-cookies').digest('hex')] },
      claims: { openid: ['sub'], email: ['email'], profile: ['name', 'kvk'] },
      // The claims in the ID token itself: Werkbrug reads the e-mail address and KvK number from it.
      conformIdTokenClaims: false,
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource(ctx, form) {
            ctx.set('Content-Security-Policy', PAGE_POLICY);
            ctx.type = 'html';
            ctx.body = signOutPage(form);
          },
        },
      },
      ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
      pkce: { required: () => true },
      interactions: { url: (_ctx, interaction) => `${DEV_PROVIDER_PATH}/interaction/${interaction.uid}` },
      async findAccount(_ctx, id) {
        const account = await accounts.findById(id);
        if (!account) return undefined;
        return {
          accountId: account.id,
          claims: () => ({
            sub: account.id,
            email: account.email,
            name: account.name,
            ...(account.kvkNumber ? { kvk: account.kvkNumber } : {}),
          }),
        };
      },
      // Werkbrug is the only client: no consent page.
      async loadExistingGrant(ctx) {
        const accountId = ctx.oidc.session?.accountId;
        if (!accountId || !ctx.oidc.client) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
    return provider;
  }

  /** The page to pick a user on: the organisation's people, or the employer users, by name. */
  private async showLoginPage(provider: () => Promise<Provider>, request: Request, response: Response): Promise<void> {
    const details = await (await provider()).interactionDetails(request, response);
    const providerId = /\/auth\/([a-z0-9-]+)\/callback$/.exec(String(details.params.redirect_uri))?.[1] ?? '';
    const employer = providerId === DEV_EMPLOYER_PROVIDER;
    const accounts = employer ? await this.accounts.listEmployerUsers() : await this.accounts.listStaffOf(providerId);
    response
      .status(200)
      .type('html')
      // Its own policy: this page posts a form to its own origin (the web app's allows no forms).
      .setHeader('Content-Security-Policy', PAGE_POLICY)
      .send(loginPage(String(details.uid), employer, accounts));
  }

  private async logIn(provider: () => Promise<Provider>, request: Request, response: Response): Promise<void> {
    const built = await provider();
    await built.interactionDetails(request, response);
    const given = (request.body as { user?: unknown }).user;
    const id = typeof given === 'string' ? given : '';
    const account = /^[0-9a-f-]{36}$/.test(id) ? await this.accounts.findById(id) : undefined;
    const result = account
      ? { login: { accountId: account.id } }
      : { error: 'access_denied', error_description: 'No such user' };
    await built.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
  }
}

/** The provider's pages' own policy: they post a form to their own origin (the web app's allows no forms). */
const PAGE_POLICY = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Signing out at the provider, asked for by Werkbrug's "Afmelden": the provider's form, in Dutch. */
function signOutPage(form: string): string {
  return page(
    'Afmelden bij de ontwikkel-inlogdienst',
    `${form}
<p>U bent afgemeld bij Werkbrug. Wilt u zich ook bij de inlogdienst afmelden? Dan moet de volgende die aanmeldt opnieuw kiezen wie hij is.</p>
<p><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Ja, afmelden</button>
<button type="submit" form="op.logoutForm">Nee, aangemeld blijven</button></p>`,
  );
}

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Werkbrug</title>
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<main id="main">
<h1>${title}</h1>
<p role="note"><strong>Alleen voor ontwikkeling en demonstratie:</strong> hier kan iedereen zich als elke gebruiker aanmelden.</p>
${content}
</main>
</body>
</html>`;
}

function loginPage(uid: string, employer: boolean, accounts: DevAccount[]): string {
  const label = (account: DevAccount) =>
    employer
      ? `${account.name}, ${account.employerName ?? ''} (KvK ${account.kvkNumber ?? ''})`
      : `${account.name} (${account.roles.join(', ')})`;
  const buttons = accounts
    .map(
      (account) =>
        `<li><button type="submit" name="user" value="${escape(account.id)}">${escape(label(account))}</button></li>`,
    )
    .join('\n');
  return page(
    'Ontwikkel-inlogdienst',
    `<form method="post" action="${DEV_PROVIDER_PATH}/interaction/${escape(uid)}">
<h2>${employer ? 'Aanmelden als werkgever' : 'Aanmelden als medewerker'}</h2>
${accounts.length ? `<ul class="dev-accounts">\n${buttons}\n</ul>` : '<p>Er zijn hier nog geen gebruikers.</p>'}
</form>`,
  );
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
