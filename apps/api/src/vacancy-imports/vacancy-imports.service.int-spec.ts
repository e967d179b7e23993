import type { Principal } from '@werkbrug/common';
import { Partner, User } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { principal } from '../../../../test/support/principals';
import { EmployersService } from '../employers/employers.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { VacancyImportsModule } from './vacancy-imports.module';
import { partnerSource, VacancyImportsService } from './vacancy-imports.service';

describe('VacancyImportsService on real repositories', () => {
  let t: ServiceTest;
  let imports: VacancyImportsService;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');
  let partner: Principal;

  const header =
    '\uFEFFbron;referentie;kvk-nummer;werkgever;sector werkgever;postcode werkgever;titel;beroep;postcode;aantal plaatsen;uren per week;contractvorm;sluitingsdatum;salaris van;salaris tot;salaris per\r\n';
  const line = (reference: string, kvk: string, title: string, extra = ';;', hours = '24') =>
    `ats-eik;${reference};${kvk};${extra};${title};order-picker;1316;1;${hours};tijdelijk;31-1-2027;14,40;16,05;uur\r\n`;
  const count = async (table: string) =>
    Number((await t.db.manager.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [VacancyImportsModule], now: '2026-12-07T09:00:00Z' });
    imports = t.get(VacancyImportsService);
    const admin = await t.db.manager.getRepository(User).save({
      organisationId: t.owner.organisationId,
      employerId: null,
      email: 'a@almere.example',
      name: 'Anna',
      roles: ['admin'],
      status: 'active',
    });
    const partnerId = (
      await t.db.manager.getRepository(Partner).save({
        name: 'Vacaturesite',
        kind: 'job-site',
        contactEmail: 'api@vacatures.example',
        createdBy: admin.id,
      })
    ).id;
    partner = {
      ...principal('admin', 'key-1'),
      role: 'partner',
      roles: ['partner'],
      partnerId,
      scopes: ['vacancies:write'],
    };
    await t
      .get(EmployersService)
      .create({ name: 'Bakkerij De Eik', sector: 'C', postcode: '1316', kvkNumber: '12345678' });
  });

  afterAll(() => t?.close());

  it('answers a dry run as the real run would, and writes nothing: no vacancy, no employer, no record', async () => {
    const csv =
      header +
      line('V-1', '12345678', 'Orderpicker') +
      line('V-2', '87654321', 'Inpakker', 'Nieuw Bedrijf;H;1315') +
      line('V-3', '11112222', 'Zonder werkgever') +
      line('V-4', '12345678', 'Te veel uren', ';;', '41');
    const before = await Promise.all(['vacancies', 'employers', 'vacancy_imports'].map(count));
    const dry = await imports.import({ format: 'csv', body: csv, dryRun: true }, accountmanager);
    expect(await Promise.all(['vacancies', 'employers', 'vacancy_imports'].map(count))).toEqual(before);
    expect(dry).toMatchObject({ id: null, dryRun: true, counts: { created: 2, updated: 0, unchanged: 0, refused: 2 } });
    expect(dry.rows).toEqual([
      expect.objectContaining({ line: 2, outcome: 'created', externalReference: 'V-1', vacancyId: null }),
      expect.objectContaining({ line: 3, outcome: 'created', employerRegistered: true }),
      expect.objectContaining({
        line: 4,
        outcome: 'refused',
        code: 'import.unknown-employer',
        invalidParams: [expect.objectContaining({ name: 'employer.kvkNumber', code: 'import.unknown-employer' })],
      }),
      expect.objectContaining({
        line: 5,
        outcome: 'refused',
        invalidParams: [expect.objectContaining({ name: 'hoursPerWeek', code: 'field.too-large' })],
      }),
    ]);

    const real = await imports.import({ format: 'csv', body: csv, dryRun: false }, accountmanager);
    expect(real.rows.map(({ vacancyId: _id, ...row }) => row)).toEqual(
      dry.rows.map(({ vacancyId: _id, ...row }) => row),
    );
    expect(real.id).toEqual(expect.any(String));
    expect(await count('employers')).toBe(before[1] + 1);
    const [created] = await t.db.manager.query(
      `SELECT source, external_reference, salary, status FROM vacancies WHERE id = $1`,
      [real.rows[0].vacancyId],
    );
    expect(created).toEqual({
      source: 'ats-eik',
      external_reference: 'V-1',
      salary: { min: 14.4, max: 16.05, currency: 'EUR', period: 'hour' },
      status: 'open',
    });
  });

  it('updates the vacancy of the same source and reference, never duplicates it, and tells unchanged rows', async () => {
    const first = await imports.import(
      { format: 'csv', body: header + line('U-1', '12345678', 'Bakker'), dryRun: false },
      accountmanager,
    );
    const id = first.rows[0].vacancyId!;
    const vacanciesBefore = await count('vacancies');
    const again = await imports.import(
      {
        format: 'csv',
        body: header + line('U-1', '12345678', 'Bakker') + line('U-1', '12345678', 'Bakker (herhaald)'),
        dryRun: false,
      },
      accountmanager,
    );
    expect(again.rows).toEqual([
      expect.objectContaining({ outcome: 'unchanged', vacancyId: id }),
      expect.objectContaining({
        outcome: 'refused',
        code: 'import.repeated-reference',
        invalidParams: [expect.objectContaining({ name: 'externalReference', reason: 'the same as line 2' })],
      }),
    ]);
    const dry = await imports.import(
      { format: 'csv', body: header + line('U-1', '12345678', 'Bakker (32 uur)', ';;', '32'), dryRun: true },
      accountmanager,
    );
    expect(dry.rows[0]).toMatchObject({
      outcome: 'updated',
      vacancyId: id,
      changedFields: ['title', 'hoursPerWeek'],
    });
    const [{ version: unchangedVersion }] = await t.db.manager.query('SELECT version FROM vacancies WHERE id = $1', [
      id,
    ]);
    expect(unchangedVersion).toBe(1);

    const changed = await imports.import(
      { format: 'csv', body: header + line('U-1', '12345678', 'Bakker (32 uur)', ';;', '32'), dryRun: false },
      accountmanager,
    );
    expect(changed.rows[0]).toMatchObject({ outcome: 'updated', vacancyId: id });
    expect(await count('vacancies')).toBe(vacanciesBefore);
    const [stored] = await t.db.manager.query('SELECT title, hours_per_week, version FROM vacancies WHERE id = $1', [
      id,
    ]);
    expect(stored).toEqual({ title: 'Bakker (32 uur)', hours_per_week: 32, version: 2 });
    // Re-matched: the shortlist asks for a new generation, as a change typed in would.
    const [{ requested_generation }] = await t.db.manager.query(
      'SELECT requested_generation FROM shortlists WHERE vacancy_id = $1',
      [id],
    );
    expect(requested_generation).toBe(2);
  });

  it('keeps a partner in its own source: its rows take it, another source is refused, and it sees only its imports', async () => {
    const json = [
      {
        externalReference: 'P-1',
        employer: { kvkNumber: '12345678' },
        title: 'Chauffeur',
        occupation: 'order-picker',
        postcode: '1316',
        positions: 1,
        hoursPerWeek: 20,
        contractType: 'on-call',
      },
      { source: 'ats-eik', externalReference: 'V-1', employer: { kvkNumber: '12345678' }, title: 'Overname' },
    ];
    const result = await imports.import({ format: 'json', body: json, dryRun: false }, partner);
    expect(result.rows).toEqual([
      expect.objectContaining({ index: 0, outcome: 'created', source: partnerSource(partner.partnerId!) }),
      expect.objectContaining({
        index: 1,
        outcome: 'refused',
        code: 'import.foreign-source',
        invalidParams: [expect.objectContaining({ name: 'source' })],
      }),
    ]);
    await expect(imports.get(result.id!, partner)).resolves.toMatchObject({
      partnerId: partner.partnerId,
      counts: { created: 1, refused: 1 },
    });
    const staffImport = (
      await imports.import({ format: 'json', body: [{}], source: 'ats-eik', dryRun: false }, accountmanager)
    ).id!;
    await expect(imports.get(staffImport, partner)).rejects.toMatchObject({ code: 'import.not-found' });
    await expect(imports.get(staffImport, accountmanager)).resolves.toMatchObject({
      importedBy: accountmanager.userId,
    });
  });

  it('leaves a closed vacancy alone: its reference again is refused, in the dry run as in the real run', async () => {
    const first = await imports.import(
      { format: 'csv', body: header + line('C-1', '12345678', 'Inpakker'), dryRun: false },
      accountmanager,
    );
    const id = first.rows[0].vacancyId!;
    await t.get(VacanciesService).close(id, { reason: 'filled-elsewhere', version: 1 }, accountmanager);
    for (const dryRun of [true, false]) {
      const again = await imports.import(
        { format: 'csv', body: header + line('C-1', '12345678', 'Inpakker (gewijzigd)'), dryRun },
        accountmanager,
      );
      expect(again.rows[0]).toMatchObject({
        outcome: 'refused',
        code: 'vacancy.not-open',
        invalidParams: [expect.objectContaining({ name: 'externalReference', code: 'vacancy.not-open' })],
      });
    }
    const [stored] = await t.db.manager.query('SELECT title, status FROM vacancies WHERE id = $1', [id]);
    expect(stored).toEqual({ title: 'Inpakker', status: 'closed' });
  });

  it('refuses staff writing into a reserved source', async () => {
    await expect(
      imports.import({ format: 'json', body: [{}], source: 'werkbrug', dryRun: true }, accountmanager),
    ).rejects.toMatchObject({ code: 'import.reserved-source' });
  });
});
