import { Logger } from '@nestjs/common';
import { FixedClock, parseConfig } from '@werkbrug/common';
import { Candidate, Employer, openDataSource, Shortlist, ShortlistEntry, Vacancy } from '@werkbrug/database';
import { DEFAULT_WEIGHTS } from '@werkbrug/matching';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { orderPickerCandidate, orderPickerVacancy, saveMunicipality } from '../../../test/support/matching-fixtures';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { MatchableCandidates } from './matchable-candidates';
import { MatchableCandidatesRepository } from './matchable-candidates.repository';
import { ShortlistBuilder } from './shortlist-builder.service';

/**
 * Two matchers, each with its own candidate pool (and on PostgreSQL its own connection pool, as two
 * matcher processes have), while candidates change beside them: every job ranks with every change
 * committed before it, whichever matcher takes it. On the embedded default the two share PGlite's
 * one connection (one process per data folder), but each follows the database on its own.
 */
describe('candidate pools of two matchers, kept current while they run', () => {
  let database: TestDatabase;
  let api: DataSource;
  const sources: DataSource[] = [];
  let matchers: ShortlistBuilder[];
  let employerId: string;
  let organisationId: string;
  const onServer = Boolean(process.env.DATABASE_URL);

  const addCandidate = async (overrides: Partial<Candidate> = {}) =>
    (await api.getRepository(Candidate).save(orderPickerCandidate({ organisationId, ...overrides }))).id;
  const change = (id: string, set: string, values: unknown[] = []) =>
    api.query(`UPDATE candidates SET ${set} WHERE id = $1`, [id, ...values]);

  async function addVacancy(): Promise<string> {
    const vacancy = await api.getRepository(Vacancy).save(
      orderPickerVacancy(employerId, {
        demands: [
          { item: 'hours-per-week', level: 24 },
          { item: 'lifting', level: 15 },
        ],
      }),
    );
    await api.getRepository(Shortlist).insert({ vacancyId: vacancy.id, requestedGeneration: 0 });
    return vacancy.id;
  }

  /** Asks for a new generation, as a change does, and lets `matcher` run the job. */
  async function match(matcher: ShortlistBuilder, vacancyId: string) {
    const [[{ generation }]]: [{ generation: number }[]] = await api.query(
      `UPDATE shortlists SET requested_generation = requested_generation + 1 WHERE vacancy_id = $1 RETURNING requested_generation AS generation`,
      [vacancyId],
    );
    expect(await matcher.build({ vacancyId, generation })).toBe('matched');
    const entries = await api.getRepository(ShortlistEntry).find({ where: { vacancyId }, order: { rank: 'ASC' } });
    const shortlist = await api.getRepository(Shortlist).findOneByOrFail({ vacancyId });
    return { ids: entries.map((entry) => entry.candidateId), considered: shortlist.candidatesConsidered, shortlist };
  }

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    const open = () => openDataSource({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir: '' });
    api = await open();
    sources.push(api);
    const config = parseConfig({ WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbrug-')), SHORTLIST_SIZE: '5' });
    matchers = [];
    for (let n = 0; n < 2; n++) {
      const source = onServer ? await open() : api;
      if (source !== api) sources.push(source);
      matchers.push(
        new ShortlistBuilder(
          source,
          config,
          new MatchableCandidates(new MatchableCandidatesRepository(), source),
          new FixedClock('2026-11-02T09:00:00Z'),
          DEFAULT_WEIGHTS,
        ),
      );
    }
    organisationId = await saveMunicipality(api);
    employerId = (
      await api.getRepository(Employer).save({ name: 'DC', sector: 'H', postcode: '1316', contactEmail: null })
    ).id;
  });

  afterAll(async () => {
    for (const source of sources) await source.destroy();
    await database?.drop();
  });

  it('ranks every change committed before a job, on either matcher: changed, new, unavailable and deleted candidates', async () => {
    const strong = await addCandidate({ competences: [{ code: 'forklift-driving', level: 2, years: 8 }] });
    const weak = await addCandidate({ competences: [{ code: 'forklift-driving', level: 1 }] });
    // In the pool but never on a shortlist: the vacancies ask more lifting than this one can do.
    const cannotLift = await addCandidate({
      belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [{ item: 'lifting', level: 5 }] },
    });
    const [first, second] = [await addVacancy(), await addVacancy()];
    expect(await match(matchers[0], first)).toMatchObject({ ids: [strong, weak], considered: 3 });
    expect(await match(matchers[1], second)).toMatchObject({ ids: [strong, weak], considered: 3 });

    // While both matchers run: the weak one learns, someone new arrives, the strong one is placed,
    // and the one who cannot lift is deleted.
    await change(weak, `competences = $2`, [JSON.stringify([{ code: 'forklift-driving', level: 3, years: 10 }])]);
    const newcomer = await addCandidate({ competences: [{ code: 'forklift-driving', level: 2 }] });
    await change(strong, `availability = 'placed'`);
    await api.query(`DELETE FROM candidates WHERE id = $1`, [cannotLift]);

    // Each vacancy now goes to the other matcher.
    const rematched = [await match(matchers[1], first), await match(matchers[0], second)];
    for (const shortlist of rematched) expect(shortlist).toMatchObject({ ids: [weak, newcomer], considered: 2 });
    expect(rematched[0].shortlist.exclusions).toEqual(rematched[1].shortlist.exclusions);

    // Back: the placed one is available again, now with a lifting limit the vacancies exceed.
    await change(strong, `availability = 'available', belastbaarheid = $2`, [
      JSON.stringify({ source: 'klantmanager', assessedOn: '2026-09-01', limits: [{ item: 'lifting', level: 10 }] }),
    ]);
    for (const [matcher, vacancy] of [
      [matchers[0], first],
      [matchers[1], second],
    ] as const)
      expect(await match(matcher, vacancy)).toMatchObject({
        ids: [weak, newcomer],
        considered: 3,
        shortlist: { exclusions: { lifting: 1 } },
      });
  });

  it('misses no change that commits after a later one (PostgreSQL: transactions side by side)', async () => {
    if (!onServer) return; // PGlite has one connection: no transaction can stay open beside another
    const vacancy = await addVacancy();
    const [early, late] = [await addCandidate(), await addCandidate()];
    await change(early, `availability = 'placed'`);
    await change(late, `availability = 'placed'`);
    expect((await match(matchers[0], vacancy)).ids).not.toContain(early);

    // The earlier transaction writes first but commits last.
    const slow = api.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    await slow.query(`UPDATE candidates SET availability = 'available' WHERE id = $1`, [early]);
    await change(late, `availability = 'available'`);
    const between = await match(matchers[0], vacancy);
    expect(between.ids).toContain(late);
    expect(between.ids).not.toContain(early);
    await slow.commitTransaction();
    await slow.release();

    for (const matcher of matchers)
      expect((await match(matcher, vacancy)).ids).toEqual(expect.arrayContaining([early, late]));
  });
});
