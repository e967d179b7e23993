import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync } from 'node:crypto';
import { parseConfig } from '../config/config';
import { TokenService } from './token.service';

describe('TokenService with an OpenID Connect provider', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const issuer = 'https://login.gemeente.example.nl/realms/werk';
  const env = {
    AUTH_JWT_SECRET: 's'.repeat(32),
    WERKBRUG_DATA_DIR: '/nonexistent',
    OIDC_ISSUER: issuer,
    OIDC_AUDIENCE: 'werkbrug',
    OIDC_PUBLIC_KEY: publicKey,
    OIDC_ROLE_CLAIM: 'roles',
  };
  const tokens = new TokenService(parseConfig(env));
  const provider = new JwtService({ privateKey });
  const fromProvider = (claims: object, options: { audience?: string; issuer?: string } = {}) =>
    provider.sign(claims, {
      algorithm: 'RS256',
      issuer: options.issuer ?? issuer,
      audience: options.audience ?? 'werkbrug',
      expiresIn: 300,
    });

  it("accepts the provider's token, reading the first Werkbrug role among its roles as the role asked for", () => {
    expect(tokens.verify(fromProvider({ sub: 'u-123', roles: ['offline_access', 'jobhunter'] }))).toEqual({
      subject: 'u-123',
      role: 'jobhunter',
      issuer,
    });
    expect(tokens.verify(fromProvider({ sub: 'u-9', roles: 'employer' }))).toEqual({
      subject: 'u-9',
      role: 'employer',
      issuer,
    });
    // No known role: the user acts in their first (the users table says which they have).
    expect(tokens.verify(fromProvider({ sub: 'u-1', roles: ['offline_access'] }))).toEqual({ subject: 'u-1', issuer });
  });

  it('refuses a provider token for another audience', () => {
    expect(
      tokens.verify(fromProvider({ sub: 'u-1', roles: ['jobhunter'] }, { audience: 'another-app' })),
    ).toBeUndefined();
  });

  it("refuses a token that claims the provider's issuer but is signed with its public key as an HMAC secret", () => {
    const forged = new JwtService({ secret: publicKey }).sign(
      { sub: 'x', roles: ['admin'] },
      { algorithm: 'HS256', issuer, audience: 'werkbrug' },
    );
    expect(tokens.verify(forged)).toBeUndefined();
  });

  it("keeps accepting Werkbrug's own tokens, and refuses its own issuer signed by the provider's key", () => {
    expect(tokens.verify(tokens.sign({ userId: 'am-1', role: 'accountmanager' }))).toEqual({
      subject: 'am-1',
      role: 'accountmanager',
      issuer: 'werkbrug',
    });
    expect(
      tokens.verify(fromProvider({ sub: 'x', role: 'admin' }, { issuer: 'werkbrug', audience: 'werkbrug-api' })),
    ).toBeUndefined();
  });

  it("refuses a token without an expiry, its own or the provider's: it would be good forever", () => {
    const unending = provider.sign(
      { sub: 'u-1', roles: ['admin'] },
      { algorithm: 'RS256', issuer, audience: 'werkbrug' },
    );
    expect(JSON.parse(Buffer.from(unending.split('.')[1], 'base64url').toString())).not.toHaveProperty('exp');
    expect(tokens.verify(unending)).toBeUndefined();
    expect(tokens.verify(fromProvider({ sub: 'u-1', roles: ['admin'] }))).toMatchObject({ role: 'admin' });

    const own = new JwtService({ secret: env.AUTH_JWT_SECRET });
    const options = { algorithm: 'HS256', issuer: 'werkbrug', audience: 'werkbrug-api' } as const;
    expect(tokens.verify(own.sign({ sub: 'am-1', role: 'admin' }, options))).toBeUndefined();
    expect(tokens.verify(own.sign({ sub: 'am-1', role: 'admin' }, { ...options, expiresIn: 60 }))).toMatchObject({
      role: 'admin',
    });
  });

  it('refuses to start with a provider issuer equal to its own, or without the key', () => {
    expect(() => parseConfig({ ...env, OIDC_ISSUER: 'werkbrug' })).toThrow(/OIDC_ISSUER/);
    expect(() => parseConfig({ ...env, OIDC_PUBLIC_KEY: 'not a key' })).toThrow(/OIDC_PUBLIC_KEY/);
    // PEM in form only, not a key: refused at start rather than at the first token.
    expect(() =>
      parseConfig({
        ...env,
        OIDC_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
      }),
    ).toThrow(/OIDC_PUBLIC_KEY/);
  });
});
