import { belastbaarheidFit } from './belastbaarheid';

const assessed = (limits: { item: string; level: number }[]) => ({
  source: 'klantmanager' as const,
  assessedOn: '2026-09-01',
  limits,
});

describe('belastbaarheidFit', () => {
  it('names only the demands of this job that come close to a limit, never the limit itself', () => {
    const fit = belastbaarheidFit(
      assessed([
        { item: 'lifting', level: 10 },
        { item: 'night-work', level: 0 },
        { item: 'standing', level: 1 },
      ]),
      [
        { item: 'lifting', level: 9 },
        { item: 'standing', level: 1 },
      ],
    );
    expect(fit).toEqual({
      fitsDemands: true,
      toDiscuss: [
        'tillen en dragen: de vacature vraagt 9 kg, dicht bij de grens',
        'staan: de vacature vraagt licht, dicht bij de grens',
      ],
    });
    // Night work is a limit, but this job does not ask for it: it is not the accountmanager's business.
    expect(JSON.stringify(fit)).not.toMatch(/nachtwerk|10 kg/);
  });

  it('says nothing of limits the job stays well within', () => {
    expect(
      belastbaarheidFit(
        assessed([
          { item: 'lifting', level: 20 },
          { item: 'standing', level: 2 },
        ]),
        [
          { item: 'lifting', level: 10 },
          { item: 'standing', level: 1 },
          { item: 'walking', level: 3 },
        ],
      ),
    ).toEqual({ fitsDemands: true, toDiscuss: [] });
  });

  it('says so when a demand goes beyond what the candidate can manage (a profile changed since matching)', () => {
    expect(
      belastbaarheidFit(
        assessed([
          { item: 'night-work', level: 0 },
          { item: 'hours-per-week', level: 24 },
        ]),
        [
          { item: 'night-work', level: 1 },
          { item: 'hours-per-week', level: 24 },
        ],
      ),
    ).toEqual({
      fitsDemands: false,
      toDiscuss: [
        'nachtwerk: de vacature vraagt ja, meer dan haalbaar',
        'uren per week: de vacature vraagt 24 uur, dicht bij de grens',
      ],
    });
  });

  it('does not count a candidate without an assessment as fitting', () => {
    expect(belastbaarheidFit(null, [])).toEqual({
      fitsDemands: false,
      toDiscuss: ['belastbaarheid: nog niet vastgesteld'],
    });
  });
});
