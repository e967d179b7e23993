import { addDays, FixedClock } from '@werkbrug/common';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';

/** A vacancy's life over HTTP: its new fields, hold and resume, closing with what it withdraws, and reopening as a new one. */
describe('the life of a vacancy', () => {
  let t: TestApp;
  let accountmanager: string;
  let klantmanager: string;
  let employer: string;
  let otherEmployer: string;
  let employerId: string;
  const today = '2026-12-07';
  const clock = new FixedClock(`${today}T10:00:00+01:00`);

  const as = (token: string) => t.as(token, '/api/v1');
  const problem = (body: { code: string; invalidParams?: { name: string; code: string }[] }) => ({
    code: body.code,
    fields: (body.invalidParams ?? []).map((param) => `${param.name}: ${param.code}`),
  });

  async function addCandidate(name: string): Promise<string> {
    const id = (await as(klantmanager).post('/candidates', candidateProfile({ name })).expect(201)).body.id;
    await consentToProfile(t.as(klantmanager), id);
    return id;
  }

  beforeAll(async () => {
    // The scheduled expiry pass is off until the last test turns it on.
    t = await TestApp.start({ clock, env: { VACANCY_EXPIRY_INTERVAL_MINUTES: '0' } });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    klantmanager = await t.token({ role: 'klantmanager' });
    employerId = (
      await as(accountmanager)
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    const otherId = (
      await as(accountmanager)
        .post('/employers', { name: 'Ander Bedrijf', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', subject: 'wg-willem', employerId });
    otherEmployer = await t.token({ role: 'employer', employerId: otherId });
  });

  afterAll(() => t?.close());

  it('takes the closing date, working times, salary and how to apply, naming each field that is wrong', async () => {
    const posted = await as(employer)
      .post(
        '/vacancies',
        vacancyBody({
          validThrough: addDays(today, 30),
          workingTimes: { parts: ['weekdays', 'weekends'], note: 'om de week een zaterdag' },
          salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' },
          application: { url: 'https://werkenbij.example.nl/schoonmaker', phone: '036 123 45 67' },
        }),
      )
      .expect(201);
    expect(posted.body).toMatchObject({
      status: 'open',
      validThrough: addDays(today, 30),
      workingTimes: { parts: ['weekdays', 'weekends'], note: 'om de week een zaterdag' },
      salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' },
      application: { url: 'https://werkenbij.example.nl/schoonmaker', phone: '036 123 45 67', email: null },
      source: 'werkbrug',
      externalReference: null,
    });

    const bad = await as(employer)
      .post(
        '/vacancies',
        vacancyBody({
          validThrough: '2026-02-30',
          workingTimes: { parts: ['mornings'] },
          salary: { min: 2600, max: 3100, currency: 'USD', period: 'week' },
          application: { url: 'werkenbij', email: 'geen-adres' },
        }),
      )
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(problem(bad.body).fields.sort()).toEqual([
      'application.email: field.not-email',
      'application.url: field.wrong-format',
      'salary.currency: field.not-allowed-value',
      'salary.period: field.not-allowed-value',
      'validThrough: field.not-date',
      'workingTimes.parts: field.not-allowed-value',
    ]);
    const reversed = await as(employer)
      .post('/vacancies', vacancyBody({ salary: { min: 3100, max: 2600, currency: 'EUR', period: 'month' } }))
      .expect(400);
    expect(problem(reversed.body).fields).toEqual(['salary.max: vacancy.salary-min-above-max']);
    const past = await as(employer)
      .post('/vacancies', vacancyBody({ validThrough: addDays(today, -1) }))
      .expect(400);
    expect(problem(past.body).fields).toEqual(['validThrough: vacancy.valid-through-in-past']);

    // The status is not part of a change: it has its own routes, and the refusal says so.
    const withStatus = await as(employer)
      .put(`/vacancies/${posted.body.id}`, { ...vacancyBody(), status: 'closed', version: 1 })
      .expect(400);
    expect(problem(withStatus.body).fields).toEqual(['status: vacancy.status-by-own-route']);
  });

  it('holds a vacancy (not proposed or offered meanwhile), closes it with what was under way, and reopens it as a new one', async () => {
    const [ans, bram, cor] = [await addCandidate('Ans'), await addCandidate('Bram'), await addCandidate('Cor')];
    const vacancyId = (await as(employer).post('/vacancies', vacancyBody()).expect(201)).body.id;
    await readyShortlist(t.as(accountmanager), vacancyId);
    for (const candidateId of [ans, bram, cor])
      await as(accountmanager)
        .put(`/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
        .expect(200);
    const proposed = (
      await as(accountmanager)
        .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [ans, bram] })
        .expect(201)
    ).body as { id: string; candidateId: string }[];
    const bramsProposal = proposed.find((p) => p.candidateId === bram)!.id;
    await as(employer).post(`/proposals/${bramsProposal}/answer`, { answer: 'invite', version: 1 }).expect(201);
    const offer = (await as(klantmanager).post(`/candidates/${cor}/offers`, { vacancyId }).expect(201)).body;

    // On hold: kept, but not proposed or offered.
    const held = await as(employer)
      .put(`/vacancies/${vacancyId}/status`, { status: 'on-hold', version: 1 })
      .expect(200);
    expect(held.body).toMatchObject({ status: 'on-hold', version: 2 });
    const notProposed = await as(accountmanager)
      .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [cor] })
      .expect(409);
    expect(notProposed.body.code).toBe('proposal.vacancy-not-open');
    const notOffered = await as(klantmanager).post(`/candidates/${ans}/offers`, { vacancyId }).expect(400);
    expect(problem(notOffered.body).fields).toEqual(['vacancyId: offer.vacancy-not-open']);
    const twice = await as(employer)
      .put(`/vacancies/${vacancyId}/status`, { status: 'on-hold', version: 2 })
      .expect(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    expect(twice.body.code).toBe('vacancy.already-in-status');
    await as(accountmanager).put(`/vacancies/${vacancyId}/status`, { status: 'open', version: 2 }).expect(200);

    // Another employer's vacancy is not found, not forbidden.
    await as(otherEmployer).post(`/vacancies/${vacancyId}/closure`, { reason: 'withdrawn', version: 3 }).expect(404);
    const badReason = await as(employer)
      .post(`/vacancies/${vacancyId}/closure`, { reason: 'bored', version: 3 })
      .expect(400);
    expect(problem(badReason.body).fields).toEqual(['reason: field.not-allowed-value']);

    const closed = await as(employer)
      .post(`/vacancies/${vacancyId}/closure`, { reason: 'filled-elsewhere', version: 3 })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closeReason: 'filled-elsewhere',
      closedBy: t.idOf('wg-willem'),
      closedAt: expect.any(String),
    });

    // The employer, the accountmanager and the klantmanager each see what was withdrawn, and why.
    const employersView = (await as(employer).get(`/vacancies/${vacancyId}/proposals`).expect(200)).body;
    expect(
      employersView.map((p: { status: string; withdrawnReason: string }) => [p.status, p.withdrawnReason]),
    ).toEqual([
      ['withdrawn', 'filled-elsewhere'],
      ['withdrawn', 'filled-elsewhere'],
    ]);
    const staffView = (await as(accountmanager).get(`/vacancies/${vacancyId}/proposals`).expect(200)).body;
    expect(staffView.every((p: { withdrawnReason: string }) => p.withdrawnReason === 'filled-elsewhere')).toBe(true);
    const offers = (await as(klantmanager).get(`/candidates/${cor}/offers`).expect(200)).body;
    expect(offers).toEqual([expect.objectContaining({ id: offer.id, withdrawnReason: 'filled-elsewhere' })]);
    const lateAnswer = await as(employer)
      .post(`/proposals/${proposed[0].id}/answer`, { answer: 'invite', version: 2 })
      .expect(409);
    expect(lateAnswer.body.code).toBe('proposal.withdrawn');
    const lateResponse = await as(klantmanager)
      .put(`/offers/${offer.id}/response`, { response: 'applied', version: 2 })
      .expect(409);
    expect(lateResponse.body.code).toBe('offer.withdrawn');

    // Ended: each way of changing it is refused with its own code.
    const again = await as(accountmanager)
      .post(`/vacancies/${vacancyId}/closure`, { reason: 'withdrawn', version: 4 })
      .expect(409);
    expect(again.body.code).toBe('vacancy.ended');
    expect(
      (await as(employer).put(`/vacancies/${vacancyId}/status`, { status: 'open', version: 4 }).expect(409)).body.code,
    ).toBe('vacancy.ended');
    expect(
      (
        await as(employer)
          .put(`/vacancies/${vacancyId}`, { ...vacancyBody(), version: 4 })
          .expect(409)
      ).body.code,
    ).toBe('vacancy.not-open');
    const review = await as(accountmanager)
      .put(`/vacancies/${vacancyId}/shortlist/decisions/${cor}`, { decision: 'set-aside', version: 1 })
      .expect(409);
    expect(review.body.code).toBe('shortlist.vacancy-ended');
    // Nor is it found for a candidate's job search (level 4) any more.
    const search = (await as(klantmanager).get(`/candidates/${cor}/vacancies`).expect(200)).body;
    expect(search.vacancies.map((v: { vacancyId: string }) => v.vacancyId)).not.toContain(vacancyId);

    // Reopened: a new vacancy, open and matched afresh, linked to the one it follows; once.
    const reopened = await as(employer).post(`/vacancies/${vacancyId}/reopening`, {}).expect(201);
    expect(reopened.body).toMatchObject({ status: 'open', reopenedFrom: vacancyId, version: 1 });
    expect(reopened.body.id).not.toBe(vacancyId);
    await readyShortlist(t.as(accountmanager), reopened.body.id);
    const secondTime = await as(accountmanager).post(`/vacancies/${vacancyId}/reopening`, {}).expect(409);
    expect(secondTime.body.code).toBe('vacancy.already-reopened');
    const notEnded = await as(employer).post(`/vacancies/${reopened.body.id}/reopening`, {}).expect(409);
    expect(notEnded.body.code).toBe('vacancy.not-ended');
  });

  it('starts a draft unmatched and opens it on request', async () => {
    const draft = await as(employer)
      .post('/vacancies', vacancyBody({ status: 'draft' }))
      .expect(201);
    expect(draft.body.status).toBe('draft');
    const held = await as(employer)
      .put(`/vacancies/${draft.body.id}/status`, { status: 'on-hold', version: 1 })
      .expect(409);
    expect(held.body.code).toBe('vacancy.draft-not-on-hold');
    await as(employer).put(`/vacancies/${draft.body.id}/status`, { status: 'open', version: 1 }).expect(200);
    expect((await readyShortlist(t.as(accountmanager), draft.body.id)).status).toBe('ready');
  });

  it('expires a vacancy on schedule the day after its closing date (a BullMQ job scheduler with Redis, a timer without)', async () => {
    const vacancyId = (
      await as(employer)
        .post('/vacancies', vacancyBody({ validThrough: today }))
        .expect(201)
    ).body.id;
    clock.set(`${addDays(today, 1)}T00:05:00+01:00`);
    await t.restart({});
    const expired = await eventually(async () => {
      const vacancy = (await as(employer).get(`/vacancies/${vacancyId}`).expect(200)).body;
      return vacancy.status === 'expired' ? vacancy : undefined;
    });
    expect(expired).toMatchObject({ closeReason: null, closedBy: null, closedAt: clock.now().toISOString() });
  });
});
