import type { ConsentKind } from '@werkbrug/database';
import { summariseConsents } from './active-consents';

describe('summariseConsents', () => {
  const row = (
    candidateId: string,
    kind: ConsentKind,
    extra: { proposalId?: string; adjustments?: string[]; withdrawnAt?: Date } = {},
  ) => ({
    candidateId,
    kind,
    proposalId: extra.proposalId ?? null,
    adjustments: extra.adjustments ?? null,
    withdrawnAt: extra.withdrawnAt ?? null,
  });

  it('folds each candidate’s active consents together', () => {
    const summary = summariseConsents([
      row('a', 'show-anonymised-profile'),
      row('a', 'share-age-band'),
      row('a', 'share-adjustments', { adjustments: ['lifting'] }),
      row('a', 'share-identity', { proposalId: 'p1' }),
      row('b', 'share-identity', { proposalId: 'p2' }),
    ]);
    expect(summary.get('a')).toEqual({
      showProfile: true,
      ageBand: true,
      adjustments: ['lifting'],
      identityFor: new Set(['p1']),
    });
    expect(summary.get('b')).toEqual({
      showProfile: false,
      ageBand: false,
      adjustments: [],
      identityFor: new Set(['p2']),
    });
  });

  it('lets a withdrawn consent count for nothing', () => {
    const withdrawnAt = new Date();
    const summary = summariseConsents([
      row('a', 'show-anonymised-profile', { withdrawnAt }),
      row('a', 'share-identity', { proposalId: 'p1', withdrawnAt }),
    ]);
    expect(summary.has('a')).toBe(false);
  });
});
