import type { AppConfig, Principal } from '@werkbrug/common';
import { Organisation } from '@werkbrug/database';
import { uniqueKvkNumber, vacancyBody } from '../../../../test/support/fixtures';
import { principal } from '../../../../test/support/principals';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { InProcessCandidateImportJobs } from './candidate-import.jobs';
import { CandidateImportsModule } from './candidate-imports.module';
import { CandidateImportRequest, CandidateImportsService } from './candidate-imports.service';

const HEADER =
  'klantnummer;naam;e-mail;geboortejaar;postcode;vervoer;max km;opleidingsniveau;competenties;gewenste beroepen;sectoren;uren min;uren max;contractvormen;uitkering sinds;participatieladder;uitgestroomd op\r\n';

/** A cleaner in Almere who cycles 15 km; `changes` replace cells by column name. */
function line(clientNumber: string, changes: Record<string, string> = {}): string {
  const cells: Record<string, string> = {
    naam: `Kandidaat ${clientNumber}`,
    'e-mail': `${clientNumber.toLowerCase()}@voorbeeld.example`,
    geboortejaar: '1966',
    postcode: '1315',
    vervoer: 'fiets',
    'max km': '15',
    opleidingsniveau: 'mbo2',
    competenties: 'office-cleaning:2:6',
    'gewenste beroepen': 'cleaner',
    sectoren: 'N',
    'uren min': '16',
    'uren max': '32',
    contractvormen: 'vast',
    'uitkering sinds': '1-3-2025',
    participatieladder: '3',
    'uitgestroomd op': '',
    ...changes,
  };
  const names = HEADER.trim().split(';').slice(1);
  return [clientNumber, ...names.map((name) => cells[name])].join(';') + '\r\n';
}

describe('CandidateImportsService on real repositories', () => {
  let t: ServiceTest;
  let imports: CandidateImportsService;
  let klantmanager: Principal;
  let nearby: string;
  const requestedGeneration = async () =>
    (
      await t.db.manager.query<{ requested_generation: number }[]>(
        'SELECT requested_generation FROM shortlists WHERE vacancy_id = $1',
        [nearby],
      )
    )[0].requested_generation;
  const stored = (clientNumber: string, organisationId = t.owner.organisationId) =>
    t.db.manager
      .query<
        {
          id: string;
          name: string;
          availability: string;
          left_on: string | null;
          wishes: { hoursPerWeekMax: number };
        }[]
      >(
        `SELECT c.id, i.name, c.availability, c.left_on::text AS left_on, c.wishes FROM candidates c
           LEFT JOIN candidate_identities i ON i.candidate_id = c.id
          WHERE c.organisation_id = $1 AND c.client_number = $2`,
        [organisationId, clientNumber],
      )
      .then((rows) => rows[0]);

  /** Submits, runs the job to its end, and answers the record as GET would. */
  async function run(body: unknown, options: Partial<CandidateImportRequest> = {}, who: Principal = klantmanager) {
    const record = await imports.submit(
      { format: 'csv', body, dryRun: false, mode: 'all-or-nothing', ...options },
      who,
    );
    const jobs = t.get(InProcessCandidateImportJobs);
    await jobs.enqueue(record.id);
    await jobs.idle();
    return imports.get(record.id, who);
  }

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [
        EmployersModule,
        VacanciesModule,
        CandidateImportsModule.forRoot({ redisUrl: undefined } as unknown as AppConfig),
      ],
    });
    imports = t.get(CandidateImportsService);
    klantmanager = principal('klantmanager', 'km-karin', { organisationId: t.owner.organisationId });
    const employer = await t
      .get(EmployersService)
      .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
    type NewVacancy = Parameters<VacanciesService['create']>[0];
    nearby = (
      await t
        .get(VacanciesService)
        .create(vacancyBody({ employerId: employer.id }) as NewVacancy, principal('accountmanager', 'am-anna'))
    ).id;
  });

  afterAll(() => t?.close());

  it('creates, then updates by client number, leaves the same data unchanged, and asks matching once per import', async () => {
    const before = await requestedGeneration();
    const first = await run(HEADER + line('A-1') + line('A-2') + line('A-3'));
    expect(first).toMatchObject({
      status: 'done',
      processedRows: 3,
      totalRows: 3,
      counts: { created: 3, updated: 0, unchanged: 0, left: 0, refused: 0 },
      refusedRows: [],
    });
    expect(await requestedGeneration()).toBe(before + 1);
    expect(await stored('A-1')).toMatchObject({ name: 'Kandidaat A-1', availability: 'available' });

    const again = await run(HEADER + line('A-1') + line('A-2', { 'uren max': '24' }) + line('A-3'));
    expect(again.counts).toEqual({ created: 0, updated: 1, unchanged: 2, left: 0, refused: 0 });
    expect((await stored('A-2')).wishes.hoursPerWeekMax).toBe(24);
    expect(await requestedGeneration()).toBe(before + 2);

    const same = await run(HEADER + line('A-1') + line('A-2', { 'uren max': '24' }) + line('A-3'));
    expect(same.counts).toEqual({ created: 0, updated: 0, unchanged: 3, left: 0, refused: 0 });
    // Nothing written, nothing to match again.
    expect(await requestedGeneration()).toBe(before + 2);
    const count = await t.db.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM candidates WHERE client_number LIKE 'A-%'`,
    );
    expect(count[0].n).toBe(3);
  });

  it('imports instruments and work history; the same again is unchanged, a file without those columns keeps them', async () => {
    const header =
      'klantnummer;naam;geboortejaar;postcode;vervoer;max km;uren min;uren max;uitkering sinds;participatieladder;instrumenten;werkervaring\r\n';
    const row = (instruments: string, jobs: string) =>
      `W-1;Wim;1966;1315;fiets;15;16;32;1-3-2025;3;${instruments};${jobs}\r\n`;
    const firstRun = await run(header + row('Proefplaatsing, no-risk polis', 'Schoonmaker:2015-01:2019-06'));
    expect(firstRun.counts).toMatchObject({
      created: 1,
    });
    const id = (await stored('W-1'))?.id;
    const expected = {
      instruments: ['proefplaatsing', 'no-risk-polis'],
      workHistory: [{ occupation: 'cleaner', from: '2015-01', until: '2019-06' }],
    };
    expect(await t.get(CandidatesService).get(id)).toMatchObject(expected);
    expect((await run(header + row('proefplaatsing,no-risk-polis', 'cleaner:1-2015:6-2019'))).counts).toMatchObject({
      unchanged: 1,
    });
    const withoutColumns =
      'klantnummer;naam;geboortejaar;postcode;vervoer;max km;uren min;uren max;uitkering sinds;participatieladder\r\n';
    expect((await run(withoutColumns + 'W-1;Wim Wit;1966;1315;fiets;15;16;32;1-3-2025;3\r\n')).counts).toMatchObject({
      updated: 1,
    });
    expect(await t.get(CandidatesService).get(id)).toMatchObject({ name: 'Wim Wit', ...expected });
    const refused = await run(header + row('vakantiegeld', 'cleaner:2015-01'));
    expect(refused.refusedRows[0].fields).toEqual([{ name: 'instruments', code: 'field.not-allowed-value' }]);
    const reversed = await run(header + row('', 'cleaner:2019-06:2015-01'));
    expect(reversed.refusedRows[0].fields).toEqual([
      { name: 'workHistory[0].until', code: 'candidate.work-period-reversed' },
    ]);
  });

  it('sets left who a row marks so, and refuses marking someone it does not know', async () => {
    await run(HEADER + line('L-1'));
    const result = await run(HEADER + line('L-1', { 'uitgestroomd op': '30-11-2026' }), { mode: 'per-row' });
    expect(result.counts).toMatchObject({ left: 1, refused: 0 });
    expect(await stored('L-1')).toMatchObject({ availability: 'left', left_on: '2026-11-30' });
    const unknown = await run(HEADER + line('L-9', { 'uitgestroomd op': '30-11-2026' }));
    expect(unknown).toMatchObject({
      status: 'failed',
      errorCode: 'candidate-import.rows-refused',
      refusedRows: [{ line: 2, code: 'candidate-import.left-not-known', fields: [{ name: 'leftOn' }] }],
    });
  });

  it('names each refused row by line and field; all or nothing imports nothing, per row the rest', async () => {
    const body =
      HEADER +
      line('R-1') +
      line('R-2', { geboortejaar: 'zestig', postcode: '0000' }) +
      line('R-3', { 'uren min': '30', 'uren max': '20' }) +
      line('R-1');
    const expectedRefusals = [
      {
        line: 3,
        code: 'candidate-import.not-a-number',
        fields: [
          { name: 'birthYear', code: 'candidate-import.not-a-number' },
          { name: 'postcode', code: expect.any(String) },
        ],
      },
      {
        line: 4,
        code: 'candidate.hours-range-reversed',
        fields: [{ name: 'wishes.hoursPerWeekMin', code: 'candidate.hours-range-reversed' }],
      },
      {
        line: 5,
        code: 'candidate-import.repeated-client-number',
        fields: [{ name: 'clientNumber', code: 'candidate-import.repeated-client-number' }],
      },
    ];
    const whole = await run(body);
    expect(whole).toMatchObject({ status: 'failed', errorCode: 'candidate-import.rows-refused' });
    expect(whole.refusedRows).toEqual(expectedRefusals);
    expect(JSON.stringify(whole.refusedRows)).not.toMatch(/zestig|Kandidaat|voorbeeld/);
    expect(await stored('R-1')).toBeUndefined();

    const dry = await run(body, { mode: 'per-row', dryRun: true });
    expect(dry).toMatchObject({ status: 'done', counts: { created: 1, refused: 3 } });
    expect(await stored('R-1')).toBeUndefined();

    const perRow = await run(body, { mode: 'per-row' });
    expect(perRow).toMatchObject({ status: 'done', counts: { created: 1, refused: 3 } });
    expect(perRow.refusedRows).toEqual(expectedRefusals);
    expect(await stored('R-1')).toBeDefined();
  });

  it("keeps organisations apart: the same client number is another person elsewhere, and another's import is not found", async () => {
    const huizen = await t.db.manager.getRepository(Organisation).save({
      slug: 'huizen',
      kind: 'municipality',
      name: 'Gemeente Huizen',
      municipalityCode: 'GM0406',
      regionCode: 'gooi-en-vechtstreek',
    });
    const elsewhere = principal('admin', 'admin-huizen', { organisationId: huizen.id });
    const theirs = await run(HEADER + line('A-1', { naam: 'Iemand Anders' }), {}, elsewhere);
    expect(theirs.counts).toMatchObject({ created: 1 });
    expect(await stored('A-1', huizen.id)).toMatchObject({ name: 'Iemand Anders' });
    expect(await stored('A-1')).toMatchObject({ name: 'Kandidaat A-1' });
    await expect(imports.get(theirs.id, klantmanager)).rejects.toMatchObject({ code: 'candidate-import.not-found' });
  });

  it('fails an import whose run stopped midway as interrupted, and only the one named', async () => {
    const submit = () =>
      imports.submit(
        { format: 'csv', body: HEADER + line('S-1'), dryRun: false, mode: 'all-or-nothing' },
        klantmanager,
      );
    const [stopped, other] = [await submit(), await submit()];
    // Both taken by a worker that then died: still "running".
    await t.db.manager.query(`UPDATE candidate_imports SET status = 'running' WHERE id = ANY($1)`, [
      [stopped.id, other.id],
    ]);
    await imports.failInterrupted([stopped.id]);
    expect(await imports.get(stopped.id, klantmanager)).toMatchObject({
      status: 'failed',
      errorCode: 'candidate-import.interrupted',
    });
    expect(await imports.get(other.id, klantmanager)).toMatchObject({ status: 'running' });
    await imports.failInterrupted();
    expect(await imports.get(other.id, klantmanager)).toMatchObject({ status: 'failed' });
    // Each is on the werkvoorraad of the organisation's beheerders.
    const items = await t.db.manager.query(
      `SELECT source_key, role, organisation_id, assignee_id, params FROM work_items
        WHERE kind = 'candidate-import-failed' AND source_key = ANY($1) ORDER BY source_key`,
      [[`candidate-import:${stopped.id}`, `candidate-import:${other.id}`]],
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      role: 'admin',
      organisation_id: t.owner.organisationId,
      assignee_id: null,
      params: { errorCode: 'candidate-import.interrupted' },
    });
  });

  it('takes JSON in the API shape, and the candidate answers with its client number', async () => {
    const result = await run(
      JSON.parse(
        JSON.stringify([
          {
            clientNumber: 'J-1',
            name: 'Jaap Voorbeeld',
            birthYear: 1964,
            postcode: '1315',
            travel: { mode: 'car', maxKm: 30 },
            competences: [],
            wishes: { occupations: [], sectors: [], hoursPerWeekMin: 8, hoursPerWeekMax: 16, contractTypes: [] },
            benefitStartedOn: '2024-01-01',
            participatieladder: 2,
          },
        ]),
      ),
      { format: 'json' },
    );
    expect(result.counts).toMatchObject({ created: 1 });
    const id = (await stored('J-1')).id;
    expect(await t.get(CandidatesService).get(id)).toMatchObject({ clientNumber: 'J-1', educationLevel: null });
  });
});
