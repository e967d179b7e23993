import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, isEmployer, Principal, Clock } from '@werkbrug/common';
import {
  Candidate,
  CandidateIdentity,
  MatchFeedback,
  Proposal,
  ProposalStatus,
  ShortlistDecision,
  ShortlistEntry,
  updateVersioned,
  TransactionHost,
} from '@werkbrug/database';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { ActiveConsents, activeConsents, NO_CONSENT } from '../consent/active-consents';
import { recordService } from '../shared/ledger/service-ledger';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { checkNoRejectionFields, recordRejection, rejectionOf } from '../shortlists/rejection';
import { VacanciesService } from '../vacancies/vacancies.service';
import { anonymisedProfile, employerProfile, exceededDemands } from './anonymised-profile';
import { AnswerDto, ProposalAnswer } from './dto/answer.dto';
import { ProposeDto } from './dto/propose.dto';
import { Disclosure, ProposalView } from './proposal.response';

const STATUS_OF: Record<ProposalAnswer, ProposalStatus> = {
  invite: 'invited',
  'not-now': 'not-now',
  reject: 'rejected',
};
const LEDGER_ACTION: Record<ProposalAnswer, string> = {
  invite: 'employer-invited',
  'not-now': 'employer-not-now',
  reject: 'employer-rejected',
};

@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly vacancies: VacanciesService,
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /**
   * Level 2: sends candidates accepted on the shortlist to the employer as anonymised profiles.
   * All or none: one candidate that may not be proposed stops the whole request, naming it. Only a
   * candidate whose consent to show the anonymised profile holds is proposed.
   */
  async propose(vacancyId: string, dto: ProposeDto, principal: Principal): Promise<ProposalView[]> {
    const vacancy = await this.vacancies.get(vacancyId, principal);
    if (vacancy.status !== 'open')
      throw new ConflictException(`The vacancy is ${vacancy.status}; only an open vacancy gets proposals.`);
    const proposals = await this.db.transaction(async (manager) => {
      const among = { vacancyId, candidateId: In(dto.candidateIds) };
      // One after the other: a transaction is one connection, which runs one query at a time.
      const byCandidate = <T extends { candidateId: string }>(rows: T[]) =>
        new Map(rows.map((row) => [row.candidateId, row]));
      const decisionOf = byCandidate(await manager.findBy(ShortlistDecision, among));
      const entryOf = byCandidate(await manager.findBy(ShortlistEntry, among));
      const proposalOf = byCandidate(await manager.findBy(Proposal, among));
      const rejectedOf = byCandidate(await manager.findBy(MatchFeedback, among));
      const candidateOf = new Map(
        (await manager.findBy(Candidate, { id: In(dto.candidateIds) })).map((candidate) => [candidate.id, candidate]),
      );
      const consentOf = await activeConsents(manager, dto.candidateIds, true);
      dto.candidateIds.forEach((candidateId, index) => {
        const refuse = (reason: string) => invalidField(`candidateIds[${index}]`, reason);
        if (rejectedOf.has(candidateId))
          throw refuse('was rejected for this vacancy and is never proposed for it again');
        if (proposalOf.has(candidateId)) throw refuse('has already been proposed for this vacancy');
        if (decisionOf.get(candidateId)?.decision !== 'accepted')
          throw refuse('accept the candidate on the shortlist first');
        if (!entryOf.has(candidateId))
          throw refuse('is no longer on the shortlist (no longer available, or no longer fits)');
        if (!consentOf.get(candidateId)?.showProfile)
          throw refuse('has not consented to employers seeing the anonymised profile (the klantmanager records it)');
        // The shortlist may predate a change of the assessment; the employer is told the candidate can carry the work, so it must hold now.
        const exceeded = exceededDemands(candidateOf.get(candidateId)!.belastbaarheid, vacancy.demands);
        if (exceeded.length)
          throw refuse(
            `the job asks more than the candidate can carry (${exceeded.join(', ')}); wait for the re-match`,
          );
      });
      const rows = dto.candidateIds.map((candidateId) =>
        manager.create(Proposal, {
          vacancyId,
          employerId: vacancy.employerId,
          candidateId,
          profile: anonymisedProfile(candidateOf.get(candidateId)!, entryOf.get(candidateId)!.reasons, vacancy),
          status: 'proposed',
          proposedBy: principal.subject,
          proposedAt: this.clock.now(),
          version: 1,
        }),
      );
      // A colleague proposing the same candidate at the same moment makes the unique key skip the row here.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Proposal)
        .values(rows)
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length !== rows.length)
        throw new ConflictException('Someone else proposed one of these candidates just now; reload the shortlist.');
      const saved = await manager.findBy(Proposal, among);
      for (const proposal of saved) {
        await recordService(manager, {
          levels: 2,
          action: 'proposal',
          actor: principal,
          candidateId: proposal.candidateId,
          vacancyId,
          subject: { type: 'proposal', id: proposal.id },
        });
      }
      return this.views(manager, saved, principal);
    });
    return proposals;
  }

  /** The employer's answer to one proposed candidate (or an accountmanager recording it for them). */
  async answer(proposalId: string, dto: AnswerDto, principal: Principal): Promise<ProposalView> {
    const rejection = dto.answer === 'reject' ? rejectionOf(dto) : undefined;
    if (!rejection) checkNoRejectionFields(dto);
    const proposal = await this.findVisible(proposalId, principal);
    const disclosure = (await this.disclosures(this.db.manager, [proposal], principal)).get(proposal.id)!;
    if (proposal.status === 'invited' || proposal.status === 'rejected') {
      throw new ConflictException(`This candidate was already ${proposal.status}; that answer stands.`);
    }
    const answered = await this.db.transaction(async (manager) => {
      const changes = {
        status: STATUS_OF[dto.answer],
        answerReason: rejection?.reason ?? null,
        answerCompetence: rejection?.competence ?? null,
        answerNote: dto.note ?? null,
        answeredBy: principal.subject,
        answeredAt: this.clock.now(),
      };
      const currentView = (current: Proposal) => ProposalView.of(current, isEmployer(principal), disclosure);
      const updated = await updateVersioned(manager, Proposal, { id: proposalId }, dto.version, changes, currentView);
      if (rejection)
        await recordRejection(
          manager,
          { id: proposal.vacancyId, employerId: proposal.employerId },
          proposal.candidateId,
          rejection,
          principal,
        );
      await recordService(manager, {
        levels: 2,
        action: LEDGER_ACTION[dto.answer],
        actor: principal,
        candidateId: proposal.candidateId,
        vacancyId: proposal.vacancyId,
        subject: { type: 'proposal', id: proposal.id },
      });
      return updated;
    });
    if (rejection) this.outbox.kick();
    return ProposalView.of(answered, isEmployer(principal), disclosure);
  }

  /** An employer sees its own proposals only, and only of candidates whose consent holds; staff may filter by employer. */
  async list(
    principal: Principal,
    filter: { vacancyId?: string; employerId?: string; status?: ProposalStatus },
  ): Promise<ProposalView[]> {
    if (filter.vacancyId) await this.vacancies.get(filter.vacancyId, principal);
    const where: FindOptionsWhere<Proposal> = {
      ...(filter.vacancyId ? { vacancyId: filter.vacancyId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(isEmployer(principal)
        ? { employerId: principal.employerId }
        : filter.employerId
          ? { employerId: filter.employerId }
          : {}),
    };
    const proposals = await this.db.manager.getRepository(Proposal).find({ where, order: { proposedAt: 'DESC' } });
    return this.views(this.db.manager, proposals, principal);
  }

  /** The one read that may carry identity: to the employer, once the candidate consented for this proposal. */
  async get(proposalId: string, principal: Principal): Promise<ProposalView> {
    const proposal = await this.findVisible(proposalId, principal);
    const disclosure = (await this.disclosures(this.db.manager, [proposal], principal, true)).get(proposal.id)!;
    return ProposalView.of(proposal, isEmployer(principal), disclosure);
  }

  /**
   * Another employer's proposal is not found, so an employer cannot learn that it exists; nor is one
   * whose candidate withdrew consent to show the profile (the employer sees it vanish, not change).
   */
  private async findVisible(id: string, principal: Principal): Promise<Proposal> {
    const where: FindOptionsWhere<Proposal> = isEmployer(principal) ? { id, employerId: principal.employerId } : { id };
    const proposal = await this.db.manager.getRepository(Proposal).findOneBy(where);
    const notFound = new NotFoundException(`Proposal ${id} not found.`);
    if (!proposal) throw notFound;
    const consents = isEmployer(principal) ? await activeConsents(this.db.manager, [proposal.candidateId]) : undefined;
    if (consents && !consents.get(proposal.candidateId)?.showProfile) throw notFound;
    return proposal;
  }

  /** Views as the principal may see them: an employer's leave out proposals whose candidate's profile consent does not hold. */
  private async views(manager: EntityManager, proposals: Proposal[], principal: Principal): Promise<ProposalView[]> {
    const disclosures = await this.disclosures(manager, proposals, principal);
    return proposals
      .filter((proposal) => !isEmployer(principal) || disclosures.get(proposal.id)!.shown)
      .map((proposal) => ProposalView.of(proposal, isEmployer(principal), disclosures.get(proposal.id)!));
  }

  /**
   * What the consents that hold now let through, per proposal. The stored profile never carries
   * consent-dependent parts, so a withdrawal applies to the very next read.
   */
  private async disclosures(
    manager: EntityManager,
    proposals: Proposal[],
    principal: Principal,
    withIdentity = false,
  ): Promise<Map<string, Disclosure>> {
    const candidateIds = [...new Set(proposals.map((proposal) => proposal.candidateId))];
    if (!candidateIds.length) return new Map();
    const consentOf = await activeConsents(manager, candidateIds);
    const candidates = await manager.find(Candidate, {
      select: { id: true, birthYear: true, belastbaarheid: true },
      where: { id: In(candidateIds) },
    });
    const candidateOf = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const consentsFor = (proposal: Proposal): ActiveConsents => consentOf.get(proposal.candidateId) ?? NO_CONSENT;
    const identified =
      withIdentity && isEmployer(principal)
        ? proposals.filter((proposal) => consentsFor(proposal).identityFor.has(proposal.id))
        : [];
    const identifiedIds = identified.map((proposal) => proposal.candidateId);
    const identities = identifiedIds.length
      ? await manager.findBy(CandidateIdentity, { candidateId: In(identifiedIds) })
      : [];
    const identityOf = new Map(
      identities.map(({ candidateId, name, email, phone }) => [candidateId, { name, email, phone }]),
    );
    const today = this.clock.today();
    return new Map(
      proposals.map((proposal) => {
        const consents = consentsFor(proposal);
        const profile = employerProfile(proposal.profile, candidateOf.get(proposal.candidateId)!, consents, today);
        const identity = consents.showProfile ? identityOf.get(proposal.candidateId) : undefined;
        const identityShared = consents.identityFor.has(proposal.id);
        return [
          proposal.id,
          { profile, shown: consents.showProfile, identityShared, ...(identity ? { identity } : {}) },
        ];
      }),
    );
  }
}
