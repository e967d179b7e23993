import {
  candidateProfile,
  consentToProfile,
  liftingLimit,
  readyShortlist,
  uniqueKvkNumber,
  vacancyBody,
} from './support/fixtures';
import { TestApp } from './support/test-app';
import { expectNoneShown } from './support/leaks';

/** Levels 1 and 2 as accountmanagers, klantmanagers and employers meet them: review, proposals, offers. */
describe('shortlist review, proposals and offers', () => {
  let t: TestApp;
  let accountmanager: string;
  let colleague: string;
  let klantmanager: string;
  let employer: string;
  let otherEmployer: string;
  let employerId: string;

  const as = (token: string) => t.as(token);

  async function addCandidate(name: string, postcode = '1315'): Promise<string> {
    const profile = candidateProfile({ name, birthYear: 1964, postcode, ...liftingLimit });
    const id = (await as(klantmanager).post('/api/v1/candidates', profile).expect(201)).body.id;
    await consentToProfile(as(klantmanager), id);
    return id;
  }

  const postVacancy = async (): Promise<string> =>
    (await as(accountmanager).post('/api/v1/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
  const shortlist = (vacancyId: string, after = 0) => readyShortlist(as(accountmanager), vacancyId, after);

  const ledger = (action: string) =>
    t.dataSource.query(
      `SELECT level, kind, candidate_id, vacancy_id, actor_role FROM service_records WHERE action = $1`,
      [action],
    );

  let vacancyId: string;
  let ans: string;
  let bram: string;
  let cor: string;

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    colleague = await t.token({ role: 'accountmanager', subject: 'am-bas' });
    klantmanager = await t.token({ role: 'klantmanager' });
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
    [ans, bram, cor] = [await addCandidate('Ans'), await addCandidate('Bram'), await addCandidate('Cor')];
    vacancyId = await postVacancy();
    await shortlist(vacancyId);
  });

  afterAll(() => t?.close());

  const decide = (token: string, candidateId: string, body: object) =>
    as(token).put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, body);

  it('lets one of two accountmanagers deciding on the same candidate at once win, and shows the other the decision that stands', async () => {
    const [first, second] = await Promise.all([
      decide(accountmanager, ans, { decision: 'accepted' }),
      decide(colleague, ans, { decision: 'set-aside', note: 'later' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [won, lost] = first.status === 200 ? [first, second] : [second, first];
    expect(lost.headers['content-type']).toContain('application/problem+json');
    expect(lost.body.code).toBe('record.stale-version');
    expect(lost.body.current).toEqual(
      expect.objectContaining({ candidateId: ans, decision: won.body.decision, version: 1 }),
    );

    // Changing it needs the version that was read; a stale one gets the current state back.
    const changed = await decide(colleague, ans, { decision: 'accepted', version: 1 }).expect(200);
    expect(changed.body).toMatchObject({ decision: 'accepted', decidedBy: t.idOf('am-bas'), version: 2 });
    const stale = await decide(accountmanager, ans, { decision: 'set-aside', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { decision: 'accepted', version: 2 } });
    const unversioned = await decide(accountmanager, ans, { decision: 'set-aside' }).expect(409);
    expect(unversioned.body).toMatchObject({ code: 'record.stale-version', current: { version: 2 } });
  });

  it('requires a reason to reject, lets the rejection stand until withdrawn, and keeps every decision across the re-match it causes', async () => {
    await decide(accountmanager, bram, { decision: 'accepted' }).expect(200);
    const before = await shortlist(vacancyId);
    const bad = await decide(accountmanager, cor, { decision: 'rejected' }).expect(400);
    expect(bad.body.code).toBe('rejection.reason-required');
    expect(bad.body.invalidParams).toEqual([
      { name: 'reason', code: 'rejection.reason-required', reason: expect.any(String) },
    ]);
    const reasonWithoutRejection = await decide(accountmanager, cor, { decision: 'accepted', reason: 'hours' }).expect(
      400,
    );
    expect(reasonWithoutRejection.body.invalidParams).toEqual([
      { name: 'reason', code: 'rejection.only-when-rejecting', reason: expect.any(String) },
    ]);
    await decide(accountmanager, cor, { decision: 'rejected', reason: 'hours' }).expect(200);
    const final = await decide(accountmanager, cor, { decision: 'accepted', version: 1 }).expect(409);
    expect(final.body.code).toBe('shortlist.rejection-final');

    const after = await shortlist(vacancyId, before.generation);
    const decisionOf = (id: string) =>
      after.entries.find((e: { candidateId: string }) => e.candidateId === id)?.decision?.decision;
    expect(decisionOf(ans)).toBe('accepted');
    expect(decisionOf(bram)).toBe('accepted');
    expect(after.entries.map((e: { candidateId: string }) => e.candidateId)).not.toContain(cor);
    expect(after.decisionsOffList).toEqual([
      expect.objectContaining({ candidateId: cor, decision: 'rejected', reason: 'hours' }),
    ]);
    expect(await ledger('shortlist-decision')).toHaveLength(4);
  });

  it('refuses a decision on a candidate who is not on the shortlist', async () => {
    const inGroningen = await addCandidate('Dirk', '9711');
    const offList = await decide(accountmanager, inGroningen, { decision: 'accepted' }).expect(409);
    expect(offList.body.code).toBe('shortlist.not-on-shortlist');
    const nobody = await as(accountmanager)
      .put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/00000000-0000-4000-8000-000000000000`, {
        decision: 'accepted',
      })
      .expect(409);
    expect(nobody.body.code).toBe('shortlist.not-on-shortlist');
  });

  it('proposes only accepted candidates, naming the one that may not be proposed, and writes nothing then', async () => {
    const refused = await as(accountmanager)
      .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [ans, cor] })
      .expect(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'candidateIds[1]', code: 'proposal.candidate-rejected', reason: expect.stringContaining('rejected') },
    ]);
    expect(await t.dataSource.query('SELECT 1 FROM proposals')).toHaveLength(0);

    const proposed = await as(accountmanager)
      .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [ans, bram] })
      .expect(201);
    expect(proposed.body).toHaveLength(2);
    const again = await as(accountmanager)
      .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [ans] })
      .expect(400);
    expect(again.body.invalidParams).toEqual([
      { name: 'candidateIds[0]', code: 'proposal.already-proposed', reason: expect.any(String) },
    ]);
    expect(await ledger('proposal')).toEqual([
      expect.objectContaining({ level: 2, kind: 'action', vacancy_id: vacancyId }),
      expect.objectContaining({ level: 2, kind: 'action', vacancy_id: vacancyId }),
    ]);
    // Once proposed, the employer's answer decides; the shortlist decision no longer changes.
    const answered = await decide(accountmanager, bram, { decision: 'set-aside', version: 1 }).expect(409);
    expect(answered.body.code).toBe('shortlist.already-proposed');
  });

  it('withdraws a decision on the version read: a withdrawn rejection brings the candidate back; not once proposed', async () => {
    const withdraw = (candidateId: string, query: string) =>
      as(accountmanager).delete(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${candidateId}${query}`);
    const proposed = await withdraw(bram, '?version=1').expect(409);
    expect(proposed.body.code).toBe('shortlist.already-proposed');
    const noVersion = await withdraw(cor, '').expect(400);
    expect(noVersion.body.invalidParams).toEqual([expect.objectContaining({ name: 'version' })]);
    const stale = await withdraw(cor, '?version=2').expect(409);
    expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { decision: 'rejected', version: 1 } });
    expect(await t.dataSource.query(`SELECT 1 FROM match_feedback WHERE candidate_id = $1`, [cor])).toHaveLength(1);

    const before = await shortlist(vacancyId);
    await withdraw(cor, '?version=1').expect(204);
    expect(await t.dataSource.query(`SELECT 1 FROM match_feedback WHERE candidate_id = $1`, [cor])).toEqual([]);
    const after = await shortlist(vacancyId, before.generation);
    const back = after.entries.find((e: { candidateId: string }) => e.candidateId === cor);
    expect(back).toMatchObject({ decision: null });
    expect(after.decisionsOffList).toEqual([]);
    const gone = await withdraw(cor, '?version=1').expect(404);
    expect(gone.body.code).toBe('shortlist.decision-not-found');

    // Rejected once more, so the rest of the story keeps Cor off the list.
    await decide(accountmanager, cor, { decision: 'rejected', reason: 'hours' }).expect(200);
  });

  it('gives employer and accountmanager the same candidate reference and the same count of candidates found', async () => {
    const own = (await as(employer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body;
    const staff = (await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body;
    const referenceOf = (proposals: { id: string; candidateReference: string }[]) =>
      Object.fromEntries(proposals.map((p) => [p.id, p.candidateReference]));
    expect(referenceOf(own)).toEqual(referenceOf(staff));
    for (const proposal of staff) {
      expect(proposal.candidateReference).toMatch(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/);
      expect(proposal.candidateReference).toBe(proposal.candidate.candidateReference);
    }
    const shortlistOfStaff = await shortlist(vacancyId);
    const shortlistOfEmployer = (await as(employer).get(`/api/v1/vacancies/${vacancyId}/shortlist`).expect(200)).body;
    expect(shortlistOfEmployer.ranked).toBe(shortlistOfStaff.entries.length);
    expect(shortlistOfStaff.ranked).toBe(shortlistOfStaff.entries.length);
  });

  it('shows the employer anonymised profiles of its own proposals only', async () => {
    const own = (await as(employer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)).body;
    expect(own).toHaveLength(2);
    const text = JSON.stringify(own);
    expectNoneShown(text, { ids: [ans, bram], words: ['Ans', 'Bram', '1315', '1964', 'lifting', 'klantmanager'] });
    expect(own[0].profile).toEqual(
      expect.objectContaining({
        competences: [expect.objectContaining({ code: 'office-cleaning', level: 2 })],
        hoursPerWeek: { min: 16, max: 32 },
        reasons: expect.any(Array),
      }),
    );
    expect(own[0].profile.toDiscuss).toContainEqual(expect.stringContaining('proefplaatsing'));

    // Staff see how far the candidate lives from the work; the employer only a band.
    const staffView = JSON.stringify((await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/shortlist`)).body);
    expect(staffView).toMatch(/woont op \d+(,\d)? km van het werk/);
    const employerAnswers = [
      own,
      (await as(employer).get('/api/v1/proposals').expect(200)).body,
      (await as(employer).get(`/api/v1/proposals/${own[0].id}`).expect(200)).body,
    ];
    for (const answer of employerAnswers) {
      const said = JSON.stringify(answer);
      expect(said).not.toMatch(/woont op \d+(,\d)? km|grens/);
      expect(said).toMatch(/woont (binnen 5 km|op (5 tot 10|10 tot 25|meer dan 25) km) van het werk/);
    }

    await as(otherEmployer).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(404);
    const notTheirs = await as(otherEmployer).get(`/api/v1/proposals/${own[0].id}`).expect(404);
    expect(notTheirs.body.code).toBe('proposal.not-found');
    expect((await as(otherEmployer).get('/api/v1/proposals').expect(200)).body).toEqual([]);
    const answerNotTheirs = await as(otherEmployer)
      .post(`/api/v1/proposals/${own[0].id}/answer`, { answer: 'invite', version: 1 })
      .expect(404);
    expect(answerNotTheirs.body.code).toBe('proposal.not-found');
    await as(employer)
      .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [ans] })
      .expect(403);
  });

  it('takes the employer’s answers: an invitation stands, a rejection feeds the matcher, a stale answer gets the current state', async () => {
    const waiting = (await as(employer).get('/api/v1/proposals?status=proposed').expect(200)).body;
    const ansProposal = (
      await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/proposals`).expect(200)
    ).body.find((p: { candidateId: string }) => p.candidateId === ans);
    const bramProposal = waiting.find((p: { id: string }) => p.id !== ansProposal.id);

    await as(employer)
      .post(`/api/v1/proposals/${ansProposal.id}/answer`, { answer: 'not-now', version: 1 })
      .expect(201);
    const staleAnswer = await as(employer)
      .post(`/api/v1/proposals/${ansProposal.id}/answer`, { answer: 'invite', version: 1 })
      .expect(409);
    expect(staleAnswer.body).toMatchObject({
      code: 'record.stale-version',
      current: { status: 'not-now', version: 2 },
    });
    const invited = await as(employer)
      .post(`/api/v1/proposals/${ansProposal.id}/answer`, { answer: 'invite', version: 2 })
      .expect(201);
    expect(invited.body).toMatchObject({ status: 'invited', version: 3 });
    expect(invited.body.candidateId).toBeUndefined();
    const afterInvitation = await as(employer)
      .post(`/api/v1/proposals/${ansProposal.id}/answer`, { answer: 'reject', reason: 'hours', version: 3 })
      .expect(409);
    expect(afterInvitation.body.code).toBe('proposal.answer-final');

    const noReason = await as(employer)
      .post(`/api/v1/proposals/${bramProposal.id}/answer`, { answer: 'reject', version: 1 })
      .expect(400);
    expect(noReason.body.invalidParams).toEqual([
      { name: 'reason', code: 'rejection.reason-required', reason: expect.any(String) },
    ]);
    const before = await shortlist(vacancyId);
    await as(employer)
      .post(`/api/v1/proposals/${bramProposal.id}/answer`, {
        answer: 'reject',
        reason: 'competence-missing',
        competence: 'office-cleaning',
        version: 1,
      })
      .expect(201);
    const feedback = await t.dataSource.query(
      `SELECT reason, competence, given_by_role FROM match_feedback WHERE candidate_id = $1`,
      [bram],
    );
    expect(feedback).toEqual([
      { reason: 'competence-missing', competence: 'office-cleaning', given_by_role: 'employer' },
    ]);
    const after = await shortlist(vacancyId, before.generation);
    expect(after.entries.map((e: { candidateId: string }) => e.candidateId)).not.toContain(bram);

    // A placement that came of the invitation shows on the proposal, for the employer and for staff alike.
    expect((await as(employer).get(`/api/v1/proposals/${ansProposal.id}`).expect(200)).body.placement).toBeNull();
    await t.dataSource.query(
      `INSERT INTO placements (candidate_id, employer_id, vacancy_id, kind, starts_on, hours_per_week, levels, recorded_by)
       VALUES ($1, $2, $3, 'proefplaatsing', '2026-11-02', 24, '[2]', 'am-anna')`,
      [ans, employerId, vacancyId],
    );
    for (const token of [employer, accountmanager])
      expect((await as(token).get(`/api/v1/proposals/${ansProposal.id}`).expect(200)).body.placement).toEqual({
        kind: 'proefplaatsing',
        startsOn: '2026-11-02',
      });
    await t.dataSource.query(`DELETE FROM placements WHERE candidate_id = $1`, [ans]);

    expect(await ledger('employer-invited')).toEqual([
      expect.objectContaining({ level: 2, candidate_id: ans, actor_role: 'employer' }),
    ]);
    expect(await ledger('employer-not-now')).toHaveLength(1);
    expect(await ledger('employer-rejected')).toEqual([expect.objectContaining({ candidate_id: bram })]);
  });

  it('lets a klantmanager offer a vacancy to a candidate and record the response (level 1)', async () => {
    const dirk = await addCandidate('Dirk Offer');
    const offer = (
      await as(klantmanager).post(`/api/v1/candidates/${dirk}/offers`, { vacancyId, note: 'dichtbij huis' }).expect(201)
    ).body;
    expect(offer).toMatchObject({
      vacancyTitle: 'Schoonmaker kantoren',
      employerName: 'Schoon Almere',
      response: null,
      version: 1,
    });
    const twice = await as(klantmanager).post(`/api/v1/candidates/${dirk}/offers`, { vacancyId }).expect(400);
    expect(twice.body.invalidParams).toEqual([
      { name: 'vacancyId', code: 'offer.already-offered', reason: expect.any(String) },
    ]);
    const turnedDown = await as(klantmanager).post(`/api/v1/candidates/${bram}/offers`, { vacancyId }).expect(400);
    expect(turnedDown.body.invalidParams).toEqual([
      { name: 'vacancyId', code: 'offer.candidate-turned-down', reason: expect.stringContaining('turned down') },
    ]);

    const noReason = await as(klantmanager)
      .put(`/api/v1/offers/${offer.id}/response`, { response: 'not-interested', version: 1 })
      .expect(400);
    expect(noReason.body.invalidParams).toEqual([
      { name: 'reason', code: 'offer.reason-required', reason: expect.any(String) },
    ]);
    await as(klantmanager)
      .put(`/api/v1/offers/${offer.id}/response`, { response: 'interested', version: 1 })
      .expect(200);
    const stale = await as(klantmanager)
      .put(`/api/v1/offers/${offer.id}/response`, { response: 'not-interested', reason: 'te ver', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { response: 'interested', version: 2 } });
    await as(klantmanager).put(`/api/v1/offers/${offer.id}/response`, { response: 'applied', version: 2 }).expect(200);

    const list = (await as(klantmanager).get(`/api/v1/candidates/${dirk}/offers`).expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ id: offer.id, response: 'applied', version: 3 })]);
    await as(employer).get(`/api/v1/candidates/${dirk}/offers`).expect(403);
    expect(await ledger('vacancy-offered')).toEqual([
      expect.objectContaining({ level: 1, candidate_id: dirk, vacancy_id: vacancyId }),
    ]);
    expect(await ledger('offer-response')).toHaveLength(2);
  });

  it('keeps the ledger as written: the database refuses to change or remove its records', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM service_records');
    expect(before[0].n).toBeGreaterThan(0);
    await expect(t.dataSource.query(`UPDATE service_records SET actor_id = 'someone-else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM service_records')).rejects.toThrow(/append-only/);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM service_records')).toEqual(before);
  });
});
