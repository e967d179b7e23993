import { addMonths, dutchDay } from '@werkbrug/common';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

interface Item {
  id: string;
  source: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  link: string | null;
  params: Record<string, unknown>;
  candidateId: string | null;
  candidateReference: string | null;
  candidateName: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  completable: boolean;
  version: number;
}

/** The werkvoorraad over HTTP: items come from the events, reach the right person and team, and are done once. */
describe('worklist', () => {
  let t: TestApp;
  let klantmanager: string;
  let accountmanager: string;
  let colleague: string;
  let otherAccountmanager: string;
  let employer: string;
  let employerId: string;
  let vacancyId: string;
  let ans: string;
  let bram: string;
  const today = dutchDay(new Date());

  const as = (token: string) => t.as(token, '/api/v1');
  const worklist = async (token: string, scope = 'mine'): Promise<Item[]> =>
    (await as(token).get(`/worklist?scope=${scope}`).expect(200)).body;
  const workItemRows = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM work_items'))[0].n);

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    colleague = await t.token({ role: 'accountmanager', subject: 'am-ahmed' });
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    otherAccountmanager = await t.token({
      role: 'accountmanager',
      subject: 'am-lotte',
      organisationId: lelystad.id,
    });
    employerId = (
      await as(accountmanager)
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId });
    const add = async (name: string) =>
      (await as(klantmanager).post('/candidates', candidateProfile({ name })).expect(201)).body.id;
    ans = await add('Ans de Vries');
    bram = await add('Bram Bakker');
    vacancyId = (await as(accountmanager).post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await readyShortlist(t.as(accountmanager), vacancyId);
    for (const candidateId of [ans, bram])
      await as(accountmanager)
        .put(`/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
        .expect(200);
  });

  afterAll(() => t?.close());

  it("gives the accountmanager who proposed an item for the employer's invitation, linking to the shortlist, once", async () => {
    await consentToProfile(t.as(klantmanager), ans);
    const [proposal] = (
      await as(accountmanager)
        .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [ans] })
        .expect(201)
    ).body;
    expect(await worklist(accountmanager)).toEqual([]);
    await as(employer).post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: 1 }).expect(201);

    const [item] = (await worklist(accountmanager)).filter((i) => i.kind === 'employer-answer');
    expect(item).toMatchObject({
      source: 'work-item',
      link: `#/vacatures/${vacancyId}/shortlist`,
      params: { answer: 'invite', reason: null },
      candidateId: ans,
      candidateName: 'Ans de Vries',
      vacancyId,
      overdue: false,
      completable: true,
    });
    // The team sees it too; a colleague has nothing of their own; another organisation sees nothing.
    expect((await worklist(colleague, 'team')).map((i) => i.id)).toContain(item.id);
    expect(await worklist(colleague)).toEqual([]);
    expect(await worklist(otherAccountmanager, 'team')).toEqual([]);
    expect((await as(accountmanager).get('/worklist/counts').expect(200)).body).toEqual({
      mine: { open: 1, overdue: 0 },
      team: { open: 1, overdue: 0 },
    });
    // The answer stands: given again it is refused, and the item stays one.
    await as(employer).post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: 2 }).expect(409);
    expect(await workItemRows()).toBe(1);
  });

  it('refuses a consent request that names no vacancy or a bad one, and writes nothing', async () => {
    const request = (body: object) => as(accountmanager).post(`/candidates/${bram}/consent-requests`, body);
    const field = async (body: object) => {
      const { invalidParams } = (await request(body).expect(400)).body;
      return invalidParams.map((p: { name: string; code: string }) => `${p.name} ${p.code}`);
    };
    expect(await field({})).toEqual(['vacancyId field.required']);
    expect(await field({ vacancyId: 'vacature-1' })).toEqual([expect.stringMatching(/^vacancyId field\./)]);
    expect(await field({ vacancyId, extra: 1 })).toEqual([expect.stringMatching(/^extra /)]);
    await request({ vacancyId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await as(accountmanager)
      .post('/candidates/00000000-0000-4000-8000-000000000000/consent-requests', { vacancyId })
      .expect(404);
    await as(klantmanager).post(`/candidates/${bram}/consent-requests`, { vacancyId }).expect(403);
    await as(employer).post(`/candidates/${bram}/consent-requests`, { vacancyId }).expect(403);
    expect(await workItemRows()).toBe(1);
  });

  it('asks the klantmanager for a missing consent and closes the item when it is recorded; asks no more once it holds', async () => {
    const refused = await as(accountmanager)
      .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [bram] })
      .expect(400);
    expect(refused.body.invalidParams[0].code).toBe('proposal.no-consent');
    const asked = (await as(accountmanager).post(`/candidates/${bram}/consent-requests`, { vacancyId }).expect(201))
      .body;
    expect(asked).toMatchObject({ candidateId: bram, vacancyId, klantmanagerAssigned: true });
    // Asked twice (by a colleague, too), it is one item.
    expect((await as(colleague).post(`/candidates/${bram}/consent-requests`, { vacancyId }).expect(201)).body.id).toBe(
      asked.id,
    );
    const [item] = (await worklist(klantmanager)).filter((i) => i.kind === 'consent-requested');
    expect(item).toMatchObject({
      id: asked.id,
      link: `#/kandidaten/${bram}`,
      candidateName: 'Bram Bakker',
      vacancyId,
      vacancyTitle: expect.any(String),
    });
    // Not the accountmanagers' to do.
    expect((await worklist(accountmanager, 'team')).map((i) => i.id)).not.toContain(asked.id);

    await consentToProfile(t.as(klantmanager), bram);
    expect((await worklist(klantmanager)).map((i) => i.id)).not.toContain(asked.id);
    const [closed] = await t.dataSource.query(`SELECT closed_reason, done_at FROM work_items WHERE id = $1`, [
      asked.id,
    ]);
    expect(closed).toEqual({ closed_reason: 'consent-recorded', done_at: expect.any(Date) });
    await as(accountmanager)
      .post(`/candidates/${bram}/consent-requests`, { vacancyId })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('proposal.consent-present'));
    // Closed by the consent, it is not marked done by hand.
    await as(klantmanager)
      .put(`/worklist/items/${asked.id}/done`, { note: 'gevraagd', version: item.version + 1 })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('worklist.already-done'));
  });

  it('shows an overdue follow-up first and marks it done from the worklist, the note as its result', async () => {
    await as(accountmanager)
      .post('/placements', {
        candidateId: ans,
        employerId,
        kind: 'paid-work',
        uitstroom: 'full',
        startsOn: addMonths(today, -7),
        hoursPerWeek: 24,
        contractType: 'permanent',
        instruments: [],
      })
      .expect(201);
    const items = await worklist(accountmanager);
    expect(items[0]).toMatchObject({
      source: 'follow-up',
      kind: 'six-month-check',
      overdue: true,
      link: '#/plaatsingen',
    });
    expect(items.map((i) => i.kind)).toEqual(['six-month-check', 'employer-answer']);
    expect((await as(accountmanager).get('/worklist/counts').expect(200)).body.mine).toEqual({ open: 2, overdue: 1 });

    const [followUp] = items;
    // Validated: nothing changes for a refused request.
    const bad = await as(accountmanager)
      .put(`/worklist/items/${followUp.id}/done`, { version: followUp.version })
      .expect(400);
    expect(bad.body.invalidParams).toEqual([{ name: 'note', code: 'field.required', reason: expect.any(String) }]);
    await as(accountmanager)
      .put(`/worklist/items/${followUp.id}/done`, { note: 'x', version: followUp.version })
      .expect(400);
    // Another organisation's staff cannot close it; an employer may not ask at all.
    await as(otherAccountmanager)
      .put(`/worklist/items/${followUp.id}/done`, { note: 'Nagebeld', version: followUp.version })
      .expect(404)
      .expect((res) => expect(res.body.code).toBe('worklist.not-found'));
    await as(employer)
      .put(`/worklist/items/${followUp.id}/done`, { note: 'Nagebeld', version: followUp.version })
      .expect(403);
    await as(employer).get('/worklist').expect(403);
    const [open] = await t.dataSource.query(`SELECT done_at FROM follow_ups WHERE id = $1`, [followUp.id]);
    expect(open.done_at).toBeNull();

    // A colleague of the team may do it, on the version read.
    await as(colleague)
      .put(`/worklist/items/${followUp.id}/done`, { note: 'Nagebeld', version: followUp.version + 1 })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('record.stale-version'));
    const done = (
      await as(colleague)
        .put(`/worklist/items/${followUp.id}/done`, {
          note: 'Nog in dienst, werkgever tevreden',
          version: followUp.version,
        })
        .expect(200)
    ).body;
    expect(done).toMatchObject({ id: followUp.id, source: 'follow-up', kind: 'six-month-check', candidateId: ans });
    const [result] = await t.dataSource.query(`SELECT result FROM follow_ups WHERE id = $1`, [followUp.id]);
    expect(result.result).toBe('Nog in dienst, werkgever tevreden');
    expect((await worklist(accountmanager)).map((i) => i.kind)).toEqual(['employer-answer']);
    await as(accountmanager)
      .put(`/worklist/items/${followUp.id}/done`, { note: 'Nog eens', version: done.version })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('follow-up.already-done'));
  });

  it("shows another organisation's accountmanager the candidate by reference only, and marks their item done", async () => {
    const [proposal] = (
      await as(otherAccountmanager)
        .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [bram] })
        .expect(201)
    ).body;
    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, { answer: 'reject', reason: 'hours', version: 1 })
      .expect(201);
    const [item] = await worklist(otherAccountmanager);
    expect(item).toMatchObject({
      kind: 'employer-answer',
      params: { answer: 'reject', reason: 'hours' },
      candidateId: bram,
      candidateName: null,
      candidateReference: expect.stringMatching(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/),
    });
    expect(JSON.stringify(await worklist(otherAccountmanager, 'team'))).not.toContain('Bram');
    await as(accountmanager)
      .put(`/worklist/items/${item.id}/done`, { note: 'Gebeld', version: item.version })
      .expect(404);
    const done = (
      await as(otherAccountmanager)
        .put(`/worklist/items/${item.id}/done`, { note: 'Werkgever gebeld over de uren', version: item.version })
        .expect(200)
    ).body;
    expect(done).toMatchObject({
      source: 'work-item',
      note: 'Werkgever gebeld over de uren',
      version: item.version + 1,
    });
    expect(await worklist(otherAccountmanager)).toEqual([]);
    await as(otherAccountmanager)
      .put(`/worklist/items/${item.id}/done`, { note: 'Nog eens', version: done.version })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('worklist.already-done'));
  });
});
