import type { Principal } from '@werkbrug/common';
import { vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
import { KansrijkheidModule } from './kansrijkheid.module';
import { KansrijkheidService } from './kansrijkheid.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('KansrijkheidService on real repositories', () => {
  let t: ServiceTest;
  let kansrijkheid: KansrijkheidService;
  const vacancyIds: Record<string, string> = {};
  const HEADER = 'region,sector,occupation_group,tension,ratio,source';

  const entry = (value: object) => Object.assign(new KansrijkheidEntryDto(), value);
  const generations = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(vacancyIds).map(async ([name, id]) => {
          const [{ requested_generation }] = await t.db.manager.query<{ requested_generation: number }[]>(
            'SELECT requested_generation FROM shortlists WHERE vacancy_id = $1',
            [id],
          );
          return [name, requested_generation];
        }),
      ),
    );
  /** Which vacancies `change` asked to match again. */
  const rematchedBy = async (change: () => Promise<unknown>) => {
    const before = await generations();
    await change();
    const after = await generations();
    return Object.keys(after).filter((name) => after[name] > before[name]);
  };

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule, KansrijkheidModule] });
    kansrijkheid = t.get(KansrijkheidService);
    const employer = await t
      .get(EmployersService)
      .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
    const staff: Principal = principal('accountmanager', 'am-anna');
    type NewVacancy = Parameters<VacanciesService['create']>[0];
    const post = async (occupation: string, postcode: string) =>
      (
        await t
          .get(VacanciesService)
          .create(vacancyBody({ employerId: employer.id, occupation, postcode }) as NewVacancy, staff)
      ).id;
    vacancyIds.cleanerAlmere = await post('cleaner', '1316');
    vacancyIds.orderPickerAlmere = await post('order-picker', '1316');
    vacancyIds.cleanerGroningen = await post('cleaner', '9711');
  });

  afterAll(() => t?.close());

  it('sets a row and matches again exactly the open vacancies of its region and sector, or occupation group', async () => {
    let set: unknown;
    const sector = await rematchedBy(async () => {
      set = await kansrijkheid.upsert(
        entry({ region: 'flevoland', sector: 'H', ratio: 2.1, source: 'UWV, kwartaal 3' }),
      );
    });
    expect(sector).toEqual(['orderPickerAlmere']);
    expect(set).toMatchObject({
      region: 'flevoland',
      sector: 'H',
      occupationGroup: '',
      tension: 5,
      updatedAt: expect.any(Date),
    });
    const group = await rematchedBy(() =>
      kansrijkheid.upsert(
        entry({ region: 'flevoland', sector: '*', occupationGroup: 'cleaning', tension: 1, source: 'zeer ruim' }),
      ),
    );
    expect(group).toEqual(['cleanerAlmere']);
    const rows = await kansrijkheid.list({ region: 'flevoland', sector: 'H' });
    expect(rows).toEqual([
      expect.objectContaining({ tension: 5, ratio: 2.1, regionName: expect.any(String), tensionLabel: 'zeer krap' }),
    ]);
  });

  it('refuses a row that breaks a rule across fields, naming the field with the rule’s code', async () => {
    await expect(kansrijkheid.upsert(entry({ region: 'flevoland', sector: 'N', source: 'UWV' }))).rejects.toMatchObject(
      {
        code: 'kansrijkheid.tension-missing',
        invalidParams: [{ name: 'tension', code: 'kansrijkheid.tension-missing' }],
      },
    );
  });

  it('imports a CSV file all or nothing: one bad line, and no row changes and nothing is matched again', async () => {
    const imported = await kansrijkheid.import(`${HEADER}\nflevoland,N,,4,,import 1\ngroningen,N,,4,,import 1\n`);
    expect(imported).toEqual({ rows: 2, vacanciesRematched: 2 });

    const before = await generations();
    await expect(
      kansrijkheid.import(`${HEADER}\nflevoland,N,,2,,import 2\natlantis,N,,3,,import 2\n`),
    ).rejects.toMatchObject({
      code: 'kansrijkheid.invalid-file',
      invalidParams: [{ name: 'line 3: region', code: 'field.not-allowed-value' }],
    });
    expect(await generations()).toEqual(before);
    expect(await kansrijkheid.list({ region: 'flevoland', sector: 'N' })).toEqual([
      expect.objectContaining({ tension: 4, source: 'import 1' }),
    ]);
  });
});
