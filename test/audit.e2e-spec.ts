import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** The audit log of candidates' personal data: written per read and change, append-only, queried, reported, and the employer quota it counts. */
describe('audit of candidate data', () => {
  let t: TestApp;
  let klantmanager: string;
  let accountmanager: string;
  let admin: string;
  let employer: string;
  let employerId: string;
  let vacancyId: string;
  let candidates: string[];
  let proposalOf: Map<string, string>;

  const as = (token: string) => t.as(token);
  const auditRows = (where: string, parameters: unknown[] = []) =>
    t.dataSource.query(
      `SELECT actor_id, actor_role, actor_employer_id, action, resource, candidate_ids, vacancy_id, proposal_id, reason, request_id, route
         FROM audit_log WHERE ${where} ORDER BY id`,
      parameters,
    );

  beforeAll(async () => {
    t = await TestApp.start({ env: { EMPLOYER_PROFILE_VIEWS_PER_DAY: '2', AUDIT_FLAG_QUOTA_PERCENT: '50' } });
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    admin = await t.token({ role: 'admin', subject: 'admin-ada' });
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
    employer = await t.token({ role: 'employer', subject: 'werkgever-wim', employerId });
    candidates = [];
    for (const name of ['Ans', 'Bram', 'Cor']) {
      const id = (await as(klantmanager).post('/api/v1/candidates', candidateProfile({ name })).expect(201)).body.id;
      await as(klantmanager).post(`/api/v1/candidates/${id}/consents`, { kind: 'show-anonymised-profile' }).expect(201);
      candidates.push(id);
    }
    vacancyId = (await as(accountmanager).post('/api/v1/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await readyShortlist(as(accountmanager), vacancyId);
    for (const id of candidates)
      await as(accountmanager)
        .put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${id}`, { decision: 'accepted' })
        .expect(200);
    const proposed = (
      await as(accountmanager)
        .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: candidates })
        .expect(201)
    ).body;
    proposalOf = new Map(proposed.map((p: { id: string; candidateId: string }) => [p.candidateId, p.id]));
  });

  afterAll(() => t?.close());

  it('logs reads and changes with who, role, what and purpose', async () => {
    const [ans, bram] = candidates;
    const created = await auditRows(`resource = 'candidate-profile' AND action = 'create'`);
    expect(created).toHaveLength(3);
    expect(created[0]).toMatchObject({
      actor_id: t.idOf('km-karin'),
      actor_role: 'klantmanager',
      candidate_ids: [ans],
      reason: 'case management',
      route: 'POST /api/v1/candidates',
    });

    await as(klantmanager)
      .get(`/api/v1/candidates/${ans}`)
      .set('X-Purpose', 'gesprek over werkhervatting')
      .set('X-Request-Id', 'req-42')
      .expect(200);
    expect(await auditRows(`resource = 'candidate-profile' AND action = 'read'`)).toEqual([
      expect.objectContaining({
        actor_id: t.idOf('km-karin'),
        candidate_ids: [ans],
        reason: 'gesprek over werkhervatting',
        request_id: 'req-42',
        route: 'GET /api/v1/candidates/:id',
      }),
    ]);
    await as(klantmanager)
      .put(`/api/v1/candidates/${bram}/availability`, { availability: 'temporarily-unavailable', reason: 'ziek' })
      .expect(200);
    expect(await auditRows(`resource = 'candidate-availability'`)).toEqual([
      expect.objectContaining({ action: 'update', candidate_ids: [bram] }),
    ]);

    // A shortlist read is one row for all candidates shown, with the vacancy as purpose.
    const shortlistReads = await auditRows(`resource = 'shortlist' AND action = 'read'`);
    expect(shortlistReads.length).toBeGreaterThan(0);
    expect(shortlistReads.at(-1)).toMatchObject({ actor_role: 'accountmanager', vacancy_id: vacancyId, reason: null });
    expect([...shortlistReads.at(-1).candidate_ids].sort()).toEqual([...candidates].sort());
    expect(await auditRows(`resource = 'shortlist' AND action = 'update'`)).toHaveLength(3);

    // Proposals: one row per proposal, the proposal as purpose.
    const proposals = await auditRows(`resource = 'proposal-profile' AND action = 'create'`);
    expect(proposals.map((row: { proposal_id: string }) => row.proposal_id).sort()).toEqual(
      [...proposalOf.values()].sort(),
    );
    expect(proposals[0]).toMatchObject({ actor_id: t.idOf('am-anna'), vacancy_id: vacancyId });

    // A failed request shows nothing, so it logs nothing.
    const before = (await auditRows('true')).length;
    await as(klantmanager).get('/api/v1/candidates/00000000-0000-4000-8000-000000000000').expect(404);
    expect(await auditRows('true')).toHaveLength(before);
  });

  it('answers an administrator reading a profile with its health data only with a stated purpose, which it keeps', async () => {
    const [ans] = candidates;
    const refused = await as(admin).get(`/api/v1/candidates/${ans}`).expect(400);
    expect(refused.body).toMatchObject({ code: 'audit.purpose-required' });
    expect(refused.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'X-Purpose', code: 'audit.purpose-required' }),
    ]);
    expect(refused.body.belastbaarheid).toBeUndefined();
    await as(admin).get(`/api/v1/candidates/${ans}`).set('X-Purpose', 'klacht 2026-118 van de kandidaat').expect(200);
    expect(await auditRows(`actor_role = 'admin' AND resource = 'candidate-profile'`)).toEqual([
      expect.objectContaining({ candidate_ids: [ans], reason: 'klacht 2026-118 van de kandidaat' }),
    ]);
  });

  it('refuses to change or remove audit rows in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET reason = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await auditRows(`reason = 'edited'`)).toEqual([]);
  });

  it("holds an employer user to its daily quota of distinct profiles, 429 beyond it, and logs the employer's reads", async () => {
    const [ans, bram, cor] = candidates.map((id) => proposalOf.get(id)!);
    await as(employer).get(`/api/v1/proposals/${ans}`).expect(200);
    await as(employer).get(`/api/v1/proposals/${bram}`).expect(200);
    const refused = await as(employer).get(`/api/v1/proposals/${cor}`).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('EMPLOYER_PROFILE_VIEWS_PER_DAY');
    expect(refused.body.code).toBe('audit.profile-quota-exceeded');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The list would show a third profile: refused whole; a profile already seen today stays open.
    await as(employer).get('/api/v1/proposals').expect(429);
    await as(employer).get(`/api/v1/proposals/${ans}`).expect(200);

    const reads = await auditRows(`actor_role = 'employer'`);
    expect(reads).toHaveLength(3);
    expect(reads[0]).toMatchObject({
      actor_id: t.idOf('werkgever-wim'),
      actor_employer_id: employerId,
      resource: 'proposal-profile',
      action: 'read',
      proposal_id: ans,
      vacancy_id: vacancyId,
    });
    expect(reads.map((row: { proposal_id: string }) => row.proposal_id)).not.toContain(cor);
  });

  it('flags the employer user near its quota to administrators only', async () => {
    const { body } = await as(admin).get('/api/v1/audit/flags').expect(200);
    expect(body).toMatchObject({ quota: 2, flagQuotaPercent: 50 });
    expect(body.flags).toEqual([
      expect.objectContaining({
        subject: t.idOf('werkgever-wim'),
        employerId,
        employerName: 'Schoon Almere',
        viewed: 2,
        shareOfQuota: 1,
        reasons: ['near-quota'],
      }),
    ]);
    await as(accountmanager).get('/api/v1/audit/flags').expect(403);
    await as(admin).get('/api/v1/audit/flags?day=2026-13-01').expect(400);
  });

  it("gives the klantmanager the candidate's access report, as JSON and CSV, and audits producing it", async () => {
    const ans = candidates[0];
    const { body } = await as(klantmanager).get(`/api/v1/candidates/${ans}/access-report`).expect(200);
    expect(body).toMatchObject({ candidateId: ans, complete: true });
    expect(body.entries).toContainEqual(
      expect.objectContaining({
        role: 'employer',
        organisation: 'Schoon Almere',
        subject: t.idOf('werkgever-wim'),
        issuer: 'werkbrug',
        action: 'read',
        resource: 'proposal-profile',
        proposalId: proposalOf.get(ans),
      }),
    );
    expect(body.entries).toContainEqual(
      expect.objectContaining({
        role: 'klantmanager',
        organisation: null,
        action: 'create',
        resource: 'candidate-profile',
        reason: 'case management',
      }),
    );
    expect(body.entries.every((entry: object) => !JSON.stringify(entry).includes('Ans'))).toBe(true);

    const csv = await as(klantmanager).get(`/api/v1/candidates/${ans}/access-report?format=csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe(
      'occurredAt,role,organisation,subject,issuer,action,resource,vacancyId,proposalId,reason',
    );
    expect(csv.text).toContain(`,employer,Schoon Almere,${t.idOf('werkgever-wim')},werkbrug,read,proposal-profile,`);

    expect(await auditRows(`resource = 'access-report'`)).toEqual([
      expect.objectContaining({
        actor_id: t.idOf('km-karin'),
        action: 'export',
        candidate_ids: [ans],
        reason: 'access request (GDPR art. 15)',
      }),
      expect.objectContaining({ action: 'export', candidate_ids: [ans] }),
    ]);
    await as(admin).get(`/api/v1/candidates/${ans}/access-report`).expect(200);
    await as(accountmanager).get(`/api/v1/candidates/${ans}/access-report`).expect(403);
    await as(employer).get(`/api/v1/candidates/${ans}/access-report`).expect(403);
    const unknown = await as(klantmanager)
      .get('/api/v1/candidates/00000000-0000-4000-8000-000000000000/access-report')
      .expect(404);
    expect(unknown.body.code).toBe('audit.candidate-not-found');
  });

  it('writes a stated purpose into the access-report CSV so that Dutch Excel, splitting on ;, runs no formula', async () => {
    const cor = candidates[2];
    await as(klantmanager).get(`/api/v1/candidates/${cor}`).set('X-Purpose', 'Gesprek;=1+1').expect(200);
    const csv = await as(klantmanager).get(`/api/v1/candidates/${cor}/access-report?format=csv`).expect(200);
    const line = csv.text.split('\r\n').find((row) => row.includes('Gesprek'));
    expect(line).toMatch(/,"Gesprek;'=1\+1"$/);
    const cells = csv.text.split(/[,;\r\n]/).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('lets administrators query the log by candidate, actor and period, page by page', async () => {
    const [ans] = candidates;
    const byCandidate = (await as(admin).get(`/api/v1/audit?candidateId=${ans}`).expect(200)).body;
    expect(byCandidate.entries.length).toBeGreaterThan(3);
    expect(byCandidate.entries.every((entry: { candidateIds: string[] }) => entry.candidateIds.includes(ans))).toBe(
      true,
    );

    const byActor = (
      await as(admin)
        .get(`/api/v1/audit?actor=${t.idOf('werkgever-wim')}`)
        .expect(200)
    ).body;
    expect(byActor.entries).toHaveLength(3);
    expect(byActor.entries[0]).toMatchObject({
      actor: t.idOf('werkgever-wim'),
      issuer: 'werkbrug',
      role: 'employer',
      employerId,
      resource: 'proposal-profile',
    });

    const firstAnswer = await as(admin).get(`/api/v1/audit?candidateId=${ans}&limit=2`).expect(200);
    const first = firstAnswer.body;
    expect(first.entries).toHaveLength(2);
    expect(firstAnswer.headers.link).toBe(
      `</api/v1/audit?candidateId=${ans}&limit=2&before=${first.nextBefore}>; rel="next"`,
    );
    const second = (
      await as(admin).get(`/api/v1/audit?candidateId=${ans}&limit=2&before=${first.nextBefore}`).expect(200)
    ).body;
    expect(Number(second.entries[0].id)).toBeLessThan(Number(first.entries[1].id));

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(
      (
        await as(admin)
          .get(`/api/v1/audit?actor=${t.idOf('werkgever-wim')}&from=${today}&to=${today}`)
          .expect(200)
      ).body.entries,
    ).toHaveLength(3);
    expect(
      (
        await as(admin)
          .get(`/api/v1/audit?actor=${t.idOf('werkgever-wim')}&to=2020-01-01`)
          .expect(200)
      ).body.entries,
    ).toEqual([]);
    const bad = await as(admin).get('/api/v1/audit?from=2026-02-01&to=2026-01-01').expect(400);
    expect(bad.body.invalidParams).toEqual([
      { name: 'to', code: 'period.ends-before-start', reason: 'must be on or after from' },
    ]);
    await as(admin).get('/api/v1/audit?limit=501').expect(400);
    await as(klantmanager).get('/api/v1/audit').expect(403);
  });
});
