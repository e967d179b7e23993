import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, Principal, StaleVersionException, Clock } from '@werkbrug/common';
import {
  SpeeddateConversation,
  SpeeddateEvent,
  SpeeddateParticipant,
  updateVersioned,
  TransactionHost,
} from '@werkbrug/database';
import { EntityManager, In, IsNull } from 'typeorm';
import { scheduleFollowUp } from '../shared/follow-ups/follow-up-scheduler';
import { recordService } from '../shared/ledger/service-ledger';
import {
  CreateSpeeddateDto,
  InviteDto,
  ListSpeeddatesQuery,
  LogOutcomesDto,
  SaveScheduleDto,
} from './dto/speeddate.dto';
import { checkOutcome, followUpOf } from './outcome-rules';
import { fitsInDay, InvitedEmployer, slotStartsAt, suggestSchedule } from './schedule';
import {
  ConversationNames,
  ConversationView,
  ScheduleSuggestionView,
  SpeeddateSummaryView,
  SpeeddateView,
} from './speeddate.response';

const CONVERSATION_SOURCE = 'speeddate-conversation';

/** Level 2: a jobhunter plans a speeddate, invites employers and candidates, schedules and logs the conversations. */
@Injectable()
export class SpeeddatesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateSpeeddateDto, principal: Principal): Promise<SpeeddateView> {
    if (!fitsInDay(dto.startsAt, dto.slotMinutes, dto.slotCount))
      throw invalidField('slotCount', 'the last slot would end after midnight');
    return this.db.transaction(async (manager) => {
      const event = await manager.save(
        manager.create(SpeeddateEvent, {
          ...dto,
          createdBy: principal.subject,
          createdAt: this.clock.now(),
          version: 1,
        }),
      );
      await recordService(manager, {
        levels: 2,
        action: 'speeddate-event',
        actor: principal,
        region: event.region,
        subject: { type: 'speeddate-event', id: event.id },
      });
      return this.view(manager, event.id);
    });
  }

  async list(query: ListSpeeddatesQuery): Promise<SpeeddateSummaryView[]> {
    const builder = this.db.manager
      .getRepository(SpeeddateEvent)
      .createQueryBuilder('e')
      .orderBy('e.held_on')
      .addOrderBy('e.starts_at');
    if (query.from) builder.andWhere('e.held_on >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.held_on <= :to', { to: query.to });
    if (query.region) builder.andWhere('e.region = :region', { region: query.region });
    return (await builder.getMany()).map(SpeeddateSummaryView.of);
  }

  get(id: string): Promise<SpeeddateView> {
    return this.view(this.db.manager, id);
  }

  /** Invites employers and available candidates; all or none, and inviting someone twice changes nothing. */
  async invite(id: string, dto: InviteDto, principal: Principal): Promise<SpeeddateView> {
    const employerIds = dto.employerIds ?? [];
    const candidateIds = dto.candidateIds ?? [];
    if (!employerIds.length && !candidateIds.length)
      throw invalidField('employerIds', 'invite at least one employer or candidate');
    return this.db.transaction(async (manager) => {
      await this.event(manager, id);
      const employers: { id: string }[] = await manager.query(`SELECT id FROM employers WHERE id = ANY($1)`, [
        employerIds,
      ]);
      const known = new Set(employers.map((employer) => employer.id));
      employerIds.forEach((employerId, index) => {
        if (!known.has(employerId)) throw invalidField(`employerIds[${index}]`, `no employer ${employerId}`);
      });
      const candidates: { id: string; availability: string }[] = await manager.query(
        `SELECT id, availability FROM candidates WHERE id = ANY($1)`,
        [candidateIds],
      );
      const availability = new Map(candidates.map((candidate) => [candidate.id, candidate.availability]));
      candidateIds.forEach((candidateId, index) => {
        const state = availability.get(candidateId);
        if (!state) throw invalidField(`candidateIds[${index}]`, `no candidate ${candidateId}`);
        if (state !== 'available')
          throw invalidField(`candidateIds[${index}]`, `the candidate is ${state}; invite available candidates`);
      });
      const invitation = { eventId: id, invitedBy: principal.subject, invitedAt: this.clock.now() };
      const rows = [
        ...employerIds.map((employerId) => ({ ...invitation, employerId, candidateId: null })),
        ...candidateIds.map((candidateId) => ({ ...invitation, employerId: null, candidateId })),
      ];
      // Someone invited already keeps the original invitation.
      await manager.createQueryBuilder().insert().into(SpeeddateParticipant).values(rows).orIgnore().execute();
      return this.view(manager, id);
    });
  }

  /** Takes back an invitation; someone in the schedule must be taken out of it first. */
  async removeParticipant(id: string, participantId: string): Promise<SpeeddateView> {
    return this.db.transaction(async (manager) => {
      const participant = await manager.findOneBy(SpeeddateParticipant, { id: participantId, eventId: id });
      if (!participant) throw new NotFoundException(`Participant ${participantId} not found at this event.`);
      const who = participant.employerId
        ? { employerId: participant.employerId }
        : { candidateId: participant.candidateId! };
      const scheduled = await manager.existsBy(SpeeddateConversation, { eventId: id, ...who });
      if (scheduled)
        throw new ConflictException(
          'This participant has conversations in the schedule; take them out of the schedule first.',
        );
      await manager.delete(SpeeddateParticipant, { id: participantId });
      return this.view(manager, id);
    });
  }

  /**
   * A suggested schedule from the current shortlists of the invited employers' open vacancies (in
   * the event's sector focus, if any), among the invited candidates who are still available;
   * candidates rejected on a shortlist or by the employer are left out. Nothing is saved: the
   * jobhunter adjusts it and saves it.
   */
  async suggest(id: string): Promise<ScheduleSuggestionView> {
    const manager = this.db.manager;
    const event = await this.event(manager, id);
    type Entry = {
      employer_id: string;
      employer_name: string;
      vacancy_id: string;
      vacancy_title: string;
      candidate_id: string;
      score: number;
    };
    const entries: Entry[] = await manager.query(
      `SELECT v.employer_id, e.name AS employer_name, s.vacancy_id, v.title AS vacancy_title, s.candidate_id, s.score
         FROM shortlist_entries s
         JOIN vacancies v ON v.id = s.vacancy_id AND v.status = 'open'
         JOIN employers e ON e.id = v.employer_id
         JOIN speeddate_participants p ON p.event_id = $1 AND p.employer_id = v.employer_id
         JOIN candidates c ON c.id = s.candidate_id AND c.availability = 'available'
        WHERE (cardinality($2::text[]) = 0 OR coalesce(v.sector, e.sector) = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.candidate_id = s.candidate_id AND d.decision = 'rejected')
          AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.vacancy_id = s.vacancy_id AND f.candidate_id = s.candidate_id)
        ORDER BY v.employer_id, s.vacancy_id, s.rank`,
      [id, event.sectorFocus],
    );
    const invited: { candidate_id: string; name: string | null }[] = await manager.query(
      `SELECT p.candidate_id, i.name FROM speeddate_participants p LEFT JOIN candidate_identities i ON i.candidate_id = p.candidate_id
        WHERE p.event_id = $1 AND p.candidate_id IS NOT NULL`,
      [id],
    );
    const employers = new Map<string, InvitedEmployer>();
    const vacancies = new Map<string, InvitedEmployer['vacancies'][number]>();
    for (const entry of entries) {
      if (!employers.has(entry.employer_id))
        employers.set(entry.employer_id, { employerId: entry.employer_id, vacancies: [] });
      if (!vacancies.has(entry.vacancy_id)) {
        const vacancy = { vacancyId: entry.vacancy_id, shortlist: [] };
        vacancies.set(entry.vacancy_id, vacancy);
        employers.get(entry.employer_id)!.vacancies.push(vacancy);
      }
      vacancies.get(entry.vacancy_id)!.shortlist.push({ candidateId: entry.candidate_id, score: Number(entry.score) });
    }
    const { conversations, leftOver } = suggestSchedule(
      event.slotCount,
      [...employers.values()],
      invited.map((candidate) => candidate.candidate_id),
    );
    const entryOf = new Map(entries.map((entry) => [`${entry.vacancy_id}/${entry.candidate_id}`, entry]));
    const nameOf = new Map(invited.map((candidate) => [candidate.candidate_id, candidate.name]));
    return {
      conversations,
      details: conversations.map(({ slot, vacancyId, candidateId }) => {
        const entry = entryOf.get(`${vacancyId}/${candidateId}`)!;
        return {
          slot,
          startsAt: slotStartsAt(event.startsAt, event.slotMinutes, slot),
          employerName: entry.employer_name,
          vacancyTitle: entry.vacancy_title,
          candidateName: nameOf.get(candidateId) ?? null,
          score: Number(entry.score),
        };
      }),
      leftOver,
      version: event.version,
    };
  }

  /**
   * Replaces the schedule, on the event's version. Conversations that stay keep their id (and any
   * outcome); a conversation with a logged outcome cannot be removed or moved.
   */
  async saveSchedule(id: string, dto: SaveScheduleDto): Promise<SpeeddateView> {
    return this.db.transaction(async (manager) => {
      const event = await this.event(manager, id);
      const wanted = dto.conversations;
      const seen = new Map<string, number>();
      const once = (key: string, index: number, field: string, reason: (other: number) => string) => {
        const other = seen.get(key);
        if (other !== undefined) throw invalidField(`conversations[${index}].${field}`, reason(other));
        seen.set(key, index);
      };
      wanted.forEach((conversation, index) => {
        if (conversation.slot > event.slotCount)
          throw invalidField(`conversations[${index}].slot`, `the event has ${event.slotCount} slots`);
        const { slot, employerId, candidateId } = conversation;
        once(
          `pair/${employerId}/${candidateId}`,
          index,
          'candidateId',
          (other) => `the candidate already meets this employer in conversations[${other}]`,
        );
        once(
          `employer/${slot}/${employerId}`,
          index,
          'slot',
          (other) => `the employer already has conversations[${other}] in this slot`,
        );
        once(
          `candidate/${slot}/${candidateId}`,
          index,
          'slot',
          (other) => `the candidate already has conversations[${other}] in this slot`,
        );
      });
      const participants = await manager.findBy(SpeeddateParticipant, { eventId: id });
      const employers = new Set(participants.map((participant) => participant.employerId));
      const candidates = new Set(participants.map((participant) => participant.candidateId));
      const vacancyIds = wanted.flatMap((conversation) => (conversation.vacancyId ? [conversation.vacancyId] : []));
      const vacancies: { id: string; employer_id: string }[] = await manager.query(
        `SELECT id, employer_id FROM vacancies WHERE id = ANY($1)`,
        [vacancyIds],
      );
      const employerOfVacancy = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy.employer_id]));
      wanted.forEach((conversation, index) => {
        if (!employers.has(conversation.employerId))
          throw invalidField(`conversations[${index}].employerId`, 'the employer is not invited to this event');
        if (!candidates.has(conversation.candidateId))
          throw invalidField(`conversations[${index}].candidateId`, 'the candidate is not invited to this event');
        if (conversation.vacancyId && employerOfVacancy.get(conversation.vacancyId) !== conversation.employerId) {
          throw invalidField(`conversations[${index}].vacancyId`, "not one of this employer's vacancies");
        }
      });

      await updateVersioned(manager, SpeeddateEvent, { id }, dto.version, {}, SpeeddateSummaryView.of);

      const existing = await manager.findBy(SpeeddateConversation, { eventId: id });
      const wantedOf = new Map(
        wanted.map((conversation) => [`${conversation.employerId}/${conversation.candidateId}`, conversation]),
      );
      const removed: SpeeddateConversation[] = [];
      const moved: { conversation: SpeeddateConversation; slot: number; vacancyId: string | null }[] = [];
      for (const conversation of existing) {
        const next = wantedOf.get(`${conversation.employerId}/${conversation.candidateId}`);
        const logged = conversation.tookPlace !== null;
        if (!next) {
          if (logged)
            throw new ConflictException(
              `Conversation ${conversation.id} has a logged outcome and stays in the schedule.`,
            );
          removed.push(conversation);
          continue;
        }
        wantedOf.delete(`${conversation.employerId}/${conversation.candidateId}`);
        const vacancyId = next.vacancyId ?? null;
        if (next.slot === conversation.slot && vacancyId === conversation.vacancyId) continue;
        if (logged)
          throw new ConflictException(
            `Conversation ${conversation.id} has a logged outcome; its slot and vacancy stay as they are.`,
          );
        moved.push({ conversation, slot: next.slot, vacancyId });
      }
      // Only while still unlogged: an outcome logged meanwhile by a colleague is never lost.
      const unlogged = (ids: string[]) => ({ id: In(ids), tookPlace: IsNull() });
      const loggedMeanwhile = () =>
        new ConflictException(
          'An outcome was logged meanwhile for a conversation this schedule changes; reload the event.',
        );
      if (removed.length) {
        const { affected } = await manager.delete(
          SpeeddateConversation,
          unlogged(removed.map((conversation) => conversation.id)),
        );
        if (affected !== removed.length) throw loggedMeanwhile();
      }
      // Moves may swap slots between conversations: park them beyond the last possible slot first,
      // so that no intermediate state breaks the one-conversation-per-slot keys.
      for (const { conversation } of moved) {
        const { affected } = await manager.update(SpeeddateConversation, unlogged([conversation.id]), {
          slot: conversation.slot + 1000,
        });
        if (!affected) throw loggedMeanwhile();
      }
      for (const { conversation, slot, vacancyId } of moved) {
        await manager.update(
          SpeeddateConversation,
          { id: conversation.id },
          { slot, vacancyId, version: () => 'version + 1' },
        );
      }
      const added = [...wantedOf.values()].map(({ slot, employerId, candidateId, vacancyId }) => ({
        eventId: id,
        slot,
        employerId,
        candidateId,
        vacancyId: vacancyId ?? null,
      }));
      if (added.length) await manager.insert(SpeeddateConversation, added);
      return this.view(manager, id);
    });
  }

  /**
   * Logs outcomes of conversations, many at once and all or none. A next step other than no-match
   * becomes a follow-up for the jobhunter; a changed next step closes the follow-up of the old one.
   */
  async logOutcomes(id: string, dto: LogOutcomesDto, principal: Principal): Promise<ConversationView[]> {
    const firstIndex = new Map<string, number>();
    dto.outcomes.forEach((outcome, index) => {
      checkOutcome(outcome, `outcomes[${index}]`);
      const first = firstIndex.get(outcome.conversationId);
      if (first !== undefined) throw invalidField(`outcomes[${index}].conversationId`, `already in outcomes[${first}]`);
      firstIndex.set(outcome.conversationId, index);
    });
    return this.db.transaction(async (manager) => {
      const event = await this.event(manager, id);
      if (event.heldOn > this.clock.today())
        throw new ConflictException(`The event is held on ${event.heldOn}; log outcomes from that day on.`);
      const conversationIds = dto.outcomes.map((outcome) => outcome.conversationId);
      const conversations = new Map(
        (await manager.findBy(SpeeddateConversation, { eventId: id, id: In(conversationIds) })).map((c) => [c.id, c]),
      );
      const names = await this.namesOf(manager, conversationIds);
      const viewOf = (conversation: SpeeddateConversation) =>
        ConversationView.of(conversation, event, names.get(conversation.id)!);
      dto.outcomes.forEach((outcome, index) => {
        const conversation = conversations.get(outcome.conversationId);
        if (!conversation) throw invalidField(`outcomes[${index}].conversationId`, 'not a conversation of this event');
        if (conversation.tookPlace !== null && outcome.version === undefined) {
          throw new StaleVersionException(
            viewOf(conversation),
            `The outcome of outcomes[${index}] was logged already; send its version to change it.`,
          );
        }
      });

      const logged: ConversationView[] = [];
      for (const outcome of dto.outcomes) {
        const before = conversations.get(outcome.conversationId)!;
        const changes = {
          tookPlace: outcome.tookPlace,
          interest: outcome.interest ?? null,
          nextStep: outcome.nextStep ?? null,
          reason: outcome.reason ?? null,
          loggedBy: principal.subject,
          loggedAt: this.clock.now(),
        };
        const conversation = await updateVersioned(
          manager,
          SpeeddateConversation,
          { id: before.id },
          outcome.version ?? before.version,
          changes,
          viewOf,
        );
        const { candidateId, employerId, vacancyId } = conversation;
        await recordService(manager, {
          levels: 2,
          action: conversation.tookPlace ? 'speeddate-conversation' : 'speeddate-no-show',
          actor: principal,
          candidateId,
          employerId,
          vacancyId,
          subject: { type: CONVERSATION_SOURCE, id: conversation.id },
        });
        await this.followUp(manager, conversation, event, principal);
        logged.push(viewOf(conversation));
      }
      return logged;
    });
  }

  /** Keeps exactly one open follow-up for the conversation's next step, and none after no-match or a no-show. */
  private async followUp(
    manager: EntityManager,
    conversation: SpeeddateConversation,
    event: SpeeddateEvent,
    principal: Principal,
  ): Promise<void> {
    const next = followUpOf(conversation.nextStep, event.heldOn);
    await manager.query(
      `UPDATE follow_ups SET done_at = now(), result = 'superseded', version = version + 1
        WHERE source_type = $1 AND source_id = $2 AND done_at IS NULL AND kind IS DISTINCT FROM $3`,
      [CONVERSATION_SOURCE, conversation.id, next?.kind ?? null],
    );
    if (!next) return;
    const { candidateId, employerId, vacancyId } = conversation;
    const source = { type: CONVERSATION_SOURCE, id: conversation.id };
    await scheduleFollowUp(manager, {
      kind: next.kind,
      source,
      candidateId,
      employerId,
      vacancyId,
      dueOn: next.dueOn,
      assignedTo: principal.subject,
    });
    // Back to a next step logged before: its superseded follow-up is open again.
    await manager.query(
      `UPDATE follow_ups SET done_at = NULL, result = NULL, version = version + 1
        WHERE source_type = $1 AND source_id = $2 AND kind = $3 AND result = 'superseded'`,
      [CONVERSATION_SOURCE, conversation.id, next.kind],
    );
  }

  private async event(manager: EntityManager, id: string): Promise<SpeeddateEvent> {
    const event = await manager.findOneBy(SpeeddateEvent, { id });
    if (!event) throw new NotFoundException(`Speeddate ${id} not found.`);
    return event;
  }

  private async namesOf(manager: EntityManager, conversationIds: string[]): Promise<Map<string, ConversationNames>> {
    const rows: { id: string; employer_name: string; candidate_name: string | null; vacancy_title: string | null }[] =
      await manager.query(
        `SELECT c.id, e.name AS employer_name, i.name AS candidate_name, v.title AS vacancy_title
         FROM speeddate_conversations c
         JOIN employers e ON e.id = c.employer_id
         LEFT JOIN candidate_identities i ON i.candidate_id = c.candidate_id
         LEFT JOIN vacancies v ON v.id = c.vacancy_id
        WHERE c.id = ANY($1)`,
        [conversationIds],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        { employerName: row.employer_name, candidateName: row.candidate_name, vacancyTitle: row.vacancy_title },
      ]),
    );
  }

  private async view(manager: EntityManager, id: string): Promise<SpeeddateView> {
    const event = await this.event(manager, id);
    const participants: {
      id: string;
      employer_id: string | null;
      candidate_id: string | null;
      name: string | null;
      invited_by: string;
      invited_at: Date;
    }[] = await manager.query(
      `SELECT p.id, p.employer_id, p.candidate_id, coalesce(e.name, i.name) AS name, p.invited_by, p.invited_at
           FROM speeddate_participants p
           LEFT JOIN employers e ON e.id = p.employer_id
           LEFT JOIN candidate_identities i ON i.candidate_id = p.candidate_id
          WHERE p.event_id = $1
          ORDER BY coalesce(e.name, i.name), p.id`,
      [id],
    );
    const conversations = await manager.find(SpeeddateConversation, {
      where: { eventId: id },
      order: { slot: 'ASC', employerId: 'ASC' },
    });
    const names = await this.namesOf(
      manager,
      conversations.map((conversation) => conversation.id),
    );
    const invitation = (p: (typeof participants)[number]) => ({
      participantId: p.id,
      name: p.name,
      invitedBy: p.invited_by,
      invitedAt: p.invited_at,
    });
    return {
      ...SpeeddateSummaryView.of(event),
      employers: participants
        .filter((p) => p.employer_id)
        .map((p) => ({ ...invitation(p), employerId: p.employer_id! })),
      candidates: participants
        .filter((p) => p.candidate_id)
        .map((p) => ({ ...invitation(p), candidateId: p.candidate_id! })),
      conversations: conversations.map((conversation) =>
        ConversationView.of(conversation, event, names.get(conversation.id)!),
      ),
    };
  }
}
