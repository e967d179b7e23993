import { fitsInDay, InvitedEmployer, slotStartsAt, suggestSchedule } from './schedule';

const employer = (employerId: string, ...vacancies: [string, [string, number][]][]): InvitedEmployer => ({
  employerId,
  vacancies: vacancies.map(([vacancyId, shortlist]) => ({
    vacancyId,
    shortlist: shortlist.map(([candidateId, score]) => ({ candidateId, score })),
  })),
});

function assertRules(conversations: { slot: number; employerId: string; candidateId: string }[]) {
  const keys = (key: (c: (typeof conversations)[number]) => string) => conversations.map(key);
  const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
  unique(keys((c) => `${c.employerId}/${c.candidateId}`));
  unique(keys((c) => `${c.slot}/${c.employerId}`));
  unique(keys((c) => `${c.slot}/${c.candidateId}`));
}

describe('suggestSchedule', () => {
  it('pairs the best scores first, in the earliest slot where both sides are free', () => {
    const { conversations } = suggestSchedule(
      2,
      [
        employer('e1', [
          'v1',
          [
            ['c1', 0.5],
            ['c2', 0.9],
            ['c3', 0.7],
          ],
        ]),
      ],
      ['c1', 'c2', 'c3'],
    );
    expect(conversations).toEqual([
      { slot: 1, employerId: 'e1', candidateId: 'c2', vacancyId: 'v1' },
      { slot: 2, employerId: 'e1', candidateId: 'c3', vacancyId: 'v1' },
    ]);
  });

  it('lets a candidate meet an employer once, for the vacancy where the candidate scores best', () => {
    const { conversations } = suggestSchedule(
      3,
      [employer('e1', ['v1', [['c1', 0.6]]], ['v2', [['c1', 0.8]]])],
      ['c1'],
    );
    expect(conversations).toEqual([{ slot: 1, employerId: 'e1', candidateId: 'c1', vacancyId: 'v2' }]);
  });

  it('never gives an employer or a candidate two conversations in one slot, and fills every slot it can', () => {
    const employers = [
      employer('e1', [
        'v1',
        [
          ['c1', 0.9],
          ['c2', 0.8],
          ['c3', 0.7],
        ],
      ]),
      employer('e2', [
        'v2',
        [
          ['c1', 0.85],
          ['c2', 0.6],
          ['c3', 0.5],
        ],
      ]),
      employer('e3', [
        'v3',
        [
          ['c1', 0.4],
          ['c2', 0.3],
          ['c3', 0.95],
        ],
      ]),
    ];
    const { conversations, leftOver } = suggestSchedule(3, employers, ['c1', 'c2', 'c3']);
    assertRules(conversations);
    // Three employers and three candidates in three slots: all nine meetings fit.
    expect(conversations).toHaveLength(9);
    expect(leftOver).toEqual([]);
    for (const slot of [1, 2, 3]) expect(conversations.filter((c) => c.slot === slot)).toHaveLength(3);
    expect(conversations).toContainEqual({ slot: 1, employerId: 'e3', candidateId: 'c3', vacancyId: 'v3' });
    expect(conversations).toContainEqual({ slot: 1, employerId: 'e1', candidateId: 'c1', vacancyId: 'v1' });
  });

  it('leaves the weakest matches out when the slots run out, and says which', () => {
    const { conversations, leftOver } = suggestSchedule(
      2,
      [
        employer('e1', [
          'v1',
          [
            ['c1', 0.9],
            ['c2', 0.8],
            ['c3', 0.2],
          ],
        ]),
      ],
      ['c1', 'c2', 'c3'],
    );
    expect(conversations.map((c) => c.candidateId)).toEqual(['c1', 'c2']);
    expect(leftOver).toEqual([{ employerId: 'e1', vacancyId: 'v1', candidateId: 'c3', score: 0.2 }]);
  });

  it('schedules only invited candidates', () => {
    const { conversations } = suggestSchedule(
      5,
      [
        employer('e1', [
          'v1',
          [
            ['c1', 0.9],
            ['c2', 0.8],
          ],
        ]),
      ],
      ['c2'],
    );
    expect(conversations).toEqual([{ slot: 1, employerId: 'e1', candidateId: 'c2', vacancyId: 'v1' }]);
  });

  it('gives the same schedule for the same input, whatever the order of the shortlists', () => {
    const a = employer('e1', [
      'v1',
      [
        ['c1', 0.5],
        ['c2', 0.5],
      ],
    ]);
    const b = employer('e2', [
      'v2',
      [
        ['c2', 0.5],
        ['c1', 0.5],
      ],
    ]);
    expect(suggestSchedule(2, [a, b], ['c1', 'c2'])).toEqual(suggestSchedule(2, [b, a], ['c2', 'c1']));
    assertRules(suggestSchedule(2, [a, b], ['c1', 'c2']).conversations);
  });

  it('keeps the rules on many random events, leaving a meeting out only when one side is fully booked', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 200; run++) {
      const slotCount = 1 + Math.floor(random() * 6);
      const candidates = Array.from({ length: 1 + Math.floor(random() * 10) }, (_, i) => `c${i}`);
      const shortlist = (): [string, number][] => candidates.filter(() => random() < 0.6).map((c) => [c, random()]);
      const employers = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, e) =>
        employer(
          `e${e}`,
          ...Array.from({ length: 1 + Math.floor(random() * 2) }, (_, v): [string, [string, number][]] => [
            `v${e}-${v}`,
            shortlist(),
          ]),
        ),
      );
      const { conversations, leftOver } = suggestSchedule(slotCount, employers, candidates);
      assertRules(conversations);
      const count = (key: (c: (typeof conversations)[number]) => string, value: string) =>
        conversations.filter((c) => key(c) === value).length;
      for (const pair of leftOver) {
        expect(
          count((c) => c.employerId, pair.employerId) === slotCount ||
            count((c) => c.candidateId, pair.candidateId) === slotCount,
        ).toBe(true);
      }
      for (const c of conversations) expect(c.slot >= 1 && c.slot <= slotCount).toBe(true);
    }
  });

  it('suggests nothing without shortlisted invited candidates', () => {
    expect(suggestSchedule(4, [employer('e1')], ['c1'])).toEqual({ conversations: [], leftOver: [] });
  });
});

describe('slot times', () => {
  it('counts slots from the start of the event', () => {
    expect(slotStartsAt('09:30', 15, 1)).toBe('09:30');
    expect(slotStartsAt('09:30', 15, 3)).toBe('10:00');
    expect(slotStartsAt('23:00', 10, 6)).toBe('23:50');
  });

  it('keeps an event within one day', () => {
    expect(fitsInDay('23:00', 10, 6)).toBe(true);
    expect(fitsInDay('23:00', 10, 7)).toBe(false);
  });
});
