import { Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, isEmployer, Principal, StaleVersionException, Clock } from '@werkbrug/common';
import {
  Availability,
  Candidate,
  Employer,
  Placement,
  updateVersioned,
  Vacancy,
  VacancyStatus,
  TransactionHost,
} from '@werkbrug/database';
import { EntityManager, FindOptionsWhere } from 'typeorm';
import { vacanciesConcerned } from '../candidates/candidates.service';
import { scheduleFollowUp } from '../shared/follow-ups/follow-up-scheduler';
import { addMonths } from '@werkbrug/common';
import { recordService } from '../shared/ledger/service-ledger';
import { requestRematch } from '../shared/outbox/matching-requests';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import {
  CreatePlacementDto,
  ListPlacementsQuery,
  ProefplaatsingDecisionDto,
  SixMonthCheckDto,
} from './dto/placement.dto';
import {
  checkDecision,
  checkPlacementTerms,
  checkSixMonthCheck,
  LASTING_MONTHS,
  LEDGER_ACTION,
  onDay,
  TRIAL_MONTHS,
} from './placement-rules';
import { PlacementView, ProefplaatsingDecisionView } from './placement.response';

/** Nobody is placed on a vacancy that can no longer be had. */
const GONE: readonly VacancyStatus[] = ['filled', 'closed', 'expired'];

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
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a placement. It counts towards the vacancy's agreement or, without one, an agreement
   * the employer is party to that covers the start: the one ending soonest, then the oldest.
   */
  async create(dto: CreatePlacementDto, principal: Principal): Promise<PlacementView> {
    checkPlacementTerms(dto);
    const placement = await this.db.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, dto.candidateId);
      if (!candidate) throw invalidField('candidateId', `no candidate ${dto.candidateId}`);
      if (candidate.availability === 'left') throw invalidField('candidateId', 'the candidate has left the service');
      if (!(await manager.existsBy(Employer, { id: dto.employerId })))
        throw invalidField('employerId', `no employer ${dto.employerId}`);
      const vacancy = dto.vacancyId ? await lockVacancy(manager, dto.vacancyId) : null;
      if (dto.vacancyId && !vacancy) throw invalidField('vacancyId', `no vacancy ${dto.vacancyId}`);
      if (vacancy && vacancy.employerId !== dto.employerId)
        throw invalidField('vacancyId', 'belongs to another employer than employerId');
      if (vacancy && GONE.includes(vacancy.status)) throw invalidField('vacancyId', `the vacancy is ${vacancy.status}`);
      const { candidateId, employerId, kind, startsOn, hoursPerWeek, instruments, levels } = dto;
      const agreementId = vacancy?.agreementId ?? (await agreementCovering(manager, employerId, startsOn));
      const fields = {
        candidateId,
        employerId,
        vacancyId: vacancy?.id ?? null,
        agreementId,
        kind,
        startsOn,
        hoursPerWeek,
        instruments,
        levels,
      };
      return this.place(
        manager,
        candidate,
        vacancy,
        { ...fields, uitstroom: dto.uitstroom ?? null, contractType: dto.contractType ?? null },
        principal,
      );
    });
    this.outbox.kick();
    return PlacementView.of(placement);
  }

  /**
   * The employer's decision at the end of a proefplaatsing. A contract starts paid work on the day
   * decided, under the same agreement and counted at the same levels; no contract makes the
   * candidate available again.
   */
  async decide(id: string, dto: ProefplaatsingDecisionDto, principal: Principal): Promise<ProefplaatsingDecisionView> {
    const decided = await this.db.transaction(async (manager) => {
      const trial = await this.findStaffVisible(manager, id);
      if (trial.version !== dto.version) throw new StaleVersionException(PlacementView.of(trial));
      checkDecision(trial, dto);
      const decision = { proefplaatsingDecision: dto.decision, decidedOn: dto.decidedOn };
      const proefplaatsing = await updateVersioned(manager, Placement, { id }, dto.version, decision, PlacementView.of);
      await closeFollowUp(manager, id, 'proefplaatsing-decision', dto.decision);
      const candidate = (await lockCandidate(manager, trial.candidateId))!;
      if (dto.decision === 'no-contract') {
        if (candidate.availability === 'temporarily-unavailable')
          await setAvailability(manager, candidate, 'available');
        await recordFollowUpDone(manager, trial, principal, dto.decidedOn);
        return { proefplaatsing, contract: null };
      }
      const vacancy = trial.vacancyId ? await lockVacancy(manager, trial.vacancyId) : null;
      const contract = await this.place(
        manager,
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
    this.outbox.kick();
    return {
      proefplaatsing: PlacementView.of(decided.proefplaatsing),
      contract: decided.contract && PlacementView.of(decided.contract),
    };
  }

  /** Six months on: did the work last (duurzame uitstroom)? If not, the candidate is available again. */
  async sixMonthCheck(id: string, dto: SixMonthCheckDto, principal: Principal): Promise<PlacementView> {
    const checked = await this.db.transaction(async (manager) => {
      const placement = await this.findStaffVisible(manager, id);
      if (placement.version !== dto.version) throw new StaleVersionException(PlacementView.of(placement));
      checkSixMonthCheck(placement, dto.checkedOn, this.clock.today());
      const updated = await updateVersioned(
        manager,
        Placement,
        { id },
        dto.version,
        { lasted: dto.lasted, followedUpOn: dto.checkedOn },
        PlacementView.of,
      );
      await closeFollowUp(manager, id, 'six-month-check', dto.lasted ? 'lasted' : 'did-not-last');
      if (dto.lasted) {
        await recordService(manager, {
          ...ledgerEntry(placement, principal),
          kind: 'result',
          action: 'lasting-placement',
          occurredAt: onDay(dto.checkedOn),
        });
      } else {
        const candidate = (await lockCandidate(manager, placement.candidateId))!;
        if (candidate.availability === 'placed') await setAvailability(manager, candidate, 'available');
        await recordFollowUpDone(manager, placement, principal, dto.checkedOn);
      }
      return updated;
    });
    this.outbox.kick();
    return PlacementView.of(checked);
  }

  /** An employer sees its own placements only; staff may filter by employer. */
  async list(query: ListPlacementsQuery, principal: Principal): Promise<PlacementView[]> {
    const builder = this.db.manager
      .getRepository(Placement)
      .createQueryBuilder('p')
      .orderBy('p.starts_on', 'DESC')
      .addOrderBy('p.created_at', 'DESC');
    const employerId = isEmployer(principal) ? principal.employerId : query.employerId;
    if (employerId) builder.andWhere('p.employer_id = :employerId', { employerId });
    if (query.candidateId) builder.andWhere('p.candidate_id = :candidateId', { candidateId: query.candidateId });
    if (query.agreementId) builder.andWhere('p.agreement_id = :agreementId', { agreementId: query.agreementId });
    if (query.from) builder.andWhere('p.starts_on >= :from', { from: query.from });
    if (query.to) builder.andWhere('p.starts_on <= :to', { to: query.to });
    return (await builder.getMany()).map(isEmployer(principal) ? PlacementView.forEmployer : PlacementView.of);
  }

  /** Another employer's placement is not found, so an employer cannot learn that it exists. */
  async get(id: string, principal: Principal): Promise<PlacementView> {
    const where: FindOptionsWhere<Placement> = isEmployer(principal)
      ? { id, employerId: principal.employerId }
      : { id };
    const placement = await this.db.manager.getRepository(Placement).findOneBy(where);
    if (!placement) throw new NotFoundException(`Placement ${id} not found.`);
    return isEmployer(principal) ? PlacementView.forEmployer(placement) : PlacementView.of(placement);
  }

  /**
   * Stores a placement with what follows from it: the follow-up (the decision after a proefplaatsing,
   * the six-month check of paid work), the candidate's availability, a vacancy whose positions are
   * now all taken becoming filled, and the result on the ledger at each level that led to it.
   */
  private async place(
    manager: EntityManager,
    candidate: Candidate,
    vacancy: Vacancy | null,
    fields: NewPlacement,
    principal: Principal,
  ): Promise<Placement> {
    const endsOn = fields.kind === 'proefplaatsing' ? addMonths(fields.startsOn, TRIAL_MONTHS) : null;
    const placement = await manager.save(
      manager.create(Placement, {
        ...fields,
        endsOn,
        recordedBy: principal.subject,
        createdAt: this.clock.now(),
        version: 1,
      }),
    );
    const { candidateId, employerId, vacancyId } = placement;
    const followUp = {
      source: { type: 'placement', id: placement.id },
      candidateId,
      employerId,
      vacancyId,
      assignedTo: principal.subject,
    };
    if (placement.kind === 'proefplaatsing') {
      await scheduleFollowUp(manager, { ...followUp, kind: 'proefplaatsing-decision', dueOn: endsOn! });
      await setAvailability(manager, candidate, 'temporarily-unavailable', 'proefplaatsing', endsOn);
    }
    if (placement.kind === 'paid-work') {
      await scheduleFollowUp(manager, {
        ...followUp,
        kind: 'six-month-check',
        dueOn: addMonths(placement.startsOn, LASTING_MONTHS),
      });
      await setAvailability(manager, candidate, 'placed');
      if (vacancy) await markFilledWhenFull(manager, vacancy);
    }
    await recordService(manager, {
      ...ledgerEntry(placement, principal),
      kind: 'result',
      action: LEDGER_ACTION[placement.kind],
      occurredAt: onDay(placement.startsOn),
    });
    return placement;
  }

  /** Decisions and checks are staff work; the route allows staff only, so any placement is visible. */
  private async findStaffVisible(manager: EntityManager, id: string): Promise<Placement> {
    const placement = await manager.findOneBy(Placement, { id });
    if (!placement) throw new NotFoundException(`Placement ${id} not found.`);
    return placement;
  }
}

function ledgerEntry(placement: Placement, actor: Principal) {
  const { candidateId, employerId, vacancyId, agreementId, levels } = placement;
  return {
    levels,
    actor,
    candidateId,
    employerId,
    vacancyId,
    agreementId,
    subject: { type: 'placement', id: placement.id },
  };
}

/** A decision or check that yields no result still is work done: it is on the ledger as the follow-up done. */
async function recordFollowUpDone(
  manager: EntityManager,
  placement: Placement,
  actor: Principal,
  on: string,
): Promise<void> {
  await recordService(manager, { ...ledgerEntry(placement, actor), action: 'follow-up-done', occurredAt: onDay(on) });
}

async function closeFollowUp(manager: EntityManager, placementId: string, kind: string, result: string): Promise<void> {
  await manager.query(
    `UPDATE follow_ups SET done_at = now(), result = $3, version = version + 1
      WHERE source_type = 'placement' AND source_id = $1 AND kind = $2 AND done_at IS NULL`,
    [placementId, kind, result],
  );
}

/** No key update: it must not block the matcher's key-share locks (see CandidatesService). */
function lockCandidate(manager: EntityManager, id: string): Promise<Candidate | null> {
  return manager.findOne(Candidate, { where: { id }, lock: { mode: 'for_no_key_update' } });
}

/** Locked, so that two placements at once cannot both take the last position. */
function lockVacancy(manager: EntityManager, id: string): Promise<Vacancy | null> {
  return manager.findOne(Vacancy, { where: { id }, lock: { mode: 'for_no_key_update' } });
}

/** Only available candidates are matched: a change takes them off (or back onto) the shortlists concerned. */
async function setAvailability(
  manager: EntityManager,
  candidate: Candidate,
  availability: Availability,
  reason?: string,
  until?: string | null,
): Promise<void> {
  Object.assign(candidate, { availability, unavailableReason: reason ?? null, unavailableUntil: until ?? null });
  await manager.save(candidate);
  await requestRematch(manager, await vacanciesConcerned(manager, candidate));
}

async function markFilledWhenFull(manager: EntityManager, vacancy: Vacancy): Promise<void> {
  const [{ placed }] = await manager.query(
    `SELECT count(*)::int AS placed FROM placements WHERE vacancy_id = $1 AND kind = 'paid-work'`,
    [vacancy.id],
  );
  if (Number(placed) >= vacancy.positions) await manager.update(Vacancy, { id: vacancy.id }, { status: 'filled' });
}

/** An active agreement of the employer that covers the day: the one ending soonest, then the oldest. */
async function agreementCovering(manager: EntityManager, employerId: string, on: string): Promise<string | null> {
  const [row]: { id: string }[] = await manager.query(
    `SELECT a.id FROM placement_agreements a JOIN placement_agreement_employers x ON x.agreement_id = a.id
      WHERE x.employer_id = $1 AND a.starts_on <= $2 AND a.ends_on >= $2
      ORDER BY a.ends_on, a.created_at, a.id LIMIT 1`,
    [employerId, on],
  );
  return row?.id ?? null;
}
