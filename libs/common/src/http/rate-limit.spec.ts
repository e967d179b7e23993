import { TokenService } from '../auth/token.service';
import { parseConfig } from '../config/config';
import { rateLimitTracker } from './rate-limit.module';

describe('rateLimitTracker', () => {
  const tokens = new TokenService(parseConfig({ AUTH_JWT_SECRET: 's'.repeat(32), WERKBRUG_DATA_DIR: '/nonexistent' }));
  const other = new TokenService(parseConfig({ AUTH_JWT_SECRET: 'o'.repeat(32), WERKBRUG_DATA_DIR: '/nonexistent' }));
  const request = (authorization?: string) => ({ ip: '203.0.113.7', headers: authorization ? { authorization } : {} });

  it('counts a valid token against its subject, wherever it comes from', () => {
    const userId = '0b6c1d9e-6f43-4a57-9d1c-8c3d0f1e2a4b';
    const token = tokens.sign({ userId, role: 'accountmanager' });
    expect(rateLimitTracker(request(`Bearer ${token}`), tokens)).toBe(`subject:werkbrug ${userId}`);
  });

  it('counts anything else against the address, so made-up tokens do not buy a fresh budget', () => {
    expect(rateLimitTracker(request(), tokens)).toBe('ip:203.0.113.7');
    expect(rateLimitTracker(request('Bearer not-a-token'), tokens)).toBe('ip:203.0.113.7');
    expect(rateLimitTracker(request(`Bearer ${other.sign({ userId: 'forged', role: 'admin' })}`), tokens)).toBe(
      'ip:203.0.113.7',
    );
  });
});
