import { Injectable } from '@nestjs/common';
import type { DomainError, Principal } from '@werkbrug/common';
import { candidateReference, seesCandidateName } from '../pseudonyms/candidate-names';
import { CandidateAccessErrors } from './candidate-access.errors';
import { CandidateAccessRepository, CandidateOwnership } from './candidate-access.repository';

/** A candidate as a regional list (shortlist, proposals, speeddate) shows them to staff. */
export interface CandidateOnList {
  candidateReference: string;
  /** Only for staff of the candidate's own organisation who see names (audited as an identity read). */
  name?: string;
  organisationName: string;
  /** The klantmanager to contact about the candidate, while one holds them in their caseload. */
  klantmanager: { name: string; email: string } | null;
}

/**
 * The one place that decides whether staff may reach a candidate: candidate data is the data of the
 * candidate's organisation, and a klantmanager works from their own caseload (docs/security.md).
 */
@Injectable()
export class CandidateAccess {
  constructor(private readonly candidates: CandidateAccessRepository) {}

  /**
   * The candidate's ownership if the principal's organisation holds it; else the endpoint's own
   * not-found answer, word for word what a candidate that does not exist gets. A klantmanager
   * opening a candidate outside their own caseload must have stated a purpose.
   */
  async open(
    principal: Principal,
    candidateId: string,
    notFound: () => DomainError,
    statedPurpose: string | null,
  ): Promise<CandidateOwnership> {
    const ownership = await this.candidates.ownershipOf(candidateId);
    if (!ownership || !principal.organisationId || ownership.organisationId !== principal.organisationId)
      throw notFound();
    if (principal.role === 'klantmanager' && ownership.klantmanagerId !== principal.userId && !statedPurpose)
      throw CandidateAccessErrors.reasonRequired(
        `Candidate ${candidateId} is not in your caseload: state why you open it (the X-Purpose header); it is kept in the audit log.`,
      );
    return ownership;
  }

  /** The candidate an offer or a training plan belongs to, or null if there is no such record. */
  candidateOfRecord(...args: Parameters<CandidateAccessRepository['candidateOfRecord']>): Promise<string | null> {
    return this.candidates.candidateOfRecord(...args);
  }

  /**
   * How each candidate appears to a member of staff on a regional list: the stable reference, the
   * organisation and the klantmanager to contact for everyone; the name only for those of the
   * candidate's own organisation whose role sees names.
   */
  async onList(principal: Principal, candidateIds: readonly string[]): Promise<Map<string, CandidateOnList>> {
    const contacts = await this.candidates.contactsOf([...new Set(candidateIds)]);
    return new Map(
      contacts.map((c) => {
        const view: CandidateOnList = {
          candidateReference: candidateReference(c.candidateId),
          ...(seesCandidateName(principal, c.organisationId) && c.name !== null ? { name: c.name } : {}),
          organisationName: c.organisationName,
          klantmanager:
            c.klantmanagerName !== null && c.klantmanagerEmail !== null
              ? { name: c.klantmanagerName, email: c.klantmanagerEmail }
              : null,
        };
        return [c.candidateId, view];
      }),
    );
  }
}
