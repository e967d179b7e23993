import { Injectable } from '@nestjs/common';
import { JobSearch } from '@werkbrug/shortlisting';
import { CandidatesService, missingForMatching } from '../candidates/candidates.service';
import { JobSearchErrors } from './job-search.errors';
import { JobSearchView } from './job-search.response';

/**
 * Level 4, searching work for one candidate. The ranking is the matcher's (JobSearch in
 * libs/shortlisting); here only who may be searched for and the shape of the answer.
 */
@Injectable()
export class JobSearchService {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly jobSearch: JobSearch,
  ) {}

  async forCandidate(candidateId: string): Promise<JobSearchView> {
    const stored = await this.candidates.get(candidateId);
    const missing = missingForMatching(stored);
    if (missing.length) {
      throw JobSearchErrors.profileIncomplete(
        `The profile is incomplete for matching; missing: ${missing.join(', ')}.`,
      );
    }
    if (stored.availability !== 'available') {
      throw JobSearchErrors.candidateNotAvailable(
        `The candidate is ${stored.availability}; only available candidates are matched.`,
      );
    }
    // Said, rather than an empty list: the matcher passes no vacancy for a candidate unconfirmed this long.
    if (this.candidates.freshnessOf(stored) === 'expired') {
      throw JobSearchErrors.availabilityUnconfirmed(
        `Availability was last confirmed on ${stored.availabilityConfirmedOn}; confirm it (PUT availability) to match again.`,
      );
    }
    const { vacancies, employersWithoutVacancy, kansrijkheidIllustrative } =
      await this.jobSearch.forCandidate(candidateId);
    return { candidateId, vacancies, employersWithoutVacancy, kansrijkheidIllustrative };
  }
}
