import { ageGroupAt } from '../shared/reporting/age-groups';
import {
  funnelRows,
  levelRows,
  levelsCsv,
  PlacementFact,
  placementsCsv,
  placementSummary,
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

describe('funnelRows', () => {
  it('lists the stages in order with the share that reached each from the one before', () => {
    const rows = funnelRows(
      new Map([
        ['shortlisted', 4],
        ['proposed', 2],
        ['invitedOrSpeeddate', 1],
        ['placed', 1],
      ]),
    );
    expect(rows).toEqual([
      { stage: 'shortlisted', candidates: 4, conversionFromPrevious: null },
      { stage: 'proposed', candidates: 2, conversionFromPrevious: 0.5 },
      { stage: 'invitedOrSpeeddate', candidates: 1, conversionFromPrevious: 0.5 },
      { stage: 'proefplaatsingOrTraining', candidates: 0, conversionFromPrevious: 0 },
      { stage: 'placed', candidates: 1, conversionFromPrevious: null },
      { stage: 'stillWorkingAfterSixMonths', candidates: 0, conversionFromPrevious: 0 },
    ]);
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
        { candidateId: 'd', stage: 'placed', on: '2026-02-11' },
      ],
      '2026-01-01',
      '2026-12-31',
    );
    expect(rows).toEqual([
      { stage: 'shortlisted', until: 'proposed', candidates: 2, medianDays: 20, p75Days: 25 },
      { stage: 'proposed', until: 'invited', candidates: 1, medianDays: 10, p75Days: 10 },
      { stage: 'invited', until: 'placed', candidates: 2, medianDays: 24.5, p75Days: 31.8 },
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
