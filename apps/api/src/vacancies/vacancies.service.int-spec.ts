import type { Principal } from '@werkbrug/common';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { VacanciesModule } from './vacancies.module';
import { VacanciesService } from './vacancies.service';

describe('VacanciesService on real repositories', () => {
  let t: ServiceTest;
  let vacancies: VacanciesService;
  let employer: Principal;

  const vacancy = (startDate: string): CreateVacancyDto =>
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
    });

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule], now: '2026-12-06T23:30:00Z' });
    vacancies = t.get(VacanciesService);
    const { id } = await t
      .get(EmployersService)
      .create({ name: 'Distributiecentrum Almere', sector: 'H', postcode: '1316' });
    employer = { subject: 'employer-user', role: 'employer', employerId: id };
  });

  afterAll(() => t?.close());

  it('takes the Dutch day as today: at 00:30 a start that day is accepted and one the day before is refused', async () => {
    await expect(vacancies.create(vacancy('2026-12-06'), employer)).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [expect.objectContaining({ name: 'startDate' })],
    });
    const accepted = await vacancies.create(vacancy('2026-12-07'), employer);
    expect(accepted).toMatchObject({ startDate: '2026-12-07', status: 'open' });
  });
});
