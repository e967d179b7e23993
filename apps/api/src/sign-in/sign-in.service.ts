import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, SignInProviderConfig } from '@werkbrug/common';
import { rootCertificates } from 'node:tls';
import type { Configuration } from 'openid-client' with { 'resolution-mode': 'import' };
import { Agent } from 'undici';
import { OrganisationsService } from '../organisations/organisations.service';
import { SessionsService } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';
import { DEV_CLIENT_ID, DEV_EMPLOYER_PROVIDER, devClientSecret, devIssuer } from './dev-identity-provider';
import { loadOpenIdClient, OpenIdClientModule } from './esm-modules';
import { SignInFlow } from './flow-cookie';
import { SignInErrors } from './sign-in.errors';

/** A provider as the sign-in screen offers it. */
export interface SignInOption {
  id: string;
  kind: 'staff' | 'employer';
  /** The organisation whose people sign in there; null for employer users. */
  organisationName: string | null;
}

/** Where the browser goes to sign in, and what it must bring back. */
export interface SignInStart {
  url: URL;
  flow: SignInFlow;
}

const KVK = /^\d{8}$/;

/**
 * Sign-in through OpenID Connect (openid-client): the authorization code flow with PKCE, state and
 * nonce, against the provider of the user's organisation or the employer users' provider. The
 * identity that comes back is looked up among Werkbrug's users (UsersService.identify), and a
 * browser session opened for the user.
 */
@Injectable()
export class SignInService implements OnModuleDestroy {
  private readonly logger = new Logger(SignInService.name);
  /** Discovery is done once per provider and kept; a failed one is tried again on the next sign-in. */
  private readonly configurations = new Map<string, Promise<Configuration>>();
  private readonly dispatchers: Agent[] = [];

  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The providers to sign in through: configured, or with the development provider one per organisation. */
  async providers(): Promise<SignInProviderConfig[]> {
    if (!this.config.signIn.devProvider) return this.config.signIn.providers;
    const issuer = devIssuer(this.config);
    const client = { issuer, clientId: DEV_CLIENT_ID, clientSecret: devClientSecret(this.config), kvkClaim: 'kvk' };
    const organisations = await this.organisations.list();
    return [
      ...organisations.map((organisation) => ({
        ...client,
        id: organisation.slug,
        kind: 'staff' as const,
        organisation: organisation.slug,
      })),
      { ...client, id: DEV_EMPLOYER_PROVIDER, kind: 'employer' as const },
    ];
  }

  async options(): Promise<SignInOption[]> {
    const names = new Map(
      (await this.organisations.list()).map((organisation) => [organisation.slug, organisation.name]),
    );
    return (await this.providers()).map((provider) => ({
      id: provider.id,
      kind: provider.kind,
      organisationName: provider.organisation ? (names.get(provider.organisation) ?? provider.organisation) : null,
    }));
  }

  async start(providerId: string): Promise<SignInStart> {
    const provider = await this.provider(providerId);
    const client = await loadOpenIdClient();
    const configuration = await this.configurationOf(provider, client);
    const flow: SignInFlow = {
      provider: provider.id,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(provider),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow };
  }

  /**
   * The provider's answer at the callback: the code exchanged (state, nonce, PKCE, the issuer and the
   * ID token checked by openid-client), the identity's user found, and a session opened for them.
   */
  async finish(providerId: string, callbackUrl: URL, flow: SignInFlow | undefined): Promise<{ token: string }> {
    const provider = await this.provider(providerId);
    if (!flow || flow.provider !== provider.id)
      throw SignInErrors.flowExpired('No sign-in under way for this provider.');
    const client = await loadOpenIdClient();
    const configuration = await this.configurationOf(provider, client);
    let claims: Record<string, unknown>;
    try {
      // The redirect URI the provider was given, with the answer's parameters: the host the request came in on is not trusted.
      const answer = new URL(this.redirectUri(provider));
      answer.search = callbackUrl.search;
      const tokens = await client.authorizationCodeGrant(configuration, answer, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() ?? {};
    } catch (error) {
      this.logger.warn({ msg: 'sign-in refused', provider: provider.id, error: String(error) });
      throw SignInErrors.refusedByProvider(`The provider's answer was refused: ${String(error)}`);
    }
    const subject = String(claims.sub);
    const email = typeof claims.email === 'string' ? claims.email : undefined;
    const kvk = provider.kind === 'employer' ? claims[provider.kvkClaim] : undefined;
    const organisation =
      provider.kind === 'staff' && provider.organisation
        ? await this.organisations.findBySlug(provider.organisation)
        : null;
    const user = await this.users.identify({
      issuer: provider.issuer,
      subject,
      email,
      ...(organisation ? { organisationId: organisation.id } : {}),
      ...(typeof kvk === 'string' && KVK.test(kvk) ? { kvkNumber: kvk } : {}),
    });
    // A staff provider stands for one organisation: its identities sign in as that organisation's people only.
    const principal = user && (await this.users.resolve({ issuer: provider.issuer, subject }));
    if (
      !user ||
      !principal ||
      (provider.kind === 'staff' ? principal.organisationId !== organisation?.id : principal.role !== 'employer')
    )
      throw SignInErrors.unknownUser('No active user of this organisation or employer belongs to this identity.');
    const { token } = await this.sessions.open({
      userId: principal.userId,
      issuer: provider.issuer,
      subject,
      role: principal.role,
      providerId: provider.id,
    });
    return { token };
  }

  /**
   * Where the browser ends its session at the provider it signed in through (OpenID Connect
   * RP-initiated logout), coming back to Werkbrug's start; null when the provider has no end-session
   * endpoint or is no longer configured. Without it, the next "Aanmelden" on a shared computer would
   * sign the previous person in again without a password.
   */
  async signOutUrl(providerId: string | null): Promise<string | null> {
    const provider = (await this.providers()).find((candidate) => candidate.id === providerId);
    if (!provider) return null;
    const client = await loadOpenIdClient();
    try {
      const configuration = await this.configurationOf(provider, client);
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: this.postSignOutUri() }).href;
    } catch (error) {
      // Werkbrug's own session has ended either way; the provider is out of reach.
      this.logger.warn({ msg: 'provider sign-out unavailable', provider: provider.id, error: String(error) });
      return null;
    }
  }

  /** Where providers send the browser back after signing out: register it with each provider. */
  postSignOutUri(): string {
    return `${this.config.signIn.publicUrl}/`;
  }

  private async provider(id: string): Promise<SignInProviderConfig> {
    const provider = (await this.providers()).find((candidate) => candidate.id === id);
    if (!provider) throw SignInErrors.unknownProvider(`No identity provider "${id}".`);
    return provider;
  }

  private redirectUri(provider: SignInProviderConfig): string {
    return `${this.config.signIn.publicUrl}/auth/${provider.id}/callback`;
  }

  /** fetch that also trusts an organisation's own certificate authority, for its provider only. */
  private fetchTrusting(ca: string): typeof fetch {
    const dispatcher = new Agent({ connect: { ca: [...rootCertificates, ca] } });
    this.dispatchers.push(dispatcher);
    // Node's own fetch takes the dispatcher (its Response is the one openid-client checks for); the
    // cast only bridges the two copies of undici's types (Node's and the package's).
    return (url, init) => fetch(url, { ...init, dispatcher } as unknown as RequestInit);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.dispatchers.map((dispatcher) => dispatcher.close()));
  }

  private configurationOf(provider: SignInProviderConfig, client: OpenIdClientModule): Promise<Configuration> {
    const key = `${provider.issuer}\n${provider.clientId}`;
    let configuration = this.configurations.get(key);
    if (!configuration) {
      // Plain HTTP only reaches a provider on this machine outside production (checked with the configuration).
      const insecure = new URL(provider.issuer).protocol === 'http:';
      configuration = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: a local provider over HTTP
        execute: insecure ? [client.allowInsecureRequests] : [],
        ...(provider.ca && { [client.customFetch]: this.fetchTrusting(provider.ca) }),
      });
      configuration.catch(() => this.configurations.delete(key));
      this.configurations.set(key, configuration);
    }
    return configuration;
  }
}
