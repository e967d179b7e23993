import { Injectable } from '@nestjs/common';
import { addDays, invalidInput, InvalidParam, isEmployer, Principal, Clock } from '@werkbrug/common';
import { isFollowed, Proposal, ProposalStatus, TransactionHost } from '@werkbrug/database';
import { ActiveConsents, ConsentsService, NO_CONSENT } from '../consent/consents.service';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { Notifier } from '../shared/notifications/notifier';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import { checkNoRejectionFields, rejectionOf } from '../shared/validation/rejection-fields';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { anonymisedProfile, employerProfile, exceededDemands } from './anonymised-profile';
import { AnswerDto, ProposalAnswer } from './dto/answer.dto';
import { ProposeDto } from './dto/propose.dto';
import { ProposalErrors } from './proposal.errors';
import { ProposalFilter, ProposalRepository } from './proposal.repository';
import { ConsentRequestView, Disclosure, ProposalView } from './proposal.response';
import { RequestConsentDto } from './dto/consent-request.dto';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';
import { ProposedCandidateRepository } from './proposed-candidate.repository';
import { Page, pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { CandidateAccess, CandidateOnList } from '../shared/candidate-access/candidate-access.service';

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

/** Days an accountmanager has to act on an employer's answer (call the employer, plan the interview). */
const ANSWER_DUE_DAYS = 2;
/** Days a klantmanager has to ask the candidate for the consent an accountmanager asked for. */
const CONSENT_REQUEST_DUE_DAYS = 5;

@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly proposals: ProposalRepository,
    private readonly candidates: ProposedCandidateRepository,
    private readonly vacancies: VacanciesService,
    private readonly shortlists: ShortlistsService,
    private readonly consents: ConsentsService,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
    private readonly access: CandidateAccess,
    private readonly workItems: WorkItemWriter,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Level 2: sends candidates accepted on the shortlist to the employer as anonymised profiles.
   * All or none: any candidate that may not be proposed stops the whole request, each named with
   * the rule it breaks. Only a candidate whose consent to show the anonymised profile holds is proposed.
   */
  async propose(vacancyId: string, dto: ProposeDto, principal: Principal): Promise<ProposalView[]> {
    const vacancy = await this.vacancies.get(vacancyId, principal);
    if (vacancy.status !== 'open')
      throw ProposalErrors.vacancyNotOpen(`The vacancy is ${vacancy.status}; only an open vacancy gets proposals.`);
    if (isFollowed(vacancy))
      throw ProposalErrors.followedVacancy(
        `The vacancy is followed from ${vacancy.source}: apply as it says, or ask that region's WSP.`,
      );
    const { candidateIds } = dto;
    return this.db.transaction(async () => {
      // One after the other: a transaction is one connection, which runs one query at a time.
      const standings = await this.shortlists.standingsOf(vacancyId, candidateIds);
      const proposed = new Set((await this.proposals.among(vacancyId, candidateIds)).map((p) => p.candidateId));
      const candidateOf = await this.candidates.profileSources(candidateIds);
      // Locked until commit, so a withdrawal committed meanwhile is seen rather than overtaken.
      const consentOf = await this.consents.activeFor(candidateIds, { lock: true });
      const refusal = (candidateId: string, field: string): InvalidParam | undefined => {
        const standing = standings.get(candidateId)!;
        if (standing.turnedDown)
          return ProposalErrors.candidateRejected.param(
            field,
            'was rejected for this vacancy and is never proposed for it again',
          );
        if (proposed.has(candidateId))
          return ProposalErrors.alreadyProposed.param(field, 'has already been proposed for this vacancy');
        if (standing.decision !== 'accepted')
          return ProposalErrors.notAccepted.param(field, 'accept the candidate on the shortlist first');
        if (!standing.reasons)
          return ProposalErrors.notOnShortlist.param(
            field,
            'is no longer on the shortlist (no longer available, or no longer fits)',
          );
        if (!consentOf.get(candidateId)?.showProfile)
          return ProposalErrors.noConsent.param(
            field,
            'has not consented to employers seeing the anonymised profile (the klantmanager records it)',
          );
        // The shortlist may predate a change of the assessment; the employer is told the candidate can carry the work, so it must hold now.
        const exceeded = exceededDemands(candidateOf.get(candidateId)!.belastbaarheid, vacancy.demands);
        if (exceeded.length)
          return ProposalErrors.beyondBelastbaarheid.param(
            field,
            `the job asks more than the candidate can carry (${exceeded.join(', ')}); wait for the re-match`,
          );
        return undefined;
      };
      const refusals = candidateIds.flatMap(
        (candidateId, index) => refusal(candidateId, `candidateIds[${index}]`) ?? [],
      );
      if (refusals.length) throw invalidInput(refusals);
      const proposedAt = this.clock.now();
      const allInserted = await this.proposals.insertUnlessProposed(
        candidateIds.map((candidateId) => ({
          vacancyId,
          employerId: vacancy.employerId,
          candidateId,
          profile: anonymisedProfile(candidateOf.get(candidateId)!, standings.get(candidateId)!.reasons!, vacancy),
          status: 'proposed',
          proposedBy: principal.userId,
          proposedAt,
          version: 1,
        })),
      );
      if (!allInserted)
        throw ProposalErrors.proposedMeanwhile(
          'Someone else proposed one of these candidates just now; reload the shortlist.',
        );
      const saved = await this.proposals.among(vacancyId, candidateIds);
      for (const proposal of saved) {
        await this.ledger.record({
          levels: 2,
          action: 'proposal',
          actor: principal,
          candidateId: proposal.candidateId,
          vacancyId,
          subject: { type: 'proposal', id: proposal.id },
        });
      }
      await this.notifyProposed(vacancy, saved);
      return this.views(saved, principal);
    });
  }

  /**
   * Asks the candidate's klantmanager (their organisation's team, without one) for the consent to
   * show the anonymised profile, so the candidate can be proposed for this vacancy: an item on their
   * worklist, closed when the consent is recorded, and a notification. Asking again while it is open
   * changes nothing.
   */
  async requestConsent(candidateId: string, dto: RequestConsentDto, principal: Principal): Promise<ConsentRequestView> {
    const vacancy = await this.vacancies.get(dto.vacancyId, principal);
    return this.db.transaction(async () => {
      const candidate = await this.candidates.caseOf(candidateId);
      if (!candidate) throw CandidateProfileErrors.notFound(`Candidate ${candidateId} not found.`);
      const standing = (await this.shortlists.standingsOf(vacancy.id, [candidateId])).get(candidateId)!;
      if (!standing.reasons || standing.turnedDown)
        throw ProposalErrors.notOnShortlist.at('vacancyId', "the candidate is not on this vacancy's shortlist");
      if ((await this.consents.activeFor([candidateId])).get(candidateId)?.showProfile)
        throw ProposalErrors.consentPresent('The candidate consented already; propose them.');
      const sourceKey = `consent-request:${candidateId}:${vacancy.id}`;
      await this.workItems.open({
        kind: 'consent-requested',
        sourceKey,
        assigneeId: candidate.klantmanagerId,
        organisationId: candidate.organisationId,
        role: 'klantmanager',
        candidateId,
        employerId: vacancy.employerId,
        vacancyId: vacancy.id,
        link: `#/kandidaten/${candidateId}`,
        params: {},
        dueOn: addDays(this.clock.today(), CONSENT_REQUEST_DUE_DAYS),
        at: this.clock.now(),
      });
      await this.notifier.notify({
        kind: 'consent-requested',
        eventKey: sourceKey,
        recipientIds: candidate.klantmanagerId
          ? [candidate.klantmanagerId]
          : await this.notifier.staff(candidate.organisationId, 'klantmanager'),
        link: `#/kandidaten/${candidateId}`,
        params: { candidateReference: candidateReference(candidateId), vacancyTitle: vacancy.title },
      });
      const item = (await this.workItems.bySource(sourceKey))!;
      return {
        id: item.id,
        candidateId,
        candidateReference: candidateReference(candidateId),
        vacancyId: vacancy.id,
        dueOn: item.dueOn,
        klantmanagerAssigned: Boolean(candidate.klantmanagerId),
      };
    });
  }

  /** The employer's answer to one proposed candidate (or an accountmanager recording it for them). */
  async answer(proposalId: string, dto: AnswerDto, principal: Principal): Promise<ProposalView> {
    const rejection = dto.answer === 'reject' ? rejectionOf(dto) : undefined;
    if (!rejection) checkNoRejectionFields(dto);
    const proposal = await this.findVisible(proposalId, principal);
    const disclosure = (await this.disclosures([proposal], principal)).get(proposal.id)!;
    if (proposal.status === 'withdrawn')
      throw ProposalErrors.withdrawn(`The vacancy ended (${proposal.withdrawnReason}); the proposal was withdrawn.`);
    if (proposal.status === 'invited' || proposal.status === 'rejected')
      throw ProposalErrors.answerFinal(`This candidate was already ${proposal.status}; that answer stands.`);
    const forEmployer = isEmployer(principal);
    const answered = await this.db.transaction(async () => {
      const changes = {
        status: STATUS_OF[dto.answer],
        answerReason: rejection?.reason ?? null,
        answerCompetence: rejection?.competence ?? null,
        answerNote: dto.note ?? null,
        answeredBy: principal.userId,
        answeredAt: this.clock.now(),
      };
      const updated = await this.proposals.updateVersioned({ id: proposalId }, dto.version, changes, (current) =>
        ProposalView.of(current, forEmployer, disclosure),
      );
      if (rejection) {
        const vacancy = { id: proposal.vacancyId, employerId: proposal.employerId };
        await this.shortlists.recordRejection(vacancy, proposal.candidateId, rejection, principal);
      }
      await this.ledger.record({
        levels: 2,
        action: LEDGER_ACTION[dto.answer],
        actor: principal,
        candidateId: proposal.candidateId,
        vacancyId: proposal.vacancyId,
        subject: { type: 'proposal', id: proposal.id },
      });
      // The proposer is told of every answer by the employer (one recorded by staff they know of); an
      // invitation or rejection is also theirs to act on, while "not now" leaves the proposal open.
      if (forEmployer) await this.notifyAnswered(proposal, dto.answer, principal);
      if (forEmployer && dto.answer !== 'not-now') {
        await this.workItems.open({
          kind: 'employer-answer',
          sourceKey: `proposal:${proposal.id}:${STATUS_OF[dto.answer]}`,
          assigneeId: proposal.proposedBy,
          role: 'accountmanager',
          candidateId: proposal.candidateId,
          employerId: proposal.employerId,
          vacancyId: proposal.vacancyId,
          link: `#/vacatures/${proposal.vacancyId}/shortlist`,
          params: { answer: dto.answer, reason: rejection?.reason ?? null },
          dueOn: addDays(this.clock.today(), ANSWER_DUE_DAYS),
          at: this.clock.now(),
        });
      }
      return updated;
    });
    return ProposalView.of(answered, forEmployer, disclosure);
  }

  /**
   * An employer sees its own proposals only, and only of candidates whose consent holds (so an
   * employer's page may hold fewer than `limit`); staff may filter by employer.
   */
  async list(principal: Principal, filter: ProposalFilter, page: Page = pageOf()): Promise<Paged<ProposalView>> {
    if (filter.vacancyId) await this.vacancies.get(filter.vacancyId, principal);
    const employerId = isEmployer(principal) ? principal.employerId : filter.employerId;
    const { items, more } = pageFrom(await this.proposals.list({ ...filter, employerId }, page), page);
    return { items: await this.views(items, principal), more };
  }

  /** The one read that may carry identity: to the employer, once the candidate consented for this proposal. */
  async get(proposalId: string, principal: Principal): Promise<ProposalView> {
    const proposal = await this.findVisible(proposalId, principal);
    const disclosure = (await this.disclosures([proposal], principal, true)).get(proposal.id)!;
    return ProposalView.of(proposal, isEmployer(principal), disclosure);
  }

  /**
   * Another employer's proposal is not found, so an employer cannot learn that it exists; nor is one
   * whose candidate withdrew consent to show the profile (the employer sees it vanish, not change).
   */
  private async findVisible(id: string, principal: Principal): Promise<Proposal> {
    if (!isEmployer(principal)) return this.proposals.getVisible(id, undefined);
    const proposal = await this.proposals.getVisible(id, principal.employerId);
    const consents = await this.consents.activeFor([proposal.candidateId]);
    if (!consents.get(proposal.candidateId)?.showProfile) throw ProposalErrors.notFound(`Proposal ${id} not found.`);
    return proposal;
  }

  /** Views as the principal may see them: an employer's leave out proposals whose candidate's profile consent does not hold. */
  private async views(proposals: Proposal[], principal: Principal): Promise<ProposalView[]> {
    const disclosures = await this.disclosures(proposals, principal);
    return proposals
      .filter((proposal) => !isEmployer(principal) || disclosures.get(proposal.id)!.shown)
      .map((proposal) => ProposalView.of(proposal, isEmployer(principal), disclosures.get(proposal.id)!));
  }

  /**
   * What the consents that hold now let through, per proposal. The stored profile never carries
   * consent-dependent parts, so a withdrawal applies to the very next read.
   */
  private async disclosures(
    proposals: Proposal[],
    principal: Principal,
    withIdentity = false,
  ): Promise<Map<string, Disclosure>> {
    const candidateIds = [...new Set(proposals.map((proposal) => proposal.candidateId))];
    if (!candidateIds.length) return new Map();
    const consentOf = await this.consents.activeFor(candidateIds);
    const candidateOf = await this.candidates.consentSources(candidateIds);
    const consentsFor = (proposal: Proposal): ActiveConsents => consentOf.get(proposal.candidateId) ?? NO_CONSENT;
    const identified =
      withIdentity && isEmployer(principal)
        ? proposals.filter((proposal) => consentsFor(proposal).identityFor.has(proposal.id))
        : [];
    const identityOf = await this.candidates.identities(identified.map((proposal) => proposal.candidateId));
    // Staff see who the candidate is as far as their organisation may know (the name, or whom to ask).
    const onList = isEmployer(principal)
      ? new Map<string, CandidateOnList>()
      : await this.access.onList(principal, candidateIds);
    const placementOf = await this.proposals.placementsOf(proposals);
    const today = this.clock.today();
    return new Map(
      proposals.map((proposal) => {
        const consents = consentsFor(proposal);
        const profile = employerProfile(proposal.profile, candidateOf.get(proposal.candidateId)!, consents, today);
        const identity = consents.showProfile ? identityOf.get(proposal.candidateId) : undefined;
        const identityShared = consents.identityFor.has(proposal.id);
        return [
          proposal.id,
          {
            profile,
            shown: consents.showProfile,
            identityShared,
            ...(identity ? { identity } : {}),
            ...(onList.has(proposal.candidateId) ? { candidate: onList.get(proposal.candidateId) } : {}),
            ...(placementOf.has(proposal.id) ? { placement: placementOf.get(proposal.id) } : {}),
          },
        ];
      }),
    );
  }

  /** Tells the employer's users of each new proposal, in its transaction; the candidate by reference only. */
  private async notifyProposed(vacancy: { employerId: string; title: string }, proposals: Proposal[]): Promise<void> {
    const recipientIds = await this.notifier.employerUsers(vacancy.employerId);
    for (const proposal of proposals)
      await this.notifier.notify({
        kind: 'candidate-proposed',
        eventKey: `proposal:${proposal.id}`,
        recipientIds,
        link: '#/voorstellen',
        params: { candidateReference: candidateReference(proposal.candidateId), vacancyTitle: vacancy.title },
      });
  }

  /** Tells the accountmanager who proposed of the employer's final answer (invited or rejected), in its transaction. */
  private async notifyAnswered(proposal: Proposal, answer: ProposalAnswer, principal: Principal): Promise<void> {
    const vacancy = await this.vacancies.get(proposal.vacancyId, principal);
    await this.notifier.notify({
      kind: 'employer-answered',
      // Per answer: a "not now" may be followed by an invitation or a rejection, told again.
      eventKey: `proposal-answered:${proposal.id}:${STATUS_OF[answer]}`,
      recipientIds: [proposal.proposedBy],
      link: `#/vacatures/${proposal.vacancyId}/shortlist`,
      params: { answer, candidateReference: candidateReference(proposal.candidateId), vacancyTitle: vacancy.title },
    });
  }
}
