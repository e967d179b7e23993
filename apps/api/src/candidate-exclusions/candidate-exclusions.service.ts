import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@werkbrug/common';
import { availabilityFreshness, AvailabilityFreshness, ExclusionReport, explainExclusions } from '@werkbrug/matching';
import { foldFeedback, toVacancyProfile } from '@werkbrug/shortlisting';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';
import { CandidateExclusionsRepository, RankedFor } from './candidate-exclusions.repository';

/** Why the candidate is not matched at all, before any vacancy: then no vacancy is assessed. */
export type NotMatched = 'not-available' | 'profile-incomplete';

export interface CandidateExclusions extends ExclusionReport {
  candidateId: string;
  notMatched: NotMatched | null;
  availabilityConfirmedOn: string;
  availabilityFreshness: AvailabilityFreshness;
  rankedFor: RankedFor[];
}

/**
 * "Why is my client on no list": one candidate assessed against the open vacancies of their region
 * with the matcher's own hard limits (libs/matching explainExclusions), read at the time of asking.
 * Nothing is stored per candidate when shortlists are built: the pool counts exclusions without
 * visiting candidates, and rows per candidate and vacancy would grow with both (docs/architecture.md).
 */
@Injectable()
export class CandidateExclusionsService {
  constructor(
    private readonly repository: CandidateExclusionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forCandidate(candidateId: string): Promise<CandidateExclusions> {
    const candidate = await this.repository.candidate(candidateId);
    if (!candidate) throw CandidateProfileErrors.notFound(`Candidate ${candidateId} not found.`);
    const today = this.clock.today();
    const confirmedOn = candidate.profile.availabilityConfirmedOn!;
    const vacancies = await this.repository.openVacancies(candidate.region);
    const notMatched: NotMatched | null = !candidate.available
      ? 'not-available'
      : !candidate.complete
        ? 'profile-incomplete'
        : null;
    const feedback = notMatched ? [] : await this.repository.feedbackAbout(candidateId);
    const report = notMatched
      ? { considered: vacancies.length, eligible: [], excluded: [], whatIf: [] }
      : explainExclusions(
          candidate.profile,
          vacancies.map((v) => ({
            id: v.id,
            title: v.title,
            profile: toVacancyProfile(v),
            feedback: foldFeedback(
              feedback.filter((row) => row.employer_id === v.employerId),
              () => candidateId,
              v.id,
            ).get(candidateId),
          })),
          { today, availabilityExpiryDays: this.config.availability.expiryDays },
        );
    return {
      candidateId,
      notMatched,
      availabilityConfirmedOn: confirmedOn,
      availabilityFreshness: availabilityFreshness(confirmedOn, today, this.config.availability),
      ...report,
      rankedFor: vacancies.length
        ? await this.repository.rankedFor(
            candidateId,
            vacancies.map((v) => v.id),
          )
        : [],
    };
  }
}
