import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { newPartnerKey, hashPartnerKey, publicIdOf, newWebhookSecret } from './partner-keys';
import { verifyWebhook, webhookSignature } from './webhook-signature';
import { webhookUrlProblem } from './webhook-url';

type Verify = (secret: string, headers: Record<string, string>, rawBody: string) => boolean;

/** The README's receiver check, run as a partner would copy it (its import replaced by the same functions). */
function readmeVerifier(now: number): Verify {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const block = /```js\n([\s\S]*?function verifyWerkbrugWebhook[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('The README lost its webhook verification sample');
  const code = `${block.replace(/^import .*\n/m, '')}\nverifyWerkbrugWebhook;`;
  const clock = { now: () => now * 1000 };
  return runInNewContext(code, { createHmac, timingSafeEqual, Buffer, Date: clock, Number, String, Math }) as Verify;
}

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = JSON.stringify({ id: 'e1', type: 'vacancy.created', occurredAt: '2026-12-07T09:00:00.000Z', data: {} });
  const timestamp = 1_796_630_400;

  it('signs the timestamp with the body, as HMAC-SHA256 in hex', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(webhookSignature(secret, timestamp, body)).toBe(`v1=${expected}`);
  });

  it('verifies as the README tells a receiver to: the right secret, the body as sent, within 5 minutes', () => {
    const headers = {
      'webhook-timestamp': String(timestamp),
      'webhook-signature': webhookSignature(secret, timestamp, body),
    };
    for (const [now, verdict] of [
      [timestamp + 10, true],
      [timestamp + 301, false],
    ] as const) {
      const readme = readmeVerifier(now);
      const own = (s: string, h: Record<string, string>, b: string) =>
        verifyWebhook(s, { timestamp: h['webhook-timestamp'], signature: h['webhook-signature'] }, b, now);
      for (const verify of [readme, own]) {
        expect(verify(secret, headers, body)).toBe(verdict);
        expect(verify('whsec_other', headers, body)).toBe(false);
        expect(verify(secret, headers, body.replace('created', 'removed'))).toBe(false);
        expect(verify(secret, { ...headers, 'webhook-timestamp': String(timestamp + 1) }, body)).toBe(false);
      }
    }
  });
});

describe('partner keys', () => {
  it('have a prefix, a public id and a secret, and are kept as their SHA-256 only', () => {
    const { key, publicId, keyHash } = newPartnerKey();
    expect(publicIdOf(key)).toBe(publicId);
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPartnerKey(key)).toBe(keyHash);
    expect(newPartnerKey().key).not.toBe(key);
    expect(publicIdOf(`${key}x`)).toBeUndefined();
    expect(publicIdOf('wbp_nothex!_abc')).toBeUndefined();
    expect(newWebhookSecret()).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });
});

describe('webhook addresses', () => {
  it('take https, and plain http only to this machine outside production', () => {
    expect(webhookUrlProblem('https://vacatures.example.nl/hook', false)).toBeUndefined();
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('http://localhost/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('http://localhost/hook', false)).toMatch(/https/);
    expect(webhookUrlProblem('http://vacatures.example.nl/hook', true)).toMatch(/https/);
    expect(webhookUrlProblem('https://user:pw@vacatures.example.nl/hook', false)).toMatch(/password/);
    expect(webhookUrlProblem('ftp://vacatures.example.nl', true)).toMatch(/https/);
    expect(webhookUrlProblem('geen adres', true)).toMatch(/absolute/);
  });
});
