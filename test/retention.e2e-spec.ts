import { addDays, addMonths } from '@werkbrug/common';
import { dutchDay } from '@werkbrug/common';
import { leftOnOrBefore } from '../apps/api/src/retention/retention-rules';
import {
  candidateProfile,
  consentToProfile,
  liftingLimit,
  readyShortlist,
  uniqueKvkNumber,
  vacancyBody,
} from './support/fixtures';
import { eventually, TestApp } from './support/test-app';

/**
 * Retention and erasure: a candidate who left long ago is anonymised by the retention pass (once),
 * an erasure request removes a candidate's personal data at once, and the reports count the same
 * before and after. The scheduled pass is off (RETENTION_INTERVAL_MINUTES=0) until the last test
 * turns it on, so that no background pass races the counts.
 */
describe('retention', () => {
  let t: TestApp;
  let accountmanager: string;
  let klantmanager: string;
  let admin: string;
  let employer: string;
  let employerId: string;
  let vacancyId: string;
  const ids: Record<string, string> = {};

  const as = (token: string) => t.as(token, '/api/v1');
  const today = dutchDay(new Date());
  const period = `from=${addDays(today, -1)}&to=${today}`;
  // Under 45 this year, but 45 or older if the birth year were only its decade: the placement's age group must be kept, not recomputed.
  const corBirthYear = Number(today.slice(0, 4)) - 44;

  const addCandidate = async (name: string, overrides: object = {}): Promise<string> =>
    (
      await as(klantmanager)
        .post(
          '/candidates',
          candidateProfile({
            name,
            email: `${name.toLowerCase()}@example.nl`,
            phone: '0612345678',
            ...liftingLimit,
            ...overrides,
          }),
        )
        .expect(201)
    ).body.id;
  const leave = (id: string) =>
    as(klantmanager).put(`/candidates/${id}/availability`, { availability: 'left' }).expect(200);
  /** The API records today as the day of leaving; a day years back can only be written directly. */
  const leftLongAgo = (id: string) =>
    t.dataSource.query(`UPDATE candidates SET left_on = $2 WHERE id = $1`, [id, addMonths(today, -25)]);
  const identity = async (id: string) =>
    (await t.dataSource.query(`SELECT name, email, phone FROM candidate_identities WHERE candidate_id = $1`, [id]))[0];
  const reports = async () => ({
    levels: (await as(admin).get(`/reports/levels?${period}`).expect(200)).body,
    placements: (await as(admin).get(`/reports/placements?${period}`).expect(200)).body,
    funnel: (await as(admin).get(`/reports/funnel?${period}`).expect(200)).body,
  });

  beforeAll(async () => {
    t = await TestApp.start({ env: { RETENTION_INTERVAL_MINUTES: '0' } });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-kees' });
    admin = await t.token({ role: 'admin', subject: 'admin-ada' });
    employerId = (
      await as(accountmanager)
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId });

    ids.ans = await addCandidate('Ans');
    ids.cor = await addCandidate('Cor', { birthYear: corBirthYear });
    ids.eva = await addCandidate('Eva');
    vacancyId = (await as(accountmanager).post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await eventually(async () => {
      const shortlist = await readyShortlist(t.as(accountmanager), vacancyId);
      return [ids.ans, ids.cor, ids.eva].every((id) =>
        shortlist.entries.some((e: { candidateId: string }) => e.candidateId === id),
      )
        ? shortlist
        : undefined;
    });
    for (const id of [ids.cor, ids.eva]) {
      await as(accountmanager)
        .put(`/vacancies/${vacancyId}/shortlist/decisions/${id}`, {
          decision: 'accepted',
          note: 'Woont naast de locatie, kan om 6 uur beginnen',
        })
        .expect(200);
      await consentToProfile(t.as(klantmanager), id);
    }
    const proposals = (
      await as(accountmanager)
        .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [ids.cor, ids.eva] })
        .expect(201)
    ).body;
    ids.corProposal = proposals.find((p: { candidateId: string }) => p.candidateId === ids.cor).id;
    ids.evaProposal = proposals.find((p: { candidateId: string }) => p.candidateId === ids.eva).id;
    await as(employer).post(`/proposals/${ids.corProposal}/answer`, { answer: 'invite', version: 1 }).expect(201);
    const placement = {
      candidateId: ids.cor,
      employerId,
      vacancyId,
      kind: 'paid-work',
      uitstroom: 'full',
      contractType: 'permanent',
      startsOn: today,
    };
    await as(accountmanager)
      .post('/placements', { ...placement, hoursPerWeek: 24, instruments: [], levels: [2] })
      .expect(201);
  });

  afterAll(() => t?.close());

  it('records the day a candidate leaves, and forgets it when they come back', async () => {
    ids.dora = await addCandidate('Dora');
    await leave(ids.dora);
    const leftOn = async () =>
      (await t.dataSource.query(`SELECT left_on::text AS left_on FROM candidates WHERE id = $1`, [ids.dora]))[0]
        .left_on;
    expect(await leftOn()).toBe(today);
    await as(klantmanager).put(`/candidates/${ids.dora}/availability`, { availability: 'available' }).expect(200);
    expect(await leftOn()).toBeNull();
    await leave(ids.dora);
    expect(await leftOn()).toBe(today);
  });

  it('anonymises a candidate who left longer ago than the retention period, once, and the reports count the same', async () => {
    await leave(ids.cor);
    await leftLongAgo(ids.cor);
    const before = await reports();
    expect(before.placements.byAgeGroup).toContainEqual({ ageGroup: 'under-45', placements: 1 });

    const run = (await as(admin).post('/retention/run', {}).expect(200)).body;
    expect(run).toEqual({ anonymised: 1, leftOnOrBefore: leftOnOrBefore(today, 24), monthsAfterLeaving: 24 });
    expect((await as(admin).post('/retention/run', {}).expect(200)).body.anonymised).toBe(0);
    expect(await reports()).toEqual(before);

    expect(await identity(ids.cor)).toBeUndefined();
    const [cor] = await t.dataSource.query(
      `SELECT birth_year, postcode, belastbaarheid, anonymised_at FROM candidates WHERE id = $1`,
      [ids.cor],
    );
    expect(cor).toMatchObject({ birth_year: corBirthYear - (corBirthYear % 10), postcode: '13', belastbaarheid: null });
    expect(cor.anonymised_at).not.toBeNull();
    expect(await t.dataSource.query(`SELECT note FROM shortlist_decisions WHERE candidate_id = $1`, [ids.cor])).toEqual(
      [{ note: null }],
    );
    const [{ profile }] = await t.dataSource.query(`SELECT profile FROM proposals WHERE id = $1`, [ids.corProposal]);
    expect(profile).toMatchObject({ competences: [], education: null, reasons: [], toDiscuss: [] });
    await as(klantmanager).get(`/candidates/${ids.cor}`).expect(404);
    // An anonymised candidate cannot be changed back into a person.
    await as(klantmanager).put(`/candidates/${ids.cor}/availability`, { availability: 'available' }).expect(409);

    // Dora left today: not due for two years.
    expect(await identity(ids.dora)).toMatchObject({ name: 'Dora' });
  });

  it('lets only administrators run the pass', async () => {
    await as(klantmanager).post('/retention/run', {}).expect(403);
    await as(employer).post('/retention/run', {}).expect(403);
  });

  it('erases a candidate on request: no identity in the database, the profile, or an employer view; no longer on a shortlist', async () => {
    await as(klantmanager)
      .post(`/candidates/${ids.eva}/erasure`, {})
      .expect(400)
      .expect((res) => expect(JSON.stringify(res.body)).toContain('reason'));
    await as(employer).post(`/candidates/${ids.eva}/erasure`, { reason: 'Verzoek van de kandidaat' }).expect(403);
    const unknown = await as(klantmanager)
      .post(`/candidates/00000000-0000-4000-8000-000000000000/erasure`, { reason: 'Verzoek van de kandidaat' })
      .expect(404);
    expect(unknown.body.code).toBe('retention.candidate-not-found');
    const before = await reports();

    const erasure = (
      await as(klantmanager).post(`/candidates/${ids.eva}/erasure`, { reason: 'Verzoek van de kandidaat' }).expect(201)
    ).body;
    expect(erasure).toMatchObject({
      candidateId: ids.eva,
      requestId: expect.any(String),
      anonymisedAt: expect.any(String),
    });
    const again = await as(klantmanager).post(`/candidates/${ids.eva}/erasure`, { reason: 'Nog eens' }).expect(409);
    expect(again.body.code).toBe('retention.already-anonymised');

    expect(await identity(ids.eva)).toBeUndefined();
    await as(klantmanager).get(`/candidates/${ids.eva}`).expect(404);
    const list = (await as(klantmanager).get('/candidates').expect(200)).body;
    expect(JSON.stringify(list)).not.toMatch(/Eva|eva@example/);
    expect(
      await t.dataSource.query(
        `SELECT reason, requested_by, requested_by_role FROM erasure_requests WHERE candidate_id = $1`,
        [ids.eva],
      ),
    ).toEqual([
      { reason: 'Verzoek van de kandidaat', requested_by: t.idOf('km-kees'), requested_by_role: 'klantmanager' },
    ]);
    const [{ availability }] = await t.dataSource.query(`SELECT availability FROM candidates WHERE id = $1`, [ids.eva]);
    expect(availability).toBe('left');

    const seen = JSON.stringify([
      (await as(employer).get('/proposals')).body,
      (await as(employer).get(`/proposals/${ids.evaProposal}`)).body,
      (await as(employer).get(`/vacancies/${vacancyId}/proposals`)).body,
    ]);
    expect(seen).not.toMatch(/Eva|Cor|@example\.nl|0612345678|office-cleaning/);

    await eventually(async () => {
      const shortlist = await readyShortlist(t.as(accountmanager), vacancyId);
      return shortlist.entries.some((e: { candidateId: string }) => e.candidateId === ids.eva) ? undefined : shortlist;
    });
    expect(await reports()).toEqual(before);
    // The erased candidate was anonymised already: the pass leaves them be.
    expect((await as(admin).post('/retention/run', {}).expect(200)).body.anonymised).toBe(0);
  });

  it('runs the pass on a schedule when configured (a BullMQ job scheduler with Redis, a timer without)', async () => {
    ids.fay = await addCandidate('Fay');
    await leave(ids.fay);
    await leftLongAgo(ids.fay);
    await t.restart({});
    await eventually(async () => ((await identity(ids.fay)) ? undefined : true));
    const [{ anonymised_at }] = await t.dataSource.query(`SELECT anonymised_at FROM candidates WHERE id = $1`, [
      ids.fay,
    ]);
    expect(anonymised_at).not.toBeNull();
  });
});
