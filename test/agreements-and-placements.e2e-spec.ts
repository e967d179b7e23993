import { addMonths, dutchDay } from '@werkbrug/common';
import { candidateProfile, careCandidate, careVacancy, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** Level 5 agreements and the outcomes every level leads to: placements, their decision and six-month check, other outcomes. */
describe('placement agreements, placements and outcomes', () => {
  let t: TestApp;
  let accountmanager: string;
  let jobhunter: string;
  let klantmanager: string;
  let employer: string;
  let otherEmployer: string;
  let employerId: string;
  let otherId: string;
  let thirdId: string;

  const today = dutchDay(new Date());
  const monthsAgo = (months: number) => addMonths(today, -months);

  // Paths in this file leave out /api/v1.
  const as = (token: string) => t.as(token, '/api/v1');

  const fieldsOf = (body: { invalidParams?: { name: string }[] }) => body.invalidParams?.map((p) => p.name);
  const codesOf = (body: { invalidParams?: { code: string }[] }) => body.invalidParams?.map((p) => p.code);

  const ledgerOf = (
    subjectId: string,
  ): Promise<
    { level: number; kind: string; action: string; agreement_id: string | null; vacancy_id: string | null }[]
  > =>
    t.dataSource.query(
      `SELECT level, kind, action, agreement_id, vacancy_id FROM service_records WHERE subject_id = $1 ORDER BY action, level`,
      [subjectId],
    );

  const followUpsOf = (
    placementId: string,
  ): Promise<{ kind: string; due_on: string; done: boolean; result: string | null }[]> =>
    t.dataSource.query(
      `SELECT kind, due_on::text AS due_on, done_at IS NOT NULL AS done, result FROM follow_ups WHERE source_id = $1 ORDER BY kind`,
      [placementId],
    );

  async function addEmployer(name: string): Promise<string> {
    return (
      await as(accountmanager)
        .post('/employers', { name, sector: 'Q', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
  }

  const addCandidate = async (name: string): Promise<string> =>
    (
      await as(klantmanager)
        .post('/candidates', candidateProfile({ name, ...careCandidate }))
        .expect(201)
    ).body.id;
  const postVacancy = async (forEmployer: string, positions = 1): Promise<string> =>
    (
      await as(accountmanager)
        .post('/vacancies', vacancyBody({ ...careVacancy, employerId: forEmployer, positions }))
        .expect(201)
    ).body.id;

  const agreementBody = (overrides: object = {}) => ({
    name: 'Zorgakkoord Flevoland',
    region: 'flevoland',
    startsOn: monthsAgo(10),
    endsOn: addMonths(today, 2),
    targetPlacements: 12,
    employerIds: [employerId],
    uwvPartner: true,
    sectors: ['Q'],
    occupations: ['care-assistant-ig'],
    instruments: ['proefplaatsing', 'no-risk-polis'],
    contacts: [{ name: 'Petra Jansen', organisation: 'Zorg Almere', email: 'p.jansen@zorgalmere.nl' }],
    ...overrides,
  });

  const decide = (placementId: string, body: object) =>
    as(accountmanager).post(`/placements/${placementId}/proefplaatsing-decision`, body);
  const candidateOf = async (candidateId: string) =>
    (await as(klantmanager).get(`/candidates/${candidateId}`).expect(200)).body;
  /** A proefplaatsing keeps the benefit and has no contract yet. */
  const trialTerms = { kind: 'proefplaatsing', uitstroom: undefined, contractType: undefined };

  const placementBody = (candidateId: string, overrides: object = {}) => ({
    candidateId,
    employerId,
    kind: 'paid-work',
    uitstroom: 'full',
    startsOn: monthsAgo(7),
    hoursPerWeek: 24,
    contractType: 'permanent',
    instruments: [],
    ...overrides,
  });

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-joost' });
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    employerId = await addEmployer('Zorg Almere');
    otherId = await addEmployer('Thuiszorg Lelystad');
    thirdId = await addEmployer('Verpleeghuis Dronten');
    employer = await t.token({ role: 'employer', employerId });
    otherEmployer = await t.token({ role: 'employer', employerId: otherId });
  });

  afterAll(() => t?.close());

  describe('agreements', () => {
    it('refuses an agreement with a bad period, an unknown employer or an unknown sector, naming the field', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const cases: [object, string, string][] = [
        [{ endsOn: monthsAgo(10) }, 'endsOn', 'agreement.ends-not-after-start'],
        [{ employerIds: [employerId, missing] }, 'employerIds[1]', 'party.unknown-employer'],
        [{ sectors: ['Q', 'Z'] }, 'sectors', 'field.unknown-sector'],
        [{ occupations: ['astronaut'] }, 'occupations', 'field.unknown-occupation'],
        [{ targetPlacements: 0 }, 'targetPlacements', 'field.too-small'],
        [{ employerIds: [] }, 'employerIds', 'field.too-few-items'],
      ];
      for (const [overrides, field, code] of cases) {
        const response = await as(accountmanager).post('/agreements', agreementBody(overrides)).expect(400);
        expect(fieldsOf(response.body)).toContain(field);
        expect(response.body.invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
      }
      await as(jobhunter).post('/agreements', agreementBody()).expect(403);
      expect(await t.dataSource.query(`SELECT id FROM placement_agreements`)).toEqual([]);
    });

    it('creates, reads and updates an agreement, refusing a change made on a stale version', async () => {
      const created = (
        await as(accountmanager)
          .post('/agreements', agreementBody({ occupations: ['Verzorgende IG'] }))
          .expect(201)
      ).body;
      expect(created).toMatchObject({
        region: 'flevoland',
        employerIds: [employerId],
        vacancyIds: [],
        version: 1,
        progress: { placed: 0, target: 12, behind: true },
      });
      expect(created.occupations).toEqual(['care-assistant-ig']);
      expect(await ledgerOf(created.id)).toEqual([
        { level: 5, kind: 'action', action: 'agreement', agreement_id: created.id, vacancy_id: null },
      ]);

      const { id, version, progress, vacancyIds, createdAt, createdBy, ...terms } = created;
      const updated = (
        await as(accountmanager)
          .put(`/agreements/${id}`, { ...terms, targetPlacements: 8, employerIds: [employerId, thirdId], version })
          .expect(200)
      ).body;
      expect(updated).toMatchObject({ targetPlacements: 8, version: 2 });
      expect([...updated.employerIds].sort()).toEqual([employerId, thirdId].sort());

      const stale = await as(accountmanager)
        .put(`/agreements/${id}`, { ...terms, targetPlacements: 20, version })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { targetPlacements: 8, version: 2 } });
      expect((await as(jobhunter).get(`/agreements/${id}`).expect(200)).body).toMatchObject({
        targetPlacements: 8,
        version: 2,
      });
      const emptyPeriod = await as(accountmanager)
        .put(`/agreements/${id}`, { ...terms, endsOn: terms.startsOn, version: 2 })
        .expect(400);
      expect(codesOf(emptyPeriod.body)).toEqual(['agreement.ends-not-after-start']);
    });

    it('lets an employer read only the agreements it is party to', async () => {
      const [agreement] = (await as(accountmanager).get('/agreements?region=flevoland').expect(200)).body;
      expect((await as(employer).get('/agreements').expect(200)).body.map((a: { id: string }) => a.id)).toEqual([
        agreement.id,
      ]);
      await as(employer).get(`/agreements/${agreement.id}`).expect(200);
      expect((await as(otherEmployer).get(`/agreements/${agreement.id}`).expect(404)).body.code).toBe(
        'agreement.not-found',
      );
      expect((await as(otherEmployer).get('/agreements').expect(200)).body).toEqual([]);
      expect(
        (
          await as(accountmanager)
            .get(`/agreements?activeOn=${addMonths(today, 3)}`)
            .expect(200)
        ).body,
      ).toEqual([]);
    });
  });

  describe('linking vacancies', () => {
    let agreementId: string;
    let ownVacancy: string;
    let foreignVacancy: string;

    beforeAll(async () => {
      agreementId = (
        await as(accountmanager)
          .post('/agreements', agreementBody({ name: 'Koppelakkoord', targetPlacements: 3 }))
          .expect(201)
      ).body.id;
      ownVacancy = await postVacancy(employerId);
      foreignVacancy = await postVacancy(otherId);
    });

    it('refuses a vacancy of an employer that is no party, naming it, and links nothing', async () => {
      const response = await as(accountmanager)
        .post(`/agreements/${agreementId}/vacancies`, { vacancyIds: [ownVacancy, foreignVacancy] })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['vacancyIds[1]']);
      expect(codesOf(response.body)).toEqual(['agreement.employer-not-party']);
      expect((await as(accountmanager).get(`/agreements/${agreementId}`).expect(200)).body.vacancyIds).toEqual([]);
      expect(
        await t.dataSource.query(`SELECT id FROM service_records WHERE action = 'agreement-vacancy-linked'`),
      ).toEqual([]);
    });

    it('links and unlinks a vacancy of a party, with a level-5 record for the link', async () => {
      const linked = (
        await as(accountmanager)
          .post(`/agreements/${agreementId}/vacancies`, { vacancyIds: [ownVacancy] })
          .expect(201)
      ).body;
      expect(linked.vacancyIds).toEqual([ownVacancy]);
      expect(await ledgerOf(ownVacancy)).toEqual([
        {
          level: 5,
          kind: 'action',
          action: 'agreement-vacancy-linked',
          agreement_id: agreementId,
          vacancy_id: ownVacancy,
        },
      ]);
      const again = await as(accountmanager)
        .post(`/agreements/${agreementId}/vacancies`, { vacancyIds: [ownVacancy] })
        .expect(400);
      expect(fieldsOf(again.body)).toEqual(['vacancyIds[0]']);
      expect(codesOf(again.body)).toEqual(['agreement.vacancy-already-linked']);

      expect(
        (await as(accountmanager).delete(`/agreements/${agreementId}/vacancies/${ownVacancy}`).expect(200)).body
          .vacancyIds,
      ).toEqual([]);
      expect(
        (await as(accountmanager).delete(`/agreements/${agreementId}/vacancies/${ownVacancy}`).expect(404)).body.code,
      ).toBe('agreement.vacancy-not-linked');
    });
  });

  describe('placements', () => {
    let agreementId: string;
    let vacancyId: string;
    let candidateId: string;

    beforeAll(async () => {
      agreementId = (
        await as(accountmanager)
          .post('/agreements', agreementBody({ name: 'Plaatsingsakkoord', targetPlacements: 4 }))
          .expect(201)
      ).body.id;
      vacancyId = await postVacancy(employerId);
      await as(accountmanager)
        .post(`/agreements/${agreementId}/vacancies`, { vacancyIds: [vacancyId] })
        .expect(201);
      candidateId = await addCandidate('Marja de Vries');
    });

    it('validates the terms of each kind and writes nothing for a refused placement', async () => {
      const cases: [object, string, string][] = [
        [{ kind: 'proefplaatsing', uitstroom: 'full' }, 'uitstroom', 'placement.uitstroom-only-for-paid-work'],
        [{ uitstroom: undefined }, 'uitstroom', 'placement.uitstroom-required'],
        [{ contractType: undefined }, 'contractType', 'placement.contract-type-required'],
        [{ levels: [2, 2] }, 'levels', 'field.repeated-items'],
        // Under an agreement and after nothing else: level 5 only, as Werkbrug recorded it.
        [{ levels: [] }, 'levels', 'placement.levels-not-derived'],
        [{ levels: [2, 5] }, 'levels', 'placement.levels-not-derived'],
        [{ levels: [6] }, 'levels', 'field.not-allowed-value'],
        [{ hoursPerWeek: 41 }, 'hoursPerWeek', 'field.too-large'],
        [{ vacancyId: await postVacancy(otherId) }, 'vacancyId', 'party.vacancy-of-other-employer'],
      ];
      for (const [overrides, field, code] of cases) {
        const response = await as(accountmanager)
          .post('/placements', placementBody(candidateId, overrides))
          .expect(400);
        expect(fieldsOf(response.body)).toContain(field);
        expect(response.body.invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
      }
      await as(employer).post('/placements', placementBody(candidateId)).expect(403);
      expect(await t.dataSource.query(`SELECT id FROM placements`)).toEqual([]);
    });

    it('runs a proefplaatsing to a contract that lasts, with availability, vacancy status, follow-ups and ledger', async () => {
      // The jobhunter approached the employer for the candidate (level 4); the vacancy is under the agreement (5).
      await as(jobhunter)
        .post(`/candidates/${candidateId}/outreach`, {
          employerId,
          contactedAt: `${monthsAgo(10)}T10:00:00+01:00`,
          channel: 'visit',
          outcome: 'interested',
        })
        .expect(201);
      const trial = (
        await as(jobhunter)
          .post(
            '/placements',
            placementBody(candidateId, {
              ...trialTerms,
              vacancyId,
              startsOn: monthsAgo(9),
              instruments: ['proefplaatsing', 'jobcoach'],
            }),
          )
          .expect(201)
      ).body;
      const trialEnd = addMonths(monthsAgo(9), 2);
      expect(trial).toMatchObject({
        kind: 'proefplaatsing',
        agreementId,
        endsOn: trialEnd,
        uitstroom: null,
        levels: [4, 5],
        version: 1,
      });
      expect(await followUpsOf(trial.id)).toEqual([
        { kind: 'proefplaatsing-decision', due_on: trialEnd, done: false, result: null },
      ]);
      expect(await candidateOf(candidateId)).toMatchObject({
        availability: 'temporarily-unavailable',
        unavailableReason: 'proefplaatsing',
      });

      const early = await decide(trial.id, {
        decision: 'contract',
        decidedOn: monthsAgo(10),
        uitstroom: 'full',
        contractType: 'permanent',
        version: 1,
      }).expect(400);
      expect(fieldsOf(early.body)).toEqual(['decidedOn']);
      expect(codesOf(early.body)).toEqual(['placement.decided-before-start']);
      const noTerms = await decide(trial.id, { decision: 'contract', decidedOn: monthsAgo(7), version: 1 }).expect(400);
      expect(fieldsOf(noTerms.body)).toEqual(['uitstroom']);
      expect(codesOf(noTerms.body)).toEqual(['placement.uitstroom-required']);
      const decided = (
        await decide(trial.id, {
          decision: 'contract',
          decidedOn: monthsAgo(7),
          uitstroom: 'partial',
          contractType: 'temporary',
          version: 1,
        }).expect(201)
      ).body;
      expect(decided.proefplaatsing).toMatchObject({
        proefplaatsingDecision: 'contract',
        decidedOn: monthsAgo(7),
        version: 2,
      });
      const contract = decided.contract;
      expect(contract).toMatchObject({
        kind: 'paid-work',
        candidateId,
        employerId,
        vacancyId,
        agreementId,
        startsOn: monthsAgo(7),
        hoursPerWeek: 24,
        levels: [4, 5],
      });
      // The terms come with the decision; the trial's support (a jobcoach) carries on, the trial itself does not.
      expect(contract).toMatchObject({ uitstroom: 'partial', contractType: 'temporary', instruments: ['jobcoach'] });
      const decidedTwice = await decide(trial.id, {
        decision: 'no-contract',
        decidedOn: monthsAgo(7),
        version: 2,
      }).expect(409);
      expect(decidedTwice.body.code).toBe('placement.already-decided');
      expect((await followUpsOf(trial.id))[0]).toMatchObject({ done: true, result: 'contract' });
      expect(await followUpsOf(contract.id)).toEqual([
        { kind: 'six-month-check', due_on: addMonths(monthsAgo(7), 6), done: false, result: null },
      ]);
      expect((await candidateOf(candidateId)).availability).toBe('placed');
      expect((await as(accountmanager).get(`/vacancies/${vacancyId}`).expect(200)).body).toMatchObject({
        status: 'closed',
        closeReason: 'filled-here',
        closedBy: expect.any(String),
      });

      const tooEarly = await as(jobhunter)
        .post(`/placements/${contract.id}/six-month-check`, { lasted: true, checkedOn: monthsAgo(2), version: 1 })
        .expect(400);
      expect(fieldsOf(tooEarly.body)).toEqual(['checkedOn']);
      expect(codesOf(tooEarly.body)).toEqual(['placement.check-not-due']);
      const trialChecked = await as(jobhunter)
        .post(`/placements/${trial.id}/six-month-check`, { lasted: true, checkedOn: today, version: 2 })
        .expect(409);
      expect(trialChecked.body.code).toBe('placement.not-paid-work');
      const checked = (
        await as(jobhunter)
          .post(`/placements/${contract.id}/six-month-check`, { lasted: true, checkedOn: today, version: 1 })
          .expect(201)
      ).body;
      expect(checked).toMatchObject({ lasted: true, followedUpOn: today, version: 2 });
      const checkedTwice = await as(jobhunter)
        .post(`/placements/${contract.id}/six-month-check`, { lasted: false, checkedOn: today, version: 2 })
        .expect(409);
      expect(checkedTwice.body.code).toBe('placement.already-checked');
      expect((await followUpsOf(contract.id))[0]).toMatchObject({ done: true, result: 'lasted' });

      const results = (
        action: string,
        rows: { level: number; kind: string; action: string; agreement_id: string | null }[],
      ) => rows.filter((row) => row.action === action).map((row) => [row.level, row.kind, row.agreement_id]);
      expect(results('placement-proefplaatsing', await ledgerOf(trial.id))).toEqual([
        [4, 'result', agreementId],
        [5, 'result', agreementId],
      ]);
      const contractLedger = await ledgerOf(contract.id);
      expect(results('placement-paid-work', contractLedger)).toEqual([
        [4, 'result', agreementId],
        [5, 'result', agreementId],
      ]);
      expect(results('lasting-placement', contractLedger)).toEqual([
        [4, 'result', agreementId],
        [5, 'result', agreementId],
      ]);
      expect(contractLedger).toHaveLength(4);

      const progress = (await as(accountmanager).get(`/agreements/${agreementId}`).expect(200)).body.progress;
      expect(progress).toMatchObject({ placed: 1, target: 4 });
      expect(
        (
          await as(accountmanager)
            .get(`/agreements/${agreementId}?on=${monthsAgo(8)}`)
            .expect(200)
        ).body.progress.placed,
      ).toBe(0);
      const filled = await as(accountmanager)
        .post('/placements', placementBody(await addCandidate('Kees'), { vacancyId }))
        .expect(400);
      expect(codesOf(filled.body)).toEqual(['placement.vacancy-gone']);
    });

    it('makes the candidate available again after no contract, and after paid work that did not last', async () => {
      const candidate = await addCandidate('Ria Bakker');
      const trial = (
        await as(accountmanager)
          .post('/placements', placementBody(candidate, { ...trialTerms, startsOn: monthsAgo(3) }))
          .expect(201)
      ).body;
      const decided = (
        await decide(trial.id, { decision: 'no-contract', decidedOn: monthsAgo(1), version: 1 }).expect(201)
      ).body;
      expect(decided.contract).toBeNull();
      expect((await candidateOf(candidate)).availability).toBe('available');
      expect((await ledgerOf(trial.id)).map((row) => row.action)).toEqual([
        'follow-up-done',
        'placement-proefplaatsing',
      ]);

      const work = (
        await as(accountmanager)
          .post('/placements', placementBody(candidate, { startsOn: monthsAgo(6) }))
          .expect(201)
      ).body;
      expect(work).toMatchObject({ agreementId: expect.any(String), vacancyId: null });
      expect((await candidateOf(candidate)).availability).toBe('placed');
      await as(accountmanager)
        .post(`/placements/${work.id}/six-month-check`, { lasted: false, checkedOn: today, version: 1 })
        .expect(201);
      expect((await candidateOf(candidate)).availability).toBe('available');
      expect((await ledgerOf(work.id)).filter((row) => row.action === 'lasting-placement')).toEqual([]);
    });

    it("shows an employer its own placements only; another employer's is not found", async () => {
      const mine = (await as(employer).get('/placements').expect(200)).body;
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((p: { employerId: string }) => p.employerId === employerId)).toBe(true);
      // The candidate's benefit (uitstroom) and the municipality's own bookkeeping stay with staff.
      for (const view of [...mine, (await as(employer).get(`/placements/${mine[0].id}`).expect(200)).body]) {
        expect(view).not.toHaveProperty('uitstroom');
        expect(view).not.toHaveProperty('levels');
        expect(view).not.toHaveProperty('recordedBy');
      }
      expect((await as(accountmanager).get(`/placements/${mine[0].id}`).expect(200)).body).toHaveProperty('uitstroom');
      expect((await as(otherEmployer).get(`/placements/${mine[0].id}`).expect(404)).body.code).toBe(
        'placement.not-found',
      );
      expect((await as(otherEmployer).get(`/placements?employerId=${employerId}`).expect(200)).body).toEqual([]);
      expect((await as(accountmanager).get(`/placements?agreementId=${agreementId}`).expect(200)).body).toHaveLength(2);
      expect(
        (
          await as(accountmanager)
            .get(`/placements?candidateId=${candidateId}&from=${monthsAgo(8)}`)
            .expect(200)
        ).body,
      ).toHaveLength(1);
    });
  });

  describe('agreements falling behind', () => {
    it('lists the active agreements behind on the day, most behind first', async () => {
      const on = today;
      const behind = (await as(accountmanager).get(`/agreements/behind?on=${on}`).expect(200)).body;
      const byName = (name: string) => behind.findIndex((a: { name: string }) => a.name === name);
      expect(
        behind.every((a: { progress: { behind: boolean; on: string } }) => a.progress.behind && a.progress.on === on),
      ).toBe(true);
      // Zorgakkoord (target 8, one placed) lacks more than Plaatsingsakkoord (target 4, one placed).
      expect(byName('Zorgakkoord Flevoland')).toBeLessThan(byName('Plaatsingsakkoord'));
      expect(byName('Plaatsingsakkoord')).toBeGreaterThanOrEqual(0);
      expect(
        (
          await as(accountmanager)
            .get(`/agreements/behind?on=${monthsAgo(10)}`)
            .expect(200)
        ).body,
      ).toEqual([]);
      await as(accountmanager).get('/agreements/behind?on=tomorrow').expect(400);
      await as(employer).get('/agreements/behind').expect(403);
    });
  });

  describe('outcomes without an employer', () => {
    it('records a step up the participatieladder and no result, and sends a training to the training plans', async () => {
      const candidateId = await addCandidate('Henk Smit');
      const record = (body: object, token = klantmanager) =>
        as(token).post(`/candidates/${candidateId}/outcomes`, { occurredOn: today, ...body });
      const note = 'Vrijwilligerswerk bij de voedselbank';
      const step = (
        await record({ kind: 'participatieladder-step', levels: [1, 2], participatieladderTo: 4, note }).expect(201)
      ).body;
      expect(step).toMatchObject({ participatieladderFrom: 3, participatieladderTo: 4 });
      expect((await candidateOf(candidateId)).participatieladder).toBe(4);
      const notHigher = await record({ kind: 'participatieladder-step', levels: [1], participatieladderTo: 4 }).expect(
        400,
      );
      expect(fieldsOf(notHigher.body)).toEqual(['participatieladderTo']);
      expect(codesOf(notHigher.body)).toEqual(['candidate-outcome.step-not-higher']);
      const training = await record({ kind: 'training', levels: [3] }).expect(400);
      expect(fieldsOf(training.body)).toEqual(['kind']);
      expect(codesOf(training.body)).toEqual(['candidate-outcome.training-via-plan']);
      const stray = await record({ kind: 'no-result', levels: [4], participatieladderTo: 5 }).expect(400);
      expect(fieldsOf(stray.body)).toEqual(['participatieladderTo']);
      expect(codesOf(stray.body)).toEqual(['candidate-outcome.step-only-for-ladder']);
      const none = (await record({ kind: 'no-result', levels: [4] }, jobhunter).expect(201)).body;

      const listed = (await as(accountmanager).get(`/candidates/${candidateId}/outcomes`).expect(200)).body;
      expect(listed.map((o: { id: string }) => o.id).sort()).toEqual([step.id, none.id].sort());
      await as(employer).get(`/candidates/${candidateId}/outcomes`).expect(403);
      const stepLedger = (await ledgerOf(step.id)).map((row) => [row.level, row.kind, row.action]);
      expect(stepLedger).toEqual([
        [1, 'result', 'participatieladder-step'],
        [2, 'result', 'participatieladder-step'],
      ]);
      expect((await ledgerOf(none.id)).map((row) => [row.level, row.kind, row.action])).toEqual([
        [4, 'result', 'no-result'],
      ]);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM candidate_outcomes WHERE candidate_id = $1`, [
          candidateId,
        ]),
      ).toEqual([{ n: 2 }]);
    });
  });
  describe('what led to a placement', () => {
    const trainingPlan = (candidateId: string, forEmployer: string) =>
      as(klantmanager).post(`/candidates/${candidateId}/training-plans`, {
        employerId: forEmployer,
        provider: 'ROC Flevoland',
        title: 'Helpende zorg en welzijn niveau 2',
        costEur: 1800,
        startsOn: monthsAgo(5),
        endsOn: monthsAgo(1),
        baangarantie: true,
      });
    const placementExpected = (candidateId: string): Promise<{ done: boolean; result: string | null }[]> =>
      t.dataSource.query(
        `SELECT done_at IS NOT NULL AS done, result FROM follow_ups WHERE candidate_id = $1 AND kind = 'placement-expected'`,
        [candidateId],
      );
    const placementsOf = (candidateId: string) =>
      t.dataSource.query(`SELECT id FROM placements WHERE candidate_id = $1`, [candidateId]);

    it('closes the follow-up a completed training with baangarantie left, in the transaction that records the placement', async () => {
      const candidateId = await addCandidate('Fatima El Amrani');
      const plan = (await trainingPlan(candidateId, otherId).expect(201)).body;
      const started = (
        await as(klantmanager)
          .patch(`/training-plans/${plan.id}/status`, { status: 'started', version: plan.version })
          .expect(200)
      ).body;
      await as(klantmanager)
        .patch(`/training-plans/${plan.id}/status`, { status: 'completed', version: started.version })
        .expect(200);
      expect(await placementExpected(candidateId)).toEqual([{ done: false, result: null }]);
      const due = (await as(accountmanager).get('/follow-ups').expect(200)).body;
      expect(due.filter((f: { candidateId: string }) => f.candidateId === candidateId)).toEqual([
        expect.objectContaining({ kind: 'placement-expected', sourceType: 'training-plan', employerId: otherId }),
      ]);

      // A placement refused (here for its levels) closes nothing: it is all or nothing.
      const refused = await as(accountmanager)
        .post('/placements', placementBody(candidateId, { employerId: otherId, startsOn: today, levels: [2] }))
        .expect(400);
      expect(refused.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'levels', code: 'placement.levels-not-derived' }),
      ]);
      expect(refused.body.invalidParams[0].reason).toContain('3');
      expect(await placementExpected(candidateId)).toEqual([{ done: false, result: null }]);
      expect(await placementsOf(candidateId)).toEqual([]);

      const placed = (
        await as(accountmanager)
          .post('/placements', placementBody(candidateId, { employerId: otherId, startsOn: today }))
          .expect(201)
      ).body;
      expect(placed).toMatchObject({ agreementId: null, levels: [3] });
      expect(await placementExpected(candidateId)).toEqual([{ done: true, result: 'placement-recorded' }]);
      const stillDue = (await as(accountmanager).get('/follow-ups').expect(200)).body;
      expect(
        stillDue
          .filter((f: { candidateId: string }) => f.candidateId === candidateId)
          .map((f: { kind: string }) => f.kind),
      ).toEqual(['six-month-check']);
      expect((await ledgerOf(placed.id)).map((row) => [row.level, row.kind, row.action])).toEqual([
        [3, 'result', 'placement-paid-work'],
      ]);
    });

    it('counts at no level what nothing in Werkbrug led to, and takes levels sent only when they are those found', async () => {
      const ownInitiative = await addCandidate('Gerrit Visser');
      const refused = await as(accountmanager)
        .post('/placements', placementBody(ownInitiative, { employerId: otherId, levels: [5] }))
        .expect(400);
      expect(codesOf(refused.body)).toEqual(['placement.levels-not-derived']);
      const placed = (
        await as(accountmanager)
          .post('/placements', placementBody(ownInitiative, { employerId: otherId, levels: [] }))
          .expect(201)
      ).body;
      expect(placed.levels).toEqual([]);
      expect(await ledgerOf(placed.id)).toEqual([]);

      // An offer of the employer's vacancy (1) and outreach to the employer (4): sent in another order, the same levels.
      const offered = await addCandidate('Joke Mulder');
      const vacancyId = await postVacancy(otherId);
      await as(klantmanager).post(`/candidates/${offered}/offers`, { vacancyId }).expect(201);
      await as(jobhunter)
        .post(`/candidates/${offered}/outreach`, {
          employerId: otherId,
          contactedAt: `${monthsAgo(1)}T10:00:00+01:00`,
          channel: 'phone',
          outcome: 'interested',
        })
        .expect(201);
      const confirmed = (
        await as(accountmanager)
          .post('/placements', placementBody(offered, { employerId: otherId, vacancyId, levels: [4, 1] }))
          .expect(201)
      ).body;
      expect(confirmed.levels).toEqual([1, 4]);
    });
  });
});
