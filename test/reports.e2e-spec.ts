import { agreementProgress } from '../apps/api/src/shared/reporting/agreement-progress';
import { addDays, addMonths } from '@werkbrug/common';
import { dutchDay } from '@werkbrug/common';
import { parseCsv } from '../apps/api/src/shared/csv/csv';
import { candidateProfile, consentToProfile, liftingLimit, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';
import { expectNoneShown } from './support/leaks';

/**
 * The reports count a small story in Flevoland exactly, leave out what happened in Groningen or
 * outside the period, export CSV, and never name a candidate. Actions with an endpoint are done
 * through the API; placements, speeddate conversations and agreements are inserted directly, as
 * their modules are built alongside this one.
 */
describe('reports', () => {
  let t: TestApp;
  let accountmanager: string;
  let jobhunter: string;
  let klantmanager: string;
  let admin: string;
  let employer: string;

  const as = (token: string) => t.as(token);

  const today = dutchDay(new Date());
  /** The period of the story: yesterday and today, so an action just after midnight still falls in it. */
  const story = `from=${addDays(today, -1)}&to=${today}`;
  const sevenMonthsAgo = addMonths(today, -7);
  const names = ['Ans Report', 'Bram Report', 'Cor Report', 'Dirk Report', 'Eva Report', 'Gerrit Report'];
  const ids: Record<string, string> = {};

  const addCandidate = async (
    name: string,
    birthYear: number,
    postcode = '1315',
    by = klantmanager,
    benefitStartedOn = '2025-03-01',
  ): Promise<string> =>
    (
      await as(by)
        .post('/api/v1/candidates', candidateProfile({ name, birthYear, postcode, benefitStartedOn, ...liftingLimit }))
        .expect(201)
    ).body.id;
  const postVacancy = async (employerId: string, postcode: string): Promise<string> =>
    (await as(accountmanager).post('/api/v1/vacancies', vacancyBody({ employerId, postcode })).expect(201)).body.id;

  async function shortlistWith(vacancyId: string, candidateIds: string[]) {
    return eventually(async () => {
      const body = (await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/shortlist`).expect(200)).body;
      const on = body.entries.map((e: { candidateId: string }) => e.candidateId);
      return body.status === 'ready' && candidateIds.every((id) => on.includes(id)) ? body : undefined;
    });
  }

  const decide = (vacancyId: string, candidateId: string, body: object) =>
    as(accountmanager).put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, body).expect(200);

  // Anna and Jan are users made in beforeAll: what they did is recorded under their user ids.
  const ANNA = {
    get actor() {
      return t.idOf('am-anna');
    },
    role: 'accountmanager',
  };
  const JAN = {
    get actor() {
      return t.idOf('jh-jan');
    },
    role: 'jobhunter',
  };

  /** A ledger row as the placements and speeddates modules write it (they are built in parallel); in Flevoland unless said. */
  async function ledgerRow(
    by: { actor: string; role: string },
    row: {
      level: number;
      kind?: string;
      action: string;
      at: string;
      region?: string;
      subject: string;
      candidateId?: string | null;
      employerId?: string | null;
      vacancyId?: string | null;
      agreementId?: string | null;
    },
  ) {
    await t.dataSource.query(
      `INSERT INTO service_records (level, kind, action, actor_id, actor_role, candidate_id, employer_id, vacancy_id, agreement_id, region, sector,
                                    subject_type, subject_id, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'N', $11, $12, $13)`,
      [
        row.level,
        row.kind ?? 'action',
        row.action,
        by.actor,
        by.role,
        row.candidateId ?? null,
        row.employerId ?? null,
        row.vacancyId ?? null,
        row.agreementId ?? null,
        row.region ?? 'flevoland',
        row.subject.split(':')[0],
        row.subject.split(':')[1],
        row.at,
      ],
    );
  }

  async function placement(p: {
    candidateId: string;
    employerId: string;
    vacancyId?: string | null;
    agreementId?: string | null;
    kind: string;
    uitstroom?: string | null;
    startsOn: string;
    levels: number[];
    lasted?: boolean | null;
  }): Promise<string> {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO placements (candidate_id, employer_id, vacancy_id, agreement_id, kind, uitstroom, starts_on, hours_per_week, levels, lasted, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 24, $8, $9, 'am-anna') RETURNING id`,
      [
        p.candidateId,
        p.employerId,
        p.vacancyId ?? null,
        p.agreementId ?? null,
        p.kind,
        p.uitstroom ?? null,
        p.startsOn,
        JSON.stringify(p.levels),
        p.lasted ?? null,
      ],
    );
    return id;
  }

  let almere: string;
  let groningen: string;
  let agreementId: string;
  const agreementTerms = { startsOn: addMonths(today, -3), endsOn: addMonths(today, 9), targetPlacements: 4 };

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-jan' });
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-kees' });
    admin = await t.token({ role: 'admin' });
    almere = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Schoon Almere',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    groningen = (
      await as(accountmanager)
        .post('/api/v1/employers', { name: 'Schoon Stad', sector: 'N', postcode: '9711', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId: almere });

    // On benefit 30 days before Ans starts work, 50 days before Eva does.
    ids.ans = await addCandidate(names[0], 1964, '1315', klantmanager, addDays(today, -30));
    ids.bram = await addCandidate(names[1], 1975);
    ids.cor = await addCandidate(names[2], 1964);
    ids.dirk = await addCandidate(names[3], 1964);
    ids.eva = await addCandidate(names[4], 1960, '1315', klantmanager, addDays(sevenMonthsAgo, -50));
    // Of the municipality of Groningen: matching is regional, so only Groningen's candidates are on its shortlists.
    const municipalityOfGroningen = await t.organisation({
      slug: 'groningen',
      name: 'Gemeente Groningen',
      municipalityCode: 'GM0014',
      regionCode: 'groningen',
    });
    const klantmanagerInGroningen = await t.token({
      role: 'klantmanager',
      subject: 'km-greet',
      organisationId: municipalityOfGroningen.id,
    });
    ids.gerrit = await addCandidate(names[5], 1964, '9711', klantmanagerInGroningen);
    // Registered in Werkbrug long after the benefit started: the registration day is no measure of how long it took.
    await t.dataSource.query(`UPDATE candidates SET created_at = now() + interval '1 day' WHERE id = ANY($1)`, [
      [ids.ans, ids.eva],
    ]);

    // Level 2 in Flevoland through the API: three shortlist decisions, two proposals, an invitation and a rejection.
    const vacancy = await postVacancy(almere, '1316');
    await shortlistWith(vacancy, [ids.ans, ids.bram, ids.cor]);
    await decide(vacancy, ids.ans, { decision: 'accepted' });
    await decide(vacancy, ids.bram, { decision: 'accepted' });
    await decide(vacancy, ids.cor, { decision: 'rejected', reason: 'hours' });
    for (const id of [ids.ans, ids.bram]) await consentToProfile(as(klantmanager), id);
    const proposals = (
      await as(accountmanager)
        .post(`/api/v1/vacancies/${vacancy}/proposals`, { candidateIds: [ids.ans, ids.bram] })
        .expect(201)
    ).body;
    const [forAns, forBram] = [ids.ans, ids.bram].map((id) =>
      proposals.find((p: { candidateId: string }) => p.candidateId === id),
    );
    await as(employer).post(`/api/v1/proposals/${forAns.id}/answer`, { answer: 'invite', version: 1 }).expect(201);
    await as(employer)
      .post(`/api/v1/proposals/${forBram.id}/answer`, { answer: 'reject', reason: 'hours', version: 1 })
      .expect(201);
    // Level 1 by a klantmanager (not staff in the per-staff report), level 4 by the jobhunter.
    const offer = (
      await as(klantmanager).post(`/api/v1/candidates/${ids.dirk}/offers`, { vacancyId: vacancy }).expect(201)
    ).body;
    await as(klantmanager)
      .put(`/api/v1/offers/${offer.id}/response`, { response: 'interested', version: 1 })
      .expect(200);
    await as(jobhunter)
      .post(`/api/v1/candidates/${ids.eva}/outreach`, {
        employerId: almere,
        contactedAt: new Date(Date.now() - 1000).toISOString(),
        channel: 'phone',
        outcome: 'interested',
      })
      .expect(201);

    // Groningen, through the API: a decision that the Flevoland reports must not count.
    const far = await postVacancy(groningen, '9711');
    await shortlistWith(far, [ids.gerrit]);
    await decide(far, ids.gerrit, { decision: 'accepted' });

    // Written directly (modules built in parallel): an agreement, a speeddate conversation, placements and their results.
    const now = new Date().toISOString();
    const noon = `${today}T12:00:00Z`;
    [{ id: agreementId }] = await t.dataSource.query(
      `INSERT INTO placement_agreements (name, region, starts_on, ends_on, target_placements, created_by)
       VALUES ('Schoon werk 45+', 'flevoland', $1, $2, $3, 'am-anna') RETURNING id`,
      [agreementTerms.startsOn, agreementTerms.endsOn, agreementTerms.targetPlacements],
    );
    await t.dataSource.query(
      `INSERT INTO placement_agreements (name, region, starts_on, ends_on, target_placements, created_by) VALUES
         ('Stad werkt', 'groningen', $1, $2, 3, 'am-anna'), ('Oud akkoord', 'flevoland', '2024-01-01', '2024-12-31', 2, 'am-anna')`,
      [agreementTerms.startsOn, agreementTerms.endsOn],
    );
    await ledgerRow(ANNA, {
      level: 5,
      action: 'agreement',
      at: now,
      employerId: almere,
      agreementId,
      subject: `placement-agreement:${agreementId}`,
    });
    await ledgerRow(JAN, {
      level: 2,
      action: 'speeddate-conversation',
      at: now,
      candidateId: ids.bram,
      employerId: almere,
      subject: 'speeddate-conversation:c1',
    });

    const ansWork = await placement({
      candidateId: ids.ans,
      employerId: almere,
      vacancyId: vacancy,
      agreementId,
      kind: 'paid-work',
      uitstroom: 'full',
      startsOn: today,
      levels: [2, 5],
    });
    for (const level of [2, 5]) {
      const row = {
        level,
        kind: 'result',
        action: 'placement-paid-work',
        at: noon,
        candidateId: ids.ans,
        vacancyId: vacancy,
        agreementId,
        subject: `placement:${ansWork}`,
      };
      await ledgerRow(ANNA, row);
    }
    const bramTrial = await placement({
      candidateId: ids.bram,
      employerId: almere,
      vacancyId: vacancy,
      kind: 'proefplaatsing',
      startsOn: today,
      levels: [2],
    });
    await ledgerRow(ANNA, {
      level: 2,
      kind: 'result',
      action: 'placement-proefplaatsing',
      at: noon,
      candidateId: ids.bram,
      subject: `placement:${bramTrial}`,
    });
    const evaWork = await placement({
      candidateId: ids.eva,
      employerId: almere,
      kind: 'paid-work',
      uitstroom: 'partial',
      startsOn: sevenMonthsAgo,
      levels: [4],
      lasted: true,
    });
    const evaStart = `${sevenMonthsAgo}T12:00:00Z`;
    await ledgerRow(JAN, {
      level: 4,
      kind: 'result',
      action: 'placement-paid-work',
      at: evaStart,
      candidateId: ids.eva,
      subject: `placement:${evaWork}`,
    });
    await ledgerRow(JAN, {
      level: 4,
      kind: 'result',
      action: 'lasting-placement',
      at: noon,
      candidateId: ids.eva,
      subject: `placement:${evaWork}`,
    });
    const gerritWork = await placement({
      candidateId: ids.gerrit,
      employerId: groningen,
      vacancyId: far,
      kind: 'paid-work',
      uitstroom: 'full',
      startsOn: today,
      levels: [2],
    });
    const inGroningen = {
      level: 2,
      kind: 'result',
      action: 'placement-paid-work',
      at: noon,
      region: 'groningen',
      candidateId: ids.gerrit,
      subject: `placement:${gerritWork}`,
    };
    await ledgerRow(ANNA, inGroningen);
  });

  afterAll(() => t?.close());

  const report = async (path: string, token = admin) =>
    (await as(token).get(`/api/v1/reports/${path}`).expect(200)).body;

  it('counts actions, candidates reached and results per level, in the region only', async () => {
    const body = await report(`levels?${story}&region=flevoland`);
    // CBS's code and name of the region beside our slug.
    expect(body).toMatchObject({
      from: addDays(today, -1),
      to: today,
      region: 'flevoland',
      regionCbsCode: 'AM11',
      regionName: 'Flevoland',
    });
    const [l1, l2, l3, l4, l5] = body.levels;
    expect(l1).toMatchObject({
      level: 1,
      actions: 2,
      candidatesReached: 1,
      actionsByName: { 'vacancy-offered': 1, 'offer-response': 1 },
    });
    expect(l2).toMatchObject({
      level: 2,
      actions: 8,
      candidatesReached: 3,
      actionsByName: {
        'shortlist-decision': 3,
        proposal: 2,
        'employer-invited': 1,
        'employer-rejected': 1,
        'employer-not-now': 0,
        'speeddate-conversation': 1,
      },
      results: { 'placement-paid-work': 1, 'placement-proefplaatsing': 1, 'lasting-placement': 0, training: 0 },
    });
    expect(l3).toMatchObject({ level: 3, actions: 0, candidatesReached: 0 });
    expect(l4).toMatchObject({
      level: 4,
      actions: 1,
      candidatesReached: 1,
      actionsByName: { outreach: 1 },
      results: { 'lasting-placement': 1, 'placement-paid-work': 0 },
    });
    expect(l5).toMatchObject({
      level: 5,
      actions: 1,
      candidatesReached: 0,
      actionsByName: { agreement: 1 },
      results: { 'placement-paid-work': 1 },
    });

    // All regions: Groningen's decision and placement come in.
    const all = (await report(`levels?${story}`)).levels[1];
    expect(all).toMatchObject({ actions: 9, candidatesReached: 4, results: { 'placement-paid-work': 2 } });
  });

  it('shows the nested funnel stage by stage with conversions, and per level', async () => {
    const body = await report(`funnel?${story}&region=flevoland`);
    expect(body).toMatchObject({ region: 'flevoland', level: null });
    // Bram met at a speeddate after his proposal, and started a proefplaatsing; Eva's lasting work came
    // without a shortlist (level 4), so she is not in this funnel.
    expect(body.stages).toEqual([
      { stage: 'shortlisted', candidates: 3, conversionFromPrevious: null },
      { stage: 'proposed', candidates: 2, conversionFromPrevious: 0.667 },
      { stage: 'invitedOrSpeeddate', candidates: 2, conversionFromPrevious: 1 },
      { stage: 'startedWorkOrTraining', candidates: 2, conversionFromPrevious: 1 },
      { stage: 'placed', candidates: 1, conversionFromPrevious: 0.5 },
      { stage: 'stillWorkingAfterSixMonths', candidates: 0, conversionFromPrevious: 0 },
    ]);
    // Shortlists are level 2: at level 4 and 5 nobody enters this funnel, however many results those levels have.
    const level4 = await report(`funnel?${story}&region=flevoland&level=4`);
    expect(level4.level).toBe(4);
    expect(level4.stages.map((s: { candidates: number }) => s.candidates)).toEqual([0, 0, 0, 0, 0, 0]);
    const level2 = await report(`funnel?${story}&region=flevoland&level=2`);
    expect(level2.stages.map((s: { candidates: number }) => s.candidates)).toEqual([3, 2, 2, 2, 1, 0]);
  });

  it('counts placements per kind, uitstroom, sector and age group, and how many lasted', async () => {
    const body = await report(`placements?${story}&region=flevoland`);
    expect(body).toEqual({
      from: addDays(today, -1),
      to: today,
      region: 'flevoland',
      regionCbsCode: 'AM11',
      regionName: 'Flevoland',
      total: 2,
      byKind: { 'paid-work': 1, proefplaatsing: 1, 'werken-met-behoud': 0 },
      byUitstroom: { full: 1, partial: 0 },
      bySector: [{ sector: 'N', placements: 2 }],
      byAgeGroup: [
        { ageGroup: '45-54', placements: 1 },
        { ageGroup: '55+', placements: 1 },
      ],
      lasted: { lasted: 0, notLasted: 0, notYetChecked: 2 },
    });
    const longer = await report(`placements?from=${addMonths(today, -8)}&to=${today}&region=flevoland`);
    expect(longer).toMatchObject({
      total: 3,
      byUitstroom: { full: 1, partial: 1 },
      lasted: { lasted: 1, notYetChecked: 2 },
    });
    expect((await report(`placements?${story}`)).total).toBe(3);
    expect((await report(`placements?${story}&region=groningen`)).total).toBe(1);
  });

  it('measures the days from the benefit start and from the first proposal to paid work, and the days in each stage', async () => {
    const body = await report(`durations?${story}&region=flevoland`);
    expect(body.benefitStartToPaidWork).toEqual({ candidates: 1, medianDays: 30, p75Days: 30, excluded: 0 });
    // Ans was proposed today and starts today.
    expect(body.firstProposalToPaidWork).toEqual({ candidates: 1, medianDays: 0, p75Days: 0, excluded: 0 });
    expect(body.stages).toEqual([
      { stage: 'shortlisted', until: 'proposed', candidates: 2, medianDays: 0, p75Days: 0, excluded: 0 },
      { stage: 'proposed', until: 'invited', candidates: 2, medianDays: 0, p75Days: 0, excluded: 0 },
      { stage: 'invited', until: 'placed', candidates: 1, medianDays: 0, p75Days: 0, excluded: 0 },
    ]);
    const longer = await report(`durations?from=${addMonths(today, -8)}&to=${today}&region=flevoland`);
    expect(longer.benefitStartToPaidWork).toEqual({ candidates: 2, medianDays: 40, p75Days: 45, excluded: 0 });
    // Eva's work came through level 4, without a proposal: left out, and counted as such.
    expect(longer.firstProposalToPaidWork).toEqual({ candidates: 1, medianDays: 0, p75Days: 0, excluded: 1 });
  });

  it('never gives a negative duration: a benefit start after the work began is excluded and counted', async () => {
    const groningen = `durations?${story}&region=groningen`;
    expect((await report(groningen)).benefitStartToPaidWork).toEqual({
      candidates: 1,
      medianDays: expect.any(Number),
      p75Days: expect.any(Number),
      excluded: 0,
    });
    // A data error: Gerrit's benefit start recorded as tomorrow, after his work began today.
    await t.dataSource.query(`UPDATE candidates SET benefit_started_on = $2 WHERE id = $1`, [
      ids.gerrit,
      addDays(today, 1),
    ]);
    const body = await report(groningen);
    expect(body.benefitStartToPaidWork).toEqual({ candidates: 0, medianDays: null, p75Days: null, excluded: 1 });
    // Gerrit was never proposed: excluded there too.
    expect(body.firstProposalToPaidWork).toEqual({ candidates: 0, medianDays: null, p75Days: null, excluded: 1 });
    const csv = parseCsv((await as(admin).get(`/api/v1/reports/${groningen}&format=csv`).expect(200)).text);
    expect(csv.slice(0, 3)).toEqual([
      ['stage', 'until', 'candidates', 'medianDays', 'p75Days', 'excluded'],
      ['benefit-start', 'paid-work', '0', '', '', '1'],
      ['first-proposal', 'paid-work', '0', '', '', '1'],
    ]);
  });

  it('shows the agreements active in the period against their target', async () => {
    const body = await report(`agreements?${story}&region=flevoland`);
    const progress = agreementProgress(agreementTerms, 1, today);
    expect(body).toEqual({
      from: addDays(today, -1),
      to: today,
      region: 'flevoland',
      regionCbsCode: 'AM11',
      regionName: 'Flevoland',
      on: today,
      agreements: [
        {
          agreementId,
          name: 'Schoon werk 45+',
          region: 'flevoland',
          regionCbsCode: 'AM11',
          startsOn: agreementTerms.startsOn,
          endsOn: agreementTerms.endsOn,
          target: 4,
          placed: 1,
          periodPassed: progress.periodPassed,
          expectedByNow: progress.expectedByNow,
          share: 0.25,
          behind: progress.behind,
        },
      ],
    });
    expect((await report(`agreements?${story}`)).agreements.map((a: { name: string }) => a.name).sort()).toEqual([
      'Schoon werk 45+',
      'Stad werkt',
    ]);
    const past = await report('agreements?from=2024-09-01&to=2024-09-30&region=flevoland');
    expect(past).toMatchObject({
      on: '2024-09-30',
      agreements: [expect.objectContaining({ name: 'Oud akkoord', placed: 0, behind: true })],
    });
  });

  it('shows per accountmanager and jobhunter their actions per level and the results they recorded', async () => {
    const body = await report(`staff?${story}&region=flevoland`);
    expect(body.staff).toHaveLength(2);
    const [anna, jan] = body.staff;
    expect(anna).toMatchObject({
      actorId: t.idOf('am-anna'),
      role: 'accountmanager',
      actions: 6,
      results: 2,
      resultsByAction: { 'placement-paid-work': 1, 'placement-proefplaatsing': 1 },
    });
    expect(anna.actionsByLevel.map((l: { actions: number }) => l.actions)).toEqual([0, 5, 0, 0, 1]);
    expect(jan).toMatchObject({
      actorId: t.idOf('jh-jan'),
      role: 'jobhunter',
      actions: 2,
      results: 1,
      resultsByAction: { 'lasting-placement': 1 },
    });
    expect(jan.actionsByLevel.map((l: { actions: number }) => l.actions)).toEqual([0, 1, 0, 1, 0]);
  });

  it('counts a day from Dutch midnight to midnight, with `to` included', async () => {
    // Just before and at midnight of 1 July 2025, Dutch summer time (UTC+2).
    for (const at of ['2025-06-30T21:59:59Z', '2025-06-30T22:00:00Z']) {
      await ledgerRow(ANNA, { level: 2, action: 'proposal', at, subject: `proposal:${at}` });
    }
    await ledgerRow(ANNA, {
      level: 2,
      action: 'proposal',
      region: 'groningen',
      at: '2025-06-30T12:00:00Z',
      subject: 'proposal:far',
    });
    const proposals = async (query: string) => (await report(`levels?${query}`)).levels[1].actionsByName.proposal;
    expect(await proposals('from=2025-06-01&to=2025-06-30&region=flevoland')).toBe(1);
    expect(await proposals('from=2025-06-30&to=2025-07-01&region=flevoland')).toBe(2);
    expect(await proposals('from=2025-07-01&to=2025-07-01&region=flevoland')).toBe(1);
    expect(await proposals('from=2025-06-01&to=2025-06-30')).toBe(2);
  });

  it('exports CSV with a header row as a download, by format or by Accept', async () => {
    const csv = await as(accountmanager).get(`/api/v1/reports/levels?${story}&region=flevoland&format=csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename=werkbrug-levels-${addDays(today, -1)}-${today}.csv`,
    );
    const rows = parseCsv(csv.text);
    expect(rows[0].slice(0, 4)).toEqual(['level', 'actions', 'candidatesReached', 'result:placement-paid-work']);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['1', '2', '1'],
      ['2', '8', '3'],
      ['3', '0', '0'],
      ['4', '1', '1'],
      ['5', '1', '0'],
    ]);
    expect(csv.text.endsWith('\r\n')).toBe(true);

    const funnel = await as(jobhunter)
      .get(`/api/v1/reports/funnel?${story}&region=flevoland`)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(funnel.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(funnel.text)).toEqual([
      ['stage', 'candidates', 'conversionFromPrevious'],
      ['shortlisted', '3', ''],
      ['proposed', '2', '0.667'],
      ['invitedOrSpeeddate', '2', '1'],
      ['startedWorkOrTraining', '2', '1'],
      ['placed', '1', '0.5'],
      ['stillWorkingAfterSixMonths', '0', '0'],
    ]);
    // format=json wins over the Accept header.
    const json = await as(admin)
      .get(`/api/v1/reports/funnel?${story}&format=json`)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(json.headers['content-type']).toContain('application/json');

    for (const [name, header] of [
      ['placements', ['breakdown', 'group', 'placements']],
      ['durations', ['stage', 'until', 'candidates', 'medianDays', 'p75Days', 'excluded']],
      [
        'agreements',
        [
          'agreementId',
          'name',
          'region',
          'regionCbsCode',
          'startsOn',
          'endsOn',
          'target',
          'placed',
          'periodPassed',
          'expectedByNow',
          'share',
          'behind',
        ],
      ],
    ] as const) {
      const response = await as(klantmanager)
        .get(`/api/v1/reports/${name}?${story}&region=flevoland&format=csv`)
        .expect(200);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename=werkbrug-${name}-${addDays(today, -1)}-${today}.csv`,
      );
      expect(parseCsv(response.text)[0]).toEqual(header);
    }
    const placements = parseCsv(
      (await as(admin).get(`/api/v1/reports/placements?${story}&region=flevoland&format=csv`).expect(200)).text,
    );
    expect(placements).toContainEqual(['ageGroup', '55+', '1']);
    const staff = parseCsv(
      (await as(admin).get(`/api/v1/reports/staff?${story}&region=flevoland&format=csv`).expect(200)).text,
    );
    expect(staff.slice(1).map((row) => row.slice(0, 8))).toEqual([
      [t.idOf('am-anna'), 'accountmanager', '6', '0', '5', '0', '0', '1'],
      [t.idOf('jh-jan'), 'jobhunter', '2', '0', '1', '0', '1', '0'],
    ]);
  });

  it('never names or identifies a candidate', async () => {
    for (const name of ['levels', 'funnel', 'placements', 'durations', 'agreements', 'staff']) {
      for (const format of ['json', 'csv']) {
        const response = await as(admin)
          .get(`/api/v1/reports/${name}?from=${addMonths(today, -8)}&to=${today}&format=${format}`)
          .expect(200);
        const text = format === 'csv' ? response.text : JSON.stringify(response.body);
        expectNoneShown(text, {
          ids: Object.values(ids),
          words: [...names, ...names.map((n) => n.split(' ')[0]), '1315', '1964'],
        });
      }
    }
  });

  it('is for staff only: an employer is refused', async () => {
    for (const name of ['levels', 'funnel', 'placements', 'durations', 'agreements', 'staff']) {
      await as(employer).get(`/api/v1/reports/${name}?${story}`).expect(403);
    }
    await t.http.get(`/api/v1/reports/levels?${story}`).expect(401);
  });

  it('names the field of a bad query', async () => {
    const invalid = async (query: string, path = 'levels') => {
      const response = await as(admin).get(`/api/v1/reports/${path}?${query}`).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      return response.body.invalidParams.map((p: { name: string }) => p.name);
    };
    expect(await invalid('from=2026-02-01&to=2026-01-31')).toEqual(['to']);
    expect(await invalid('from=2026-02-01&to=31-01-2026')).toContain('to');
    expect(await invalid('from=2026-02-01&to=2026-02-30')).toContain('to');
    expect(await invalid('from=2020-01-01&to=2025-01-01')).toEqual(['to']);
    const reversed = await as(admin).get('/api/v1/reports/staff?from=2026-02-01&to=2026-01-31').expect(400);
    expect(reversed.body).toMatchObject({
      code: 'period.ends-before-start',
      invalidParams: [{ name: 'to', code: 'period.ends-before-start' }],
    });
    const tooLong = await as(admin).get('/api/v1/reports/funnel?from=2020-01-01&to=2025-01-01').expect(400);
    expect(tooLong.body).toMatchObject({
      code: 'period.too-long',
      invalidParams: [{ name: 'to', code: 'period.too-long' }],
    });
    expect(await invalid('to=2026-01-31')).toContain('from');
    expect(await invalid(`${story}&region=atlantis`)).toEqual(['region']);
    expect(await invalid(`${story}&format=xlsx`)).toEqual(['format']);
    expect(await invalid(`${story}&level=6`, 'funnel')).toEqual(['level']);
    expect(await invalid(`${story}&level=2`, 'levels')).toEqual(['level']);
  });

  it('counts a stage only for candidates who passed the stage before, on or after that day: never above 100%', async () => {
    // March 2025 in Flevoland, written as the speeddates and placements modules write the ledger; last, as it
    // gives the story's candidates an earlier history.
    const march = 'from=2025-03-01&to=2025-03-31&region=flevoland';
    const row = (by: typeof ANNA, candidate: string, action: string, day: string, kind = 'action', level = 2) =>
      ledgerRow(by, {
        level,
        kind,
        action,
        at: `${day}T10:00:00Z`,
        candidateId: ids[candidate],
        subject: `test:${candidate}-${action}-${day}`,
      });
    // Cor: the whole way to paid work (the six-month check falls after the period).
    await row(ANNA, 'cor', 'shortlist-decision', '2025-03-03');
    await row(ANNA, 'cor', 'proposal', '2025-03-04');
    await row(ANNA, 'cor', 'employer-invited', '2025-03-05');
    await row(ANNA, 'cor', 'placement-paid-work', '2025-03-20', 'result');
    await row(ANNA, 'cor', 'lasting-placement', '2025-09-20', 'result');
    // Dirk and Ans met employers at a speeddate without a proposal; Ans then found work through level 4.
    await row(JAN, 'dirk', 'speeddate-conversation', '2025-03-10');
    await row(JAN, 'ans', 'speeddate-conversation', '2025-03-10');
    await row(JAN, 'ans', 'placement-paid-work', '2025-03-25', 'result', 4);
    // Eva was invited the day before she was shortlisted, and proposed after: the invitation came before the proposal.
    await row(ANNA, 'eva', 'employer-invited', '2025-03-11');
    await row(ANNA, 'eva', 'shortlist-decision', '2025-03-12');
    await row(ANNA, 'eva', 'proposal', '2025-03-13');

    const { stages } = await report(`funnel?${march}`);
    expect(stages).toEqual([
      { stage: 'shortlisted', candidates: 2, conversionFromPrevious: null },
      { stage: 'proposed', candidates: 2, conversionFromPrevious: 1 },
      { stage: 'invitedOrSpeeddate', candidates: 1, conversionFromPrevious: 0.5 },
      { stage: 'startedWorkOrTraining', candidates: 1, conversionFromPrevious: 1 },
      { stage: 'placed', candidates: 1, conversionFromPrevious: 1 },
      { stage: 'stillWorkingAfterSixMonths', candidates: 0, conversionFromPrevious: 0 },
    ]);
    // Counted apart, four candidates met an employer after two were proposed (200%); nested, never more than the stage before.
    const { levels } = await report(`levels?${march}`);
    expect(levels[1].actionsByName).toMatchObject({ 'speeddate-conversation': 2, 'employer-invited': 2, proposal: 2 });
    // A longer period reaches Cor's six-month check.
    const longer = (await report(`funnel?from=2025-03-01&to=2025-12-31&region=flevoland`)).stages;
    expect(longer.map((s: { candidates: number }) => s.candidates)).toEqual([2, 2, 1, 1, 1, 1]);
  });
});
