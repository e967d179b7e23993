import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, Principal } from '@werkbrug/common';
import { Candidate, TransactionHost } from '@werkbrug/database';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { ageGroupAt } from '../shared/reporting/age-groups';
import { ErasureDto } from './dto/erasure.dto';
import {
  CLEARED_SNAPSHOT_FIELDS,
  coarseBirthYear,
  coarseCoordinate,
  coarsePostcode,
  leftOnOrBefore,
} from './retention-rules';
import { RetentionErrors } from './retention.errors';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { RetentionRepository } from './retention.repository';
import { ErasureView, RetentionRunView } from './retention.response';

/** Candidates anonymised per transaction: short locks, and a failure loses at most one batch's progress. */
const BATCH_SIZE = 50;

/**
 * Storage limitation (GDPR art. 5) and erasure (art. 17). Anonymising keeps the candidate's id and
 * everything reports count (the ledger, placements with their age group, outcomes), and removes or
 * coarsens what could single the person out. Every step is a no-op on an anonymised candidate.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly db: TransactionHost,
    private readonly candidates: RetentionRepository,
    private readonly matching: MatchingRequests,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly workItems: WorkItemWriter,
  ) {}

  /**
   * Anonymises everyone who left long enough ago. Runs in several processes share the work (the
   * due candidates are locked with SKIP LOCKED), and a candidate is only picked while not yet
   * anonymised: a second run finds nothing.
   */
  async runPass(): Promise<RetentionRunView> {
    const today = this.clock.today();
    const cutoff = leftOnOrBefore(today, this.config.retention.monthsAfterLeaving);
    let anonymised = 0;
    for (;;) {
      const done = await this.db.transaction(async () => {
        const due = await this.candidates.lockDueForAnonymisation(cutoff, BATCH_SIZE);
        for (const candidate of due) await this.anonymise(candidate, today);
        return due.length;
      });
      anonymised += done;
      if (done < BATCH_SIZE) break;
    }
    if (anonymised > 0)
      this.logger.log({ msg: 'retention pass anonymised candidates', anonymised, leftOnOrBefore: cutoff });
    return RetentionRunView.of({
      anonymised,
      leftOnOrBefore: cutoff,
      monthsAfterLeaving: this.config.retention.monthsAfterLeaving,
    });
  }

  /** An erasure request: recorded with who asked and why, and carried out at once. */
  async erase(candidateId: string, dto: ErasureDto, principal: Principal): Promise<ErasureView> {
    const requestedAt = this.clock.now();
    return this.db.transaction(async () => {
      const candidate = await this.candidates.lockForUpdate(candidateId);
      if (candidate.anonymisedAt)
        throw RetentionErrors.alreadyAnonymised(
          `Candidate ${candidateId} was already anonymised on ${candidate.anonymisedAt.toISOString()}.`,
        );
      const anonymisedAt = await this.anonymise(candidate, this.clock.today());
      const requestId = await this.candidates.recordErasure({
        candidateId,
        reason: dto.reason,
        requestedBy: principal.userId,
        requestedByRole: principal.role,
        requestedAt,
        completedAt: anonymisedAt,
      });
      return ErasureView.of({ requestId, candidateId, anonymisedAt });
    });
  }

  /**
   * Removes identity, health detail and free text about the candidate, coarsens birth year,
   * postcode and location, and freezes each placement's age group first so reports count it as
   * before. Availability becomes 'left', and the shortlists the candidate was on are matched again
   * (or, for vacancies that ended, left without them).
   */
  private async anonymise(candidate: Candidate, today: string): Promise<Date> {
    for (const placement of await this.candidates.placementsWithoutAgeGroup(candidate.id))
      await this.candidates.fixAgeGroup(placement.id, ageGroupAt(candidate.birthYear, placement.startsOn));
    await this.candidates.deleteIdentity(candidate.id);
    const anonymisedAt = this.clock.now();
    Object.assign(candidate, {
      birthYear: coarseBirthYear(candidate.birthYear),
      postcode: coarsePostcode(candidate.postcode),
      latitude: coarseCoordinate(candidate.latitude),
      longitude: coarseCoordinate(candidate.longitude),
      belastbaarheid: null,
      // Employers, months and eligibility together single a person out; reports count neither.
      workHistory: [],
      instruments: [],
      // The case system's number identifies the person; coming back, they are imported as someone new.
      clientNumber: null,
      availability: 'left',
      unavailableReason: null,
      unavailableUntil: null,
      leftOn: candidate.leftOn ?? today,
      anonymisedAt,
    } satisfies Partial<Candidate>);
    await this.candidates.save(candidate);
    await this.candidates.clearFreeTextAbout(candidate.id);
    await this.candidates.clearProposalSnapshots(candidate.id, CLEARED_SNAPSHOT_FIELDS);
    // Nothing is shared any more; the adjustments named are health detail.
    await this.candidates.withdrawConsents(candidate.id, anonymisedAt);
    await this.workItems.closeAllForCandidate(candidate.id, 'candidate-anonymised', anonymisedAt);
    // Left, so only the shortlists the candidate is on; an ended vacancy's is matched no more, so
    // the candidate is taken off it here.
    await this.candidates.removeFromEndedShortlists(candidate.id);
    await this.matching.rematchForCandidate(candidate);
    return anonymisedAt;
  }
}
