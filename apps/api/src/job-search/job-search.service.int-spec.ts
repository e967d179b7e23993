import { candidateProfile } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { JobSearchModule } from './job-search.module';
import { JobSearchService } from './job-search.service';

describe('JobSearchService on real repositories', () => {
  let t: ServiceTest;
  let candidates: CandidatesService;
  let jobSearch: JobSearchService;
  const profile = (overrides: object = {}) => candidateProfile(overrides) as Parameters<CandidatesService['create']>[0];

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [CandidatesModule, JobSearchModule] });
    candidates = t.get(CandidatesService);
    jobSearch = t.get(JobSearchService);
  });

  afterAll(() => t?.close());

  it('searches only for a candidate matching can use, saying why not with a code', async () => {
    const incomplete = await candidates.create(profile({ belastbaarheid: undefined }), t.owner);
    await expect(jobSearch.forCandidate(incomplete.id)).rejects.toMatchObject({
      code: 'job-search.profile-incomplete',
      kind: 'conflict',
    });
    const placed = await candidates.create(profile(), t.owner);
    await candidates.setAvailability(placed.id, { availability: 'placed' });
    await expect(jobSearch.forCandidate(placed.id)).rejects.toMatchObject({
      code: 'job-search.candidate-not-available',
    });
    const ready = await candidates.create(profile(), t.owner);
    expect(await jobSearch.forCandidate(ready.id)).toEqual({
      candidateId: ready.id,
      vacancies: [],
      employersWithoutVacancy: [],
      // Nothing found, so no kansrijkheid was used that could be illustrative.
      kansrijkheidIllustrative: false,
    });
  });
});
