import { addDays, Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { principal } from '../../../../test/support/principals';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { PostVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacancyClosureDto, VacancyReopeningDto, VacancyStatusDto } from './dto/vacancy-lifecycle.dto';
import { VacanciesModule } from './vacancies.module';
import { VacanciesService } from './vacancies.service';
import { VacancyWithdrawalsRepository } from './vacancy-withdrawals.repository';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

/** 7 December 2026, 10:00 in Amsterdam (ServiceTest's default). */
const TODAY = '2026-12-07';

describe('the life of a vacancy (VacanciesService on real repositories)', () => {
  let t: ServiceTest;
  let vacancies: VacanciesService;
  let employer: Principal;
  let otherEmployer: Principal;
  let employerUser: string;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');
  const candidates: string[] = [];

  const post = (changes: object = {}) =>
    vacancies.create(Object.assign(new PostVacancyDto(), vacancyBody(changes)), employer);
  const setStatus = (id: string, status: VacancyStatusDto['status'], version: number, who = employer) =>
    vacancies.changeStatus(id, Object.assign(new VacancyStatusDto(), { status, version }), who);
  const close = (id: string, reason: VacancyClosureDto['reason'], version: number, who = employer) =>
    vacancies.close(id, Object.assign(new VacancyClosureDto(), { reason, version }), who);
  const reopen = (id: string, fields: Partial<VacancyReopeningDto> = {}, who = employer) =>
    vacancies.reopen(id, Object.assign(new VacancyReopeningDto(), fields), who);
  const q = <T>(sql: string, params: unknown[] = []) => t.db.manager.query<T[]>(sql, params);
  const requestedGeneration = async (vacancyId: string) =>
    (
      await q<{ requested_generation: number }>('SELECT requested_generation FROM shortlists WHERE vacancy_id = $1', [
        vacancyId,
      ])
    )[0].requested_generation;

  /** What is under way for a vacancy: proposals in three states, two offers, a coming and a past conversation. */
  async function underWay(vacancyId: string) {
    const [employerId] = (
      await q<{ employer_id: string }>('SELECT employer_id FROM vacancies WHERE id = $1', [vacancyId])
    ).map((row) => row.employer_id);
    const [proposed, invited, rejected] = candidates;
    for (const [candidateId, status] of [
      [proposed, 'proposed'],
      [invited, 'invited'],
      [rejected, 'rejected'],
    ])
      await q(
        `INSERT INTO proposals (vacancy_id, employer_id, candidate_id, profile, status, proposed_by)
         VALUES ($1, $2, $3, '{}', $4, 'am-anna')`,
        [vacancyId, employerId, candidateId, status],
      );
    await q(`INSERT INTO vacancy_offers (candidate_id, vacancy_id, offered_by) VALUES ($1, $2, 'km-karin')`, [
      proposed,
      vacancyId,
    ]);
    await q(
      `INSERT INTO vacancy_offers (candidate_id, vacancy_id, offered_by, response) VALUES ($1, $2, 'km-karin', 'applied')`,
      [invited, vacancyId],
    );
    for (const heldOn of [addDays(TODAY, 7), addDays(TODAY, -7)]) {
      const [{ id: eventId }] = await q<{ id: string }>(
        `INSERT INTO speeddate_events (title, held_on, starts_at, slot_minutes, slot_count, place, region, created_by)
         VALUES ('Speeddate', $1, '10:00', 10, 6, 'Almere', 'flevoland', 'jh') RETURNING id`,
        [heldOn],
      );
      await q(
        `INSERT INTO speeddate_conversations (event_id, slot, employer_id, vacancy_id, candidate_id) VALUES ($1, 1, $2, $3, $4)`,
        [eventId, employerId, vacancyId, invited],
      );
    }
  }

  const stateOf = async (vacancyId: string) => ({
    proposals: await q<{ status: string; withdrawn_reason: string | null }>(
      `SELECT status, withdrawn_reason FROM proposals WHERE vacancy_id = $1 ORDER BY status`,
      [vacancyId],
    ),
    offers: await q<{ response: string | null; withdrawn_reason: string | null }>(
      `SELECT response, withdrawn_reason FROM vacancy_offers WHERE vacancy_id = $1 ORDER BY response NULLS FIRST`,
      [vacancyId],
    ),
    conversations: await q<{ held_on: string; withdrawn_reason: string | null }>(
      `SELECT e.held_on::text, c.withdrawn_reason FROM speeddate_conversations c JOIN speeddate_events e ON e.id = c.event_id
        WHERE c.vacancy_id = $1 ORDER BY e.held_on`,
      [vacancyId],
    ),
  });

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule, CandidatesModule] });
    vacancies = t.get(VacanciesService);
    const employers = t.get(EmployersService);
    const { id } = await employers.create({
      name: 'Schoon Almere',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    employer = principal('employer', 'employer-user', { employerId: id });
    // A user of the employer, to be told of what happens to its vacancies.
    [{ id: employerUser }] = await q<{ id: string }>(
      `INSERT INTO users (employer_id, email, name, roles, status)
       VALUES ($1, 'sanne@schoon-almere.example', 'Sanne', ARRAY['employer'], 'active') RETURNING id`,
      [id],
    );
    const other = await employers.create({
      name: 'Ander Bedrijf',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    otherEmployer = principal('employer', 'other-user', { employerId: other.id });
    for (const name of ['Ans', 'Bep', 'Cor'])
      candidates.push(
        (
          await t
            .get(CandidatesService)
            .create(candidateProfile({ name }) as Parameters<CandidatesService['create']>[0], t.owner)
        ).id,
      );
  });

  afterAll(() => t?.close());

  it('gives a new vacancy the documented closing date, eight weeks on, and keeps what the employer publishes', async () => {
    const posted = await post({
      workingTimes: { parts: ['weekdays', 'evenings'], note: ' ma-vr 17:00-21:00 ' },
      salary: { min: 14.71, max: 16.5, currency: 'EUR', period: 'hour' },
      application: { email: 'werk@schoon-almere.example', instructions: '  ' },
    });
    expect(posted).toMatchObject({
      status: 'open',
      validThrough: addDays(TODAY, 56),
      workingTimes: { parts: ['weekdays', 'evenings'], note: 'ma-vr 17:00-21:00' },
      salary: { min: 14.71, max: 16.5, currency: 'EUR', period: 'hour' },
      application: { email: 'werk@schoon-almere.example', instructions: null, url: null, phone: null },
      source: 'werkbrug',
      externalReference: null,
      closeReason: null,
      reopenedFrom: null,
    });
    await expect(post({ validThrough: addDays(TODAY, -1) })).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'validThrough', code: 'vacancy.valid-through-in-past' })],
    });
    await expect(post({ salary: { min: 3100, max: 2600, currency: 'EUR', period: 'month' } })).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'salary.max', code: 'vacancy.salary-min-above-max' })],
    });
    // A change without a closing date keeps the one it had.
    const { employerId: _, ...fields } = vacancyBody({ title: 'Schoonmaker avond' }) as PostVacancyDto;
    const changed = await vacancies.update(
      posted.id,
      Object.assign(new UpdateVacancyDto(), { ...fields, version: 1 }),
      employer,
    );
    expect(changed).toMatchObject({ title: 'Schoonmaker avond', validThrough: addDays(TODAY, 56), salary: null });
  });

  it('opens a draft, holds and resumes it, telling each refused change apart by its code', async () => {
    const draft = await post({ status: 'draft' });
    expect(draft.status).toBe('draft');
    await expect(setStatus(draft.id, 'on-hold', 1)).rejects.toMatchObject({
      code: 'vacancy.draft-not-on-hold',
      kind: 'conflict',
    });
    const opened = await setStatus(draft.id, 'open', 1);
    expect(opened).toMatchObject({ status: 'open', version: 2 });
    await expect(setStatus(draft.id, 'open', 2)).rejects.toMatchObject({ code: 'vacancy.already-in-status' });
    await expect(setStatus(draft.id, 'on-hold', 1)).rejects.toMatchObject({ code: 'record.stale-version' });
    const held = await setStatus(draft.id, 'on-hold', 2, accountmanager);
    expect(held.status).toBe('on-hold');
    const generation = await requestedGeneration(draft.id);
    expect(await setStatus(draft.id, 'open', 3)).toMatchObject({ status: 'open', version: 4 });
    // Resumed, it is matched again with what changed while it was on hold.
    expect(await requestedGeneration(draft.id)).toBe(generation + 1);
    // Another employer's vacancy is not found, whatever it asks.
    await expect(setStatus(draft.id, 'on-hold', 4, otherEmployer)).rejects.toMatchObject({ code: 'vacancy.not-found' });
    await expect(close(draft.id, 'withdrawn', 4, otherEmployer)).rejects.toMatchObject({ code: 'vacancy.not-found' });
  });

  it('refuses to open a draft whose closing date has passed', async () => {
    const draft = await post({ status: 'draft', validThrough: addDays(TODAY, 1) });
    t.clock.set('2026-12-10T10:00:00+01:00');
    try {
      await expect(setStatus(draft.id, 'open', 1)).rejects.toMatchObject({ code: 'vacancy.valid-through-passed' });
    } finally {
      t.clock.set('2026-12-07T10:00:00+01:00');
    }
  });

  it('closes with reason, who and when, and withdraws in the same transaction what was under way', async () => {
    const vacancy = await post();
    await underWay(vacancy.id);
    const closed = await close(vacancy.id, 'filled-elsewhere', 1, accountmanager);
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'filled-elsewhere',
      closedBy: accountmanager.userId,
      closedAt: t.clock.now(),
      version: 2,
    });
    expect(await stateOf(vacancy.id)).toEqual({
      // Proposed and invited are withdrawn with the reason; a rejection stands as it was.
      proposals: [
        { status: 'rejected', withdrawn_reason: null },
        { status: 'withdrawn', withdrawn_reason: 'filled-elsewhere' },
        { status: 'withdrawn', withdrawn_reason: 'filled-elsewhere' },
      ],
      // The unanswered offer is withdrawn; the answered one keeps its answer.
      offers: [
        { response: null, withdrawn_reason: 'filled-elsewhere' },
        { response: 'applied', withdrawn_reason: null },
      ],
      // The coming conversation is withdrawn; last week's stays to be logged.
      conversations: [
        { held_on: addDays(TODAY, -7), withdrawn_reason: null },
        { held_on: addDays(TODAY, 7), withdrawn_reason: 'filled-elsewhere' },
      ],
    });

    // Ended: nothing changes it but a reopening.
    await expect(close(vacancy.id, 'withdrawn', 2)).rejects.toMatchObject({ code: 'vacancy.ended', kind: 'conflict' });
    await expect(setStatus(vacancy.id, 'open', 2)).rejects.toMatchObject({ code: 'vacancy.ended' });
    await expect(setStatus(vacancy.id, 'on-hold', 2)).rejects.toMatchObject({ code: 'vacancy.ended' });
  });

  it('leaves everything as it was when a withdrawal fails: closing and withdrawing are one transaction', async () => {
    const vacancy = await post();
    await underWay(vacancy.id);
    const before = await stateOf(vacancy.id);
    const withdrawals = t.get(VacancyWithdrawalsRepository);
    const failing = jest
      .spyOn(withdrawals, 'withdrawConversations')
      .mockRejectedValueOnce(new Error('the database went away'));
    try {
      await expect(close(vacancy.id, 'withdrawn', 1)).rejects.toThrow('the database went away');
    } finally {
      failing.mockRestore();
    }
    expect((await vacancies.get(vacancy.id, employer)).status).toBe('open');
    expect(await stateOf(vacancy.id)).toEqual(before);
  });

  it('reopens a closed vacancy only as a new one, once, linked to the one it follows', async () => {
    const vacancy = await post({
      startDate: addDays(TODAY, 3),
      salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' },
    });
    await expect(reopen(vacancy.id)).rejects.toMatchObject({ code: 'vacancy.not-ended', kind: 'conflict' });
    await close(vacancy.id, 'withdrawn', 1);
    t.clock.set('2026-12-14T10:00:00+01:00');
    try {
      const next = await reopen(vacancy.id, {}, accountmanager);
      expect(next).toMatchObject({
        status: 'open',
        reopenedFrom: vacancy.id,
        title: vacancy.title,
        salary: vacancy.salary,
        // The old start date has passed; the closing date is eight weeks from the reopening.
        startDate: null,
        validThrough: addDays('2026-12-14', 56),
        version: 1,
      });
      expect(next.id).not.toBe(vacancy.id);
      expect(await requestedGeneration(next.id)).toBe(1);
      expect((await vacancies.get(vacancy.id, employer)).status).toBe('closed');
      await expect(reopen(vacancy.id)).rejects.toMatchObject({ code: 'vacancy.already-reopened' });
      await expect(
        vacancies.update(vacancy.id, Object.assign(new UpdateVacancyDto(), { ...vacancyBody(), version: 2 }), employer),
      ).rejects.toMatchObject({ code: 'vacancy.not-open' });
    } finally {
      t.clock.set('2026-12-07T10:00:00+01:00');
    }
  });

  it('expires open and on-hold vacancies the day after their closing date, once, with what was under way', async () => {
    const lastDayToday = await post({ validThrough: TODAY });
    const lastDayTomorrow = await post({ validThrough: addDays(TODAY, 1) });
    const heldLastDayToday = await post({ validThrough: TODAY });
    await setStatus(heldLastDayToday.id, 'on-hold', 1);
    const draft = await post({ status: 'draft', validThrough: TODAY });
    await underWay(lastDayToday.id);

    // On its closing date a vacancy is still open, until midnight in Amsterdam.
    t.clock.set('2026-12-07T23:59:00+01:00');
    await vacancies.expireDue();
    expect((await vacancies.get(lastDayToday.id, employer)).status).toBe('open');

    t.clock.set('2026-12-08T00:01:00+01:00');
    try {
      const run = await vacancies.expireDue();
      const statusOf = async (id: string) => (await vacancies.get(id, employer)).status;
      expect(await statusOf(lastDayToday.id)).toBe('expired');
      expect(await statusOf(heldLastDayToday.id)).toBe('expired');
      expect(await statusOf(lastDayTomorrow.id)).toBe('open');
      // A draft is never opened past its date instead (see above).
      expect(await statusOf(draft.id)).toBe('draft');
      expect(run.expired).toBeGreaterThanOrEqual(2);
      expect(await vacancies.get(lastDayToday.id, employer)).toMatchObject({
        closeReason: null,
        closedBy: null,
        closedAt: t.clock.now(),
        version: 2,
      });
      const { proposals, offers, conversations } = await stateOf(lastDayToday.id);
      expect(proposals.map((p) => p.withdrawn_reason)).toEqual([null, 'expired', 'expired']);
      expect(offers[0].withdrawn_reason).toBe('expired');
      expect(conversations[1].withdrawn_reason).toBe('expired');
      // The employer's users are told, once per vacancy, linked to their list of vacancies.
      const postedHere = [lastDayToday, heldLastDayToday, lastDayTomorrow, draft];
      const told = () =>
        q<{ recipient_id: string; kind: string; link: string; params: object }>(
          `SELECT recipient_id, kind, link, params FROM notifications WHERE params->>'vacancyId' = ANY($1)`,
          [postedHere.map((vacancy) => vacancy.id)],
        );
      const expected = [lastDayToday, heldLastDayToday].map((vacancy) => ({
        recipient_id: employerUser,
        kind: 'vacancy-changed',
        link: '#/mijn-vacatures',
        params: { vacancyId: vacancy.id, vacancyTitle: vacancy.title, change: 'expired', by: 'expiry' },
      }));
      const toldOnce = async () => {
        const rows = await told();
        expect(rows).toHaveLength(2);
        expect(rows).toEqual(expect.arrayContaining(expected));
      };
      await toldOnce();
      // A second pass finds nothing more to do, and tells no one again.
      expect(await vacancies.expireDue()).toEqual({ expired: 0 });
      await toldOnce();
      // An expired vacancy comes back as a new one too.
      expect((await reopen(lastDayToday.id)).status).toBe('open');
    } finally {
      t.clock.set('2026-12-07T10:00:00+01:00');
    }
  });
});
