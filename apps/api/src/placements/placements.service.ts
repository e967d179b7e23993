import { Injectable } from '@nestjs/common';
import { addMonths, Clock, isEmployer, Principal, RecordErrors, instantOnDay } from '@werkbrug/common';
import { Availability, Candidate, Placement, TransactionHost, Vacancy, VacancyStatus } from '@werkbrug/database';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { FollowUpScheduler } from '../shared/follow-ups/follow-up-scheduler.repository';
import { ServiceEntry, ServiceLedger } from '../shared/ledger/service-ledger';
import { VacanciesService } from '../vacancies/vacancies.service';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { PartyErrors } from '../shared/parties/party.errors';
import {
  CreatePlacementDto,
  ListPlacementsQuery,
  ProefplaatsingDecisionDto,
  SixMonthCheckDto,
} from './dto/placement.dto';
import { PlacementErrors } from './placement.errors';
import { PlacementRepository } from './placement.repository';
import { PlacementView, ProefplaatsingDecisionView } from './placement.response';
import {
  checkDecision,
  checkPlacementTerms,
  checkSentLevels,
  checkSixMonthCheck,
  LASTING_MONTHS,
  LEDGER_ACTION,
  levelsOf,
  TRIAL_MONTHS,
} from './placement-rules';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';

/** Nobody is placed on a vacancy that can no longer be had. */
const GONE: readonly VacancyStatus[] = ['closed', 'expired'];

type NewPlacement = Pick<
  Placement,
  | 'candidateId'
  | 'employerId'
  | 'vacancyId'
  | 'agreementId'
  | 'kind'
  | 'uitstroom'
  | 'startsOn'
  | 'hoursPerWeek'
  | 'contractType'
  | 'instruments'
  | 'levels'
>;

/** Placements with employers and what became of them: the proefplaatsing decision and the six-month check. */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly placements: PlacementRepository,
    private readonly ledger: ServiceLedger,
    private readonly scheduler: FollowUpScheduler,
    private readonly followUps: FollowUpsService,
    private readonly matching: MatchingRequests,
    private readonly vacancies: VacanciesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a placement. It counts towards the vacancy's agreement or, without one, an agreement
   * the employer is party to that covers the start: the one ending soonest, then the oldest. It
   * counts at the levels of what led to it (see PlacementRepository.leadsTo and levelsOf).
   */
  async create(dto: CreatePlacementDto, principal: Principal): Promise<PlacementView> {
    checkPlacementTerms(dto);
    const placement = await this.db.transaction(async () => {
      const candidate = await this.placements.lockCandidate(dto.candidateId);
      if (!candidate) throw PartyErrors.unknownCandidate.at('candidateId', `no candidate ${dto.candidateId}`);
      if (candidate.availability === 'left')
        throw PlacementErrors.candidateLeft.at('candidateId', 'the candidate has left the service');
      if (!(await this.placements.employerExists(dto.employerId)))
        throw PartyErrors.unknownEmployer.at('employerId', `no employer ${dto.employerId}`);
      const vacancy = dto.vacancyId ? await this.placements.lockVacancy(dto.vacancyId) : null;
      if (dto.vacancyId && !vacancy) throw PartyErrors.unknownVacancy.at('vacancyId', `no vacancy ${dto.vacancyId}`);
      if (vacancy && vacancy.employerId !== dto.employerId)
        throw PartyErrors.vacancyOfOtherEmployer.at('vacancyId', 'belongs to another employer than employerId');
      if (vacancy && GONE.includes(vacancy.status))
        throw PlacementErrors.vacancyGone.at('vacancyId', `the vacancy is ${vacancy.status}`);
      const { candidateId, employerId, kind, startsOn, hoursPerWeek, instruments } = dto;
      const agreementId = vacancy?.agreementId ?? (await this.placements.agreementCovering(employerId, startsOn));
      // The levels are what Werkbrug recorded as leading here, not the caller's account of it.
      const leads = await this.placements.leadsTo({ candidateId, employerId, vacancyId: vacancy?.id ?? null });
      const levels = levelsOf({ ...leads, agreement: agreementId !== null });
      checkSentLevels(dto.levels, levels);
      return this.place(
        candidate,
        vacancy,
        {
          candidateId,
          employerId,
          vacancyId: vacancy?.id ?? null,
          agreementId,
          kind,
          uitstroom: dto.uitstroom ?? null,
          startsOn,
          hoursPerWeek,
          contractType: dto.contractType ?? null,
          instruments,
          levels,
        },
        principal,
      );
    });
    return PlacementView.of(placement);
  }

  /**
   * The employer's decision at the end of a proefplaatsing. A contract starts paid work on the day
   * decided, under the same agreement and counted at the same levels; no contract makes the
   * candidate available again.
   */
  async decide(id: string, dto: ProefplaatsingDecisionDto, principal: Principal): Promise<ProefplaatsingDecisionView> {
    const decided = await this.db.transaction(async () => {
      const trial = await this.findStaffVisible(id);
      if (trial.version !== dto.version)
        throw RecordErrors.staleVersion(undefined, { current: PlacementView.of(trial) });
      checkDecision(trial, dto);
      const proefplaatsing = await this.placements.updateVersioned(
        { id },
        dto.version,
        { proefplaatsingDecision: dto.decision, decidedOn: dto.decidedOn },
        PlacementView.of,
      );
      await this.followUps.close(sourceOf(trial), 'proefplaatsing-decision', dto.decision);
      const candidate = (await this.placements.lockCandidate(trial.candidateId))!;
      if (dto.decision === 'no-contract') {
        if (candidate.availability === 'temporarily-unavailable') await this.setAvailability(candidate, 'available');
        await this.recordFollowUpDone(trial, principal, dto.decidedOn);
        return { proefplaatsing, contract: null };
      }
      const vacancy = trial.vacancyId ? await this.placements.lockVacancy(trial.vacancyId) : null;
      const contract = await this.place(
        candidate,
        vacancy,
        {
          candidateId: trial.candidateId,
          employerId: trial.employerId,
          vacancyId: trial.vacancyId,
          agreementId: trial.agreementId,
          kind: 'paid-work',
          uitstroom: dto.uitstroom!,
          startsOn: dto.decidedOn,
          hoursPerWeek: dto.hoursPerWeek ?? trial.hoursPerWeek,
          contractType: dto.contractType!,
          // The trial is over; what supports the paid work (a subsidy, a jobcoach) carries on.
          instruments: trial.instruments.filter((instrument) => instrument !== 'proefplaatsing'),
          levels: trial.levels,
        },
        principal,
      );
      return { proefplaatsing, contract };
    });
    return {
      proefplaatsing: PlacementView.of(decided.proefplaatsing),
      contract: decided.contract && PlacementView.of(decided.contract),
    };
  }

  /** Six months on: did the work last (duurzame uitstroom)? If not, the candidate is available again. */
  async sixMonthCheck(id: string, dto: SixMonthCheckDto, principal: Principal): Promise<PlacementView> {
    const checked = await this.db.transaction(async () => {
      const placement = await this.findStaffVisible(id);
      if (placement.version !== dto.version)
        throw RecordErrors.staleVersion(undefined, { current: PlacementView.of(placement) });
      checkSixMonthCheck(placement, dto.checkedOn, this.clock.today());
      const updated = await this.placements.updateVersioned(
        { id },
        dto.version,
        { lasted: dto.lasted, followedUpOn: dto.checkedOn },
        PlacementView.of,
      );
      await this.followUps.close(sourceOf(placement), 'six-month-check', dto.lasted ? 'lasted' : 'did-not-last');
      if (dto.lasted) {
        await this.ledger.record({
          ...ledgerEntry(placement, principal),
          kind: 'result',
          action: 'lasting-placement',
          occurredAt: instantOnDay(dto.checkedOn),
        });
      } else {
        const candidate = (await this.placements.lockCandidate(placement.candidateId))!;
        if (candidate.availability === 'placed') await this.setAvailability(candidate, 'available');
        await this.recordFollowUpDone(placement, principal, dto.checkedOn);
      }
      return updated;
    });
    return PlacementView.of(checked);
  }

  /** An employer sees its own placements only; staff may filter by employer. */
  async list(query: ListPlacementsQuery, principal: Principal): Promise<Paged<PlacementView>> {
    const page = pageOf(query);
    const { items, more } = pageFrom(
      await this.placements.findFiltered(
        { ...query, employerId: isEmployer(principal) ? principal.employerId : query.employerId },
        page,
      ),
      page,
    );
    return { items: items.map(isEmployer(principal) ? PlacementView.forEmployer : PlacementView.of), more };
  }

  /** Another employer's placement is not found, so an employer cannot learn that it exists. */
  async get(id: string, principal: Principal): Promise<PlacementView> {
    if (!isEmployer(principal)) return PlacementView.of(await this.findStaffVisible(id));
    const placement = await this.placements.getOrThrow(
      { id, employerId: principal.employerId },
      `Placement ${id} not found.`,
    );
    return PlacementView.forEmployer(placement);
  }

  /**
   * Stores a placement with what follows from it: the follow-up a completed training with baangarantie
   * left is done, the next follow-up (the decision after a proefplaatsing, the six-month check of paid work), the candidate's availability, a vacancy whose positions are
   * now all taken becoming filled, and the result on the ledger at each level that led to it.
   */
  private async place(
    candidate: Candidate,
    vacancy: Vacancy | null,
    fields: NewPlacement,
    principal: Principal,
  ): Promise<Placement> {
    const endsOn = fields.kind === 'proefplaatsing' ? addMonths(fields.startsOn, TRIAL_MONTHS) : null;
    const placement = await this.placements.insert({
      ...fields,
      endsOn,
      proefplaatsingDecision: null,
      decidedOn: null,
      lasted: null,
      followedUpOn: null,
      recordedBy: principal.userId,
      createdAt: this.clock.now(),
      version: 1,
    });
    const { candidateId, employerId, vacancyId } = placement;
    await this.followUps.closePlacementExpected({ candidateId, employerId });
    const followUp = { source: sourceOf(placement), candidateId, employerId, vacancyId, assignedTo: principal.userId };
    if (placement.kind === 'proefplaatsing') {
      await this.scheduler.schedule({ ...followUp, kind: 'proefplaatsing-decision', dueOn: endsOn! });
      await this.setAvailability(candidate, 'temporarily-unavailable', 'proefplaatsing', endsOn);
    }
    if (placement.kind === 'paid-work') {
      await this.scheduler.schedule({
        ...followUp,
        kind: 'six-month-check',
        dueOn: addMonths(placement.startsOn, LASTING_MONTHS),
      });
      await this.setAvailability(candidate, 'placed');
      // The last position taken: closed as filled through Werkbrug, withdrawing what was still under way for it.
      if (vacancy && (await this.placements.countPaidWorkOn(vacancy.id)) >= vacancy.positions)
        await this.vacancies.closeFilledHere(vacancy.id, principal);
    }
    await this.ledger.record({
      ...ledgerEntry(placement, principal),
      kind: 'result',
      action: LEDGER_ACTION[placement.kind],
      occurredAt: instantOnDay(placement.startsOn),
    });
    return placement;
  }

  /** Only available candidates are matched: a change takes them off (or back onto) the shortlists concerned. */
  private async setAvailability(
    candidate: Candidate,
    availability: Availability,
    reason?: string,
    until?: string | null,
  ): Promise<void> {
    const changes = { availability, unavailableReason: reason ?? null, unavailableUntil: until ?? null };
    await this.placements.setAvailability(candidate.id, changes);
    await this.matching.rematchForCandidate({ ...candidate, ...changes });
  }

  /** A decision or check that yields no result still is work done: it is on the ledger as the follow-up done. */
  private async recordFollowUpDone(placement: Placement, actor: Principal, on: string): Promise<void> {
    await this.ledger.record({
      ...ledgerEntry(placement, actor),
      action: 'follow-up-done',
      occurredAt: instantOnDay(on),
    });
  }

  /** Decisions and checks are staff work; the route allows staff only, so any placement is visible. */
  private findStaffVisible(id: string): Promise<Placement> {
    return this.placements.getOrThrow({ id }, `Placement ${id} not found.`);
  }
}

const sourceOf = (placement: Placement) => ({ type: 'placement', id: placement.id });

function ledgerEntry(placement: Placement, actor: Principal): Omit<ServiceEntry, 'action'> {
  const { candidateId, employerId, vacancyId, agreementId, levels } = placement;
  return { levels, actor, candidateId, employerId, vacancyId, agreementId, subject: sourceOf(placement) };
}
