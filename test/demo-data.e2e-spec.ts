import { addDays, addMonths, TokenService } from '@werkbrug/common';
import { dutchDay } from '@werkbrug/common';
import { DemoDataLoader } from '../apps/api/src/demo/demo-data.loader';
import { TestApp } from './support/test-app';

/**
 * The demo a newcomer starts with: loaded once into an empty database, with shortlists ready and
 * activity at all five levels that the reports count, and proposals an employer can answer.
 */
describe('the demo data', () => {
  let t: TestApp;
  let accountmanager: string;
  const today = dutchDay(new Date());
  const lastYear = `from=${addDays(addMonths(today, -12), 1)}&to=${today}`;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.get(DemoDataLoader).loadIfEmpty();
    accountmanager = await t.token({ role: 'accountmanager' });
  }, 120_000);

  afterAll(() => t?.close());

  const as = (token: string) => t.as(token, '/api/v1');

  it('is loaded once: a second start leaves the database as it is', async () => {
    expect(await t.app.get(DemoDataLoader).loadIfEmpty()).toBeUndefined();
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM employers`);
    expect(count).toBe(14);
  });

  it('counts actions at all five levels in the report of the last twelve months, and results at each level that led to them', async () => {
    const { levels } = (await as(accountmanager).get(`/reports/levels?${lastYear}`).expect(200)).body;
    const row = (level: number) => levels.find((l: { level: number }) => l.level === level);
    for (const level of [1, 2, 3, 4, 5])
      expect({ level, counted: row(level).actions > 0 }).toEqual({ level, counted: true });
    expect(row(1).actionsByName).toMatchObject({
      'vacancy-offered': expect.any(Number),
      'offer-response': expect.any(Number),
    });
    for (const action of [
      'shortlist-decision',
      'proposal',
      'employer-invited',
      'employer-not-now',
      'employer-rejected',
      'speeddate-event',
      'speeddate-conversation',
      'speeddate-no-show',
    ]) {
      expect({ action, counted: row(2).actionsByName[action] > 0 }).toEqual({ action, counted: true });
    }
    expect(row(3).results.training).toBe(1);
    expect(row(4).results).toMatchObject({ 'lasting-placement': 1, 'placement-werken-met-behoud': 1 });
    expect(row(5).actionsByName).toMatchObject({ agreement: 2, 'agreement-vacancy-linked': 4 });
    expect(row(5).results).toMatchObject({
      'placement-paid-work': 2,
      'placement-proefplaatsing': 1,
      'lasting-placement': 1,
    });
    expect(row(2).results['participatieladder-step']).toBe(1);
  });

  it('fills the funnel from shortlist to invitation, each stage within the one before', async () => {
    const { stages } = (await as(accountmanager).get(`/reports/funnel?${lastYear}`).expect(200)).body;
    for (const { stage, candidates } of stages.slice(0, 3))
      expect({ stage, reached: candidates > 0 }).toEqual({ stage, reached: true });
    for (const [index, stage] of stages.entries())
      if (index > 0) expect(stage.candidates).toBeLessThanOrEqual(stages[index - 1].candidates);
  });

  it('shows no figure that cannot be true: no negative duration, no conversion or share above 100%, no NaN', async () => {
    const periods = [
      lastYear,
      `from=${addMonths(today, -1)}&to=${today}`,
      `from=${addMonths(today, -24)}&to=${today}`,
      `from=${today}&to=${today}`,
    ];
    const problems: string[] = [];
    /** Every number in a report, with its path: a count is a whole number of at least 0, a share lies in 0–1. */
    const check = (path: string, value: unknown): void => {
      if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0) problems.push(`${path} = ${value}`);
        if (/(conversionFromPrevious|periodPassed)$/.test(path) && value > 1) problems.push(`${path} = ${value}`);
      } else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) check(`${path}.${key}`, inner);
      else if (typeof value === 'string' && /NaN|Infinity/.test(value)) problems.push(`${path} = ${value}`);
    };
    for (const period of periods) {
      for (const region of ['', '&region=flevoland']) {
        for (const name of ['levels', 'funnel', 'placements', 'durations', 'agreements', 'staff']) {
          const body = (await as(accountmanager).get(`/reports/${name}?${period}${region}`).expect(200)).body;
          check(`${name}?${period}${region}`, body);
          const csv = (await as(accountmanager).get(`/reports/${name}?${period}${region}&format=csv`).expect(200)).text;
          if (/NaN|Infinity|(^|,)-\d/m.test(csv)) problems.push(`${name}.csv?${period}${region}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Measured from the benefit start: the demo's first paid work came after it (the issue saw −152.5 from the day the row was made).
    const { benefitStartToPaidWork } = (await as(accountmanager).get(`/reports/durations?${lastYear}`).expect(200))
      .body;
    expect(benefitStartToPaidWork.candidates).toBeGreaterThan(0);
    expect(benefitStartToPaidWork.medianDays).toBeGreaterThan(0);
  });

  it('has one agreement on track and one falling behind, with linked vacancies', async () => {
    const agreements = (await as(accountmanager).get('/agreements').expect(200)).body;
    expect(
      agreements
        .map((a: { name: string; progress: { behind: boolean }; vacancyIds: string[] }) => [
          a.name,
          a.progress.behind,
          a.vacancyIds.length,
        ])
        .sort(),
    ).toEqual([
      ['Logistiek Flevoland 45+', true, 2],
      ['Zorgbanen 45+ Almere', false, 2],
    ]);
    const behind = (await as(accountmanager).get('/agreements/behind').expect(200)).body;
    expect(behind.map((a: { name: string }) => a.name)).toEqual(['Logistiek Flevoland 45+']);
  });

  it('shows vacancies in every state, each with what an exchange publishes', async () => {
    const vacancies: { status: string; closeReason: string | null; validThrough: string; salary: object | null }[] = (
      await as(accountmanager).get('/vacancies?limit=200').expect(200)
    ).body;
    const states = vacancies.map((v) => [v.status, v.closeReason].filter(Boolean).join(':'));
    expect(states).toEqual(expect.arrayContaining(['open', 'on-hold', 'closed:filled-elsewhere', 'closed:withdrawn']));
    expect(vacancies.every((v) => v.validThrough >= today && v.salary !== null)).toBe(true);
  });

  it("lets a demo employer see its own proposals, answered and still to answer, and not another employer's", async () => {
    const employers = (await as(accountmanager).get('/employers').expect(200)).body;
    const list = Array.isArray(employers) ? employers : employers.items;
    const idOf = (name: string) => list.find((e: { name: string }) => e.name === name).id;
    const zorggroep = await t.token({ role: 'employer', employerId: idOf('Zorggroep De Polderhof') });
    const proposals = (await as(zorggroep).get('/proposals').expect(200)).body;
    expect(proposals.map((p: { status: string }) => p.status).sort()).toEqual([
      'invited',
      'not-now',
      'proposed',
      'rejected',
    ]);
    expect(proposals[0].candidateId).toBeUndefined();

    const helder = await t.token({ role: 'employer', employerId: idOf('Schoonmaakbedrijf Helder') });
    const own = (await as(helder).get('/proposals').expect(200)).body;
    expect(own.length).toBeGreaterThan(0);
    await as(helder).get(`/proposals/${proposals[0].id}`).expect(404);
  });

  it("gives every employer its account team: Lelystad's (postcode 82xx) Bas de Boer, Almere's Anna Jansen otherwise", async () => {
    const tokenOf = async (email: string) => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
      return `Bearer ${t.app.get(TokenService).sign({ userId: id, role: 'accountmanager' })}`;
    };
    const anna = await tokenOf('anna.jansen@almere.example');
    const bas = await tokenOf('bas.de.boer@lelystad.example');
    const ofAnna = (await as(anna).get('/employers?team=mine').expect(200)).body;
    const ofBas = (await as(bas).get('/employers?team=mine').expect(200)).body;
    expect(ofAnna.length + ofBas.length).toBe(14);
    expect(ofBas.length).toBeGreaterThan(0);
    expect(ofBas.every((e: { postcode: string }) => e.postcode.startsWith('82'))).toBe(true);
    expect(ofAnna.some((e: { postcode: string }) => e.postcode.startsWith('82'))).toBe(false);
    const team = (await as(anna).get(`/employers/${ofBas[0].id}/account-team`).expect(200)).body;
    expect(team).toEqual([expect.objectContaining({ name: 'Bas de Boer', organisationName: 'Gemeente Lelystad' })]);
  });

  it('has a speeddate today and one coming up with a schedule, and a past one whose next steps wait as follow-ups', async () => {
    const jobhunter = await t.token({ role: 'jobhunter' });
    const events = (await as(jobhunter).get('/speeddates').expect(200)).body;
    expect(events).toHaveLength(3);
    const [past, present, coming] = await Promise.all(
      events.map(async (e: { id: string }) => (await as(jobhunter).get(`/speeddates/${e.id}`).expect(200)).body),
    );
    expect([past.heldOn < today, present.heldOn === today, coming.heldOn > today]).toEqual([true, true, true]);
    for (const event of [present, coming]) {
      expect(event.conversations.length).toBeGreaterThan(0);
      expect(event.conversations.every((c: { tookPlace: boolean | null }) => c.tookPlace === null)).toBe(true);
    }
    expect(past.conversations.every((c: { tookPlace: boolean | null }) => c.tookPlace !== null)).toBe(true);
    const [{ open }] = await t.dataSource.query(
      `SELECT count(*)::int AS open FROM follow_ups WHERE source_type = 'speeddate-conversation' AND done_at IS NULL`,
    );
    expect(open).toBeGreaterThan(0);
  });

  it("gives the demo accountmanager the employers' invitations and rejections to act on in the werkvoorraad", async () => {
    const answered: { proposed_by: string; count: number }[] = await t.dataSource.query(
      `SELECT proposed_by, count(*)::int AS count FROM proposals WHERE status IN ('invited', 'rejected') GROUP BY proposed_by`,
    );
    expect(answered).toHaveLength(1);
    const [{ proposed_by: userId, count }] = answered;
    const proposer = `Bearer ${t.app.get(TokenService).sign({ userId, role: 'accountmanager' })}`;
    const items: { kind: string; link: string }[] = (await as(proposer).get('/worklist').expect(200)).body;
    const answers = items.filter((item) => item.kind === 'employer-answer');
    expect(answers).toHaveLength(count);
    expect(answers.every((item) => /^#\/vacatures\/[0-9a-f-]{36}\/shortlist$/.test(item.link))).toBe(true);
  });
});
