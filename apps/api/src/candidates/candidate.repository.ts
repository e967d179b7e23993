import { Injectable } from '@nestjs/common';
import { ILike, LessThan, Like } from 'typeorm';
import { Candidate, CandidateIdentity, EntityRepository, TransactionHost } from '@werkbrug/database';
import { In } from 'typeorm';
import { fetchWindow, Page } from '../shared/validation/paging';
import { CandidateErrors } from './candidate.errors';

/** A profile as the klantmanager gives it, with where the candidate lives and how far they reach. */
export type CandidateProfileFields = Pick<
  Candidate,
  | 'birthYear'
  | 'postcode'
  | 'travel'
  | 'latitude'
  | 'longitude'
  | 'travelKm'
  | 'educationLevel'
  | 'competences'
  | 'wishes'
  | 'belastbaarheid'
  | 'benefitStartedOn'
  | 'participatieladder'
> &
  Partial<Pick<Candidate, 'workHistory' | 'instruments'>>;

/** Whose candidates a list holds: an organisation's, or one klantmanager's or jobhunter's caseload in it. */
export interface CaseloadScope {
  organisationId: string;
  klantmanagerId?: string;
  jobhunterId?: string;
}

export type CaseloadRole = 'klantmanager' | 'jobhunter';

export interface CaseloadCount {
  userId: string;
  name: string;
  email: string;
  candidates: number;
}

/** The candidate aggregate: the profile and, kept apart in its own table, the identity. */
@Injectable()
export class CandidateRepository extends EntityRepository<Candidate> {
  constructor(db: TransactionHost) {
    super(db, Candidate, CandidateErrors.notFound);
  }

  insert(
    fields: CandidateProfileFields &
      Pick<Candidate, 'availability' | 'availabilityConfirmedOn' | 'organisationId' | 'klantmanagerId'>,
  ): Promise<Candidate> {
    return this.repository.save(this.repository.create(fields));
  }

  /** Many new candidates in one statement (an import's batch); their ids in the same order. */
  async insertMany(
    rows: (CandidateProfileFields &
      Pick<Candidate, 'availability' | 'organisationId' | 'klantmanagerId' | 'clientNumber' | 'leftOn'>)[],
  ): Promise<string[]> {
    if (!rows.length) return [];
    const result = await this.repository.insert(rows.map((row) => this.repository.create(row)));
    return result.identifiers.map((identifier) => String(identifier.id));
  }

  async insertIdentities(
    identities: Pick<CandidateIdentity, 'candidateId' | 'name' | 'email' | 'phone'>[],
  ): Promise<void> {
    if (identities.length) await this.manager.getRepository(CandidateIdentity).insert(identities);
  }

  async updateFields(id: string, fields: Partial<Candidate>): Promise<void> {
    await this.repository.update({ id }, fields);
  }

  /** The organisation's candidates with these client numbers, with their identity (none once anonymised). */
  findByClientNumbers(organisationId: string, clientNumbers: string[]): Promise<Candidate[]> {
    if (!clientNumbers.length) return Promise.resolve([]);
    return this.repository.find({
      where: { organisationId, clientNumber: In(clientNumbers) },
      relations: { identity: true },
    });
  }

  save(candidate: Candidate): Promise<Candidate> {
    return this.repository.save(candidate);
  }

  /** Writes the identity, replacing the one stored for this candidate. */
  saveIdentity(
    identity: Pick<CandidateIdentity, 'candidateId' | 'name' | 'email' | 'phone'>,
  ): Promise<CandidateIdentity> {
    const identities = this.manager.getRepository(CandidateIdentity);
    return identities.save(identities.create(identity));
  }

  /**
   * The profile, locked until the transaction ends. FOR NO KEY UPDATE, not FOR UPDATE: the matcher
   * inserting shortlist entries takes key-share locks on the candidates it lists while holding its
   * shortlist; a full lock here would deadlock with it.
   */
  async lockForChange(id: string): Promise<Candidate> {
    const candidate = await this.repository.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!candidate) throw CandidateErrors.notFound(`Candidate ${id} not found.`);
    return candidate;
  }

  /**
   * One page and one row beyond it (see fetchWindow) of an organisation's or a caseload's candidates,
   * oldest first; with `confirmedBefore`, only the available ones last confirmed before that day.
   */
  /** `search`: the name contains it (any case) or the postcode starts with it. */
  listWithIdentity(scope: CaseloadScope, page: Page, confirmedBefore?: string, search?: string): Promise<Candidate[]> {
    const where = confirmedBefore
      ? { ...scope, availability: 'available' as const, availabilityConfirmedOn: LessThan(confirmedBefore) }
      : scope;
    const literal = search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.repository.find({
      where: literal
        ? [
            { ...where, identity: { name: ILike(`%${literal}%`) } },
            { ...where, postcode: Like(`${literal.toUpperCase().replace(/\s+/g, '')}%`) },
          ]
        : where,
      relations: { identity: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...fetchWindow(page),
    });
  }

  /** How many shortlists of open vacancies rank each of these candidates now (absent: none). */
  async shortlistCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { id: string; count: number }[] = await this.manager.query(
      `SELECT e.candidate_id AS id, count(*)::int AS count
         FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.candidate_id = ANY($1) AND v.status = 'open'
        GROUP BY e.candidate_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.count]));
  }

  listAllWithIdentity(scope: CaseloadScope): Promise<Candidate[]> {
    return this.repository.find({
      where: scope,
      relations: { identity: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The id of an active user of the organisation with the role, locked until the transaction ends:
   * two assignments to the same klantmanager then count their caseload one after the other.
   */
  async lockStaffMember(userId: string, organisationId: string, role: CaseloadRole): Promise<string | null> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM users
        WHERE id = $1 AND organisation_id = $2 AND status = 'active' AND $3 = ANY(roles)
          FOR UPDATE`,
      [userId, organisationId, role],
    );
    return rows[0]?.id ?? null;
  }

  /** The candidates a klantmanager holds: those not anonymised and not gone. */
  async countCaseload(klantmanagerId: string): Promise<number> {
    const rows: { count: number }[] = await this.manager.query(
      `SELECT count(*)::int AS count FROM candidates
        WHERE klantmanager_id = $1 AND anonymised_at IS NULL AND availability <> 'left'`,
      [klantmanagerId],
    );
    return rows[0].count;
  }

  async assign(
    candidateId: string,
    assignment: Partial<Pick<Candidate, 'klantmanagerId' | 'jobhunterId'>>,
  ): Promise<void> {
    await this.repository.update({ id: candidateId }, assignment);
  }

  /** Every active klantmanager of the organisation with the size of their caseload (as countCaseload counts it). */
  caseloadsOf(organisationId: string): Promise<CaseloadCount[]> {
    return this.manager.query(
      `SELECT u.id AS "userId", u.name, u.email,
              count(c.id) FILTER (WHERE c.anonymised_at IS NULL AND c.availability <> 'left')::int AS candidates
         FROM users u
         LEFT JOIN candidates c ON c.klantmanager_id = u.id
        WHERE u.organisation_id = $1 AND u.status = 'active' AND 'klantmanager' = ANY(u.roles)
        GROUP BY u.id
        ORDER BY u.name, u.id`,
      [organisationId],
    );
  }

  findWithIdentity(id: string): Promise<Candidate | null> {
    return this.repository.findOne({ where: { id }, relations: { identity: true } });
  }
}
