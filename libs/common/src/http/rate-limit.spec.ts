import { TokenService } from '../auth/token.service';
import { parseConfig } from '../config/config';
import { cookieValue, type SessionReader } from '../auth/session-cookie';
import { rateLimitTracker } from './rate-limit.module';

describe('rateLimitTracker', () => {
  const tokens = new TokenService(parseConfig({ AUTH_JWT_SECRET: 's'.repeat(32), WERKBRUG_DATA_DIR: '/nonexistent' }));
  const other = new TokenService(parseConfig({ AUTH_JWT_SECRET: 'o'.repeat(32), WERKBRUG_DATA_DIR: '/nonexistent' }));
  const request = (authorization?: string) => ({ ip: '203.0.113.7', headers: authorization ? { authorization } : {} });

  /** Sessions as the sessions feature keeps them: by the cookie's token. */
  const sessions: SessionReader = {
    read: ({ headers }) =>
      Promise.resolve(
        cookieValue(headers.cookie, 'werkbrug') === 'live-session'
          ? { credential: { issuer: 'https://login.almere.example', subject: 'km-karin' }, csrfToken: 'c' }
          : undefined,
      ),
  };

  it('counts a valid token against its subject, wherever it comes from', async () => {
    const userId = '0b6c1d9e-6f43-4a57-9d1c-8c3d0f1e2a4b';
    const token = tokens.sign({ userId, role: 'accountmanager' });
    expect(await rateLimitTracker(request(`Bearer ${token}`), tokens, sessions)).toBe(`subject:werkbrug ${userId}`);
  });

  it("counts a browser's live session against its user, not the address it shares with colleagues", async () => {
    const browser = { ip: '203.0.113.7', headers: { cookie: 'theme=dark; werkbrug=live-session' } };
    expect(await rateLimitTracker(browser, tokens, sessions)).toBe('subject:https://login.almere.example km-karin');
  });

  it('counts anything else against the address, so made-up tokens and cookies do not buy a fresh budget', async () => {
    expect(await rateLimitTracker(request(), tokens, sessions)).toBe('ip:203.0.113.7');
    expect(await rateLimitTracker(request('Bearer not-a-token'), tokens, sessions)).toBe('ip:203.0.113.7');
    expect(
      await rateLimitTracker(request(`Bearer ${other.sign({ userId: 'forged', role: 'admin' })}`), tokens, sessions),
    ).toBe('ip:203.0.113.7');
    const guessed = { ip: '203.0.113.7', headers: { cookie: 'werkbrug=guessed' } };
    expect(await rateLimitTracker(guessed, tokens, sessions)).toBe('ip:203.0.113.7');
  });
});
