import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { ErrorFactory } from '@werkbrug/common';

/** Records that belong to one candidate, found by their own id in a route. */
export const CANDIDATE_RECORD_TABLES = ['vacancy_offers', 'training_plans'] as const;
export type CandidateRecordTable = (typeof CANDIDATE_RECORD_TABLES)[number];

export interface CandidateScope {
  /** The route parameter holding the candidate's id, or the id of a record of `table`. */
  param: string;
  /** The parameter names a record of this table (an offer, a training plan) rather than the candidate. */
  table?: CandidateRecordTable;
  /**
   * The error a candidate that does not exist gets from this endpoint: a candidate of another
   * organisation gets exactly the same, so nobody can tell the two apart.
   */
  notFound: ErrorFactory;
  /** What the parameter names, as the not-found detail says it ("Offer … not found."); default "Candidate". */
  noun?: string;
}

export const CANDIDATE_SCOPE_KEY = 'werkbrug:candidate-scope';

/** How the OpenAPI document shows it: the access matrix test reaches every such endpoint from another organisation. */
export const CANDIDATE_SCOPED_EXTENSION = 'x-candidate-scoped';

/**
 * Declares that a handler reads or changes one candidate's data, which is its organisation's: staff
 * of another organisation get the endpoint's not-found answer, and a klantmanager opening a candidate
 * outside their own caseload must state why (X-Purpose, audited). Checked by CandidateAccessInterceptor.
 */
export const CandidateScoped = (scope: CandidateScope) =>
  applyDecorators(SetMetadata(CANDIDATE_SCOPE_KEY, scope), ApiExtension(CANDIDATE_SCOPED_EXTENSION, true));
