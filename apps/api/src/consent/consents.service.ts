import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, Principal, Clock } from '@werkbrug/common';
import { Candidate, CandidateConsent, Proposal, TransactionHost } from '@werkbrug/database';
import { EntityManager, IsNull } from 'typeorm';
import { activeConsents, ActiveConsents } from './active-consents';
import { ConsentView } from './consent.response';
import { GiveConsentDto } from './dto/give-consent.dto';

/**
 * Consents the candidate gave or withdrew, recorded by the klantmanager. Records are never changed
 * except to stamp a withdrawal, and never deleted: the list is the candidate's consent history.
 */
export { NO_CONSENT } from './active-consents';
export type { ActiveConsents } from './active-consents';

@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  /**
   * The consents that hold now for these candidates (none: NO_CONSENT). With `lock`, the rows stay
   * share-locked until the open transaction ends, so a withdrawal committed meanwhile is seen rather than overtaken.
   */
  activeFor(candidateIds: readonly string[], options: { lock?: boolean } = {}): Promise<Map<string, ActiveConsents>> {
    return activeConsents(this.db.manager, candidateIds, options.lock);
  }

  async give(candidateId: string, dto: GiveConsentDto, principal: Principal): Promise<ConsentView> {
    return this.db.transaction(async (manager) => {
      const candidate = await manager.findOneBy(Candidate, { id: candidateId });
      if (!candidate) throw new NotFoundException(`Candidate ${candidateId} not found.`);
      await checkConsent(manager, candidate, dto);
      // At most one active consent of a kind (per proposal): the partial unique index makes a second one, even a concurrent one, skip.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CandidateConsent)
        .values({
          candidateId,
          kind: dto.kind,
          proposalId: dto.proposalId ?? null,
          adjustments: dto.adjustments ?? null,
          givenAt: this.clock.now(),
          givenBy: principal.subject,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length)
        throw new ConflictException(
          `This consent (${dto.kind}) is already given; withdraw it first to record a different one.`,
        );
      return ConsentView.of(await manager.findOneByOrFail(CandidateConsent, { id: inserted.raw[0].id }));
    });
  }

  /** The whole history, newest first, withdrawn consents included. */
  async list(candidateId: string): Promise<ConsentView[]> {
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const rows = await this.db.manager
      .getRepository(CandidateConsent)
      .find({ where: { candidateId }, order: { givenAt: 'DESC', id: 'ASC' } });
    return rows.map(ConsentView.of);
  }

  /** Takes effect at once: every employer view is built from the consents that hold when it is read. */
  async withdraw(candidateId: string, consentId: string, principal: Principal): Promise<ConsentView> {
    return this.db.transaction(async (manager) => {
      const where = { id: consentId, candidateId };
      const result = await manager.update(
        CandidateConsent,
        { ...where, withdrawnAt: IsNull() },
        { withdrawnAt: this.clock.now(), withdrawnBy: principal.subject },
      );
      const consent = await manager.findOneBy(CandidateConsent, where);
      if (!consent) throw new NotFoundException(`Consent ${consentId} of candidate ${candidateId} not found.`);
      if (!result.affected)
        throw new ConflictException(`This consent was already withdrawn on ${consent.withdrawnAt!.toISOString()}.`);
      return ConsentView.of(consent);
    });
  }
}

/** Each kind carries exactly what it needs: a proposal of this candidate for identity, recorded limits for adjustments. */
async function checkConsent(manager: EntityManager, candidate: Candidate, dto: GiveConsentDto): Promise<void> {
  if (dto.kind === 'share-identity') {
    if (!dto.proposalId)
      throw invalidField('proposalId', 'name the proposal whose employer may learn who the candidate is');
    const ofCandidate = await manager.existsBy(Proposal, { id: dto.proposalId, candidateId: candidate.id });
    if (!ofCandidate) throw invalidField('proposalId', 'is not a proposal of this candidate');
  } else if (dto.proposalId) {
    throw invalidField('proposalId', 'only a share-identity consent is for one proposal');
  }
  if (dto.kind === 'share-adjustments') {
    if (!dto.adjustments)
      throw invalidField('adjustments', 'name the belastbaarheid items the candidate agrees to share');
    const limited = new Set(candidate.belastbaarheid?.limits.map((limit) => limit.item) ?? []);
    dto.adjustments.forEach((item, index) => {
      if (!limited.has(item))
        throw invalidField(`adjustments[${index}]`, 'the candidate has no recorded limit on this item');
    });
  } else if (dto.adjustments) {
    throw invalidField('adjustments', 'only a share-adjustments consent names adjustments');
  }
}
