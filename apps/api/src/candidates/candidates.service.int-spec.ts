import type { Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { CandidatesModule } from './candidates.module';
import { CandidatesService } from './candidates.service';
import { AvailabilityDto } from './dto/availability.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('CandidatesService on real repositories', () => {
  let t: ServiceTest;
  let candidates: CandidatesService;
  let nearby: string;
  const unknownId = '00000000-0000-4000-8000-000000000000';

  /** A cleaner in Almere who cycles up to 15 km; `changes` replace whole top-level fields. */
  const profile = (changes: object = {}): CreateCandidateDto =>
    Object.assign(
      new CreateCandidateDto(),
      candidateProfile({ name: 'Ans de Vries', email: 'ans@example.nl', ...changes }),
    );
  const availability = (value: object) => Object.assign(new AvailabilityDto(), value);
  const requestedGeneration = async (vacancyId: string) =>
    (
      await t.db.manager.query<{ requested_generation: number }[]>(
        'SELECT requested_generation FROM shortlists WHERE vacancy_id = $1',
        [vacancyId],
      )
    )[0].requested_generation;
  const rows = async (table: string) =>
    Number((await t.db.manager.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({
      imports: [EmployersModule, VacanciesModule, CandidatesModule],
      now: '2026-12-06T23:30:00Z',
    });
    candidates = t.get(CandidatesService);
    const employer = await t
      .get(EmployersService)
      .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
    const staff: Principal = principal('accountmanager', 'am-anna');
    type NewVacancy = Parameters<VacanciesService['create']>[0];
    nearby = (await t.get(VacanciesService).create(vacancyBody({ employerId: employer.id }) as NewVacancy, staff)).id;
  });

  afterAll(() => t?.close());

  it('stores profile and identity together and asks to match again the open vacancies in reach', async () => {
    const before = await requestedGeneration(nearby);
    const created = await candidates.create(profile(), t.owner);
    expect(created).toMatchObject({
      name: 'Ans de Vries',
      email: 'ans@example.nl',
      phone: null,
      availability: 'available',
      travelKm: 15,
    });
    expect(created).not.toHaveProperty('identity');
    expect(await requestedGeneration(nearby)).toBe(before + 1);
    expect(await candidates.get(created.id)).toMatchObject({ id: created.id, name: 'Ans de Vries' });

    // Moving to Groningen takes the candidate out of reach, and the shortlist they were on is matched again.
    const moved = await candidates.update(created.id, profile({ name: 'Ans Jansen', postcode: '9711' }));
    expect(moved).toMatchObject({ name: 'Ans Jansen', postcode: '9711', email: 'ans@example.nl' });
    await t.db.manager.query(
      `INSERT INTO shortlist_entries (vacancy_id, candidate_id, rank, score, parts, reasons) VALUES ($1, $2, 1, 0.5, '{}', '[]')`,
      [nearby, created.id],
    );
    const onShortlist = await requestedGeneration(nearby);
    await candidates.update(created.id, profile({ postcode: '9711', phone: '06 12345678' }));
    expect(await requestedGeneration(nearby)).toBe(onShortlist + 1);
  });

  it('checks the rules across fields, naming the field with the rule’s code, and writes nothing then', async () => {
    const before = await Promise.all(['candidates', 'candidate_identities', 'outbox_messages'].map(rows));
    const refusal = (changes: object) => candidates.create(profile(changes), t.owner);
    await expect(refusal({ travel: { mode: 'car' } })).rejects.toMatchObject({
      code: 'candidate.travel-limit-missing',
      invalidParams: [{ name: 'travel', code: 'candidate.travel-limit-missing' }],
    });
    await expect(
      refusal({
        wishes: { occupations: [], sectors: [], hoursPerWeekMin: 32, hoursPerWeekMax: 16, contractTypes: [] },
      }),
    ).rejects.toMatchObject({
      invalidParams: [{ name: 'wishes.hoursPerWeekMin', code: 'candidate.hours-range-reversed' }],
    });
    await expect(
      refusal({
        competences: [
          { code: 'office-cleaning', level: 2 },
          { code: 'office-cleaning', level: 3 },
        ],
      }),
    ).rejects.toMatchObject({ invalidParams: [{ name: 'competences[1]', code: 'field.repeated-items' }] });
    expect(await Promise.all(['candidates', 'candidate_identities', 'outbox_messages'].map(rows))).toEqual(before);
  });

  it('keeps work history and instruments: stored as given, kept when an update leaves them out, cleared by empty lists', async () => {
    const jobs = [
      { occupation: 'cleaner', employer: 'Schoon BV', from: '2015-01', until: '2019-06' },
      { occupation: 'order-picker', from: '2020-03' },
    ];
    const created = await candidates.create(
      profile({ workHistory: jobs, instruments: ['proefplaatsing', 'no-risk-polis'] }),
      t.owner,
    );
    const stored = [
      { occupation: 'cleaner', employer: 'Schoon BV', from: '2015-01', until: '2019-06' },
      { occupation: 'order-picker', from: '2020-03', until: null },
    ];
    expect(await candidates.get(created.id)).toMatchObject({
      workHistory: stored,
      instruments: ['proefplaatsing', 'no-risk-polis'],
    });
    expect((await candidates.update(created.id, profile({ postcode: '1316' }))).workHistory).toEqual(stored);
    expect(await candidates.get(created.id)).toMatchObject({
      workHistory: stored,
      instruments: ['proefplaatsing', 'no-risk-polis'],
    });
    await candidates.update(created.id, profile({ workHistory: [], instruments: [] }));
    expect(await candidates.get(created.id)).toMatchObject({ workHistory: [], instruments: [] });
    expect(await candidates.get((await candidates.create(profile(), t.owner)).id)).toMatchObject({
      workHistory: [],
      instruments: [],
    });
  });

  it('names each invalid work-history entry by its index with a code, field checks and domain rules alike, and writes nothing', async () => {
    const before = await Promise.all(['candidates', 'candidate_identities', 'outbox_messages'].map(rows));
    const fieldChecks = await candidates.checkImportedProfile({
      ...candidateProfile(),
      workHistory: [
        { occupation: 'Schoonmaker', from: '2015-01', until: '2016-02' },
        { occupation: 'astronaut-op-mars', from: '2015-13', employer: 'x'.repeat(101) },
      ],
      instruments: ['proefplaatsing', 'vakantiegeld'],
    });
    expect(fieldChecks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'workHistory[1].occupation', code: 'field.unknown-occupation' }),
        expect.objectContaining({ name: 'workHistory[1].from', code: 'field.not-month' }),
        expect.objectContaining({ name: 'workHistory[1].employer', code: 'field.wrong-length' }),
        expect.objectContaining({ name: 'instruments', code: 'field.not-allowed-value' }),
      ]),
    );
    expect(JSON.stringify(fieldChecks)).not.toContain('workHistory[0]');

    // A label becomes the occupation's code, as for wished occupations; this month is not the future.
    const normalised = await candidates.checkImportedProfile({
      ...candidateProfile(),
      workHistory: [{ occupation: 'Schoonmaker', from: '2026-12' }],
    });
    expect(normalised).toMatchObject({ workHistory: [{ occupation: 'cleaner', from: '2026-12' }] });

    // At 00:30 on 7 December Dutch time the month is December: January lies in the future.
    await expect(
      candidates.create(
        profile({
          workHistory: [
            { occupation: 'cleaner', from: '2019-06', until: '2018-01' },
            { occupation: 'cleaner', from: '2027-01' },
            { occupation: 'cleaner', from: '2020-01', until: '2026-12' },
          ],
        }),
        t.owner,
      ),
    ).rejects.toMatchObject({
      invalidParams: [
        { name: 'workHistory[0].until', code: 'candidate.work-period-reversed' },
        { name: 'workHistory[1].from', code: 'candidate.work-in-future' },
      ],
    });
    expect(await Promise.all(['candidates', 'candidate_identities', 'outbox_messages'].map(rows))).toEqual(before);
  });

  it('takes the Dutch day as today: at 00:30 an assessment that day is accepted, one the next day refused', async () => {
    const assessed = (assessedOn: string) => ({
      belastbaarheid: { source: 'klantmanager', assessedOn, limits: [] },
    });
    await expect(candidates.create(profile(assessed('2026-12-08')), t.owner)).rejects.toMatchObject({
      code: 'candidate.assessed-in-future',
      invalidParams: [{ name: 'belastbaarheid.assessedOn', code: 'candidate.assessed-in-future' }],
    });
    expect((await candidates.create(profile(assessed('2026-12-07')), t.owner)).belastbaarheid?.assessedOn).toBe(
      '2026-12-07',
    );
  });

  it('sets availability with the day of leaving (the Dutch day, kept when set again); coming back matches again', async () => {
    const { id } = await candidates.create(profile(), t.owner);
    await expect(
      candidates.setAvailability(id, availability({ availability: 'available', until: '2027-01-01' })),
    ).rejects.toMatchObject({ code: 'candidate.reason-while-available', invalidParams: [{ name: 'until' }] });

    expect(
      await candidates.setAvailability(id, availability({ availability: 'temporarily-unavailable', reason: 'ziek' })),
    ).toEqual({
      id,
      availability: 'temporarily-unavailable',
      unavailableReason: 'ziek',
      unavailableUntil: null,
      availabilityConfirmedOn: '2026-12-07',
      availabilityFreshness: 'fresh',
    });

    await candidates.setAvailability(id, availability({ availability: 'left' }));
    t.clock.set('2027-01-15T12:00:00+01:00');
    try {
      await candidates.setAvailability(id, availability({ availability: 'left', reason: 'verhuisd' }));
    } finally {
      t.clock.set('2026-12-06T23:30:00Z');
    }
    expect((await candidates.get(id)).leftOn).toBe('2026-12-07');
    // Back in the pool: the open vacancies in reach are matched again.
    const before = await requestedGeneration(nearby);
    await candidates.setAvailability(id, availability({ availability: 'available' }));
    expect((await candidates.get(id)).leftOn).toBeNull();
    expect(await requestedGeneration(nearby)).toBe(before + 1);
  });

  it('confirms availability on registration and on every PUT available, and flags and expires it as days pass', async () => {
    const { id, availabilityConfirmedOn } = await candidates.create(profile(), t.owner);
    expect(availabilityConfirmedOn).toBe('2026-12-07');
    const admin = principal('admin', 'beheer', { organisationId: t.owner.organisationId });
    const unconfirmed = async () =>
      (await candidates.list(admin, 'organisation', { limit: 200, offset: 0 }, 'unconfirmed')).items.map((c) => c.id);
    try {
      // A profile update is no confirmation: only the klantmanager's explicit one is.
      t.clock.set('2027-02-06T12:00:00+01:00'); // 61 days on
      await candidates.update(id, profile());
      expect(await candidates.get(id)).toMatchObject({
        availabilityConfirmedOn: '2026-12-07',
        availabilityFreshness: 'flagged',
      });
      expect(await unconfirmed()).toContain(id);
      t.clock.set('2027-04-07T12:00:00+02:00'); // 121 days on
      expect((await candidates.get(id)).availabilityFreshness).toBe('expired');
      // Confirming while already available sets the day again.
      expect(await candidates.setAvailability(id, availability({ availability: 'available' }))).toMatchObject({
        availabilityConfirmedOn: '2027-04-07',
        availabilityFreshness: 'fresh',
      });
      expect(await unconfirmed()).not.toContain(id);
    } finally {
      t.clock.set('2026-12-06T23:30:00Z');
    }
  });

  it('answers an unknown candidate as not found, and refuses to change an anonymised one', async () => {
    await expect(candidates.get(unknownId)).rejects.toMatchObject({ code: 'candidate.not-found', kind: 'not-found' });
    await expect(candidates.getProfile(unknownId)).rejects.toMatchObject({ code: 'candidate.not-found' });
    await expect(candidates.update(unknownId, profile())).rejects.toMatchObject({ code: 'candidate.not-found' });
    await expect(candidates.setAvailability(unknownId, availability({ availability: 'placed' }))).rejects.toMatchObject(
      { code: 'candidate.not-found' },
    );

    const { id } = await candidates.create(profile(), t.owner);
    await t.db.manager.query(`UPDATE candidates SET anonymised_at = now() WHERE id = $1`, [id]);
    await expect(candidates.update(id, profile())).rejects.toMatchObject({
      code: 'candidate.anonymised',
      kind: 'conflict',
    });
    await expect(candidates.setAvailability(id, availability({ availability: 'available' }))).rejects.toMatchObject({
      code: 'candidate.anonymised',
    });
  });

  it('lists the caseload with what each profile lacks for matching; incomplete only the available ones', async () => {
    const incomplete = await candidates.create(
      profile({ name: 'Nog niet beoordeeld', belastbaarheid: undefined }),
      t.owner,
    );
    const away = await candidates.create(profile({ name: 'Weg', educationLevel: undefined }), t.owner);
    await candidates.setAvailability(away.id, availability({ availability: 'placed' }));
    const admin = principal('admin', 'beheer', { organisationId: t.owner.organisationId });
    const list = (await candidates.list(admin, 'organisation', { limit: 200, offset: 0 })).items;
    expect(list).toContainEqual({
      id: incomplete.id,
      name: 'Nog niet beoordeeld',
      postcode: '1315',
      availability: 'available',
      availabilityConfirmedOn: '2026-12-07',
      availabilityFreshness: 'fresh',
      missingForMatching: ['belastbaarheid'],
      onShortlists: 0,
      klantmanagerId: null,
      jobhunterId: null,
    });
    const ids = (await candidates.incomplete(admin, undefined, { limit: 200, offset: 0 })).items.map((c) => c.id);
    expect(ids).toContain(incomplete.id);
    expect(ids).not.toContain(away.id);
  });

  // PGlite has one connection, so a second one taking a lock beside the service's only exists on the server.
  (process.env.DATABASE_URL ? it : it.skip)(
    'locks a candidate it changes so that the matcher can still take its key-share lock (FOR NO KEY UPDATE)',
    async () => {
      const { id } = await candidates.create(profile(), t.owner);
      const matcher = t.db.dataSource.createQueryRunner();
      await matcher.connect();
      try {
        await t.db.transaction(async () => {
          await candidates.setAvailability(id, availability({ availability: 'placed' }));
          // The lock is held until this transaction ends; a FOR UPDATE lock would refuse this at once.
          await matcher.startTransaction();
          await expect(
            matcher.query('SELECT id FROM candidates WHERE id = $1 FOR KEY SHARE NOWAIT', [id]),
          ).resolves.toHaveLength(1);
          await matcher.commitTransaction();
        });
      } finally {
        if (matcher.isTransactionActive) await matcher.rollbackTransaction();
        await matcher.release();
      }
    },
  );
});
