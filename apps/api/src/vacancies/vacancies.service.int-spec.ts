import type { Principal } from '@werkbrug/common';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacanciesModule } from './vacancies.module';
import { VacanciesService } from './vacancies.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('VacanciesService on real repositories', () => {
  let t: ServiceTest;
  let vacancies: VacanciesService;
  let employer: Principal;
  let otherEmployer: Principal;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');
  const unknownId = '00000000-0000-4000-8000-000000000000';

  const vacancy = (startDate?: string, changes: Partial<CreateVacancyDto> = {}): CreateVacancyDto =>
    Object.assign(new CreateVacancyDto(), {
      title: 'Orderpicker',
      occupation: 'order-picker',
      postcode: '1315',
      positions: 1,
      hoursPerWeek: 24,
      contractType: 'temporary',
      startDate,
      requiredCompetences: [],
      desirableCompetences: [],
      demands: [],
      openToProefplaatsing: true,
      trainingOffered: false,
      ...changes,
    });
  const change = (version: number, changes: Partial<CreateVacancyDto> = {}): UpdateVacancyDto => {
    const { employerId: _, ...fields } = vacancy(undefined, changes);
    return Object.assign(new UpdateVacancyDto(), { ...fields, version });
  };
  const count = async (table: string) =>
    Number((await t.db.manager.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const requestedGeneration = async (vacancyId: string) =>
    (
      await t.db.manager.query<{ requested_generation: number }[]>(
        'SELECT requested_generation FROM shortlists WHERE vacancy_id = $1',
        [vacancyId],
      )
    )[0].requested_generation;

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule], now: '2026-12-06T23:30:00Z' });
    vacancies = t.get(VacanciesService);
    const employers = t.get(EmployersService);
    const { id } = await employers.create({
      name: 'Distributiecentrum Almere',
      sector: 'H',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    employer = principal('employer', 'employer-user', { employerId: id });
    const other = await employers.create({
      name: 'Ander Bedrijf',
      sector: 'H',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    otherEmployer = principal('employer', 'other-user', { employerId: other.id });
  });

  afterAll(() => t?.close());

  it('takes the Dutch day as today: at 00:30 a start that day is accepted and one the day before is refused', async () => {
    await expect(vacancies.create(vacancy('2026-12-06'), employer)).rejects.toMatchObject({
      code: 'vacancy.start-date-in-past',
      kind: 'invalid-input',
      invalidParams: [expect.objectContaining({ name: 'startDate', code: 'vacancy.start-date-in-past' })],
    });
    const accepted = await vacancies.create(vacancy('2026-12-07'), employer);
    expect(accepted).toMatchObject({ startDate: '2026-12-07', status: 'open' });
    // A change is held to the same day.
    await expect(vacancies.update(accepted.id, change(1, { startDate: '2026-12-06' }), employer)).rejects.toMatchObject(
      { code: 'vacancy.start-date-in-past' },
    );
    expect(await vacancies.update(accepted.id, change(1, { startDate: '2026-12-07' }), employer)).toMatchObject({
      startDate: '2026-12-07',
      version: 2,
    });
  });

  it('writes the vacancy with its pending shortlist and matching job, or nothing at all', async () => {
    const before = await Promise.all(['vacancies', 'shortlists', 'outbox_messages'].map(count));
    const created = await vacancies.create(vacancy(), employer);
    expect(created).toMatchObject({ employerId: employer.employerId, region: expect.any(String), version: 1 });
    expect(await requestedGeneration(created.id)).toBe(1);
    expect(await Promise.all(['vacancies', 'shortlists', 'outbox_messages'].map(count))).toEqual(
      before.map((n) => n + 1),
    );

    await expect(vacancies.create(vacancy(undefined, { employerId: unknownId }), accountmanager)).rejects.toMatchObject(
      {
        code: 'vacancy.unknown-employer',
        invalidParams: [expect.objectContaining({ name: 'employerId', code: 'vacancy.unknown-employer' })],
      },
    );
    expect(await Promise.all(['vacancies', 'shortlists', 'outbox_messages'].map(count))).toEqual(
      before.map((n) => n + 1),
    );
  });

  it('names the employer a vacancy is for: its own for an employer, a required and known one for staff', async () => {
    await expect(
      vacancies.create(vacancy(undefined, { employerId: otherEmployer.employerId }), employer),
    ).rejects.toMatchObject({ code: 'vacancy.for-other-employer', invalidParams: [{ name: 'employerId' }] });
    await expect(vacancies.create(vacancy(), accountmanager)).rejects.toMatchObject({
      code: 'field.required',
      invalidParams: [{ name: 'employerId', code: 'field.required' }],
    });
    const gone: Principal = principal('employer', 'gone-user', { employerId: unknownId });
    await expect(vacancies.create(vacancy(), gone)).rejects.toMatchObject({ code: 'employer.not-found' });
    const posted = await vacancies.create(vacancy(undefined, { employerId: employer.employerId }), accountmanager);
    expect(posted.employerId).toBe(employer.employerId);
  });

  it("answers another employer's vacancy as not found, for reading, listing and changing", async () => {
    const { id } = await vacancies.create(vacancy(), employer);
    await expect(vacancies.get(id, otherEmployer)).rejects.toMatchObject({
      code: 'vacancy.not-found',
      kind: 'not-found',
    });
    await expect(vacancies.update(id, change(1), otherEmployer)).rejects.toMatchObject({ code: 'vacancy.not-found' });
    expect((await vacancies.list(otherEmployer)).items.map((v) => v.id)).not.toContain(id);
    expect(
      (await vacancies.list(accountmanager, { employerId: otherEmployer.employerId })).items.map((v) => v.id),
    ).not.toContain(id);
    expect((await vacancies.list(accountmanager)).items.map((v) => v.id)).toContain(id);
    expect(await vacancies.get(id, employer)).toMatchObject({ id, version: 1 });
  });

  it('changes an open vacancy on the version read, asks for a new shortlist generation, and refuses a stale or closed one', async () => {
    const { id } = await vacancies.create(vacancy(), employer);
    const changed = await vacancies.update(id, change(1, { title: 'Orderpicker ochtend', postcode: '9711' }), employer);
    expect(changed).toMatchObject({ title: 'Orderpicker ochtend', postcode: '9711', version: 2 });
    expect(await requestedGeneration(id)).toBe(2);

    const stale = vacancies.update(id, change(1, { title: 'Te laat' }), employer);
    await expect(stale).rejects.toMatchObject({
      code: 'record.stale-version',
      kind: 'conflict',
      details: { current: expect.objectContaining({ title: 'Orderpicker ochtend', version: 2 }) },
    });
    expect(await requestedGeneration(id)).toBe(2);

    await t.db.manager.query(`UPDATE vacancies SET status = 'closed', close_reason = 'filled-here' WHERE id = $1`, [
      id,
    ]);
    await expect(vacancies.update(id, change(2), employer)).rejects.toMatchObject({
      code: 'vacancy.not-open',
      kind: 'conflict',
    });
  });
});
