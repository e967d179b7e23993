import { Injectable } from '@nestjs/common';
import { Clock, InvalidParam, invalidInput, isEmployer, Principal, RecordErrors } from '@werkbrug/common';
import { SpeeddateConversation, SpeeddateEvent, TransactionHost } from '@werkbrug/database';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { PartyErrors } from '../shared/parties/party.errors';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import { Page, pageFrom, pageOf, Paged } from '../shared/validation/paging';
import {
  CreateSpeeddateDto,
  InviteDto,
  ListSpeeddatesQuery,
  LogOutcomesDto,
  SaveScheduleDto,
} from './dto/speeddate.dto';
import { feedbackOf, followUpOf, outcomeProblems } from './outcome-rules';
import { fitsInDay, InvitedEmployer, slotStartsAt, suggestSchedule } from './schedule';
import { SpeeddateConversationRepository } from './speeddate-conversation.repository';
import { SpeeddateEventRepository } from './speeddate-event.repository';
import { SpeeddateFeedbackRepository } from './speeddate-feedback.repository';
import { NamedParticipant, SpeeddateParticipantRepository } from './speeddate-participant.repository';
import { SpeeddateErrors } from './speeddate.errors';
import {
  ConversationView,
  EmployerSpeeddateView,
  ScheduleSuggestionView,
  SpeeddateSummaryView,
  SpeeddateView,
} from './speeddate.response';
import { CandidateAccess, CandidateOnList } from '../shared/candidate-access/candidate-access.service';
import { MatchingRequests } from '../shared/outbox/matching-requests';

const CONVERSATION_SOURCE = 'speeddate-conversation';

/** Level 2: a jobhunter plans a speeddate, invites employers and candidates, schedules and logs the conversations. */
@Injectable()
export class SpeeddatesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly events: SpeeddateEventRepository,
    private readonly participants: SpeeddateParticipantRepository,
    private readonly conversations: SpeeddateConversationRepository,
    private readonly followUps: FollowUpsService,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
    private readonly access: CandidateAccess,
    private readonly feedback: SpeeddateFeedbackRepository,
    private readonly matching: MatchingRequests,
  ) {}

  async create(dto: CreateSpeeddateDto, principal: Principal): Promise<SpeeddateView> {
    if (!fitsInDay(dto.startsAt, dto.slotMinutes, dto.slotCount))
      throw SpeeddateErrors.endsAfterMidnight.at('slotCount', 'the last slot would end after midnight');
    return this.db.transaction(async () => {
      const event = await this.events.insert({
        ...dto,
        createdBy: principal.userId,
        createdAt: this.clock.now(),
        version: 1,
      });
      await this.ledger.record({
        levels: 2,
        action: 'speeddate-event',
        actor: principal,
        region: event.region,
        subject: { type: 'speeddate-event', id: event.id },
      });
      return this.view(event.id, principal);
    });
  }

  async list(query: ListSpeeddatesQuery): Promise<Paged<SpeeddateSummaryView>> {
    const page = pageOf(query);
    const { items, more } = pageFrom(await this.events.findFiltered(query, page), page);
    return { items: items.map(SpeeddateSummaryView.of), more };
  }

  /**
   * The speeddates an employer is invited to, for the employer (its own only) or staff: when and
   * where, and its own conversations with the candidate's reference and the vacancy; nothing of
   * other employers, and no outcomes.
   */
  async ofEmployer(employerId: string, principal: Principal, page: Page): Promise<Paged<EmployerSpeeddateView>> {
    if (isEmployer(principal) && principal.employerId !== employerId)
      throw SpeeddateErrors.employerNotFound(`Employer ${employerId} not found.`);
    const { items, more } = pageFrom(await this.events.findOfEmployer(employerId, page), page);
    const conversations = await this.conversations.ofEmployerAt(
      employerId,
      items.map((event) => event.id),
    );
    return {
      items: items.map((event) => ({
        id: event.id,
        title: event.title,
        heldOn: event.heldOn,
        startsAt: event.startsAt.slice(0, 5),
        slotMinutes: event.slotMinutes,
        place: event.place,
        conversations: conversations
          .filter((conversation) => conversation.eventId === event.id)
          .map((conversation) => ({
            conversationId: conversation.id,
            slot: conversation.slot,
            startsAt: slotStartsAt(event.startsAt, event.slotMinutes, conversation.slot),
            vacancyTitle: conversation.vacancyTitle,
            candidateReference: candidateReference(conversation.candidateId),
          })),
      })),
      more,
    };
  }

  get(id: string, principal: Principal): Promise<SpeeddateView> {
    return this.view(id, principal);
  }

  /** Invites employers and available candidates; all or none (every one refused is named), and inviting someone twice changes nothing. */
  async invite(id: string, dto: InviteDto, principal: Principal): Promise<SpeeddateView> {
    const employerIds = dto.employerIds ?? [];
    const candidateIds = dto.candidateIds ?? [];
    if (!employerIds.length && !candidateIds.length)
      throw SpeeddateErrors.nobodyInvited.at('employerIds', 'invite at least one employer or candidate');
    return this.db.transaction(async () => {
      await this.event(id);
      const known = await this.participants.existingEmployers(employerIds);
      const availability = await this.participants.availabilityOf(candidateIds);
      const problems: InvalidParam[] = [];
      employerIds.forEach((employerId, index) => {
        if (!known.has(employerId))
          problems.push(PartyErrors.unknownEmployer.param(`employerIds[${index}]`, `no employer ${employerId}`));
      });
      candidateIds.forEach((candidateId, index) => {
        const field = `candidateIds[${index}]`;
        const state = availability.get(candidateId);
        if (!state) problems.push(PartyErrors.unknownCandidate.param(field, `no candidate ${candidateId}`));
        else if (state !== 'available')
          problems.push(
            SpeeddateErrors.candidateUnavailable.param(field, `the candidate is ${state}; invite available candidates`),
          );
      });
      if (problems.length) throw invalidInput(problems);
      const invitation = { eventId: id, invitedBy: principal.userId, invitedAt: this.clock.now() };
      await this.participants.inviteUnlessInvited([
        ...employerIds.map((employerId) => ({ ...invitation, employerId, candidateId: null })),
        ...candidateIds.map((candidateId) => ({ ...invitation, employerId: null, candidateId })),
      ]);
      return this.view(id, principal);
    });
  }

  /** Takes back an invitation; someone in the schedule must be taken out of it first. */
  async removeParticipant(id: string, participantId: string, principal: Principal): Promise<SpeeddateView> {
    return this.db.transaction(async () => {
      const participant = await this.participants.getOrThrow(
        { id: participantId, eventId: id },
        `Participant ${participantId} not found at this event.`,
      );
      const who = participant.employerId
        ? { employerId: participant.employerId }
        : { candidateId: participant.candidateId! };
      if (await this.conversations.isScheduled(id, who))
        throw SpeeddateErrors.participantScheduled(
          'This participant has conversations in the schedule; take them out of the schedule first.',
        );
      await this.participants.remove(participantId);
      return this.view(id, principal);
    });
  }

  /**
   * A suggested schedule from the current shortlists of the invited employers' open vacancies (in
   * the event's sector focus, if any), among the invited candidates who are still available;
   * candidates rejected on a shortlist or by the employer are left out. Nothing is saved: the
   * jobhunter adjusts it and saves it.
   */
  async suggest(id: string, principal: Principal): Promise<ScheduleSuggestionView> {
    const event = await this.event(id);
    const entries = await this.participants.shortlistsOfInvitedEmployers(id, event.sectorFocus);
    const invited = (await this.participants.findNamed(id)).filter((participant) => participant.candidateId);
    const employers = new Map<string, InvitedEmployer>();
    const vacancies = new Map<string, InvitedEmployer['vacancies'][number]>();
    for (const entry of entries) {
      if (!employers.has(entry.employerId))
        employers.set(entry.employerId, { employerId: entry.employerId, vacancies: [] });
      if (!vacancies.has(entry.vacancyId)) {
        const vacancy = { vacancyId: entry.vacancyId, shortlist: [] };
        vacancies.set(entry.vacancyId, vacancy);
        employers.get(entry.employerId)!.vacancies.push(vacancy);
      }
      vacancies.get(entry.vacancyId)!.shortlist.push({ candidateId: entry.candidateId, score: entry.score });
    }
    const { conversations, leftOver } = suggestSchedule(
      event.slotCount,
      [...employers.values()],
      invited.map((candidate) => candidate.candidateId!),
    );
    const entryOf = new Map(entries.map((entry) => [`${entry.vacancyId}/${entry.candidateId}`, entry]));
    const onList = await this.access.onList(
      principal,
      invited.map((candidate) => candidate.candidateId!),
    );
    return {
      conversations,
      details: conversations.map(({ slot, vacancyId, candidateId }) => {
        const entry = entryOf.get(`${vacancyId}/${candidateId}`)!;
        return {
          slot,
          startsAt: slotStartsAt(event.startsAt, event.slotMinutes, slot),
          employerName: entry.employerName,
          vacancyTitle: entry.vacancyTitle,
          candidateId,
          candidateReference: candidateReference(candidateId),
          candidateName: onList.get(candidateId)?.name ?? null,
          candidate: onList.get(candidateId)!,
          score: entry.score,
        };
      }),
      leftOver,
      version: event.version,
    };
  }

  /**
   * Replaces the schedule, on the event's version. Every conversation that breaks a rule is named
   * and nothing is saved. Conversations that stay keep their id (and any outcome); a conversation
   * with a logged outcome cannot be removed or moved.
   */
  async saveSchedule(id: string, dto: SaveScheduleDto, principal: Principal): Promise<SpeeddateView> {
    return this.db.transaction(async () => {
      const event = await this.event(id);
      const wanted = dto.conversations;
      const participants = await this.participants.findByEvent(id);
      const employers = new Set(participants.map((participant) => participant.employerId));
      const candidates = new Set(participants.map((participant) => participant.candidateId));
      const employerOfVacancy = await this.conversations.employersOfVacancies(
        wanted.flatMap((conversation) => (conversation.vacancyId ? [conversation.vacancyId] : [])),
      );
      const problems: InvalidParam[] = [];
      const seen = new Map<string, number>();
      wanted.forEach((conversation, index) => {
        const { slot, employerId, candidateId, vacancyId } = conversation;
        const field = (name: string) => `conversations[${index}].${name}`;
        const once = (key: string, refuse: (other: number) => InvalidParam) => {
          const other = seen.get(key);
          if (other === undefined) seen.set(key, index);
          else problems.push(refuse(other));
        };
        if (slot > event.slotCount)
          problems.push(SpeeddateErrors.slotOutOfRange.param(field('slot'), `the event has ${event.slotCount} slots`));
        once(`pair/${employerId}/${candidateId}`, (other) =>
          SpeeddateErrors.pairTwice.param(
            field('candidateId'),
            `the candidate already meets this employer in conversations[${other}]`,
          ),
        );
        once(`employer/${slot}/${employerId}`, (other) =>
          SpeeddateErrors.employerDoubleBooked.param(
            field('slot'),
            `the employer already has conversations[${other}] in this slot`,
          ),
        );
        once(`candidate/${slot}/${candidateId}`, (other) =>
          SpeeddateErrors.candidateDoubleBooked.param(
            field('slot'),
            `the candidate already has conversations[${other}] in this slot`,
          ),
        );
        if (!employers.has(employerId))
          problems.push(
            SpeeddateErrors.employerNotInvited.param(field('employerId'), 'the employer is not invited to this event'),
          );
        if (!candidates.has(candidateId))
          problems.push(
            SpeeddateErrors.candidateNotInvited.param(
              field('candidateId'),
              'the candidate is not invited to this event',
            ),
          );
        if (vacancyId && !employerOfVacancy.has(vacancyId))
          problems.push(PartyErrors.unknownVacancy.param(field('vacancyId'), `no vacancy ${vacancyId}`));
        else if (vacancyId && employerOfVacancy.get(vacancyId) !== employerId)
          problems.push(
            PartyErrors.vacancyOfOtherEmployer.param(field('vacancyId'), "not one of this employer's vacancies"),
          );
      });
      if (problems.length) throw invalidInput(problems);

      await this.events.updateVersioned({ id }, dto.version, {}, SpeeddateSummaryView.of);

      const wantedOf = new Map(
        wanted.map((conversation) => [`${conversation.employerId}/${conversation.candidateId}`, conversation]),
      );
      const removed: SpeeddateConversation[] = [];
      const moved: { conversation: SpeeddateConversation; slot: number; vacancyId: string | null }[] = [];
      for (const conversation of await this.conversations.findByEvent(id)) {
        const next = wantedOf.get(`${conversation.employerId}/${conversation.candidateId}`);
        const logged = conversation.tookPlace !== null;
        if (!next) {
          if (logged)
            throw SpeeddateErrors.conversationLogged(
              `Conversation ${conversation.id} has a logged outcome and stays in the schedule.`,
            );
          removed.push(conversation);
          continue;
        }
        wantedOf.delete(`${conversation.employerId}/${conversation.candidateId}`);
        const vacancyId = next.vacancyId ?? null;
        if (next.slot === conversation.slot && vacancyId === conversation.vacancyId) continue;
        if (logged)
          throw SpeeddateErrors.conversationLogged(
            `Conversation ${conversation.id} has a logged outcome; its slot and vacancy stay as they are.`,
          );
        moved.push({ conversation, slot: next.slot, vacancyId });
      }
      const loggedMeanwhile = () =>
        SpeeddateErrors.loggedMeanwhile(
          'An outcome was logged meanwhile for a conversation this schedule changes; reload the event.',
        );
      if (removed.length) {
        const deleted = await this.conversations.deleteUnlogged(removed.map((conversation) => conversation.id));
        if (deleted !== removed.length) throw loggedMeanwhile();
      }
      // Moves may swap slots between conversations: park them first, so that no intermediate state
      // breaks the one-conversation-per-slot keys.
      for (const { conversation } of moved) {
        if (!(await this.conversations.parkUnlogged(conversation))) throw loggedMeanwhile();
      }
      for (const { conversation, slot, vacancyId } of moved)
        await this.conversations.move(conversation.id, slot, vacancyId);
      await this.conversations.insertMany(
        [...wantedOf.values()].map(({ slot, employerId, candidateId, vacancyId }) => ({
          eventId: id,
          slot,
          employerId,
          candidateId,
          vacancyId: vacancyId ?? null,
        })),
      );
      return this.view(id, principal);
    });
  }

  /**
   * Logs outcomes of conversations, many at once and all or none (every item that breaks a rule is
   * named), from the day the event is held. A next step other than no-match becomes a follow-up for
   * the jobhunter; a changed next step closes the follow-up of the old one.
   */
  async logOutcomes(id: string, dto: LogOutcomesDto, principal: Principal): Promise<ConversationView[]> {
    const firstIndex = new Map<string, number>();
    const problems = dto.outcomes.flatMap((outcome, index) => {
      const field = `outcomes[${index}]`;
      const first = firstIndex.get(outcome.conversationId);
      if (first === undefined) firstIndex.set(outcome.conversationId, index);
      const twice =
        first === undefined
          ? []
          : [SpeeddateErrors.conversationTwice.param(`${field}.conversationId`, `already in outcomes[${first}]`)];
      return [...outcomeProblems(outcome, field), ...twice];
    });
    if (problems.length) throw invalidInput(problems);
    return this.db.transaction(async () => {
      const event = await this.event(id);
      if (event.heldOn > this.clock.today())
        throw SpeeddateErrors.notHeldYet(`The event is held on ${event.heldOn}; log outcomes from that day on.`);
      const conversationIds = dto.outcomes.map((outcome) => outcome.conversationId);
      const conversations = new Map(
        (await this.conversations.findOfEvent(id, conversationIds)).map((conversation) => [
          conversation.id,
          conversation,
        ]),
      );
      const unknown = dto.outcomes.flatMap((outcome, index) =>
        conversations.has(outcome.conversationId)
          ? []
          : [
              SpeeddateErrors.unknownConversation.param(
                `outcomes[${index}].conversationId`,
                'not a conversation of this event',
              ),
            ],
      );
      if (unknown.length) throw invalidInput(unknown);
      const onList = await this.access.onList(
        principal,
        [...conversations.values()].map((conversation) => conversation.candidateId),
      );
      const names = await this.namesOf([...conversations.values()], onList);
      const viewOf = (conversation: SpeeddateConversation) =>
        ConversationView.of(conversation, event, names.get(conversation.id)!, onList.get(conversation.candidateId)!);
      dto.outcomes.forEach((outcome, index) => {
        const conversation = conversations.get(outcome.conversationId)!;
        if (conversation.tookPlace !== null && outcome.version === undefined) {
          throw RecordErrors.staleVersion(
            `The outcome of outcomes[${index}] was logged already; send its version to change it.`,
            { current: viewOf(conversation) },
          );
        }
      });

      const logged: ConversationView[] = [];
      for (const outcome of dto.outcomes) {
        const before = conversations.get(outcome.conversationId)!;
        const conversation = await this.conversations.updateVersioned(
          { id: before.id },
          outcome.version ?? before.version,
          {
            tookPlace: outcome.tookPlace,
            interest: outcome.interest ?? null,
            nextStep: outcome.nextStep ?? null,
            reason: outcome.reason ?? null,
            rejectionReason: outcome.rejectionReason ?? null,
            competence: outcome.competence ?? null,
            loggedBy: principal.userId,
            loggedAt: this.clock.now(),
          },
          viewOf,
        );
        const { candidateId, employerId, vacancyId } = conversation;
        const source = { type: CONVERSATION_SOURCE, id: conversation.id };
        await this.ledger.record({
          levels: 2,
          action: conversation.tookPlace ? 'speeddate-conversation' : 'speeddate-no-show',
          actor: principal,
          candidateId,
          employerId,
          vacancyId,
          subject: source,
        });
        // Exactly one open follow-up for the next step; none after no-match or a no-show.
        const next = followUpOf(conversation.nextStep, event.heldOn);
        await this.followUps.replaceOpen(
          source,
          next && { ...next, source, candidateId, employerId, vacancyId, assignedTo: principal.userId },
        );
        await this.learnFrom(conversation, principal);
        logged.push(viewOf(conversation));
      }
      return logged;
    });
  }

  /**
   * A no-match teaches the matcher as the employer's rejection does (ShortlistsService.recordRejection):
   * the candidate leaves the shortlist of the vacancy talked about, and a competence found lacking
   * weighs at the employer's other vacancies. A changed outcome takes it back. Either way the
   * employer's open shortlists concerned are matched again.
   */
  private async learnFrom(conversation: SpeeddateConversation, principal: Principal): Promise<void> {
    const { id, employerId, vacancyId, candidateId } = conversation;
    const feedback = feedbackOf(conversation);
    const changed = await this.feedback.replaceForConversation(
      id,
      feedback && {
        employerId,
        vacancyId,
        candidateId,
        ...feedback,
        givenBy: principal.userId,
        givenByRole: principal.role,
      },
    );
    if (changed)
      await this.matching.rematch(await this.feedback.openVacanciesConcerned(employerId, candidateId, vacancyId));
  }

  private event(id: string): Promise<SpeeddateEvent> {
    return this.events.getOrThrow({ id }, `Speeddate ${id} not found.`);
  }

  /**
   * The names of the conversations' parties, the candidate's only for staff of the candidate's own
   * organisation (CandidateAccess.onList).
   */
  private async namesOf(conversations: SpeeddateConversation[], onList: Map<string, CandidateOnList>) {
    const names = await this.conversations.namesOf(conversations.map((conversation) => conversation.id));
    for (const { id, candidateId } of conversations) {
      const named = names.get(id)!;
      names.set(id, { ...named, candidateName: onList.get(candidateId)?.name ?? null });
    }
    return names;
  }

  private async view(id: string, principal: Principal): Promise<SpeeddateView> {
    const event = await this.event(id);
    const participants = await this.participants.findNamed(id);
    const conversations = await this.conversations.findByEvent(id);
    const onList = await this.access.onList(principal, [
      ...participants.flatMap((p) => (p.candidateId ? [p.candidateId] : [])),
      ...conversations.map((conversation) => conversation.candidateId),
    ]);
    const names = await this.namesOf(conversations, onList);
    const invitation = ({ id: participantId, name, invitedBy, invitedAt }: NamedParticipant) => ({
      participantId,
      name,
      invitedBy,
      invitedAt,
    });
    return {
      ...SpeeddateSummaryView.of(event),
      employers: participants.flatMap((p) => (p.employerId ? [{ ...invitation(p), employerId: p.employerId }] : [])),
      candidates: participants.flatMap((p) =>
        p.candidateId
          ? [
              {
                ...invitation(p),
                name: onList.get(p.candidateId)?.name ?? null,
                candidate: onList.get(p.candidateId)!,
                candidateId: p.candidateId,
                reference: candidateReference(p.candidateId),
              },
            ]
          : [],
      ),
      conversations: conversations.map((conversation) =>
        ConversationView.of(conversation, event, names.get(conversation.id)!, onList.get(conversation.candidateId)!),
      ),
    };
  }
}
