import { Candidate, Employer, Organisation, ShortlistEntry, Vacancy } from '@werkbrug/database';
import { HUIZEN, orderPickerCandidate, orderPickerVacancy } from '../../../../../test/support/matching-fixtures';
import { ServiceTest } from '../../../../../test/support/service-test';
import { ShortlistGenerationRepository } from './shortlist-generation.repository';

/**
 * Which shortlists a candidate's change asks to match again: the matching pool is regional, so of
 * the open vacancies in reach only those of the region of the candidate's organisation.
 */
describe('ShortlistGenerationRepository.vacanciesConcerning across a regional border', () => {
  let t: ServiceTest;
  let generations: ShortlistGenerationRepository;
  let huizen: string;
  const vacancies = { almere: '', huizen: '' };

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [] });
    generations = new ShortlistGenerationRepository(t.db);
    const manager = t.db.manager;
    huizen = (await manager.getRepository(Organisation).save({ kind: 'municipality', ...HUIZEN.municipality })).id;
    const employer = await manager
      .getRepository(Employer)
      .save({ name: 'DC', sector: 'H', postcode: '1316', contactEmail: null });
    vacancies.almere = (await manager.getRepository(Vacancy).save(orderPickerVacancy(employer.id))).id;
    vacancies.huizen = (
      await manager
        .getRepository(Vacancy)
        .save(orderPickerVacancy(employer.id, { ...HUIZEN.place, region: HUIZEN.municipality.regionCode }))
    ).id;
    for (const id of Object.values(vacancies)) await generations.insertFirst(id);
  });

  afterAll(() => t?.close());

  it("asks for the open vacancies in reach of the candidate's region, and those the candidate is on", async () => {
    // Lives in Almere, 8 km from the workplace in Huizen: both are in reach by bicycle.
    const candidate = await t.db.manager
      .getRepository(Candidate)
      .save(orderPickerCandidate({ organisationId: t.owner.organisationId }) as Candidate);
    expect(await generations.vacanciesConcerning(candidate)).toEqual([vacancies.almere]);
    expect(await generations.vacanciesConcerning({ ...candidate, organisationId: huizen })).toEqual([vacancies.huizen]);

    // Still on Almere's shortlist when the organisation moved: that shortlist must lose them.
    await t.db.manager.getRepository(ShortlistEntry).insert({
      vacancyId: vacancies.almere,
      candidateId: candidate.id,
      rank: 1,
      score: 0.8,
      parts: {},
      reasons: [],
    });
    expect((await generations.vacanciesConcerning({ ...candidate, organisationId: huizen })).sort()).toEqual(
      [vacancies.almere, vacancies.huizen].sort(),
    );
    // Many at once (an import): the union of what each would ask, in one query.
    const elsewhere = { ...candidate, id: '00000000-0000-4000-8000-000000000001', organisationId: huizen };
    expect((await generations.vacanciesConcerningMany([candidate, elsewhere])).sort()).toEqual(
      [vacancies.almere, vacancies.huizen].sort(),
    );
    expect(await generations.vacanciesConcerningMany([{ ...elsewhere, availability: 'left' }])).toEqual([]);
  });
});
