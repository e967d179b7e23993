import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';
import { expectNoneShown } from './support/leaks';

/** What a candidate consents to decides what an employer sees, from the very next request on. */
describe('consent', () => {
  let t: TestApp;
  let klantmanager: string;
  let accountmanager: string;
  let employer: string;
  let otherEmployer: string;
  let employerId: string;
  let ans: string;
  let bram: string;
  let vacancyId: string;

  const as = (token: string) => t.as(token);
  const consents = (candidateId: string) => `/api/v1/candidates/${candidateId}/consents`;
  const give = (candidateId: string, body: object) => as(klantmanager).post(consents(candidateId), body);
  const withdraw = (candidateId: string, consentId: string) =>
    as(klantmanager).post(`${consents(candidateId)}/${consentId}/withdraw`, {});
  const consentRows = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM candidate_consents'))[0].n);
  const proposalRows = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM proposals'))[0].n);

  const ansProfile = {
    name: 'Ans de Vries',
    email: 'ans@example.nl',
    phone: '06 12345678',
    birthYear: 1966,
    belastbaarheid: {
      source: 'klantmanager',
      assessedOn: '2026-09-01',
      limits: [
        { item: 'lifting', level: 10 },
        { item: 'night-work', level: 0 },
      ],
    },
  };
  const addCandidate = async (overrides: object) =>
    (await as(klantmanager).post('/api/v1/candidates', candidateProfile(overrides)).expect(201)).body.id;
  const postVacancy = async () =>
    (await as(accountmanager).post('/api/v1/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
  const accept = (vacancy: string, candidateId: string) =>
    as(accountmanager)
      .put(`/api/v1/vacancies/${vacancy}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
      .expect(200);
  const propose = (vacancy: string, candidateIds: string[]) =>
    as(accountmanager).post(`/api/v1/vacancies/${vacancy}/proposals`, { candidateIds });

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    employerId = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Schoon Almere',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    const otherId = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Ander Bedrijf',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId });
    otherEmployer = await t.token({ role: 'employer', employerId: otherId });
    ans = await addCandidate(ansProfile);
    bram = await addCandidate({ name: 'Bram Bakker', birthYear: 1990 });
    vacancyId = await postVacancy();
    await readyShortlist(as(accountmanager), vacancyId);
    await accept(vacancyId, ans);
    await accept(vacancyId, bram);
  });

  afterAll(() => t?.close());

  it('proposes no candidate without consent to show the anonymised profile, naming the candidate, and writes nothing then', async () => {
    const mayBeProposed = async () =>
      Object.fromEntries(
        (await readyShortlist(as(accountmanager), vacancyId)).entries.map(
          (e: { candidateId: string; mayBeProposed: boolean }) => [e.candidateId, e.mayBeProposed],
        ),
      );
    expect(await mayBeProposed()).toEqual({ [ans]: false, [bram]: false });
    await consentToProfile(as(klantmanager), ans);
    // The accountmanager sees on the shortlist whom the candidate's consent lets them propose.
    expect(await mayBeProposed()).toEqual({ [ans]: true, [bram]: false });
    const refused = await propose(vacancyId, [ans, bram]).expect(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'candidateIds[1]', code: expect.any(String), reason: expect.stringContaining('consent') },
    ]);
    expect(await proposalRows()).toBe(0);
  });

  it('validates a consent by kind, naming the field, and writes nothing for a refused one', async () => {
    const before = await consentRows();
    const field = async (candidateId: string, body: object) => {
      const { invalidParams } = (await give(candidateId, body).expect(400)).body;
      return `${invalidParams[0].name} ${invalidParams[0].code}`;
    };
    expect(await field(ans, {})).toBe('kind field.required');
    expect(await field(ans, { kind: 'share-everything' })).toBe('kind field.not-allowed-value');
    expect(await field(ans, { kind: 'share-identity' })).toBe('proposalId consent.proposal-required');
    expect(await field(ans, { kind: 'share-age-band', proposalId: '00000000-0000-4000-8000-000000000000' })).toBe(
      'proposalId consent.proposal-not-allowed',
    );
    expect(await field(ans, { kind: 'share-adjustments' })).toBe('adjustments consent.adjustments-required');
    expect(await field(ans, { kind: 'share-adjustments', adjustments: ['night-work', 'standing'] })).toBe(
      'adjustments[1] consent.adjustment-not-limited',
    );
    expect(await field(ans, { kind: 'show-anonymised-profile', adjustments: ['lifting'] })).toBe(
      'adjustments consent.adjustments-not-allowed',
    );
    expect(await field(ans, { kind: 'share-adjustments', adjustments: ['not-an-item'] })).toMatch(
      /^adjustments\S* field.not-allowed-value$/,
    );
    await give('00000000-0000-4000-8000-000000000000', { kind: 'share-age-band' })
      .expect(404)
      .expect((res) => expect(res.body.code).toBe('candidate.not-found'));
    // Consent lives with the candidate's profile: klantmanagers and administrators only.
    for (const role of ['accountmanager', 'jobhunter'] as const)
      await as(await t.token({ role }))
        .post(consents(ans), { kind: 'share-age-band' })
        .expect(403);
    await as(employer).get(consents(ans)).expect(403);
    // One active consent of a kind at a time.
    await give(ans, { kind: 'show-anonymised-profile' })
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('consent.already-given'));
    expect(await consentRows()).toBe(before);
  });

  let proposalId: string;

  it('shows the employer only the fit and nothing consent does not cover', async () => {
    await consentToProfile(as(klantmanager), bram);
    const proposed = (await propose(vacancyId, [ans, bram]).expect(201)).body;
    proposalId = proposed.find((p: { candidateId: string }) => p.candidateId === ans).id;
    expect(
      proposed.every(
        (p: { shownToEmployer: boolean; identityShared: boolean }) => p.shownToEmployer && !p.identityShared,
      ),
    ).toBe(true);

    const seen = (await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(200)).body;
    expect(seen.profile.belastbaarheid).toEqual({
      fitsDemands: true,
      summary: 'kan de belasting van dit werk aan',
      adjustments: [],
    });
    expect(seen.profile).not.toHaveProperty('ageBand');
    expect(seen).not.toHaveProperty('identity');
    expect(seen).not.toHaveProperty('candidateId');
    const text = JSON.stringify((await as(employer).get('/api/v1/proposals').expect(200)).body);
    expectNoneShown(text, {
      ids: [ans, bram],
      words: ['Ans', 'Bram', 'example.nl', '12345678', '1966', '1315', 'lifting', 'night-work', 'tillen', 'nachtwerk'],
    });
  });

  it('adds the age band and exactly the adjustments the candidate agreed to share', async () => {
    await give(ans, { kind: 'share-age-band' }).expect(201);
    const adjustments = (await give(ans, { kind: 'share-adjustments', adjustments: ['night-work'] }).expect(201)).body;
    expect(adjustments).toMatchObject({
      candidateId: ans,
      kind: 'share-adjustments',
      adjustments: ['night-work'],
      givenBy: t.idOf('km-karin'),
      active: true,
    });
    expect(adjustments.withdrawnAt).toBeNull();
    await give(bram, { kind: 'share-age-band' }).expect(201);

    const own = (await as(employer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body;
    const ansSeen = own.find((p: { id: string }) => p.id === proposalId);
    expect(ansSeen.profile.ageBand).toBe('55+');
    expect(ansSeen.profile.belastbaarheid.adjustments).toEqual(['nachtwerk: niet']);
    expect(JSON.stringify(own)).not.toContain('tillen');
    // Bram is under 45: consent or not, no band is given.
    expect(own.find((p: { id: string }) => p.id !== proposalId).profile).not.toHaveProperty('ageBand');

    await withdraw(ans, adjustments.id).expect(200);
    expect(
      (await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(200)).body.profile.belastbaarheid.adjustments,
    ).toEqual([]);
  });

  it('gives the employer identity only for the proposal the candidate consented to, and only to that employer', async () => {
    const staffList = (await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body;
    const bramProposal = staffList.find((p: { candidateId: string }) => p.candidateId === bram);
    const wrong = await give(ans, { kind: 'share-identity', proposalId: bramProposal.id }).expect(400);
    expect(wrong.body.invalidParams).toEqual([
      { name: 'proposalId', code: 'consent.not-proposal-of-candidate', reason: expect.any(String) },
    ]);

    const identity = (await give(ans, { kind: 'share-identity', proposalId }).expect(201)).body;
    expect(identity).toMatchObject({ kind: 'share-identity', proposalId, active: true });
    const seen = (await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(200)).body;
    expect(seen.identity).toEqual({ name: 'Ans de Vries', email: 'ans@example.nl', phone: '06 12345678' });
    // Lists never carry identity; another employer cannot tell the proposal exists.
    expect(JSON.stringify((await as(employer).get('/api/v1/proposals').expect(200)).body)).not.toContain('Ans');
    await as(otherEmployer).get(`/api/v1/proposals/${proposalId}`).expect(404);
    await as(otherEmployer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(404);
    expect((await as(otherEmployer).get('/api/v1/proposals').expect(200)).body).toEqual([]);
    // Staff see that identity is shared, not the identity itself.
    const staff = (await as(accountmanager).get(`/api/v1/proposals/${proposalId}`).expect(200)).body;
    expect(staff).toMatchObject({ candidateId: ans, shownToEmployer: true, identityShared: true });
    expect(staff).not.toHaveProperty('identity');

    await withdraw(ans, identity.id).expect(200);
    expect((await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(200)).body).not.toHaveProperty('identity');
  });

  it('takes a withdrawal of the profile consent at once: the proposal leaves the employer’s views and the candidate is proposed no more', async () => {
    const history = (await as(klantmanager).get(consents(ans)).expect(200)).body;
    const profileConsent = history.find(
      (c: { kind: string; active: boolean }) => c.kind === 'show-anonymised-profile' && c.active,
    );
    const withdrawn = (await withdraw(ans, profileConsent.id).expect(200)).body;
    expect(withdrawn).toMatchObject({
      id: profileConsent.id,
      active: false,
      withdrawnBy: t.idOf('km-karin'),
      withdrawnAt: expect.any(String),
    });

    await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(404);
    await as(employer).post(`/api/v1/proposals/${proposalId}/answer`, { answer: 'invite', version: 1 }).expect(404);
    const ids = (list: { id: string }[]) => list.map((p) => p.id);
    expect(ids((await as(employer).get('/api/v1/proposals').expect(200)).body)).not.toContain(proposalId);
    expect(ids((await as(employer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body)).not.toContain(
      proposalId,
    );
    expect((await as(employer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body).toHaveLength(1);
    // Staff still see the proposal, and that the employer no longer does.
    expect((await as(accountmanager).get(`/api/v1/proposals/${proposalId}`).expect(200)).body).toMatchObject({
      shownToEmployer: false,
    });

    const another = await postVacancy();
    await readyShortlist(as(accountmanager), another);
    await accept(another, ans);
    const refused = await propose(another, [ans]).expect(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'candidateIds[0]', code: expect.any(String), reason: expect.stringContaining('consent') },
    ]);

    expect((await withdraw(ans, profileConsent.id).expect(409)).body.code).toBe('consent.already-withdrawn');
    expect((await withdraw(bram, profileConsent.id).expect(404)).body.code).toBe('consent.not-found');
  });

  it('keeps the whole history, and a consent given anew is a new record', async () => {
    const rowsBefore = await consentRows();
    const again = (await give(ans, { kind: 'show-anonymised-profile' }).expect(201)).body;
    expect(await consentRows()).toBe(rowsBefore + 1);
    await as(employer).get(`/api/v1/proposals/${proposalId}`).expect(200);

    const history = (
      await as(await t.token({ role: 'admin' }))
        .get(consents(ans))
        .expect(200)
    ).body;
    const kinds = history.map(
      (c: { kind: string; active: boolean }) => `${c.kind}:${c.active ? 'active' : 'withdrawn'}`,
    );
    expect(kinds.sort()).toEqual(
      [
        'show-anonymised-profile:active',
        'show-anonymised-profile:withdrawn',
        'share-age-band:active',
        'share-adjustments:withdrawn',
        'share-identity:withdrawn',
      ].sort(),
    );
    expect(history[0].id).toBe(again.id);
    expect(
      history
        .filter((c: { withdrawnAt: string | null }) => c.withdrawnAt)
        .every((c: { withdrawnBy: string }) => c.withdrawnBy === t.idOf('km-karin')),
    ).toBe(true);
    expect((await as(klantmanager).get(consents('00000000-0000-4000-8000-000000000000')).expect(404)).body.code).toBe(
      'candidate.not-found',
    );
  });
});
