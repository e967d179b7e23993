import { isUuid } from '@werkbrug/common';

/**
 * Where a reader of the vacancy feed stands. Opaque to the reader (base64url of a small JSON), and
 * one of two phases:
 * - `snapshot`: reading the vacancies published now, by id, after `afterId` (null: from the start);
 *   `horizon` is the oldest transaction still running when the snapshot began, where the changes
 *   phase will start.
 * - `changes`: reading the change log after (`xid`, `position`), in that order.
 * Transaction ids (xid8) and positions (bigint) stay decimal strings: they outgrow a JS number.
 */
export type FeedCursor =
  { phase: 'snapshot'; horizon: string; afterId: string | null } | { phase: 'changes'; xid: string; position: string };

/** The changes phase that follows a snapshot begun at `horizon`: every change from that transaction on. */
export const changesFrom = (horizon: string): FeedCursor => ({ phase: 'changes', xid: horizon, position: '0' });

const VERSION = 1;
const DECIMAL = /^(0|[1-9]\d{0,19})$/;

export function encodeCursor(cursor: FeedCursor): string {
  const body =
    cursor.phase === 'snapshot'
      ? { v: VERSION, s: cursor.horizon, a: cursor.afterId }
      : { v: VERSION, x: cursor.xid, p: cursor.position };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** The cursor a previous page gave, or undefined for anything that is not one. */
export function decodeCursor(text: string): FeedCursor | undefined {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { v, s, a, x, p } = body as Record<string, unknown>;
  if (v !== VERSION) return undefined;
  const decimal = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);
  if (decimal(s) && (a === null || (typeof a === 'string' && isUuid(a))) && x === undefined && p === undefined)
    return { phase: 'snapshot', horizon: s, afterId: a };
  if (decimal(x) && decimal(p) && s === undefined && a === undefined) return { phase: 'changes', xid: x, position: p };
  return undefined;
}
