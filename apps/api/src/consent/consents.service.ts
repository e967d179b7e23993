import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@werkbrug/common';
import { Candidate, TransactionHost } from '@werkbrug/database';
import { CandidatesService } from '../candidates/candidates.service';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { ActiveConsents, summariseConsents } from './active-consents';
import { ConsentErrors } from './consent.errors';
import { ConsentRepository } from './consent.repository';
import { ConsentView } from './consent.response';
import { GiveConsentDto } from './dto/give-consent.dto';

export { NO_CONSENT } from './active-consents';
export type { ActiveConsents } from './active-consents';

/**
 * Consents the candidate gave or withdrew, recorded by the klantmanager. Records are never changed
 * except to stamp a withdrawal, and never deleted: the list is the candidate's consent history.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly consents: ConsentRepository,
    private readonly candidates: CandidatesService,
    private readonly clock: Clock,
    private readonly workItems: WorkItemWriter,
  ) {}

  /**
   * The consents that hold now for these candidates (none: NO_CONSENT). With `lock`, the rows stay
   * share-locked until the open transaction ends, so a withdrawal committed meanwhile is seen rather than overtaken.
   */
  async activeFor(
    candidateIds: readonly string[],
    options: { lock?: boolean } = {},
  ): Promise<Map<string, ActiveConsents>> {
    return summariseConsents(await this.consents.activeOf(candidateIds, options.lock ?? false));
  }

  give(candidateId: string, dto: GiveConsentDto, principal: Principal): Promise<ConsentView> {
    return this.db.transaction(async () => {
      const candidate = await this.candidates.getProfile(candidateId);
      await this.checkConsent(candidate, dto);
      const consent = await this.consents.insertUnlessActive({
        candidateId,
        kind: dto.kind,
        proposalId: dto.proposalId ?? null,
        adjustments: dto.adjustments ?? null,
        givenAt: this.clock.now(),
        givenBy: principal.userId,
      });
      if (!consent)
        throw ConsentErrors.alreadyGiven(
          `This consent (${dto.kind}) is already given; withdraw it first to record a different one.`,
        );
      // What accountmanagers asked the klantmanager for is there: their requests leave the worklist.
      if (dto.kind === 'show-anonymised-profile')
        await this.workItems.closeForCandidate(candidateId, 'consent-requested', 'consent-recorded', consent.givenAt);
      return ConsentView.of(consent);
    });
  }

  /** The whole history, newest first, withdrawn consents included. */
  async list(candidateId: string): Promise<ConsentView[]> {
    await this.candidates.getProfile(candidateId);
    return (await this.consents.historyOf(candidateId)).map(ConsentView.of);
  }

  /** Takes effect at once: every employer view is built from the consents that hold when it is read. */
  withdraw(candidateId: string, consentId: string, principal: Principal): Promise<ConsentView> {
    return this.db.transaction(async () => {
      const where = { id: consentId, candidateId };
      const withdrawn = await this.consents.withdrawIfActive(where, {
        withdrawnAt: this.clock.now(),
        withdrawnBy: principal.userId,
      });
      const consent = await this.consents.getOrThrow(
        where,
        `Consent ${consentId} of candidate ${candidateId} not found.`,
      );
      if (!withdrawn)
        throw ConsentErrors.alreadyWithdrawn(
          `This consent was already withdrawn on ${consent.withdrawnAt!.toISOString()}.`,
        );
      return ConsentView.of(consent);
    });
  }

  /** Each kind carries exactly what it needs: a proposal of this candidate for identity, recorded limits for adjustments. */
  private async checkConsent(candidate: Candidate, dto: GiveConsentDto): Promise<void> {
    if (dto.kind === 'share-identity') {
      if (!dto.proposalId)
        throw ConsentErrors.proposalRequired.at(
          'proposalId',
          'name the proposal whose employer may learn who the candidate is',
        );
      if (!(await this.consents.isProposalOf(dto.proposalId, candidate.id)))
        throw ConsentErrors.notProposalOfCandidate.at('proposalId', 'is not a proposal of this candidate');
    } else if (dto.proposalId) {
      throw ConsentErrors.proposalNotAllowed.at('proposalId', 'only a share-identity consent is for one proposal');
    }
    if (dto.kind === 'share-adjustments') {
      if (!dto.adjustments)
        throw ConsentErrors.adjustmentsRequired.at(
          'adjustments',
          'name the belastbaarheid items the candidate agrees to share',
        );
      const limited = new Set(candidate.belastbaarheid?.limits.map((limit) => limit.item) ?? []);
      dto.adjustments.forEach((item, index) => {
        if (!limited.has(item))
          throw ConsentErrors.adjustmentNotLimited.at(
            `adjustments[${index}]`,
            'the candidate has no recorded limit on this item',
          );
      });
    } else if (dto.adjustments) {
      throw ConsentErrors.adjustmentsNotAllowed.at('adjustments', 'only a share-adjustments consent names adjustments');
    }
  }
}
