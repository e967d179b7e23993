import { Injectable } from '@nestjs/common';
import { EntityRepository, SpeeddateConversation, TransactionHost } from '@werkbrug/database';
import { In, IsNull } from 'typeorm';
import { SpeeddateErrors } from './speeddate.errors';

/** Names of the people and the vacancy a conversation is about. */
export interface ConversationNames {
  employerName: string;
  candidateName: string | null;
  vacancyTitle: string | null;
}

/** Where a conversation waits while moves swap slots: beyond the last possible slot, clear of the one-per-slot keys. */
const PARKED = 1000;

/** Only while still unlogged: an outcome logged meanwhile by a colleague is never lost. */
const unlogged = (ids: string[]) => ({ id: In(ids), tookPlace: IsNull() });

@Injectable()
export class SpeeddateConversationRepository extends EntityRepository<SpeeddateConversation> {
  constructor(db: TransactionHost) {
    super(db, SpeeddateConversation, SpeeddateErrors.conversationNotFound);
  }

  /** The schedule: by slot, then employer. */
  findByEvent(eventId: string): Promise<SpeeddateConversation[]> {
    return this.repository.find({ where: { eventId }, order: { slot: 'ASC', employerId: 'ASC' } });
  }

  findOfEvent(eventId: string, ids: string[]): Promise<SpeeddateConversation[]> {
    return this.repository.findBy({ eventId, id: In(ids) });
  }

  /** Whether the employer or candidate has a conversation in the event's schedule. */
  isScheduled(eventId: string, who: { employerId: string } | { candidateId: string }): Promise<boolean> {
    return this.repository.existsBy({ eventId, ...who });
  }

  async namesOf(ids: string[]): Promise<Map<string, ConversationNames>> {
    const rows: { id: string; employer_name: string; candidate_name: string | null; vacancy_title: string | null }[] =
      await this.manager.query(
        `SELECT c.id, e.name AS employer_name, i.name AS candidate_name, v.title AS vacancy_title
           FROM speeddate_conversations c
           JOIN employers e ON e.id = c.employer_id
           LEFT JOIN candidate_identities i ON i.candidate_id = c.candidate_id
           LEFT JOIN vacancies v ON v.id = c.vacancy_id
          WHERE c.id = ANY($1)`,
        [ids],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        { employerName: row.employer_name, candidateName: row.candidate_name, vacancyTitle: row.vacancy_title },
      ]),
    );
  }

  /** The employer of each of these vacancies that exists. */
  async employersOfVacancies(vacancyIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; employer_id: string }[] = await this.manager.query(
      `SELECT id, employer_id FROM vacancies WHERE id = ANY($1)`,
      [vacancyIds],
    );
    return new Map(rows.map((row) => [row.id, row.employer_id]));
  }

  /** Deletes those still unlogged; answers how many. */
  async deleteUnlogged(ids: string[]): Promise<number> {
    const { affected } = await this.repository.delete(unlogged(ids));
    return affected ?? 0;
  }

  /** Parks a conversation still unlogged beyond the last slot, so moves can swap slots; false if it was logged meanwhile. */
  async parkUnlogged(conversation: SpeeddateConversation): Promise<boolean> {
    const { affected } = await this.repository.update(unlogged([conversation.id]), {
      slot: conversation.slot + PARKED,
    });
    return Boolean(affected);
  }

  async move(id: string, slot: number, vacancyId: string | null): Promise<void> {
    await this.repository.update({ id }, { slot, vacancyId, version: () => 'version + 1' });
  }

  async insertMany(
    conversations: Pick<SpeeddateConversation, 'eventId' | 'slot' | 'employerId' | 'candidateId' | 'vacancyId'>[],
  ): Promise<void> {
    if (conversations.length) await this.repository.insert(conversations);
  }

  /** The employer's own conversations at these events, with the vacancy talked about: by slot. */
  async ofEmployerAt(
    employerId: string,
    eventIds: string[],
  ): Promise<
    (Pick<SpeeddateConversation, 'id' | 'eventId' | 'slot' | 'candidateId'> & { vacancyTitle: string | null })[]
  > {
    const rows: { id: string; event_id: string; slot: number; candidate_id: string; vacancy_title: string | null }[] =
      await this.manager.query(
        `SELECT c.id, c.event_id, c.slot, c.candidate_id, v.title AS vacancy_title
           FROM speeddate_conversations c
           LEFT JOIN vacancies v ON v.id = c.vacancy_id
          WHERE c.employer_id = $1 AND c.event_id = ANY($2::uuid[])
          ORDER BY c.slot, c.id`,
        [employerId, eventIds],
      );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      slot: row.slot,
      candidateId: row.candidate_id,
      vacancyTitle: row.vacancy_title,
    }));
  }
}
