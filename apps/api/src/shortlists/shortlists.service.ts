import { ConflictException, Injectable } from '@nestjs/common';
import { isEmployer, Principal, StaleVersionException, Clock } from '@werkbrug/common';
import {
  Candidate,
  Proposal,
  Shortlist,
  ShortlistDecision,
  ShortlistEntry,
  updateVersioned,
  TransactionHost,
} from '@werkbrug/database';
import { EntityManager, In } from 'typeorm';
import { activeConsents } from '../consent/active-consents';
import { recordService } from '../shared/ledger/service-ledger';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { belastbaarheidFit } from '@werkbrug/matching';
import { DecisionDto } from './dto/decision.dto';
import { checkNoRejectionFields, recordRejection, rejectionOf } from './rejection';
import { DecisionView, ShortlistView } from './shortlist.response';

@Injectable()
export class ShortlistsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly vacancies: VacanciesService,
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /**
   * An accountmanager's decision on a shortlisted candidate. Two accountmanagers deciding at once
   * do not overwrite each other: the first decision is inserted only if none exists, a change only
   * on the version it was made on; the other gets a 409 with the decision as it now stands.
   */
  async decide(vacancyId: string, candidateId: string, dto: DecisionDto, principal: Principal): Promise<DecisionView> {
    const rejection = dto.decision === 'rejected' ? rejectionOf(dto) : undefined;
    if (!rejection) checkNoRejectionFields(dto);
    const vacancy = await this.vacancies.get(vacancyId, principal);
    const fields = {
      decision: dto.decision,
      reason: null,
      competence: null,
      note: dto.note ?? null,
      ...rejection,
      decidedBy: principal.subject,
      decidedAt: this.clock.now(),
    };
    const decision = await this.db.transaction(async (manager) => {
      const key = { vacancyId, candidateId };
      const existing = await manager.findOneBy(ShortlistDecision, key);
      let saved: ShortlistDecision;
      if (!existing) {
        if (dto.version !== undefined)
          throw new StaleVersionException(
            null,
            'There is no decision to change; leave version out to make the first one.',
          );
        if (!(await manager.existsBy(ShortlistEntry, key)))
          throw new ConflictException(`Candidate ${candidateId} is not on this vacancy's shortlist.`);
        saved = await this.insertFirst(manager, { ...key, ...fields });
      } else {
        if (dto.version === undefined)
          throw new StaleVersionException(
            DecisionView.of(existing),
            'This candidate already has a decision; send its version to change it.',
          );
        if (existing.decision === 'rejected')
          throw new ConflictException('A rejection is final: the candidate is never proposed for this vacancy again.');
        if (await manager.existsBy(Proposal, key))
          throw new ConflictException('The candidate has been proposed; the employer answers the proposal now.');
        saved = await updateVersioned(manager, ShortlistDecision, key, dto.version, fields, DecisionView.of);
      }
      if (rejection) await recordRejection(manager, vacancy, candidateId, rejection, principal);
      await recordService(manager, {
        levels: 2,
        action: 'shortlist-decision',
        actor: principal,
        candidateId,
        vacancyId,
        subject: { type: 'shortlist-decision', id: `${vacancyId}/${candidateId}` },
      });
      return saved;
    });
    if (rejection) this.outbox.kick();
    return DecisionView.of(decision);
  }

  /** Inserts the first decision unless a concurrent request got there first (then a 409 with theirs). */
  private async insertFirst(
    manager: EntityManager,
    decision: Omit<ShortlistDecision, 'version'>,
  ): Promise<ShortlistDecision> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ShortlistDecision)
      .values({ ...decision, version: 1 })
      .orIgnore()
      .returning('version')
      .execute();
    const current = await manager.findOneByOrFail(ShortlistDecision, {
      vacancyId: decision.vacancyId,
      candidateId: decision.candidateId,
    });
    if (!inserted.raw.length)
      throw new StaleVersionException(DecisionView.of(current), 'Someone else decided on this candidate first.');
    return current;
  }

  /**
   * The vacancy's current shortlist. Staff see the ranked entries with their decisions; an employer
   * sees only its own vacancy's state and counts (candidates reach an employer as proposals, never as a list).
   * Belastbaarheid shows as the fit with this job's demands only (see belastbaarheidFit).
   */
  async get(vacancyId: string, principal: Principal): Promise<ShortlistView> {
    const vacancy = await this.vacancies.get(vacancyId, principal); // 404 unless the caller may see the vacancy
    // Staff read the entries and decisions alongside the shortlist row: one round trip instead of two.
    const [shortlist, entries, decisions] = await Promise.all([
      this.db.manager.getRepository(Shortlist).findOneByOrFail({ vacancyId }),
      isEmployer(principal)
        ? []
        : this.db.manager.getRepository(ShortlistEntry).find({ where: { vacancyId }, order: { rank: 'ASC' } }),
      isEmployer(principal)
        ? []
        : this.db.manager.getRepository(ShortlistDecision).find({ where: { vacancyId }, order: { decidedAt: 'ASC' } }),
    ]);
    const view: ShortlistView = {
      vacancyId,
      status: shortlist.matchedGeneration === shortlist.requestedGeneration ? 'ready' : 'pending',
      generation: shortlist.requestedGeneration,
      matchedGeneration: shortlist.matchedGeneration,
      matchedAt: shortlist.matchedAt,
      candidatesConsidered: shortlist.candidatesConsidered,
      candidatesEligible: shortlist.candidatesEligible,
      exclusions: shortlist.exclusions,
    };
    if (isEmployer(principal)) return view;
    const candidateIds = entries.map((entry) => entry.candidateId);
    const [candidates, consents] = await Promise.all([
      this.db.manager
        .getRepository(Candidate)
        .find({ select: { id: true, belastbaarheid: true }, where: { id: In(candidateIds) } }),
      activeConsents(this.db.manager, candidateIds),
    ]);
    const assessmentOf = new Map(candidates.map((candidate) => [candidate.id, candidate.belastbaarheid]));
    const decisionOf = new Map(decisions.map((decision) => [decision.candidateId, DecisionView.of(decision)]));
    const ranked = new Set(entries.map((entry) => entry.candidateId));
    return {
      ...view,
      entries: entries.map(({ rank, candidateId, score, parts, reasons }) => ({
        rank,
        candidateId,
        score,
        parts,
        reasons,
        belastbaarheid: belastbaarheidFit(assessmentOf.get(candidateId) ?? null, vacancy.demands),
        mayBeProposed: consents.get(candidateId)?.showProfile ?? false,
        decision: decisionOf.get(candidateId) ?? null,
      })),
      decisionsOffList: [...decisionOf.values()].filter((decision) => !ranked.has(decision.candidateId)),
    };
  }
}
