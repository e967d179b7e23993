import { ageGroupAt } from '../shared/reporting/age-groups';
import {
  durationSummary,
  FunnelStageReached,
  levelRows,
  levelsCsv,
  PlacementFact,
  placementsCsv,
  placementSummary,
  nestedFunnel,
  stageDurations,
  staffCsv,
  staffRows,
} from './report-tables';

describe('levelRows', () => {
  const rows = levelRows(
    [
      { level: 2, kind: 'action', action: 'proposal', records: 3 },
      { level: 2, kind: 'action', action: 'follow-up-done', records: 1 },
      { level: 2, kind: 'result', action: 'placement-paid-work', records: 1 },
      { level: 4, kind: 'action', action: 'outreach', records: 2 },
      { level: 4, kind: 'result', action: 'placement-paid-work', records: 1 },
      { level: 5, kind: 'action', action: 'something-new', records: 1 },
    ],
    new Map([
      [2, 2],
      [4, 1],
    ]),
  );

  it('gives all five levels, with every known action and result even when zero', () => {
    expect(rows.map((row) => row.level)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]).toMatchObject({
      actions: 0,
      candidatesReached: 0,
      actionsByName: { 'vacancy-offered': 0, 'offer-response': 0, 'follow-up-done': 0 },
    });
    expect(Object.values(rows[0].results)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts actions and results per level, a result once at every level it counts for', () => {
    expect(rows[1]).toMatchObject({
      actions: 4,
      candidatesReached: 2,
      actionsByName: { proposal: 3, 'follow-up-done': 1, 'employer-invited': 0 },
    });
    expect(rows[1].results['placement-paid-work']).toBe(1);
    expect(rows[3]).toMatchObject({ actions: 2, candidatesReached: 1, actionsByName: { outreach: 2 } });
    expect(rows[3].results['placement-paid-work']).toBe(1);
  });

  it('keeps an action it does not know rather than lose it', () => {
    expect(rows[4]).toMatchObject({ actions: 1, actionsByName: { 'something-new': 1, agreement: 0 } });
  });

  it('writes one CSV line per level with the same columns on every line', () => {
    const csv = levelsCsv(rows);
    expect(csv.header.slice(0, 4)).toEqual(['level', 'actions', 'candidatesReached', 'result:placement-paid-work']);
    expect(csv.header).toContain('action:outreach');
    expect(csv.rows).toHaveLength(5);
    for (const row of csv.rows) expect(row).toHaveLength(csv.header.length);
    expect(csv.rows[3][csv.header.indexOf('action:outreach')]).toBe(2);
    expect(csv.rows[0][csv.header.indexOf('action:outreach')]).toBe(0);
  });
});

describe('nestedFunnel', () => {
  const at = (candidateId: string, stage: FunnelStageReached['stage'], on: string): FunnelStageReached => ({
    candidateId,
    stage,
    on,
  });

  it('counts at each stage only those who passed the stage before, so no conversion exceeds 100%', () => {
    const rows = nestedFunnel(
      [
        // a: the whole way, paid work straight after the invitation (no proefplaatsing first).
        at('a', 'shortlisted', '2026-02-01'),
        at('a', 'proposed', '2026-02-02'),
        at('a', 'invitedOrSpeeddate', '2026-02-10'),
        at('a', 'startedWorkOrTraining', '2026-03-01'),
        at('a', 'placed', '2026-03-01'),
        // b: proposed, then met at a speeddate.
        at('b', 'shortlisted', '2026-02-01'),
        at('b', 'proposed', '2026-02-03'),
        at('b', 'invitedOrSpeeddate', '2026-02-04'),
        // c: only shortlisted.
        at('c', 'shortlisted', '2026-02-05'),
        // d, e: at a speeddate and placed, never on a shortlist: not in this funnel at all.
        at('d', 'invitedOrSpeeddate', '2026-02-01'),
        at('e', 'startedWorkOrTraining', '2026-02-01'),
        at('e', 'placed', '2026-02-01'),
        // f: met at a speeddate before being shortlisted and never proposed: stops at the first stage.
        at('f', 'invitedOrSpeeddate', '2026-01-20'),
        at('f', 'shortlisted', '2026-02-01'),
        // g: shortlisted before the period only: did not enter the funnel in it.
        at('g', 'shortlisted', '2026-01-15'),
        at('g', 'proposed', '2026-02-01'),
        // h: placed after the period: not yet counted as placed.
        at('h', 'shortlisted', '2026-02-01'),
        at('h', 'proposed', '2026-02-01'),
        at('h', 'invitedOrSpeeddate', '2026-02-01'),
        at('h', 'placed', '2026-04-01'),
      ],
      '2026-02-01',
      '2026-03-31',
    );
    expect(rows).toEqual([
      { stage: 'shortlisted', candidates: 5, conversionFromPrevious: null },
      { stage: 'proposed', candidates: 3, conversionFromPrevious: 0.6 },
      { stage: 'invitedOrSpeeddate', candidates: 3, conversionFromPrevious: 1 },
      { stage: 'startedWorkOrTraining', candidates: 1, conversionFromPrevious: 0.333 },
      { stage: 'placed', candidates: 1, conversionFromPrevious: 1 },
      { stage: 'stillWorkingAfterSixMonths', candidates: 0, conversionFromPrevious: 0 },
    ]);
  });

  it('takes each stage on or after the day of the stage before, not an earlier one', () => {
    // Invited once before the proposal (another vacancy), and again after it.
    const rows = nestedFunnel(
      [
        at('a', 'shortlisted', '2026-02-01'),
        at('a', 'invitedOrSpeeddate', '2026-02-02'),
        at('a', 'proposed', '2026-02-05'),
        at('a', 'placed', '2026-02-03'),
        at('a', 'startedWorkOrTraining', '2026-02-03'),
      ],
      '2026-02-01',
      '2026-02-28',
    );
    expect(rows.map((row) => row.candidates)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(rows.map((row) => row.conversionFromPrevious)).toEqual([null, 1, 0, null, null, null]);
  });

  it('never has a stage larger than the one before, whatever the records', () => {
    const stages = ['shortlisted', 'proposed', 'invitedOrSpeeddate', 'startedWorkOrTraining', 'placed'] as const;
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 50; run++) {
      const records = Array.from({ length: 60 }, () =>
        at(
          `c${Math.floor(next() * 12)}`,
          stages[Math.floor(next() * stages.length)],
          `2026-0${1 + Math.floor(next() * 4)}-1${Math.floor(next() * 9)}`,
        ),
      );
      const rows = nestedFunnel(records, '2026-02-01', '2026-03-31');
      for (const [index, row] of rows.entries()) {
        if (index > 0) expect(row.candidates).toBeLessThanOrEqual(rows[index - 1].candidates);
        expect(row.conversionFromPrevious ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('durationSummary', () => {
  it('measures days from start to end and excludes, with a count, a start after the end or none', () => {
    expect(
      durationSummary([
        { from: '2026-01-01', to: '2026-01-11' },
        { from: '2026-01-01', to: '2026-01-31' },
        { from: '2026-02-01', to: '2026-01-31' },
        { from: null, to: '2026-01-31' },
      ]),
    ).toEqual({ candidates: 2, medianDays: 20, p75Days: 25, excluded: 2 });
    expect(durationSummary([{ from: '2026-02-01', to: '2026-01-01' }])).toEqual({
      candidates: 0,
      medianDays: null,
      p75Days: null,
      excluded: 1,
    });
  });
});

describe('placements', () => {
  it('puts the age at the start in its group', () => {
    expect(ageGroupAt(1981, '2026-05-01')).toBe('45-54');
    expect(ageGroupAt(1972, '2026-05-01')).toBe('45-54');
    expect(ageGroupAt(1971, '2026-05-01')).toBe('55+');
    expect(ageGroupAt(1982, '2026-05-01')).toBe('under-45');
  });

  const fact = (change: Partial<PlacementFact>): PlacementFact => ({
    kind: 'paid-work',
    uitstroom: 'full',
    startsOn: '2026-05-01',
    lasted: null,
    sector: 'N',
    birthYear: 1964,
    ...change,
  });

  it('counts per kind, uitstroom, sector, age group and six-month outcome', () => {
    const summary = placementSummary([
      fact({ lasted: true }),
      fact({ uitstroom: 'partial', sector: 'Q', birthYear: 1975, lasted: false }),
      fact({ kind: 'proefplaatsing', uitstroom: null, sector: null }),
    ]);
    expect(summary).toEqual({
      total: 3,
      byKind: { 'paid-work': 2, proefplaatsing: 1, 'werken-met-behoud': 0 },
      byUitstroom: { full: 1, partial: 1 },
      bySector: [
        { sector: 'N', placements: 1 },
        { sector: 'Q', placements: 1 },
        { sector: 'unknown', placements: 1 },
      ],
      byAgeGroup: [
        { ageGroup: '45-54', placements: 1 },
        { ageGroup: '55+', placements: 2 },
      ],
      lasted: { lasted: 1, notLasted: 1, notYetChecked: 1 },
    });
  });

  it('shows under 45 only when someone was', () => {
    expect(placementSummary([fact({ birthYear: 1990 })]).byAgeGroup).toEqual([
      { ageGroup: 'under-45', placements: 1 },
      { ageGroup: '45-54', placements: 0 },
      { ageGroup: '55+', placements: 0 },
    ]);
  });

  it('writes the breakdowns as breakdown, group, count lines', () => {
    const csv = placementsCsv(placementSummary([fact({})]));
    expect(csv.header).toEqual(['breakdown', 'group', 'placements']);
    expect(csv.rows).toContainEqual(['total', 'all', 1]);
    expect(csv.rows).toContainEqual(['sector', 'N', 1]);
    expect(csv.rows).toContainEqual(['ageGroup', '55+', 1]);
    expect(csv.rows).toContainEqual(['lasted', 'notYetChecked', 1]);
  });
});

describe('stageDurations', () => {
  it('measures each stage from its first day to the first day of the next, for stages that ended in the period', () => {
    const rows = stageDurations(
      [
        { candidateId: 'a', stage: 'shortlisted', on: '2026-01-01' },
        { candidateId: 'a', stage: 'shortlisted', on: '2026-01-05' },
        { candidateId: 'a', stage: 'proposed', on: '2026-01-11' },
        { candidateId: 'a', stage: 'invited', on: '2026-01-21' },
        { candidateId: 'a', stage: 'placed', on: '2026-03-01' },
        { candidateId: 'b', stage: 'shortlisted', on: '2026-01-01' },
        { candidateId: 'b', stage: 'proposed', on: '2026-01-31' },
        // Proposed before the period: that stage ended outside it.
        { candidateId: 'c', stage: 'shortlisted', on: '2025-11-01' },
        { candidateId: 'c', stage: 'proposed', on: '2025-12-01' },
        // Invited without a proposal (a speeddate): no proposed stage to measure.
        { candidateId: 'd', stage: 'invited', on: '2026-02-01' },
        // Met at a speeddate before being proposed: another way through, excluded rather than negative.
        { candidateId: 'e', stage: 'invited', on: '2026-01-10' },
        { candidateId: 'e', stage: 'proposed', on: '2026-01-20' },
        { candidateId: 'd', stage: 'placed', on: '2026-02-11' },
      ],
      '2026-01-01',
      '2026-12-31',
    );
    expect(rows).toEqual([
      { stage: 'shortlisted', until: 'proposed', candidates: 2, medianDays: 20, p75Days: 25, excluded: 0 },
      { stage: 'proposed', until: 'invited', candidates: 1, medianDays: 10, p75Days: 10, excluded: 1 },
      { stage: 'invited', until: 'placed', candidates: 2, medianDays: 24.5, p75Days: 31.8, excluded: 0 },
    ]);
  });
});

describe('staffRows', () => {
  it('counts per staff member actions per level and results recorded, ordered by role and id', () => {
    const rows = staffRows([
      { actorId: 'jh-jan', role: 'jobhunter', level: 4, kind: 'action', action: 'outreach', count: 2 },
      { actorId: 'am-anna', role: 'accountmanager', level: 2, kind: 'action', action: 'proposal', count: 3 },
      { actorId: 'am-anna', role: 'accountmanager', level: 1, kind: 'action', action: 'vacancy-offered', count: 1 },
      { actorId: 'am-anna', role: 'accountmanager', level: 0, kind: 'result', action: 'placement-paid-work', count: 1 },
    ]);
    expect(rows.map((row) => row.actorId)).toEqual(['am-anna', 'jh-jan']);
    expect(rows[0]).toMatchObject({ role: 'accountmanager', actions: 4, results: 1 });
    expect(rows[0].actionsByLevel).toEqual([
      { level: 1, actions: 1 },
      { level: 2, actions: 3 },
      { level: 3, actions: 0 },
      { level: 4, actions: 0 },
      { level: 5, actions: 0 },
    ]);
    expect(rows[0].resultsByAction['placement-paid-work']).toBe(1);
    const csv = staffCsv(rows);
    expect(csv.header.slice(0, 4)).toEqual(['actorId', 'role', 'actions', 'level1Actions']);
    expect(csv.rows[1].slice(0, 8)).toEqual(['jh-jan', 'jobhunter', 2, 0, 0, 0, 2, 0]);
  });
});
