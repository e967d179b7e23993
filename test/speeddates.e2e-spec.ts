import { addDays } from '@werkbrug/common';
import { dutchDay } from '@werkbrug/common';
import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

interface Conversation {
  id: string;
  slot: number;
  employerId: string;
  candidateId: string;
  vacancyId: string | null;
  version: number;
}

/** Level 2 as a jobhunter runs it: plan a speeddate, invite, schedule from the shortlists, log outcomes, follow up. */
describe('speeddates and follow-ups', () => {
  let t: TestApp;
  let accountmanager: string;
  let jobhunter: string;
  let colleague: string;
  let klantmanager: string;
  let admin: string;
  /** A jobhunter of another municipality of the region: sees Almere's candidates by reference only. */
  let stranger: string;
  let employer: string;

  const as = (token: string) => t.as(token);
  const addCandidate = async (name: string): Promise<string> =>
    (await as(klantmanager).post('/api/v1/candidates', candidateProfile({ name })).expect(201)).body.id;
  const postVacancy = async (employerId: string, title: string): Promise<string> =>
    (await as(accountmanager).post('/api/v1/vacancies', vacancyBody({ employerId, title })).expect(201)).body.id;
  const shortlist = (vacancyId: string, after = 0) => readyShortlist(as(accountmanager), vacancyId, after);

  const ledger = (action: string) =>
    t.dataSource.query(
      `SELECT level, kind, candidate_id, employer_id, vacancy_id, subject_id, actor_id FROM service_records WHERE action = $1 ORDER BY id`,
      [action],
    );
  const loggedCount = async () =>
    Number(
      (await t.dataSource.query(`SELECT count(*) AS n FROM speeddate_conversations WHERE took_place IS NOT NULL`))[0].n,
    );

  const today = dutchDay(new Date());
  const heldOn = addDays(today, -10);
  const event = {
    title: 'Speeddate schoonmaak Almere',
    heldOn,
    startsAt: '10:00',
    slotMinutes: 10,
    slotCount: 3,
    place: 'Stadhuis Almere',
    region: 'flevoland',
    sectorFocus: ['N'],
  };

  let schoon: string;
  let kantoor: string;
  let elders: string;
  let vacancySchoon: string;
  let vacancyKantoor: string;
  let candidates: Record<'ans' | 'bram' | 'cor' | 'dirk' | 'eva', string>;
  let eventId: string;
  let scores: Map<string, number>;

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-joost' });
    colleague = await t.token({ role: 'jobhunter', subject: 'jh-jet' });
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    admin = await t.token({ role: 'admin', subject: 'admin-ada' });
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    stranger = await t.token({ role: 'jobhunter', subject: 'jh-lelystad', organisationId: lelystad.id });
    const addEmployer = async (name: string) =>
      (
        await as(accountmanager)
          .post('/api/v1/employers', { name, sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
          .expect(201)
      ).body.id;
    [schoon, kantoor, elders] = [
      await addEmployer('Schoon Almere'),
      await addEmployer('Kantoorglans'),
      await addEmployer('Elders Schoon'),
    ];
    employer = await t.token({ role: 'employer', employerId: schoon });
    candidates = {
      ans: await addCandidate('Ans'),
      bram: await addCandidate('Bram'),
      cor: await addCandidate('Cor'),
      dirk: await addCandidate('Dirk'),
      eva: await addCandidate('Eva'),
    };
    await as(klantmanager)
      .put(`/api/v1/candidates/${candidates.eva}/availability`, {
        availability: 'temporarily-unavailable',
        reason: 'ziek',
      })
      .expect(200);
    vacancySchoon = await postVacancy(schoon, 'Schoonmaker kantoren');
    vacancyKantoor = await postVacancy(kantoor, 'Glazenwasser-schoonmaker');
    const before = await shortlist(vacancySchoon);
    await shortlist(vacancyKantoor);
    // Dirk is rejected for Schoon Almere's vacancy: the suggestion never pairs them.
    await as(accountmanager)
      .put(`/api/v1/vacancies/${vacancySchoon}/shortlist/decisions/${candidates.dirk}`, {
        decision: 'rejected',
        reason: 'hours',
      })
      .expect(200);
    await shortlist(vacancySchoon, before.generation);
    scores = new Map();
    for (const vacancyId of [vacancySchoon, vacancyKantoor]) {
      for (const entry of (await shortlist(vacancyId)).entries)
        scores.set(`${vacancyId}/${entry.candidateId}`, entry.score);
    }
  });

  afterAll(() => t?.close());

  it('creates an event with validated fields, on the ledger, for staff only', async () => {
    const bad = async (body: object, field: string) => {
      const response = await as(jobhunter)
        .post('/api/v1/speeddates', { ...event, ...body })
        .expect(400);
      expect(response.body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    };
    await bad({ region: 'almere' }, 'region');
    await bad({ sectorFocus: ['N', 'Z'] }, 'sectorFocus');
    await bad({ slotMinutes: 61 }, 'slotMinutes');
    await bad({ slotCount: 0 }, 'slotCount');
    await bad({ startsAt: '25:00' }, 'startsAt');
    await bad({ heldOn: '2026-02-30' }, 'heldOn');
    await bad({ startsAt: '23:00', slotMinutes: 30, slotCount: 3 }, 'slotCount');
    expect(
      (
        await as(jobhunter)
          .post('/api/v1/speeddates', { ...event, startsAt: '23:00', slotMinutes: 30, slotCount: 3 })
          .expect(400)
      ).body.code,
    ).toBe('speeddate.ends-after-midnight');
    await as(employer).post('/api/v1/speeddates', event).expect(403);
    expect(await t.dataSource.query('SELECT 1 FROM speeddate_events')).toHaveLength(0);

    const created = (await as(jobhunter).post('/api/v1/speeddates', event).expect(201)).body;
    expect(created).toMatchObject({
      ...event,
      version: 1,
      createdBy: t.idOf('jh-joost'),
      employers: [],
      candidates: [],
      conversations: [],
    });
    eventId = created.id;
    expect(await ledger('speeddate-event')).toEqual([
      expect.objectContaining({ level: 2, kind: 'action', subject_id: eventId, actor_id: t.idOf('jh-joost') }),
    ]);

    const listed = (
      await as(accountmanager)
        .get(`/api/v1/speeddates?from=${addDays(today, -30)}&to=${today}&region=flevoland`)
        .expect(200)
    ).body;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([eventId]);
    expect((await as(accountmanager).get('/api/v1/speeddates?region=groningen').expect(200)).body).toEqual([]);
    await as(employer).get(`/api/v1/speeddates/${eventId}`).expect(403);
    expect(
      (await as(jobhunter).get('/api/v1/speeddates/00000000-0000-4000-8000-000000000000').expect(404)).body.code,
    ).toBe('speeddate.not-found');
  });

  it('invites all or none, names an unknown or unavailable invitee, and ignores a second invitation', async () => {
    const unknown = await as(jobhunter)
      .post(`/api/v1/speeddates/${eventId}/participants`, {
        employerIds: [schoon, '00000000-0000-4000-8000-000000000000'],
      })
      .expect(400);
    expect(unknown.body.invalidParams).toEqual([
      { name: 'employerIds[1]', code: 'party.unknown-employer', reason: expect.any(String) },
    ]);
    const unavailable = await as(jobhunter)
      .post(`/api/v1/speeddates/${eventId}/participants`, {
        employerIds: [schoon],
        candidateIds: [candidates.ans, candidates.eva],
      })
      .expect(400);
    expect(unavailable.body.invalidParams).toEqual([
      {
        name: 'candidateIds[1]',
        code: 'speeddate.candidate-unavailable',
        reason: expect.stringContaining('temporarily-unavailable'),
      },
    ]);
    expect((await as(jobhunter).post(`/api/v1/speeddates/${eventId}/participants`, {}).expect(400)).body.code).toBe(
      'speeddate.nobody-invited',
    );
    expect(await t.dataSource.query('SELECT 1 FROM speeddate_participants')).toHaveLength(0);

    const { ans, bram, cor, dirk } = candidates;
    await as(jobhunter)
      .post(`/api/v1/speeddates/${eventId}/participants`, {
        employerIds: [schoon, kantoor, elders],
        candidateIds: [ans, bram, cor, dirk],
      })
      .expect(201);
    const again = (
      await as(colleague)
        .post(`/api/v1/speeddates/${eventId}/participants`, { employerIds: [schoon], candidateIds: [ans] })
        .expect(201)
    ).body;
    expect(again.employers).toHaveLength(3);
    expect(again.candidates).toHaveLength(4);
    expect(again.employers.find((e: { employerId: string }) => e.employerId === schoon)).toMatchObject({
      name: 'Schoon Almere',
      invitedBy: t.idOf('jh-joost'),
    });
    // Staff of the candidates' own municipality see who is invited by name; staff of another
    // municipality by reference, with the organisation and the klantmanager to contact (docs/security.md).
    expect(again.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['Ans', 'Bram', 'Cor', 'Dirk']);
    const asAdmin = (await as(admin).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    expect(asAdmin.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['Ans', 'Bram', 'Cor', 'Dirk']);
    const fromLelystad = (await as(stranger).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    expect(fromLelystad.candidates.map((c: { name: string | null }) => c.name)).toEqual([null, null, null, null]);
    expect(fromLelystad.candidates.map((c: { reference: string }) => c.reference).sort()).toEqual(
      [ans, bram, cor, dirk].map((id) => `K-${id.slice(0, 4)}-${id.slice(4, 8)}`.toUpperCase()).sort(),
    );
    expect(fromLelystad.candidates[0].candidate).toEqual({
      candidateReference: fromLelystad.candidates[0].reference,
      organisationName: 'Gemeente Almere',
      klantmanager: { name: 'km-karin', email: expect.stringContaining('km-karin') },
    });
    expect(JSON.stringify(fromLelystad)).not.toMatch(/Ans|Bram|Cor|Dirk/);

    // An invitation can be taken back while the invitee is not in the schedule.
    const eldersParticipant = again.employers.find(
      (e: { employerId: string }) => e.employerId === elders,
    ).participantId;
    const after = (
      await as(jobhunter).delete(`/api/v1/speeddates/${eventId}/participants/${eldersParticipant}`).expect(200)
    ).body;
    expect(after.employers.map((e: { employerId: string }) => e.employerId).sort()).toEqual([schoon, kantoor].sort());
  });

  let suggested: { slot: number; employerId: string; candidateId: string; vacancyId: string }[];

  it('suggests a schedule from the shortlists: best scores first, nobody twice with the same employer, no overlaps, rejected candidates left out', async () => {
    const before = (await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    const suggestion = (await as(jobhunter).post(`/api/v1/speeddates/${eventId}/schedule/suggestion`, {}).expect(201))
      .body;
    suggested = suggestion.conversations;
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(suggested.map((c) => `${c.employerId}/${c.candidateId}`));
    unique(suggested.map((c) => `${c.slot}/${c.employerId}`));
    unique(suggested.map((c) => `${c.slot}/${c.candidateId}`));
    expect(suggested).not.toContainEqual(expect.objectContaining({ employerId: schoon, candidateId: candidates.dirk }));
    for (const c of suggested) expect(c.vacancyId).toBe(c.employerId === schoon ? vacancySchoon : vacancyKantoor);
    // Two employers with three slots each: every slot holds two conversations.
    expect(suggested).toHaveLength(6);
    for (const slot of [1, 2, 3]) expect(suggested.filter((c) => c.slot === slot)).toHaveLength(2);
    // Kantoorglans has four candidates for three slots: the one left over scores no better than those scheduled.
    expect(suggestion.leftOver).toEqual([expect.objectContaining({ employerId: kantoor, vacancyId: vacancyKantoor })]);
    const scheduledForKantoor = suggested
      .filter((c) => c.employerId === kantoor)
      .map((c) => scores.get(`${vacancyKantoor}/${c.candidateId}`)!);
    expect(suggestion.leftOver[0].score).toBeLessThanOrEqual(Math.min(...scheduledForKantoor));
    const startsAt = ['10:00', '10:10', '10:20'][suggested[0].slot - 1];
    expect(suggestion.details[0]).toMatchObject({
      slot: suggested[0].slot,
      startsAt,
      employerName: expect.any(String),
      candidateId: suggested[0].candidateId,
      candidateReference: expect.stringMatching(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/),
      candidateName: expect.stringMatching(/^(Ans|Bram|Cor|Dirk)$/),
    });
    const suggestedToStranger = (
      await as(stranger).post(`/api/v1/speeddates/${eventId}/schedule/suggestion`, {}).expect(201)
    ).body;
    expect(suggestedToStranger.details[0]).toMatchObject({
      candidateName: null,
      candidateReference: expect.any(String),
    });
    expect(JSON.stringify(suggestedToStranger)).not.toMatch(/Ans|Bram|Cor|Dirk/);
    // Nothing is saved by suggesting.
    expect((await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body).toMatchObject({
      version: before.version,
      conversations: [],
    });
  });

  it('saves the schedule on the version read, refuses a stale one, and validates every conversation without writing', async () => {
    const saved = (
      await as(jobhunter)
        .put(`/api/v1/speeddates/${eventId}/schedule`, { version: 1, conversations: suggested })
        .expect(200)
    ).body;
    expect(saved.version).toBe(2);
    expect(saved.conversations).toHaveLength(6);
    const first = saved.conversations.find((c: Conversation) => c.employerId === schoon && c.slot === 2);
    expect(first).toMatchObject({
      startsAt: '10:10',
      employerName: 'Schoon Almere',
      vacancyTitle: 'Schoonmaker kantoren',
      tookPlace: null,
      version: 1,
    });
    expect(first).toMatchObject({
      candidateName: expect.stringMatching(/^(Ans|Bram|Cor|Dirk)$/),
      candidateReference: expect.stringMatching(/^K-/),
    });
    const toStranger = (await as(stranger).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    expect(toStranger.conversations.map((c: { candidateName: string | null }) => c.candidateName)).toEqual(
      Array(6).fill(null),
    );
    expect(JSON.stringify(toStranger)).not.toMatch(/Ans|Bram|Cor|Dirk/);
    const names = (await as(admin).get(`/api/v1/speeddates/${eventId}`).expect(200)).body.conversations.map(
      (c: { candidateName: string }) => c.candidateName,
    );
    expect(names.every((name: string) => ['Ans', 'Bram', 'Cor', 'Dirk'].includes(name))).toBe(true);

    const stale = await as(colleague)
      .put(`/api/v1/speeddates/${eventId}/schedule`, { version: 1, conversations: [] })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'record.stale-version', current: { id: eventId, version: 2 } });

    const [a, b] = suggested;
    const invalid = async (conversations: object[], field: string, code: string) => {
      const response = await as(jobhunter)
        .put(`/api/v1/speeddates/${eventId}/schedule`, { version: 2, conversations })
        .expect(400);
      expect(response.body.invalidParams).toEqual([{ name: field, code, reason: expect.any(String) }]);
    };
    await invalid([{ ...a, slot: 4 }], 'conversations[0].slot', 'speeddate.slot-out-of-range');
    await invalid([a, { ...a, slot: a.slot === 1 ? 2 : 1 }], 'conversations[1].candidateId', 'speeddate.pair-twice');
    await invalid(
      [
        { ...a, slot: 1 },
        { ...b, employerId: a.employerId, vacancyId: a.vacancyId, slot: 1 },
      ],
      'conversations[1].slot',
      'speeddate.employer-double-booked',
    );
    await invalid(
      [a, { ...b, employerId: elders, vacancyId: undefined }],
      'conversations[1].employerId',
      'speeddate.employer-not-invited',
    );
    await invalid(
      [{ ...a, vacancyId: a.employerId === schoon ? vacancyKantoor : vacancySchoon }],
      'conversations[0].vacancyId',
      'party.vacancy-of-other-employer',
    );
    const current = (await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    expect(current.version).toBe(2);
    expect(current.conversations.map((c: Conversation) => c.id).sort()).toEqual(
      saved.conversations.map((c: Conversation) => c.id).sort(),
    );

    // Swapping the first two slots moves the conversations (keeping their ids) through the one-per-slot keys.
    const slotOf = (c: Conversation) => (c.slot <= 2 ? 3 - c.slot : c.slot);
    const swapped = current.conversations.map((c: Conversation) => ({
      slot: slotOf(c),
      employerId: c.employerId,
      candidateId: c.candidateId,
      vacancyId: c.vacancyId,
    }));
    const after = (
      await as(jobhunter)
        .put(`/api/v1/speeddates/${eventId}/schedule`, { version: 2, conversations: swapped })
        .expect(200)
    ).body;
    expect(after.version).toBe(3);
    for (const c of current.conversations)
      expect(after.conversations).toContainEqual(expect.objectContaining({ id: c.id, slot: slotOf(c) }));
  });

  let conversations: Conversation[];
  const outcomesPath = () => `/api/v1/speeddates/${eventId}/outcomes`;

  it('logs many outcomes at once, all or none: one bad item writes nothing and is named', async () => {
    conversations = (await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body.conversations;
    const [c0, c1] = conversations;
    const good = { conversationId: c0.id, tookPlace: true, interest: 'both', nextStep: 'second-interview' };
    const ledgerBefore = Number((await t.dataSource.query('SELECT count(*) AS n FROM service_records'))[0].n);

    const noShowWithInterest = await as(jobhunter)
      .post(outcomesPath(), { outcomes: [good, { conversationId: c1.id, tookPlace: false, interest: 'both' }] })
      .expect(400);
    expect(noShowWithInterest.body.invalidParams).toEqual([
      { name: 'outcomes[1].interest', code: 'speeddate.no-show-has-no-outcome', reason: expect.any(String) },
    ]);
    const noNextStep = await as(jobhunter)
      .post(outcomesPath(), {
        outcomes: [good, { conversationId: c1.id, tookPlace: true, interest: 'none', nextStep: 'no-match' }],
      })
      .expect(400);
    expect(noNextStep.body.invalidParams).toEqual([
      { name: 'outcomes[1].reason', code: 'speeddate.reason-required', reason: expect.any(String) },
    ]);
    const foreign = await as(jobhunter)
      .post(outcomesPath(), {
        outcomes: [
          { conversationId: c0.id, tookPlace: false },
          { conversationId: '00000000-0000-4000-8000-000000000000', tookPlace: false },
        ],
      })
      .expect(400);
    expect(foreign.body.invalidParams).toEqual([
      { name: 'outcomes[1].conversationId', code: 'speeddate.unknown-conversation', reason: expect.any(String) },
    ]);
    await as(jobhunter).post(outcomesPath(), { outcomes: [] }).expect(400);
    await as(jobhunter)
      .post(outcomesPath(), {
        outcomes: [{ conversationId: c0.id, tookPlace: true, interest: 'maybe', nextStep: 'second-interview' }],
      })
      .expect(400);

    expect(await loggedCount()).toBe(0);
    expect(await t.dataSource.query('SELECT 1 FROM follow_ups')).toHaveLength(0);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM service_records'))[0].n)).toBe(ledgerBefore);
  });

  it('turns next steps into follow-ups with due dates, and writes each conversation on the ledger', async () => {
    const [c0, c1, c2, c3] = conversations;
    const logged = (
      await as(jobhunter)
        .post(outcomesPath(), {
          outcomes: [
            { conversationId: c0.id, tookPlace: true, interest: 'both', nextStep: 'second-interview' },
            { conversationId: c1.id, tookPlace: true, interest: 'employer-only', nextStep: 'proefplaatsing' },
            { conversationId: c2.id, tookPlace: false, reason: 'niet komen opdagen' },
            {
              conversationId: c3.id,
              tookPlace: true,
              interest: 'none',
              nextStep: 'no-match',
              reason: 'reistijd te lang',
            },
          ],
        })
        .expect(201)
    ).body;
    expect(logged.map((c: Conversation) => c.id)).toEqual([c0.id, c1.id, c2.id, c3.id]);
    expect(logged[0]).toMatchObject({
      tookPlace: true,
      interest: 'both',
      nextStep: 'second-interview',
      loggedBy: t.idOf('jh-joost'),
      version: c0.version + 1,
    });
    expect(logged[2]).toMatchObject({ tookPlace: false, interest: null, nextStep: null, reason: 'niet komen opdagen' });

    const followUps = await t.dataSource.query(
      `SELECT kind, source_type, source_id, candidate_id, employer_id, vacancy_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, assigned_to FROM follow_ups ORDER BY due_on`,
    );
    const about = (c: Conversation) => ({
      source_type: 'speeddate-conversation',
      source_id: c.id,
      candidate_id: c.candidateId,
      employer_id: c.employerId,
      vacancy_id: c.vacancyId,
    });
    expect(followUps).toEqual([
      { kind: 'second-interview', ...about(c0), due_on: addDays(heldOn, 7), assigned_to: t.idOf('jh-joost') },
      { kind: 'proefplaatsing', ...about(c1), due_on: addDays(heldOn, 14), assigned_to: t.idOf('jh-joost') },
    ]);

    const conversationRows = await ledger('speeddate-conversation');
    expect(conversationRows.map((r: { subject_id: string }) => r.subject_id)).toEqual([c0.id, c1.id, c3.id]);
    expect(conversationRows[0]).toMatchObject({
      level: 2,
      kind: 'action',
      candidate_id: c0.candidateId,
      employer_id: c0.employerId,
      vacancy_id: c0.vacancyId,
    });
    expect(await ledger('speeddate-no-show')).toEqual([
      expect.objectContaining({ level: 2, subject_id: c2.id, candidate_id: c2.candidateId }),
    ]);
  });

  it('changes a logged outcome only on its version, and closes the follow-up of a next step that no longer holds', async () => {
    const [c0, c1, c2] = conversations;
    const noVersion = await as(colleague)
      .post(outcomesPath(), { outcomes: [{ conversationId: c0.id, tookPlace: false }] })
      .expect(409);
    expect(noVersion.body).toMatchObject({
      code: 'record.stale-version',
      current: { id: c0.id, nextStep: 'second-interview', version: c0.version + 1 },
    });
    await as(colleague)
      .post(outcomesPath(), { outcomes: [{ conversationId: c0.id, tookPlace: false, version: c0.version }] })
      .expect(409);
    // Still a no-show: no interest can be logged on it.
    const onNoShow = await as(jobhunter)
      .post(outcomesPath(), {
        outcomes: [{ conversationId: c2.id, tookPlace: false, nextStep: 'second-interview', version: c2.version + 1 }],
      })
      .expect(400);
    expect(onNoShow.body.invalidParams).toEqual([
      { name: 'outcomes[0].nextStep', code: 'speeddate.no-show-has-no-outcome', reason: expect.any(String) },
    ]);

    const noMatch = {
      conversationId: c1.id,
      tookPlace: true,
      interest: 'candidate-only',
      nextStep: 'no-match',
      reason: 'werkgever koos een ander',
      version: c1.version + 1,
    };
    await as(jobhunter)
      .post(outcomesPath(), { outcomes: [noMatch] })
      .expect(201);
    const followUps = await t.dataSource.query(
      `SELECT kind, done_at IS NOT NULL AS done, result FROM follow_ups WHERE source_id = $1`,
      [c1.id],
    );
    expect(followUps).toEqual([{ kind: 'proefplaatsing', done: true, result: 'superseded' }]);

    // A conversation with an outcome stays in the schedule.
    const event = (await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body;
    const withoutLogged = event.conversations
      .filter((c: Conversation) => c.id !== c0.id)
      .map(({ slot, employerId, candidateId, vacancyId }: Conversation) => ({
        slot,
        employerId,
        candidateId,
        vacancyId,
      }));
    const keptLogged = await as(jobhunter)
      .put(`/api/v1/speeddates/${eventId}/schedule`, { version: event.version, conversations: withoutLogged })
      .expect(409);
    expect(keptLogged.body.code).toBe('speeddate.conversation-logged');
    expect((await as(jobhunter).get(`/api/v1/speeddates/${eventId}`).expect(200)).body.conversations).toHaveLength(6);
  });

  it('lists follow-ups per person and due state, and completes one once, on the ledger at level 2', async () => {
    const [c0] = conversations;
    const mine = (await as(jobhunter).get('/api/v1/follow-ups?assignedTo=me').expect(200)).body;
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'second-interview',
        sourceId: c0.id,
        dueOn: addDays(heldOn, 7),
        overdue: true,
        candidateReference: expect.stringMatching(/^K-/),
        candidateName: expect.stringMatching(/^(Ans|Bram|Cor|Dirk)$/),
        version: 1,
      }),
    ]);
    // Another municipality's jobhunter sees the follow-ups of the region by reference only.
    const toStranger = (await as(stranger).get('/api/v1/follow-ups?due=all').expect(200)).body;
    expect(toStranger.length).toBeGreaterThan(0);
    expect(toStranger.map((f: { candidateName: string | null }) => f.candidateName)).toEqual(
      toStranger.map(() => null),
    );
    expect((await as(colleague).get('/api/v1/follow-ups?assignedTo=me').expect(200)).body).toEqual([]);
    expect(
      (
        await as(klantmanager)
          .get(`/api/v1/follow-ups?assignedTo=${t.idOf('jh-joost')}&due=overdue&candidateId=${c0.candidateId}`)
          .expect(200)
      ).body,
    ).toHaveLength(1);
    const forKlantmanager = (await as(klantmanager).get('/api/v1/follow-ups?due=all').expect(200)).body;
    expect(forKlantmanager).toHaveLength(2);
    expect(forKlantmanager.map((f: { candidateName: string }) => f.candidateName)).toEqual([
      expect.any(String),
      expect.any(String),
    ]);
    const forAccountmanager = (await as(accountmanager).get('/api/v1/follow-ups?due=all').expect(200)).body;
    // An accountmanager of the candidates' own municipality sees their names.
    for (const { candidateName } of forAccountmanager) expect(candidateName).toMatch(/^(Ans|Bram|Cor|Dirk)$/);
    expect(forAccountmanager).toHaveLength(2);
    await as(klantmanager).get('/api/v1/follow-ups?due=soon').expect(400);
    await as(employer).get('/api/v1/follow-ups').expect(403);

    const [followUp] = mine;
    const short = await as(jobhunter)
      .put(`/api/v1/follow-ups/${followUp.id}/done`, { result: 'x', version: 1 })
      .expect(400);
    expect(short.body.invalidParams).toEqual([
      { name: 'result', code: 'field.wrong-length', reason: expect.any(String) },
    ]);
    const done = (
      await as(jobhunter)
        .put(`/api/v1/follow-ups/${followUp.id}/done`, {
          result: 'Tweede gesprek gevoerd, proefplaatsing volgt',
          version: 1,
        })
        .expect(200)
    ).body;
    expect(done).toMatchObject({
      doneAt: expect.any(String),
      result: 'Tweede gesprek gevoerd, proefplaatsing volgt',
      overdue: false,
      version: 2,
    });
    const twice = await as(colleague)
      .put(`/api/v1/follow-ups/${followUp.id}/done`, { result: 'nog eens', version: 2 })
      .expect(409);
    expect(twice.body.code).toBe('follow-up.already-done');
    expect(await ledger('follow-up-done')).toEqual([
      expect.objectContaining({
        level: 2,
        kind: 'action',
        subject_id: followUp.id,
        candidate_id: c0.candidateId,
        vacancy_id: c0.vacancyId,
      }),
    ]);
    expect((await as(jobhunter).get('/api/v1/follow-ups?assignedTo=me').expect(200)).body).toEqual([]);
  });

  it('suggests only for vacancies in the sector focus of the event', async () => {
    // The no-matches logged above match the employer's shortlists again: suggest from the settled one,
    // for a candidate none of them concerns (which one depends on the schedule the scores gave).
    await shortlist(vacancySchoon);
    const turnedDown: { candidate_id: string }[] = await t.dataSource.query(
      'SELECT candidate_id FROM match_feedback WHERE vacancy_id = $1',
      [vacancySchoon],
    );
    const invitee = [candidates.ans, candidates.bram, candidates.cor].find(
      (id) => !turnedDown.some((row) => row.candidate_id === id),
    )!;
    const care = (
      await as(jobhunter)
        .post('/api/v1/speeddates', { ...event, title: 'Zorgspeeddate', sectorFocus: ['Q'] })
        .expect(201)
    ).body;
    await as(jobhunter)
      .post(`/api/v1/speeddates/${care.id}/participants`, { employerIds: [schoon], candidateIds: [invitee] })
      .expect(201);
    expect(
      (await as(jobhunter).post(`/api/v1/speeddates/${care.id}/schedule/suggestion`, {}).expect(201)).body
        .conversations,
    ).toEqual([]);
    const anySector = (
      await as(jobhunter)
        .post('/api/v1/speeddates', { ...event, title: 'Open speeddate', sectorFocus: [] })
        .expect(201)
    ).body;
    await as(jobhunter)
      .post(`/api/v1/speeddates/${anySector.id}/participants`, {
        employerIds: [schoon],
        candidateIds: [invitee],
      })
      .expect(201);
    const suggestion = (
      await as(jobhunter).post(`/api/v1/speeddates/${anySector.id}/schedule/suggestion`, {}).expect(201)
    ).body;
    expect(suggestion.conversations).toEqual([
      { slot: 1, employerId: schoon, candidateId: invitee, vacancyId: vacancySchoon },
    ]);
  });

  it('refuses outcomes for an event still to come', async () => {
    const future = (
      await as(jobhunter)
        .post('/api/v1/speeddates', { ...event, heldOn: addDays(today, 30) })
        .expect(201)
    ).body;
    await as(jobhunter)
      .post(`/api/v1/speeddates/${future.id}/participants`, { employerIds: [schoon], candidateIds: [candidates.ans] })
      .expect(201);
    const saved = (
      await as(jobhunter)
        .put(`/api/v1/speeddates/${future.id}/schedule`, {
          version: 1,
          conversations: [{ slot: 1, employerId: schoon, candidateId: candidates.ans, vacancyId: vacancySchoon }],
        })
        .expect(200)
    ).body;
    const early = await as(jobhunter)
      .post(`/api/v1/speeddates/${future.id}/outcomes`, {
        outcomes: [{ conversationId: saved.conversations[0].id, tookPlace: false }],
      })
      .expect(409);
    expect(early.body.code).toBe('speeddate.not-held-yet');
  });

  describe('outcomes that feed the ranking', () => {
    let met: string;
    let who: string;
    let conversationId: string;

    beforeAll(async () => {
      // A fresh, held event: Kantoorglans meets its best-ranked candidate about its vacancy.
      who = (await shortlist(vacancyKantoor)).entries[0].candidateId;
      met = (
        await as(jobhunter)
          .post('/api/v1/speeddates', { ...event, title: 'Speeddate glas' })
          .expect(201)
      ).body.id;
      await as(jobhunter)
        .post(`/api/v1/speeddates/${met}/participants`, { employerIds: [kantoor], candidateIds: [who] })
        .expect(201);
      conversationId = (
        await as(jobhunter)
          .put(`/api/v1/speeddates/${met}/schedule`, {
            version: 1,
            conversations: [{ slot: 1, employerId: kantoor, candidateId: who, vacancyId: vacancyKantoor }],
          })
          .expect(200)
      ).body.conversations[0].id;
    });

    const feedbackRows = () =>
      t.dataSource.query(
        `SELECT employer_id, vacancy_id, candidate_id, reason, competence, note, conversation_id FROM match_feedback WHERE conversation_id = $1`,
        [conversationId],
      );

    it("takes the matcher's reason with a no-match only, and a missing competence named, writing nothing otherwise", async () => {
      const refused = await as(jobhunter)
        .post(`/api/v1/speeddates/${met}/outcomes`, {
          outcomes: [
            {
              conversationId,
              tookPlace: true,
              interest: 'both',
              nextStep: 'second-interview',
              rejectionReason: 'hours',
            },
          ],
        })
        .expect(400);
      expect(refused.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'outcomes[0].rejectionReason', code: 'rejection.only-when-rejecting' }),
      ]);
      const unnamed = await as(jobhunter)
        .post(`/api/v1/speeddates/${met}/outcomes`, {
          outcomes: [
            {
              conversationId,
              tookPlace: true,
              interest: 'candidate-only',
              nextStep: 'no-match',
              reason: 'Geen heftruckcertificaat',
              rejectionReason: 'competence-missing',
            },
          ],
        })
        .expect(400);
      expect(unnamed.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'outcomes[0].competence', code: 'rejection.competence-required' }),
      ]);
      expect(await feedbackRows()).toEqual([]);
      expect(await loggedCount()).toBeGreaterThan(0);
      const conversation = (await as(jobhunter).get(`/api/v1/speeddates/${met}`).expect(200)).body.conversations[0];
      expect(conversation.tookPlace).toBeNull();
    });

    let logged: { version: number };

    it("keeps a candidate with a no-match off that employer's shortlist for the vacancy, as the employer's rejection does", async () => {
      const before = await shortlist(vacancyKantoor);
      expect(before.entries.map((e: { candidateId: string }) => e.candidateId)).toContain(who);
      [logged] = (
        await as(jobhunter)
          .post(`/api/v1/speeddates/${met}/outcomes`, {
            outcomes: [
              {
                conversationId,
                tookPlace: true,
                interest: 'candidate-only',
                nextStep: 'no-match',
                reason: 'Wil alleen in de ochtend werken',
                rejectionReason: 'hours',
              },
            ],
          })
          .expect(201)
      ).body;
      expect(logged).toMatchObject({ nextStep: 'no-match', rejectionReason: 'hours', competence: null });
      expect(await feedbackRows()).toEqual([
        {
          employer_id: kantoor,
          vacancy_id: vacancyKantoor,
          candidate_id: who,
          reason: 'hours',
          competence: null,
          note: 'Wil alleen in de ochtend werken',
          conversation_id: conversationId,
        },
      ]);
      const after = await shortlist(vacancyKantoor, before.generation);
      expect(after.entries.map((e: { candidateId: string }) => e.candidateId)).not.toContain(who);
      // One more turned down than before (earlier no-matches of this file count too).
      expect(after.exclusions.rejected).toBe((before.exclusions.rejected ?? 0) + 1);
      // The next suggestion does not pair them either.
      expect(
        (await as(jobhunter).post(`/api/v1/speeddates/${met}/schedule/suggestion`, {}).expect(201)).body.conversations,
      ).toEqual([]);
    });

    it('takes the feedback back when the outcome changes, and shows the accountmanager interest on both sides', async () => {
      const before = await shortlist(vacancyKantoor);
      await as(jobhunter)
        .post(`/api/v1/speeddates/${met}/outcomes`, {
          outcomes: [
            {
              conversationId,
              tookPlace: true,
              interest: 'both',
              nextStep: 'second-interview',
              version: logged.version,
            },
          ],
        })
        .expect(201);
      expect(await feedbackRows()).toEqual([]);
      const after = await shortlist(vacancyKantoor, before.generation);
      const entry = after.entries.find((e: { candidateId: string }) => e.candidateId === who);
      expect(entry.speeddate).toEqual({
        eventTitle: 'Speeddate glas',
        heldOn,
        interest: 'both',
        nextStep: 'second-interview',
      });
      // Only what the candidate said with this employer: not on another employer's shortlist.
      const elsewhere = (await shortlist(vacancySchoon)).entries.find(
        (e: { candidateId: string }) => e.candidateId === who,
      );
      if (elsewhere) expect(elsewhere.speeddate?.eventTitle).not.toBe('Speeddate glas');
    });

    it("shows an employer its own speeddates with its own conversations by reference only, and another employer's as not found", async () => {
      const kantoorUser = await t.token({ role: 'employer', subject: 'wg-kantoor', employerId: kantoor });
      const own = (await as(kantoorUser).get(`/api/v1/employers/${kantoor}/speeddates`).expect(200)).body;
      const glas = own.find((e: { id: string }) => e.id === met);
      expect(glas).toEqual({
        id: met,
        title: 'Speeddate glas',
        heldOn,
        startsAt: '10:00',
        slotMinutes: 10,
        place: 'Stadhuis Almere',
        conversations: [
          {
            conversationId,
            slot: 1,
            startsAt: '10:00',
            vacancyTitle: 'Glazenwasser-schoonmaker',
            candidateReference: expect.stringMatching(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/),
          },
        ],
      });
      // Nothing of other employers' conversations, no candidate ids or names, no outcomes.
      const text = JSON.stringify(own);
      expect(text).not.toContain(who);
      expect(text).not.toMatch(/Ans|Bram|Cor|Dirk|second-interview|Schoon Almere/);
      for (const e of own)
        for (const c of e.conversations)
          expect(
            (
              await t.dataSource.query(`SELECT employer_id FROM speeddate_conversations WHERE id = $1`, [
                c.conversationId,
              ])
            )[0].employer_id,
          ).toBe(kantoor);
      const audited = await t.dataSource.query(
        `SELECT resource, vacancy_id FROM audit_log WHERE actor_employer_id = $1 AND $2 = ANY(candidate_ids)`,
        [kantoor, who],
      );
      expect(audited).toContainEqual({ resource: 'speeddate', vacancy_id: vacancyKantoor });
      const other = await as(employer).get(`/api/v1/employers/${kantoor}/speeddates`).expect(404);
      expect(other.body.code).toBe('speeddate.employer-not-found');
      expect((await as(accountmanager).get(`/api/v1/employers/${kantoor}/speeddates`).expect(200)).body).toEqual(own);
      await as(klantmanager).get(`/api/v1/employers/${kantoor}/speeddates`).expect(403);
    });
  });
});
