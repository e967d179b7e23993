import { Logger } from '@nestjs/common';
import { FixedClock, parseConfig } from '@werkbrug/common';
import { Candidate, Employer, openDataSource, Shortlist, ShortlistEntry, Vacancy } from '@werkbrug/database';
import { DEFAULT_WEIGHTS } from '@werkbrug/matching';
import { distanceKm, regionOfPostcode } from '@werkbrug/reference-data';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  HUIZEN,
  orderPickerCandidate,
  orderPickerVacancy,
  saveMunicipality,
} from '../../../test/support/matching-fixtures';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { JobSearch } from './job-search';
import { JobSearchRepository } from './job-search.repository';
import { MatchableCandidates } from './matchable-candidates';
import { MatchableCandidatesRepository } from './matchable-candidates.repository';
import { ShortlistBuilder } from './shortlist-builder.service';

/**
 * A deployment for two arbeidsmarktregio's that meet at the Gooimeer: Almere (Flevoland) and Huizen
 * (Gooi en Vechtstreek), 8 km apart. The matching pool is regional: a candidate is matched against
 * the vacancies of their organisation's region only, however near a vacancy across the border is.
 */
describe('regional matching pools: two municipalities in two regions', () => {
  let database: TestDatabase;
  let db: DataSource;
  let builder: ShortlistBuilder;
  let jobSearch: JobSearch;
  const organisations: Record<'almere' | 'huizen', string> = { almere: '', huizen: '' };
  const vacancies: Record<'almere' | 'huizen', string> = { almere: '', huizen: '' };
  const employers: Record<'almereQuiet' | 'huizenQuiet', string> = { almereQuiet: '', huizenQuiet: '' };
  let ans: string; // of Almere, lives in Almere
  let henk: string; // of Huizen, lives in Huizen

  const ALMERE = { postcode: '1315', latitude: 52.3712, longitude: 5.2178 };

  const saveEmployer = async (name: string, postcode: string) =>
    (await db.getRepository(Employer).save({ name, sector: 'H', postcode, contactEmail: null })).id;

  /** Asks for a new generation of a vacancy's shortlist and builds it; the candidates on it, in order. */
  async function shortlist(vacancyId: string) {
    const [[{ generation }]]: [{ generation: number }[]] = await db.query(
      `UPDATE shortlists SET requested_generation = requested_generation + 1 WHERE vacancy_id = $1 RETURNING requested_generation AS generation`,
      [vacancyId],
    );
    expect(await builder.build({ vacancyId, generation })).toBe('matched');
    const entries = await db.getRepository(ShortlistEntry).find({ where: { vacancyId }, order: { rank: 'ASC' } });
    const { candidatesConsidered } = await db.getRepository(Shortlist).findOneByOrFail({ vacancyId });
    return { ids: entries.map((entry) => entry.candidateId), considered: candidatesConsidered };
  }

  const both = async () => ({ almere: await shortlist(vacancies.almere), huizen: await shortlist(vacancies.huizen) });
  const moveCandidate = (id: string, organisationId: string) =>
    db.query(`UPDATE candidates SET organisation_id = $2 WHERE id = $1`, [id, organisationId]);

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    db = await openDataSource({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir: '' });
    const clock = new FixedClock('2026-11-02T09:00:00Z');
    const config = parseConfig({ WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbrug-')) });
    builder = new ShortlistBuilder(
      db,
      config,
      new MatchableCandidates(new MatchableCandidatesRepository(), db),
      clock,
      DEFAULT_WEIGHTS,
    );
    jobSearch = new JobSearch(new JobSearchRepository(db), clock, DEFAULT_WEIGHTS, config);

    organisations.almere = await saveMunicipality(db);
    organisations.huizen = await saveMunicipality(db, HUIZEN.municipality);

    const almereDc = await saveEmployer('DC Almere', '1316');
    const huizenDc = await saveEmployer('DC Huizen', HUIZEN.place.postcode);
    employers.almereQuiet = await saveEmployer('Opslag Almere', ALMERE.postcode);
    employers.huizenQuiet = await saveEmployer('Opslag Huizen', HUIZEN.place.postcode);
    const saveVacancy = async (fields: Partial<Vacancy>) => {
      const { id } = await db.getRepository(Vacancy).save(fields);
      await db.getRepository(Shortlist).insert({ vacancyId: id, requestedGeneration: 0 });
      return id;
    };
    vacancies.almere = await saveVacancy(orderPickerVacancy(almereDc));
    vacancies.huizen = await saveVacancy(
      orderPickerVacancy(huizenDc, { ...HUIZEN.place, region: regionOfPostcode(HUIZEN.place.postcode) }),
    );

    const saveCandidate = async (fields: Partial<Candidate>) =>
      (await db.getRepository(Candidate).save(orderPickerCandidate(fields))).id;
    ans = await saveCandidate({ organisationId: organisations.almere, ...ALMERE });
    henk = await saveCandidate({ organisationId: organisations.huizen, ...HUIZEN.place });
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('puts nobody on a shortlist across the regional border, though the workplace is in reach', async () => {
    // The border lies between them, not the distance: each reaches both workplaces by bicycle.
    expect(regionOfPostcode(HUIZEN.place.postcode)).toBe('gooi-en-vechtstreek');
    const [almereWork, huizenWork] = await db.query<{ latitude: number; longitude: number }[]>(
      `SELECT latitude, longitude FROM vacancies WHERE id = ANY($1) ORDER BY region = 'flevoland' DESC`,
      [[vacancies.almere, vacancies.huizen]],
    );
    for (const home of [ALMERE, HUIZEN.place])
      for (const work of [almereWork, huizenWork]) expect(distanceKm(home, work)).toBeLessThan(15);

    expect(await both()).toEqual({
      almere: { ids: [ans], considered: 1 },
      huizen: { ids: [henk], considered: 1 },
    });
  });

  it("moves a candidate with their organisation: on the new region's shortlists, off the old one's", async () => {
    await moveCandidate(ans, organisations.huizen);
    const moved = await both();
    expect(moved.almere).toEqual({ ids: [], considered: 0 });
    expect(moved.huizen.ids.sort()).toEqual([ans, henk].sort());

    await moveCandidate(ans, organisations.almere);
    expect(await both()).toEqual({
      almere: { ids: [ans], considered: 1 },
      huizen: { ids: [henk], considered: 1 },
    });
  });

  it('moves all candidates of an organisation that moves to another region', async () => {
    await db.query(`UPDATE organisations SET region_code = 'flevoland' WHERE id = $1`, [organisations.huizen]);
    const moved = await both();
    expect(moved.almere.ids.sort()).toEqual([ans, henk].sort());
    expect(moved.huizen).toEqual({ ids: [], considered: 0 });

    // A new name moves nobody: its candidates are not read again.
    const stamp = async () =>
      (
        await db.query<{ stamp: string }[]>(`SELECT change_xid::text AS stamp FROM organisations WHERE id = $1`, [
          organisations.huizen,
        ])
      )[0].stamp;
    const before = await stamp();
    await db.query(`UPDATE organisations SET name = 'Gemeente Huizen (NH)' WHERE id = $1`, [organisations.huizen]);
    expect(await stamp()).toBe(before);

    await db.query(`UPDATE organisations SET region_code = 'gooi-en-vechtstreek' WHERE id = $1`, [
      organisations.huizen,
    ]);
    expect(await both()).toEqual({
      almere: { ids: [ans], considered: 1 },
      huizen: { ids: [henk], considered: 1 },
    });
  });

  it("counts a candidate with an incomplete profile in their own region's shortlists only", async () => {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO candidates (organisation_id, birth_year, postcode, latitude, longitude, travel, travel_km,
         education_level, competences, wishes, benefit_started_on, participatieladder)
       SELECT $2, birth_year, postcode, latitude, longitude, travel, travel_km, education_level, competences, wishes,
              benefit_started_on, participatieladder FROM candidates WHERE id = $1
       RETURNING id`,
      [henk, organisations.huizen],
    );
    const counted = async (vacancyId: string) => {
      await shortlist(vacancyId);
      return db.getRepository(Shortlist).findOneByOrFail({ vacancyId });
    };
    expect(await counted(vacancies.huizen)).toMatchObject({ candidatesConsidered: 2, exclusions: { incomplete: 1 } });
    expect((await counted(vacancies.almere)).exclusions).toEqual({});
    await db.query(`DELETE FROM candidates WHERE id = $1`, [id]);
    expect(await counted(vacancies.huizen)).toMatchObject({ candidatesConsidered: 1, exclusions: {} });
  });

  it('searches work for a candidate (level 4) in their own region only: vacancies and employers to approach', async () => {
    const found = await jobSearch.forCandidate(ans);
    expect(found.vacancies.map((v) => v.vacancyId)).toEqual([vacancies.almere]);
    const toApproach = found.employersWithoutVacancy.map((e) => e.employerId);
    expect(toApproach).toContain(employers.almereQuiet);
    expect(toApproach).not.toContain(employers.huizenQuiet);

    await moveCandidate(ans, organisations.huizen);
    const moved = await jobSearch.forCandidate(ans);
    expect(moved.vacancies.map((v) => v.vacancyId)).toEqual([vacancies.huizen]);
    expect(moved.employersWithoutVacancy.map((e) => e.employerId)).toEqual([employers.huizenQuiet]);
    await moveCandidate(ans, organisations.almere);
  });
});
