import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOidcProvider, loadOpenIdClient } from './esm-modules';

describe('the ES-module-only OpenID libraries under Jest', () => {
  let server: Server;
  let issuer: string;

  beforeAll(async () => {
    const { default: Provider } = await loadOidcProvider();
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: 'werkbrug', client_secret: 'secret', redirect_uris: ['http://127.0.0.1/callback'] }],
      jwks: {
        keys: [
          { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }), kid: 'k1' },
        ],
      },
      features: { devInteractions: { enabled: false } },
    });
    const handle = provider.callback();
    server.on('request', (request, response) => void handle(request, response));
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  it('starts oidc-provider and discovers it with openid-client', async () => {
    const client = await loadOpenIdClient();
    const configuration = await client.discovery(new URL(issuer), 'werkbrug', 'secret', undefined, {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test's provider speaks plain HTTP on 127.0.0.1
      execute: [client.allowInsecureRequests],
    });
    expect(configuration.serverMetadata()).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      code_challenge_methods_supported: ['S256'],
    });
  });
});
