import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of a delivery. */
export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/** How old a delivery a receiver should still accept (its replay window); the README says the same. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * The signature of a delivery: `v1=` and the hex HMAC-SHA256, keyed with the subscription's secret,
 * of `<timestamp>.<body>` (the timestamp in Unix seconds, the body exactly as sent). Signing the
 * timestamp with the body lets a receiver refuse an old delivery replayed by someone who caught it.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver does (and the tests): the signature matches and the timestamp is recent. */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(String(headers.signature ?? ''));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
