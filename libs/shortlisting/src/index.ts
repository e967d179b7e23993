export { JobSearch, type EmployerToApproach, type JobSearchResult, type JobSearchVacancy } from './job-search';
export { matchWeightsOf } from './match-weights';
export { MatchableCandidates } from './matchable-candidates';
export { MatchableCandidatesRepository } from './matchable-candidates.repository';
export { MatchingJobHandler } from './matching-job.handler';
export { type BuildOutcome, MATCHED_STATUSES, ShortlistBuilder, shortlistLength } from './shortlist-builder.service';
export { ShortlistingModule } from './shortlisting.module';
// The API finds the vacancies a candidate's change concerns with the same reach as matching.
export { withinReachSql } from './match-inputs';
// Why a candidate is on no list: the API assesses one candidate as the matcher reads them.
export { foldFeedback, type FeedbackRow } from './match-inputs';
export { CANDIDATE_PROFILE_COLUMNS, type CandidateRow, toCandidateProfile, toVacancyProfile } from './profiles';
// Whether a shortlist's kansrijkheid is the shipped, illustrative table's, as the matcher looks it up.
export { kansrijkheidOf, tensionIsIllustrative } from './match-inputs';
