import { changesFrom, decodeCursor, encodeCursor, FeedCursor } from './feed-cursor';

describe('the vacancy feed cursor', () => {
  const cursors: FeedCursor[] = [
    { phase: 'snapshot', horizon: '748', afterId: null },
    { phase: 'snapshot', horizon: '748', afterId: '3f1c2a4e-8b7d-4c3e-9f00-1a2b3c4d5e6f' },
    { phase: 'changes', xid: '18446744073709551615', position: '9223372036854775807' },
    changesFrom('748'),
  ];

  it.each(cursors)('reads back what it wrote: %o', (cursor) => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it('starts the changes phase at the first change of the transaction the snapshot began at', () => {
    expect(changesFrom('748')).toEqual({ phase: 'changes', xid: '748', position: '0' });
  });

  const encoded = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['an empty text', ''],
    ['JSON that is no object', encoded([1, 2])],
    ['another version', encoded({ v: 2, x: '1', p: '1' })],
    ['a number instead of a decimal text', encoded({ v: 1, x: 1, p: '1' })],
    ['a negative position', encoded({ v: 1, x: '1', p: '-1' })],
    ['a leading zero', encoded({ v: 1, x: '01', p: '1' })],
    ['an id that is no UUID', encoded({ v: 1, s: '1', a: "'; DROP TABLE vacancies" })],
    ['both phases at once', encoded({ v: 1, s: '1', a: null, x: '1', p: '1' })],
    ['a snapshot without its position', encoded({ v: 1, s: '1' })],
  ])('refuses %s', (_what, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});
