import { Injectable } from '@nestjs/common';
import { isEmployer, Principal, Clock, RecordErrors } from '@werkbrug/common';
import { Shortlist, ShortlistDecision, ShortlistDecisionKind, TransactionHost, Vacancy } from '@werkbrug/database';
import { ConsentsService } from '../consent/consents.service';
import { CandidateAccess } from '../shared/candidate-access/candidate-access.service';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { checkNoRejectionFields, Rejection, rejectionOf } from '../shared/validation/rejection-fields';
import { VacanciesService } from '../vacancies/vacancies.service';
import { belastbaarheidFit } from '@werkbrug/matching';
import { DecisionDto } from './dto/decision.dto';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { ShortlistDecisionRepository } from './shortlist-decision.repository';
import { ShortlistOverviewRepository } from './shortlist-overview.repository';
import { ShortlistOverviewView } from './shortlist-overview.response';
import { ShortlistErrors } from './shortlist.errors';
import { ShortlistRepository } from './shortlist.repository';
import { SpeeddateInterestRepository } from './speeddate-interest.repository';
import { DecisionView, ShortlistView } from './shortlist.response';
import { Page, pageFrom, pageOf, Paged } from '../shared/validation/paging';

/** Where a candidate stands on a vacancy's shortlist, as proposing the candidate needs to know. */
export interface ShortlistStanding {
  decision: ShortlistDecisionKind | null;
  /** The matcher's reasons while the candidate is ranked; null once off the list. */
  reasons: string[] | null;
  turnedDown: boolean;
}

/** Ready once the latest requested generation has been matched. */
const statusOf = (shortlist: Pick<Shortlist, 'requestedGeneration' | 'matchedGeneration'>) =>
  shortlist.matchedGeneration === shortlist.requestedGeneration ? ('ready' as const) : ('pending' as const);

@Injectable()
export class ShortlistsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly shortlists: ShortlistRepository,
    private readonly decisions: ShortlistDecisionRepository,
    private readonly feedback: MatchFeedbackRepository,
    private readonly overviews: ShortlistOverviewRepository,
    private readonly vacancies: VacanciesService,
    private readonly consents: ConsentsService,
    private readonly ledger: ServiceLedger,
    private readonly matching: MatchingRequests,
    private readonly clock: Clock,
    private readonly access: CandidateAccess,
    private readonly speeddates: SpeeddateInterestRepository,
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
    if (vacancy.status === 'closed' || vacancy.status === 'expired')
      throw ShortlistErrors.vacancyEnded(`Vacancy ${vacancyId} is ${vacancy.status}.`);
    const fields = {
      decision: dto.decision,
      reason: null,
      competence: null,
      note: dto.note ?? null,
      ...rejection,
      decidedBy: principal.userId,
      decidedAt: this.clock.now(),
    };
    const decision = await this.db.transaction(async () => {
      const key = { vacancyId, candidateId };
      const existing = await this.decisions.findOneBy(key);
      let saved: ShortlistDecision;
      if (!existing) {
        if (dto.version !== undefined)
          throw RecordErrors.staleVersion('There is no decision to change; leave version out to make the first one.', {
            current: null,
          });
        if (!(await this.shortlists.isRanked(vacancyId, candidateId)))
          throw ShortlistErrors.notOnShortlist(`Candidate ${candidateId} is not on this vacancy's shortlist.`);
        saved = await this.decisions.insertFirst({ ...key, ...fields }, DecisionView.of);
      } else {
        if (dto.version === undefined)
          throw RecordErrors.staleVersion('This candidate already has a decision; send its version to change it.', {
            current: DecisionView.of(existing),
          });
        if (existing.decision === 'rejected')
          throw ShortlistErrors.rejectionFinal(
            'A rejection stands until it is withdrawn (DELETE the decision); then decide again.',
          );
        if (await this.decisions.isProposed(key))
          throw ShortlistErrors.alreadyProposed(
            'The candidate has been proposed; the employer answers the proposal now.',
          );
        saved = await this.decisions.updateVersioned(key, dto.version, fields, DecisionView.of);
      }
      if (rejection) await this.recordRejection(vacancy, candidateId, rejection, principal);
      await this.ledger.record({
        levels: 2,
        action: 'shortlist-decision',
        actor: principal,
        candidateId,
        vacancyId,
        subject: { type: 'shortlist-decision', id: `${vacancyId}/${candidateId}` },
      });
      return saved;
    });
    return DecisionView.of(decision);
  }

  /**
   * Withdraws an accountmanager's decision on the version read, so the candidate is undecided again:
   * the undo of a click, or a change of mind. A withdrawn rejection takes back the turn-down it
   * wrote, and the shortlists it weighed on are matched again, so the candidate returns. Once the
   * candidate was proposed the employer's answer decides, and nothing is withdrawn here.
   */
  async withdrawDecision(vacancyId: string, candidateId: string, version: number, principal: Principal): Promise<void> {
    const vacancy = await this.vacancies.get(vacancyId, principal);
    if (vacancy.status === 'closed' || vacancy.status === 'expired')
      throw ShortlistErrors.vacancyEnded(`Vacancy ${vacancyId} is ${vacancy.status}.`);
    await this.db.transaction(async () => {
      const key = { vacancyId, candidateId };
      const existing = await this.decisions.getOrThrow(
        key,
        `Candidate ${candidateId} has no decision on this shortlist.`,
      );
      if (await this.decisions.isProposed(key))
        throw ShortlistErrors.alreadyProposed(
          'The candidate has been proposed; the employer answers the proposal now.',
        );
      await this.decisions.deleteVersioned(key, version, DecisionView.of);
      if (existing.decision !== 'rejected') return;
      await this.feedback.deleteRejection({
        vacancyId,
        candidateId,
        givenBy: existing.decidedBy,
        reason: existing.reason!,
        competence: existing.competence,
      });
      await this.rematchWhereTurnDownWeighs(vacancy, candidateId);
    });
  }

  /**
   * Records that a candidate was turned down for a vacancy, in the open transaction (an accountmanager's
   * rejection on the shortlist, or the employer's answer to a proposal). The candidate leaves this
   * shortlist for good; the feedback also weighs at this employer's other open vacancies, so the
   * shortlists the candidate is on there are matched again too.
   */
  async recordRejection(
    vacancy: Pick<Vacancy, 'id' | 'employerId'>,
    candidateId: string,
    rejection: Rejection,
    principal: Principal,
  ): Promise<void> {
    await this.db.transaction(async () => {
      await this.feedback.insert({
        employerId: vacancy.employerId,
        vacancyId: vacancy.id,
        candidateId,
        ...rejection,
        givenBy: principal.userId,
        givenByRole: principal.role,
      });
      await this.rematchWhereTurnDownWeighs(vacancy, candidateId);
    });
  }

  /** The vacancy, and the employer's other open vacancies that rank the candidate: where a turn-down weighs. */
  private async rematchWhereTurnDownWeighs(
    vacancy: Pick<Vacancy, 'id' | 'employerId'>,
    candidateId: string,
  ): Promise<void> {
    const elsewhere = await this.shortlists.openVacanciesOfEmployerRanking(candidateId, vacancy.employerId);
    await this.matching.rematch([...new Set([vacancy.id, ...elsewhere])]);
  }

  /** Where these candidates stand on the vacancy's shortlist; in the open transaction, one query after the other. */
  async standingsOf(vacancyId: string, candidateIds: readonly string[]): Promise<Map<string, ShortlistStanding>> {
    const decisionOf = new Map(
      (await this.decisions.among(vacancyId, candidateIds)).map((decision) => [
        decision.candidateId,
        decision.decision,
      ]),
    );
    const reasonsOf = new Map(
      (await this.shortlists.entriesAmong(vacancyId, candidateIds)).map((entry) => [entry.candidateId, entry.reasons]),
    );
    const turnedDown = await this.feedback.turnedDownAmong(vacancyId, candidateIds);
    return new Map(
      candidateIds.map((candidateId) => [
        candidateId,
        {
          decision: decisionOf.get(candidateId) ?? null,
          reasons: reasonsOf.get(candidateId) ?? null,
          turnedDown: turnedDown.has(candidateId),
        },
      ]),
    );
  }

  /** Whether the candidate was turned down for the vacancy: then it is neither proposed nor offered again. */
  async wasTurnedDown(vacancyId: string, candidateId: string): Promise<boolean> {
    return (await this.feedback.turnedDownAmong(vacancyId, [candidateId])).has(candidateId);
  }

  /**
   * The vacancy's current shortlist. Staff see the ranked entries with their decisions; an employer
   * sees only its own vacancy's state and counts (candidates reach an employer as proposals, never as a list).
   * Belastbaarheid shows as the fit with this job's demands only (see belastbaarheidFit).
   */
  async get(vacancyId: string, principal: Principal): Promise<ShortlistView> {
    const vacancy = await this.vacancies.get(vacancyId, principal); // 404 unless the caller may see the vacancy
    const staff = !isEmployer(principal);
    // Staff read the entries and decisions alongside the shortlist row: one round trip instead of two.
    const [shortlist, entries, decisions, kansrijkheidIllustrative] = await Promise.all([
      this.shortlists.getForVacancy(vacancyId),
      staff ? this.shortlists.rankedEntries(vacancyId) : [],
      staff ? this.decisions.forVacancy(vacancyId) : [],
      staff ? this.shortlists.kansrijkheidIllustrative(vacancy) : undefined,
    ]);
    const view: ShortlistView = {
      vacancyId,
      status: statusOf(shortlist),
      generation: shortlist.requestedGeneration,
      matchedGeneration: shortlist.matchedGeneration,
      matchedAt: shortlist.matchedAt,
      candidatesConsidered: shortlist.candidatesConsidered,
      candidatesEligible: shortlist.candidatesEligible,
      ranked: staff ? entries.length : await this.shortlists.rankedCount(vacancyId),
      exclusions: shortlist.exclusions,
    };
    if (!staff) return view;
    const consents = await this.consents.activeFor(entries.map((entry) => entry.candidateId));
    const metAt = await this.speeddates.latestWith(
      vacancy.employerId,
      entries.map((entry) => entry.candidateId),
    );
    const ranked = new Set(entries.map((entry) => entry.candidateId));
    const offList = decisions.filter((decision) => !ranked.has(decision.candidateId));
    const onList = await this.access.onList(principal, [
      ...entries.map((entry) => entry.candidateId),
      ...offList.map((decision) => decision.candidateId),
    ]);
    const decisionOf = new Map(decisions.map((decision) => [decision.candidateId, DecisionView.of(decision)]));
    return {
      ...view,
      kansrijkheidIllustrative,
      entries: entries.map(({ rank, candidateId, score, parts, reasons, candidate }) => ({
        rank,
        candidateId,
        candidate: onList.get(candidateId)!,
        score,
        parts,
        reasons,
        belastbaarheid: belastbaarheidFit(candidate.belastbaarheid, vacancy.demands),
        mayBeProposed: consents.get(candidateId)?.showProfile ?? false,
        decision: decisionOf.get(candidateId) ?? null,
        speeddate: metAt.get(candidateId) ?? null,
      })),
      // With who the candidate is, so a rejection can be found and withdrawn after it took them off the list.
      decisionsOffList: offList.map((decision) => ({
        ...DecisionView.of(decision),
        candidate: onList.get(decision.candidateId)!,
      })),
    };
  }

  /** The shortlist state of every open vacancy, for the accountmanager's work list: counts only. */
  async overview(page: Page = pageOf()): Promise<Paged<ShortlistOverviewView>> {
    const { items, more } = pageFrom(await this.overviews.statesOfOpenVacancies(page), page);
    return {
      items: items.map(({ requestedGeneration, matchedGeneration, ...counts }) => ({
        ...counts,
        status: statusOf({ requestedGeneration, matchedGeneration }),
      })),
      more,
    };
  }
}
