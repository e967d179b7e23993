import { Injectable } from '@nestjs/common';
import { Availability, EntityRepository, SpeeddateParticipant, TransactionHost } from '@werkbrug/database';
import { SpeeddateErrors } from './speeddate.errors';

/** An invitation with the invitee's name (null once a candidate is erased). */
export interface NamedParticipant {
  id: string;
  employerId: string | null;
  candidateId: string | null;
  name: string | null;
  invitedBy: string;
  invitedAt: Date;
}

/** A candidate on the current shortlist of an open vacancy of an invited employer. */
export interface ShortlistedEntry {
  employerId: string;
  employerName: string;
  vacancyId: string;
  vacancyTitle: string;
  candidateId: string;
  score: number;
}

@Injectable()
export class SpeeddateParticipantRepository extends EntityRepository<SpeeddateParticipant> {
  constructor(db: TransactionHost) {
    super(db, SpeeddateParticipant, SpeeddateErrors.participantNotFound);
  }

  findByEvent(eventId: string): Promise<SpeeddateParticipant[]> {
    return this.repository.findBy({ eventId });
  }

  /** The invitations of an event with names, by name. */
  async findNamed(eventId: string): Promise<NamedParticipant[]> {
    const rows: {
      id: string;
      employer_id: string | null;
      candidate_id: string | null;
      name: string | null;
      invited_by: string;
      invited_at: Date;
    }[] = await this.manager.query(
      `SELECT p.id, p.employer_id, p.candidate_id, coalesce(e.name, i.name) AS name, p.invited_by, p.invited_at
         FROM speeddate_participants p
         LEFT JOIN employers e ON e.id = p.employer_id
         LEFT JOIN candidate_identities i ON i.candidate_id = p.candidate_id
        WHERE p.event_id = $1
        ORDER BY coalesce(e.name, i.name), p.id`,
      [eventId],
    );
    return rows.map((row) => ({
      id: row.id,
      employerId: row.employer_id,
      candidateId: row.candidate_id,
      name: row.name,
      invitedBy: row.invited_by,
      invitedAt: row.invited_at,
    }));
  }

  /** Which of these employers exist. */
  async existingEmployers(ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(`SELECT id FROM employers WHERE id = ANY($1)`, [ids]);
    return new Set(rows.map((row) => row.id));
  }

  /** The availability of each of these candidates that exists. */
  async availabilityOf(candidateIds: string[]): Promise<Map<string, Availability>> {
    const rows: { id: string; availability: Availability }[] = await this.manager.query(
      `SELECT id, availability FROM candidates WHERE id = ANY($1)`,
      [candidateIds],
    );
    return new Map(rows.map((row) => [row.id, row.availability]));
  }

  /** Someone invited already keeps the original invitation (an insert that ignores the unique key). */
  async inviteUnlessInvited(invitations: Omit<SpeeddateParticipant, 'id'>[]): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(SpeeddateParticipant)
      .values(invitations)
      .orIgnore()
      .execute();
  }

  async remove(id: string): Promise<void> {
    await this.repository.delete({ id });
  }

  /**
   * The current shortlists of the invited employers' open vacancies (in the sector focus, if any),
   * with the candidates who are still available, leaving out those rejected on a shortlist or by the
   * employer; by employer, vacancy and rank.
   */
  async shortlistsOfInvitedEmployers(eventId: string, sectorFocus: string[]): Promise<ShortlistedEntry[]> {
    const rows: {
      employer_id: string;
      employer_name: string;
      vacancy_id: string;
      vacancy_title: string;
      candidate_id: string;
      score: string | number;
    }[] = await this.manager.query(
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
      [eventId, sectorFocus],
    );
    return rows.map((row) => ({
      employerId: row.employer_id,
      employerName: row.employer_name,
      vacancyId: row.vacancy_id,
      vacancyTitle: row.vacancy_title,
      candidateId: row.candidate_id,
      score: Number(row.score),
    }));
  }
}
