import { addMonths, dutchDay } from '@werkbrug/common';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { Requests, TestApp } from './support/test-app';

/** The employer register over HTTP: KvK numbers, changes, contact persons and the history, with their problem codes. */
describe('the employer register', () => {
  let t: TestApp;
  let accountmanager: Requests;
  let klantmanager: Requests;

  const register = { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316' };

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = t.as(await t.token({ role: 'accountmanager', subject: 'am-anna' }), '/api/v1');
    klantmanager = t.as(await t.token({ role: 'klantmanager', subject: 'km-karin' }), '/api/v1');
  });

  afterAll(() => t?.close());

  it('registers one employer per KvK number: spaces dropped, a second registration 409 with the existing id', async () => {
    const first = await accountmanager
      .post('/employers', { ...register, kvkNumber: '1234 5678', establishmentNumber: '0000 1234 5678' })
      .expect(201);
    expect(first.body).toMatchObject({ kvkNumber: '12345678', establishmentNumber: '000012345678', version: 1 });

    const again = await accountmanager
      .post('/employers', { ...register, name: 'Helder Schoonmaak', kvkNumber: '12345678' })
      .expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      code: 'employer.kvk-number-taken',
      status: 409,
      existingId: first.body.id,
      invalidParams: [expect.objectContaining({ name: 'kvkNumber', code: 'employer.kvk-number-taken' })],
    });

    for (const [field, value, code] of [
      ['kvkNumber', '1234567', 'field.not-kvk-number'],
      ['kvkNumber', '1234567a', 'field.not-kvk-number'],
      ['establishmentNumber', '12345678', 'field.not-establishment-number'],
    ])
      expect(
        (await accountmanager.post('/employers', { ...register, kvkNumber: '87654321', [field]: value }).expect(400))
          .body.invalidParams,
      ).toEqual([expect.objectContaining({ name: field, code })]);
    const found = await accountmanager.get('/employers?kvkNumber=1234%205678').expect(200);
    expect(found.body.map((employer: { id: string }) => employer.id)).toEqual([first.body.id]);
    expect((await accountmanager.get('/employers?kvkNumber=87654321').expect(200)).body).toEqual([]);
    // Nothing was half written: the number is still free.
    await accountmanager.post('/employers', { ...register, kvkNumber: '87654321' }).expect(201);
  });

  it('refuses a new registration without a KvK number, naming the field and writing nothing; one registered before keeps none', async () => {
    const written = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM employers) AS employers, (SELECT count(*)::int FROM employer_changes) AS changes`,
        )
      )[0];
    const before = await written();
    for (const body of [register, { ...register, kvkNumber: null }]) {
      const refused = await accountmanager.post('/employers', body).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 400 });
      expect(refused.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'kvkNumber', code: 'field.required' }),
      ]);
    }
    expect(await written()).toEqual(before);

    // One registered before the number was asked keeps none, and its register can still be changed.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO employers (name, sector, postcode) VALUES ('Schoonmaak Oud', 'N', '1316') RETURNING id`,
    );
    const changed = await accountmanager
      .put(`/employers/${id}`, { ...register, address: 'Stationsplein 1, Almere', version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({ kvkNumber: null, address: 'Stationsplein 1, Almere', version: 2 });
  });

  it("changes the register on the version read; the employer's own users change their contact e-mail only", async () => {
    const [kvkNumber, otherKvkNumber] = [uniqueKvkNumber(), uniqueKvkNumber()];
    const employer = (await accountmanager.post('/employers', { ...register, kvkNumber }).expect(201)).body;
    const other = (await accountmanager.post('/employers', { ...register, kvkNumber: otherKvkNumber }).expect(201))
      .body;
    const own = t.as(await t.token({ role: 'employer', subject: 'wg-helder', employerId: employer.id }), '/api/v1');
    const fields = { ...register, kvkNumber };

    const changed = await accountmanager
      .put(`/employers/${employer.id}`, { ...fields, address: 'Stationsplein 1, Almere', version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({ address: 'Stationsplein 1, Almere', version: 2 });
    const stale = await accountmanager.put(`/employers/${employer.id}`, { ...fields, version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { version: 2 } });
    const taken = await accountmanager
      .put(`/employers/${employer.id}`, { ...fields, kvkNumber: otherKvkNumber, version: 2 })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'employer.kvk-number-taken', existingId: other.id });

    const current = { ...fields, address: 'Stationsplein 1, Almere' };
    const renamed = await own
      .put(`/employers/${employer.id}`, { ...current, name: 'Helder BV', version: 2 })
      .expect(403);
    expect(renamed.body).toMatchObject({
      code: 'employer.field-not-yours',
      invalidParams: [expect.objectContaining({ name: 'name' })],
    });
    await own
      .put(`/employers/${employer.id}`, { ...current, contactEmail: 'werving@helder.example', version: 2 })
      .expect(200);
    // Another employer's register answers as one that does not exist, and says nothing of the KvK holder.
    const notTheirs = await own.put(`/employers/${other.id}`, { ...fields, version: 1 }).expect(404);
    expect(notTheirs.body.code).toBe('employer.not-found');
  });

  it('keeps contact persons for staff and the employer itself', async () => {
    const employer = (
      await accountmanager.post('/employers', { ...register, kvkNumber: uniqueKvkNumber() }).expect(201)
    ).body;
    const other = (await accountmanager.post('/employers', { ...register, kvkNumber: uniqueKvkNumber() }).expect(201))
      .body;
    const own = t.as(await t.token({ role: 'employer', subject: 'wg-cp', employerId: employer.id }), '/api/v1');
    const stranger = t.as(await t.token({ role: 'employer', subject: 'wg-other', employerId: other.id }), '/api/v1');

    const petra = (
      await own
        .post(`/employers/${employer.id}/contact-persons`, {
          name: 'Petra  Jansen',
          jobTitle: 'HR-adviseur',
          phone: '036 123 45 67',
        })
        .expect(201)
    ).body;
    expect(petra).toMatchObject({ name: 'Petra Jansen', email: null, userId: null, version: 1 });
    const bad = await own
      .post(`/employers/${employer.id}/contact-persons`, { name: 'Jan', email: 'geen-adres', phone: 'bel maar' })
      .expect(400);
    expect(bad.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]).sort()).toEqual([
      ['email', 'field.not-email'],
      ['phone', 'field.not-phone-number'],
    ]);
    const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-joost' }), '/api/v1');
    expect((await jobhunter.get(`/employers/${employer.id}/contact-persons`).expect(200)).body).toEqual([petra]);
    await stranger.get(`/employers/${employer.id}/contact-persons`).expect(404);
    await stranger.delete(`/employers/${employer.id}/contact-persons/${petra.id}`).expect(404);
    await jobhunter.delete(`/employers/${employer.id}/contact-persons/${petra.id}`).expect(403);

    const changed = await accountmanager
      .put(`/employers/${employer.id}/contact-persons/${petra.id}`, { name: 'Petra Jansen', version: 1 })
      .expect(200);
    expect(changed.body).toMatchObject({ jobTitle: null, phone: null, version: 2 });
    await own.delete(`/employers/${employer.id}/contact-persons/${petra.id}`).expect(204);
    const gone = await own.delete(`/employers/${employer.id}/contact-persons/${petra.id}`).expect(404);
    expect(gone.body.code).toBe('employer.contact-person-not-found');
  });

  it('offers the accountmanagers of every member for an account team, and puts one of another member on it', async () => {
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    await t.token({ role: 'accountmanager', subject: 'am-lotte', organisationId: lelystad.id });
    const offered = (await accountmanager.get('/account-managers').expect(200)).body;
    expect(offered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'am-anna', organisationName: 'Gemeente Almere' }),
        expect.objectContaining({ name: 'am-lotte', organisationName: 'Gemeente Lelystad' }),
      ]),
    );
    await klantmanager.get('/account-managers').expect(403);
    const employer = (
      await accountmanager.post('/employers', { ...register, kvkNumber: uniqueKvkNumber() }).expect(201)
    ).body;
    const team = await accountmanager
      .put(`/employers/${employer.id}/account-team`, { userIds: [t.idOf('am-anna'), t.idOf('am-lotte')] })
      .expect(200);
    expect(team.body.map((member: { organisationName: string }) => member.organisationName)).toEqual([
      'Gemeente Almere',
      'Gemeente Lelystad',
    ]);
    const [change] = (await accountmanager.get(`/employers/${employer.id}/history`).expect(200)).body;
    expect(change).toMatchObject({ kind: 'register-changed', outcome: 'account-team-set', fields: ['userIds'] });
  });

  it('tells the history newest first: candidates by reference to the employer, by name to staff of their organisation', async () => {
    const employer = (
      await accountmanager.post('/employers', { ...register, kvkNumber: uniqueKvkNumber() }).expect(201)
    ).body;
    const own = t.as(await t.token({ role: 'employer', subject: 'wg-history', employerId: employer.id }), '/api/v1');
    const candidateId = (await klantmanager.post('/candidates', candidateProfile({ name: 'Ans Historie' })).expect(201))
      .body.id;
    await consentToProfile(t.as(await t.token({ role: 'klantmanager', subject: 'km-karin' })), candidateId);
    const vacancyId = (await own.post('/vacancies', vacancyBody()).expect(201)).body.id;
    await readyShortlist(t.as(await t.token({ role: 'accountmanager', subject: 'am-anna' })), vacancyId);
    await accountmanager
      .put(`/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
      .expect(200);
    const [proposal] = (
      await accountmanager.post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [candidateId] }).expect(201)
    ).body;
    await own.post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: proposal.version }).expect(201);
    const today = dutchDay(new Date());
    await accountmanager
      .post('/agreements', {
        name: 'Schoonmaakakkoord Helder',
        region: 'flevoland',
        startsOn: addMonths(today, -1),
        endsOn: addMonths(today, 11),
        targetPlacements: 3,
        employerIds: [employer.id],
        uwvPartner: false,
        sectors: ['N'],
        occupations: ['cleaner'],
        instruments: [],
        contacts: [],
      })
      .expect(201);
    await accountmanager
      .post('/placements', {
        candidateId,
        employerId: employer.id,
        vacancyId,
        kind: 'paid-work',
        uitstroom: 'full',
        startsOn: today,
        hoursPerWeek: 24,
        contractType: 'permanent',
        instruments: [],
      })
      .expect(201);

    const reference = `K-${candidateId.slice(0, 4)}-${candidateId.slice(4, 8)}`.toUpperCase();
    const seenByEmployer = await own.get(`/employers/${employer.id}/history`).expect(200);
    type Entry = { kind: string; outcome: string | null };
    const kinds = seenByEmployer.body.map((entry: Entry) => entry.kind);
    // The placement fills the vacancy's one position in the same transaction: which of the two is dated first
    // depends on the database's clock against the API's, so only their place after the rest is fixed.
    expect([...kinds.slice(0, 2)].sort()).toEqual(['placement', 'vacancy-closed']);
    expect(kinds.slice(2)).toEqual([
      'agreement-made',
      'proposal-answered',
      'candidate-proposed',
      'vacancy-created',
      'register-changed',
    ]);
    const entry = (kind: string) => seenByEmployer.body.find((e: Entry) => e.kind === kind);
    expect(entry('register-changed')).toMatchObject({ outcome: 'registered', fields: [] });
    expect(entry('placement')).toMatchObject({ candidateReference: reference, outcome: 'paid-work' });
    expect(entry('vacancy-closed')).toMatchObject({ vacancyId, outcome: 'filled-here' });
    expect(entry('agreement-made')).toMatchObject({ title: 'Schoonmaakakkoord Helder' });
    expect(entry('proposal-answered')).toMatchObject({
      vacancyId,
      vacancyTitle: 'Schoonmaker kantoren',
      candidateReference: reference,
      outcome: 'invited',
    });
    expect(JSON.stringify(seenByEmployer.body)).not.toMatch(/Ans Historie|km-karin|organisationName/);

    const seenByStaff = await accountmanager.get(`/employers/${employer.id}/history?limit=1&offset=3`).expect(200);
    expect(seenByStaff.headers.link).toMatch(/offset=4.*rel="next"/);
    expect(seenByStaff.body).toEqual([
      expect.objectContaining({
        kind: 'proposal-answered',
        candidate: expect.objectContaining({ name: 'Ans Historie' }),
      }),
    ]);
    // Each read is audited with the candidates it showed.
    const audited = await t.dataSource.query(
      `SELECT resource, candidate_ids FROM audit_log WHERE route = 'GET /api/v1/employers/:id/history' ORDER BY id`,
    );
    expect(audited).toEqual(
      expect.arrayContaining([
        { resource: 'employer-history', candidate_ids: [candidateId] },
        { resource: 'candidate-identity', candidate_ids: [candidateId] },
      ]),
    );
    const stranger = t.as(
      await t.token({
        role: 'employer',
        subject: 'wg-stranger',
        employerId: (await accountmanager.post('/employers', { ...register, kvkNumber: uniqueKvkNumber() }).expect(201))
          .body.id,
      }),
      '/api/v1',
    );
    expect((await stranger.get(`/employers/${employer.id}/history`).expect(404)).body.code).toBe('employer.not-found');
  });
});
