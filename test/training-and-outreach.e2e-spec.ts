import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** Level 3 (training for a vacancy, from a per-candidate budget) and level 4 (outreach to employers for one candidate). */
describe('training plans and outreach', () => {
  let t: TestApp;
  let klantmanager: string;
  let accountmanager: string;
  let jobhunter: string;
  let employer: string;
  let employerId: string;
  let otherEmployerId: string;
  let quietEmployerId: string;
  let vacancyId: string;
  let otherVacancyId: string;

  const as = (token: string) => t.as(token);
  const addCandidate = async (name: string): Promise<string> =>
    (await as(klantmanager).post('/api/v1/candidates', candidateProfile({ name })).expect(201)).body.id;
  const addEmployer = async (name: string): Promise<string> =>
    (
      await as(accountmanager)
        .post('/api/v1/employers', { name, sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
  const postVacancy = async (forEmployer: string): Promise<string> =>
    (
      await as(accountmanager)
        .post('/api/v1/vacancies', vacancyBody({ employerId: forEmployer, trainingOffered: true }))
        .expect(201)
    ).body.id;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);
  const ledger = (action: string, candidateId: string) =>
    t.dataSource.query(
      `SELECT level, kind, candidate_id, employer_id, vacancy_id, actor_id, subject_id, occurred_at FROM service_records WHERE action = $1 AND candidate_id = $2 ORDER BY id`,
      [action, candidateId],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-joost' });
    employerId = await addEmployer('Schoon Almere');
    otherEmployerId = await addEmployer('Ander Bedrijf');
    quietEmployerId = await addEmployer('Facilitair Flevoland');
    employer = await t.token({ role: 'employer', employerId });
    vacancyId = await postVacancy(employerId);
    otherVacancyId = await postVacancy(otherEmployerId);
  });

  afterAll(() => t?.close());

  describe('training for a vacancy (level 3)', () => {
    const plan = (overrides: object = {}) => ({
      vacancyId,
      provider: 'ROC Flevoland',
      title: 'Vakopleiding schoonmaak',
      costEur: 1800,
      startsOn: '2026-09-01',
      endsOn: '2026-11-30',
      baangarantie: true,
      ...overrides,
    });
    const createPlan = (candidateId: string, body: object, token = jobhunter) =>
      as(token).post(`/api/v1/candidates/${candidateId}/training-plans`, body);
    const setStatus = (planId: string, body: object) =>
      as(jobhunter).patch(`/api/v1/training-plans/${planId}/status`, body);
    const plansOf = async (candidateId: string) =>
      (await as(klantmanager).get(`/api/v1/candidates/${candidateId}/training-plans`).expect(200)).body;

    let ans: string;
    beforeAll(async () => {
      ans = await addCandidate('Ans');
    });

    it("draws a plan within budget, for the vacancy's employer, and puts it on the ledger", async () => {
      const created = (await createPlan(ans, plan()).expect(201)).body;
      expect(created).toMatchObject({
        candidateId: ans,
        vacancyId,
        employerId,
        costEur: 1800,
        status: 'planned',
        baangarantie: true,
        placementExpected: false,
        budgetOverrideReason: null,
        createdBy: t.idOf('jh-joost'),
        version: 1,
      });
      expect(await t.dataSource.query('SELECT cost_cents FROM training_plans WHERE id = $1', [created.id])).toEqual([
        { cost_cents: 180000 },
      ]);
      expect(await ledger('training-plan', ans)).toEqual([
        expect.objectContaining({
          level: 3,
          kind: 'action',
          employer_id: employerId,
          vacancy_id: vacancyId,
          actor_id: t.idOf('jh-joost'),
          subject_id: created.id,
        }),
      ]);
      const { budget, plans } = await plansOf(ans);
      expect(budget).toEqual({ totalEur: 2500, usedEur: 1800, remainingEur: 700 });
      expect(plans).toEqual([expect.objectContaining({ id: created.id, costEur: 1800 })]);
    });

    it('refuses a plan over the remaining budget, naming costEur and what is left, and writes nothing', async () => {
      const refused = await createPlan(ans, plan({ costEur: 700.01 })).expect(400);
      expect(refused.body.invalidParams).toEqual([
        {
          name: 'costEur',
          code: 'training.budget-exceeded',
          reason: 'exceeds the remaining training budget of € 700.00; give budgetOverrideReason to go over it',
        },
      ]);
      // An override where none is needed would record one that never happened.
      const needless = await createPlan(ans, plan({ costEur: 700, budgetOverrideReason: 'voor de zekerheid' })).expect(
        400,
      );
      expect(needless.body.invalidParams).toEqual([
        {
          name: 'budgetOverrideReason',
          code: 'training.override-needless',
          reason: expect.stringContaining('€ 700.00'),
        },
      ]);
      expect(await count('training_plans WHERE candidate_id = $1', [ans])).toBe(1);
      expect(await ledger('training-plan', ans)).toHaveLength(1);
    });

    it('goes over budget with an override, recording why and who allowed it', async () => {
      const reason = 'De werkgever garandeert een vaste baan; het certificaat kost meer dan het budget';
      const created = (
        await createPlan(
          ans,
          plan({ vacancyId: undefined, employerId, costEur: 800.5, budgetOverrideReason: reason }),
          accountmanager,
        ).expect(201)
      ).body;
      expect(created).toMatchObject({
        vacancyId: null,
        employerId,
        costEur: 800.5,
        budgetOverrideReason: reason,
        budgetOverrideBy: t.idOf('am-anna'),
      });
      expect(
        await t.dataSource.query(
          'SELECT budget_override_reason, budget_override_by FROM training_plans WHERE id = $1',
          [created.id],
        ),
      ).toEqual([{ budget_override_reason: reason, budget_override_by: t.idOf('am-anna') }]);
      expect((await plansOf(ans)).budget).toEqual({ totalEur: 2500, usedEur: 2600.5, remainingEur: 0 });
      expect(await ledger('training-plan', ans)).toHaveLength(2);
    });

    it('names the field of every invalid plan and writes nothing', async () => {
      const bram = await addCandidate('Bram');
      const cases: [object, string, string?][] = [
        [plan({ endsOn: '2026-08-31' }), 'endsOn', 'training.ends-before-start'],
        [plan({ costEur: 12.345 }), 'costEur'],
        [plan({ costEur: -1 }), 'costEur', 'field.too-small'],
        [plan({ startsOn: '1 september' }), 'startsOn'],
        [plan({ vacancyId: undefined }), 'employerId', 'party.employer-or-vacancy-required'],
        [
          plan({ vacancyId: undefined, employerId: '00000000-0000-4000-8000-000000000000' }),
          'employerId',
          'party.unknown-employer',
        ],
        [plan({ vacancyId: '00000000-0000-4000-8000-000000000000' }), 'vacancyId', 'party.unknown-vacancy'],
        [plan({ employerId: otherEmployerId }), 'vacancyId', 'party.vacancy-of-other-employer'],
        [plan({ placementExpected: true }), 'placementExpected', 'field.unknown'],
      ];
      for (const [body, field, code] of cases) {
        const refused = await createPlan(bram, body).expect(400);
        expect(refused.body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
        if (code) expect(refused.body.invalidParams).toContainEqual(expect.objectContaining({ name: field, code }));
      }
      expect((await createPlan('00000000-0000-4000-8000-000000000000', plan()).expect(404)).body.code).toBe(
        'party.candidate-not-found',
      );
      expect(await count('training_plans WHERE candidate_id = $1', [bram])).toBe(0);
      expect(await ledger('training-plan', bram)).toHaveLength(0);
    });

    it('lets only one of two plans created at the same moment take a budget they would exceed together', async () => {
      const cor = await addCandidate('Cor');
      const responses = await Promise.all([
        createPlan(cor, plan({ costEur: 1500 })),
        createPlan(cor, plan({ costEur: 1500 }), accountmanager),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 400]);
      const refused = responses.find((r) => r.status === 400)!;
      expect(refused.body.invalidParams).toEqual([
        { name: 'costEur', code: 'training.budget-exceeded', reason: expect.stringContaining('€ 1000.00') },
      ]);
      expect(
        await t.dataSource.query('SELECT sum(cost_cents)::int AS used FROM training_plans WHERE candidate_id = $1', [
          cor,
        ]),
      ).toEqual([{ used: 150000 }]);
      expect(await ledger('training-plan', cor)).toHaveLength(1);
    });

    it('starts a plan as a training result on the ledger, and after completion with baangarantie expects a placement', async () => {
      const dirk = await addCandidate('Dirk');
      const created = (await createPlan(dirk, plan()).expect(201)).body;

      const started = (await setStatus(created.id, { status: 'started', version: 1 }).expect(200)).body;
      expect(started).toMatchObject({ status: 'started', version: 2, placementExpected: false });
      expect(await ledger('training', dirk)).toEqual([
        expect.objectContaining({
          level: 3,
          kind: 'result',
          employer_id: employerId,
          vacancy_id: vacancyId,
          subject_id: created.id,
        }),
      ]);

      // Someone who read the plan before it started gets it as it is now.
      const stale = await setStatus(created.id, { status: 'stopped', version: 1 }).expect(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.body).toMatchObject({
        code: 'record.stale-version',
        current: { id: created.id, status: 'started', version: 2 },
      });

      const completed = (await setStatus(created.id, { status: 'completed', version: 2 }).expect(200)).body;
      expect(completed).toMatchObject({ status: 'completed', version: 3, placementExpected: true });
      expect(
        await t.dataSource.query(
          `SELECT kind, employer_id, vacancy_id FROM follow_ups WHERE source_type = 'training-plan' AND source_id = $1`,
          [created.id],
        ),
      ).toEqual([{ kind: 'placement-expected', employer_id: employerId, vacancy_id: vacancyId }]);

      const final = await setStatus(created.id, { status: 'started', version: 3 }).expect(409);
      expect(final.body).toMatchObject({
        code: 'training.transition-not-allowed',
        detail: expect.stringContaining('from completed to started'),
      });
      expect(await ledger('training', dirk)).toHaveLength(1);
      expect((await plansOf(dirk)).plans).toEqual([expect.objectContaining({ status: 'completed', version: 3 })]);
    });

    it('refuses to skip a step, and gives a stopped plan its budget back', async () => {
      const eva = await addCandidate('Eva');
      const first = (await createPlan(eva, plan({ costEur: 2000, baangarantie: false })).expect(201)).body;
      const skipped = await setStatus(first.id, { status: 'completed', version: 1 }).expect(409);
      expect(skipped.body).toMatchObject({
        code: 'training.transition-not-allowed',
        detail: expect.stringContaining('from planned to completed'),
      });

      await createPlan(eva, plan({ costEur: 1000 })).expect(400);
      await setStatus(first.id, { status: 'stopped', version: 1 }).expect(200);
      expect((await plansOf(eva)).budget).toEqual({ totalEur: 2500, usedEur: 0, remainingEur: 2500 });
      await createPlan(eva, plan({ costEur: 1000 })).expect(201);
      expect(await ledger('training', eva)).toHaveLength(0);
    });

    it('keeps employers out of training plans', async () => {
      const [created] = (await plansOf(ans)).plans;
      await createPlan(ans, plan({ costEur: 0 }), employer).expect(403);
      await as(employer).get(`/api/v1/candidates/${ans}/training-plans`).expect(403);
      await as(employer)
        .patch(`/api/v1/training-plans/${created.id}/status`, { status: 'started', version: 1 })
        .expect(403);
    });
  });

  describe('searching a job for one candidate (level 4)', () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const logOutreach = (candidateId: string, body: object, token = jobhunter) =>
      as(token).post(`/api/v1/candidates/${candidateId}/outreach`, body);

    let fien: string;
    beforeAll(async () => {
      fien = await addCandidate('Fien');
    });

    it('opens the ranking and logs outreach to an employer without a vacancy, then one about a vacancy, newest first', async () => {
      const ranking = (await as(jobhunter).get(`/api/v1/candidates/${fien}/vacancies`).expect(200)).body;
      const quiet = ranking.employersWithoutVacancy.find(
        (e: { employerId: string }) => e.employerId === quietEmployerId,
      );
      expect(quiet).toMatchObject({ name: 'Facilitair Flevoland' });

      const contactedAt = hoursAgo(26);
      const logged = (
        await logOutreach(fien, {
          employerId: quiet.employerId,
          contactedAt,
          channel: 'phone',
          outcome: 'interested',
          note: 'Zoekt iemand voor de avonddienst',
        }).expect(201)
      ).body;
      expect(logged).toMatchObject({
        candidateId: fien,
        employerId: quietEmployerId,
        employerName: 'Facilitair Flevoland',
        vacancyId: null,
        channel: 'phone',
        outcome: 'interested',
        loggedBy: t.idOf('jh-joost'),
      });
      expect(new Date(logged.contactedAt).toISOString()).toBe(contactedAt);
      const [record] = await ledger('outreach', fien);
      expect(record).toMatchObject({
        level: 4,
        kind: 'action',
        employer_id: quietEmployerId,
        vacancy_id: null,
        subject_id: logged.id,
      });
      expect(new Date(record.occurred_at).toISOString()).toBe(contactedAt);

      await logOutreach(
        fien,
        { employerId, vacancyId, contactedAt: hoursAgo(2), channel: 'visit', outcome: 'introduction-planned' },
        accountmanager,
      ).expect(201);
      expect(await ledger('outreach', fien)).toEqual([
        expect.objectContaining({ employer_id: quietEmployerId, vacancy_id: null }),
        expect.objectContaining({
          level: 4,
          employer_id: employerId,
          vacancy_id: vacancyId,
          actor_id: t.idOf('am-anna'),
        }),
      ]);

      const history = (await as(klantmanager).get(`/api/v1/candidates/${fien}/outreach`).expect(200)).body;
      expect(history).toEqual([
        expect.objectContaining({
          employerName: 'Schoon Almere',
          vacancyId,
          vacancyTitle: 'Schoonmaker kantoren',
          outcome: 'introduction-planned',
        }),
        expect.objectContaining({ employerName: 'Facilitair Flevoland', vacancyId: null, outcome: 'interested' }),
      ]);
    });

    it("refuses another employer's vacancy, a moment in the future, an unknown employer or channel, and writes nothing", async () => {
      const gijs = await addCandidate('Gijs');
      const contact = { employerId, contactedAt: hoursAgo(1), channel: 'email', outcome: 'no-answer' };
      const cases: [object, string, string][] = [
        [{ ...contact, vacancyId: otherVacancyId }, 'vacancyId', 'party.vacancy-of-other-employer'],
        [
          { ...contact, contactedAt: new Date(Date.now() + 86_400_000).toISOString() },
          'contactedAt',
          'outreach.contacted-in-future',
        ],
        [{ ...contact, contactedAt: '2026-10-05' }, 'contactedAt', 'field.wrong-format'],
        [{ ...contact, employerId: '00000000-0000-4000-8000-000000000000' }, 'employerId', 'party.unknown-employer'],
        [{ ...contact, channel: 'carrier-pigeon' }, 'channel', 'field.not-allowed-value'],
        [{ ...contact, outcome: 'hired' }, 'outcome', 'field.not-allowed-value'],
      ];
      for (const [body, field, code] of cases) {
        const refused = await logOutreach(gijs, body).expect(400);
        expect(refused.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code])).toEqual([
          [field, code],
        ]);
      }
      expect((await logOutreach('00000000-0000-4000-8000-000000000000', contact).expect(404)).body.code).toBe(
        'party.candidate-not-found',
      );
      expect(await count('outreach_contacts WHERE candidate_id = $1', [gijs])).toBe(0);
      expect(await ledger('outreach', gijs)).toHaveLength(0);
    });

    it('lets a klantmanager read the outreach but not log it, and keeps employers out', async () => {
      const contact = { employerId, contactedAt: hoursAgo(1), channel: 'email', outcome: 'no-answer' };
      await logOutreach(fien, contact, klantmanager).expect(403);
      await logOutreach(fien, contact, employer).expect(403);
      await as(employer).get(`/api/v1/candidates/${fien}/outreach`).expect(403);
      expect(await ledger('outreach', fien)).toHaveLength(2);
    });
  });
});
