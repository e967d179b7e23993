import { Candidate, Employer, Placement, PlacementAgreement, ServiceRecord } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { reportPeriod } from '../shared/reporting/period';
import { ReportsModule } from './reports.module';
import { ReportsService } from './reports.service';

describe('ReportsService on real repositories', () => {
  let t: ServiceTest;
  let reports: ReportsService;
  let almere: Employer;
  let groningen: Employer;
  let candidate: Candidate;

  const placement = (employer: Employer, startsOn: string, more: Partial<Placement> = {}) =>
    t.db.manager.getRepository(Placement).save({
      candidateId: candidate.id,
      employerId: employer.id,
      kind: 'paid-work',
      uitstroom: 'full',
      startsOn,
      hoursPerWeek: 24,
      levels: [2],
      recordedBy: 'am-anna',
      ...more,
    });

  const record = (occurredAt: string, action = 'proposal') =>
    t.db.manager.getRepository(ServiceRecord).insert({
      level: 2,
      kind: 'action',
      action,
      actorId: 'am-anna',
      actorRole: 'accountmanager',
      candidateId: candidate.id,
      region: 'flevoland',
      subjectType: 'proposals',
      subjectId: `${action}-${occurredAt}`,
      occurredAt: new Date(occurredAt),
    });

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({ imports: [ReportsModule], now: '2026-12-06T23:30:00Z' });
    reports = t.get(ReportsService);
    const employers = t.db.manager.getRepository(Employer);
    almere = await employers.save({ name: 'Schoon Almere', sector: 'N', postcode: '1316', contactEmail: null });
    groningen = await employers.save({ name: 'Schoon Stad', sector: 'N', postcode: '9711', contactEmail: null });
    candidate = await t.saveCandidate();
  });

  afterAll(() => t?.close());

  it('counts a placement without a vacancy in the region of its employer', async () => {
    await placement(almere, '2026-06-01');
    await placement(groningen, '2026-06-02');
    const period = { from: '2026-06-01', to: '2026-06-30' };

    expect(await reports.placements(reportPeriod({ ...period, region: 'flevoland' }))).toMatchObject({
      region: 'flevoland',
      total: 1,
      byKind: { 'paid-work': 1 },
      byAgeGroup: [
        { ageGroup: '45-54', placements: 0 },
        { ageGroup: '55+', placements: 1 },
      ],
    });
    expect(await reports.placements(reportPeriod(period))).toMatchObject({ region: null, total: 2 });
  });

  it('takes the period in Dutch days: a record at 00:30 on its first day counts, one at 23:30 the evening before does not', async () => {
    await record('2026-10-31T23:30:00Z'); // 1 November, 00:30 in Amsterdam
    await record('2026-10-31T22:30:00Z'); // 31 October, 23:30 in Amsterdam
    const { levels } = await reports.levels(reportPeriod({ from: '2026-11-01', to: '2026-11-30' }));

    expect(levels.find((row) => row.level === 2)).toMatchObject({
      actions: 1,
      candidatesReached: 1,
      actionsByName: expect.objectContaining({ proposal: 1 }),
    });
  });

  it("measures an agreement's progress on today (the Dutch day) while the period runs on", async () => {
    const agreement = await t.db.manager.getRepository(PlacementAgreement).save({
      name: 'Schoonmaakakkoord',
      region: 'flevoland',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      targetPlacements: 4,
      createdBy: 'am-anna',
    });
    // Starts on 7 December: today in Amsterdam, tomorrow in UTC.
    await placement(almere, '2026-12-07', { agreementId: agreement.id });
    await placement(almere, '2026-12-08', { agreementId: agreement.id });

    const report = await reports.agreements(reportPeriod({ from: '2026-12-01', to: '2026-12-31' }));
    expect(report.on).toBe('2026-12-07');
    expect(report.agreements).toEqual([expect.objectContaining({ agreementId: agreement.id, target: 4, placed: 1 })]);
    const past = await reports.agreements(reportPeriod({ from: '2026-11-01', to: '2026-11-30' }));
    expect(past).toMatchObject({ on: '2026-11-30', agreements: [expect.objectContaining({ placed: 0 })] });
  });
});
