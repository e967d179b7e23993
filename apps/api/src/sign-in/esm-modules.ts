/**
 * openid-client 6 and oidc-provider 9 ship only as ES modules. A dynamic `import()` loads them from
 * our CommonJS code: tsc (module node16) keeps it as it is in the build, and under Jest SWC keeps it too
 * (`ignoreDynamic`) so Node's VM modules load them (--experimental-vm-modules). A static import would
 * be compiled to `require()`, which Jest's module loader cannot do for ES modules.
 */
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };
import type * as OidcProvider from 'oidc-provider' with { 'resolution-mode': 'import' };

export type OpenIdClientModule = typeof OpenIdClient;
export type OidcProviderModule = typeof OidcProvider;

export const loadOpenIdClient = (): Promise<OpenIdClientModule> => import('openid-client');
export const loadOidcProvider = (): Promise<OidcProviderModule> => import('oidc-provider');
