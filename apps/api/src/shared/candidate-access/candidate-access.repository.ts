import { Injectable } from '@nestjs/common';
import { Candidate, EntityRepository, TransactionHost } from '@werkbrug/database';
import { PartyErrors } from '../parties/party.errors';
import type { CandidateRecordTable } from './candidate-access.decorator';

/** Whose a candidate is: the organisation, and the klantmanager's and jobhunter's caseloads. */
export interface CandidateOwnership {
  candidateId: string;
  organisationId: string;
  klantmanagerId: string | null;
  jobhunterId: string | null;
}

/** How staff of another organisation reach a candidate they see on a regional list. */
export interface CandidateContact {
  candidateId: string;
  organisationId: string;
  organisationName: string;
  name: string | null;
  klantmanagerName: string | null;
  klantmanagerEmail: string | null;
}

@Injectable()
export class CandidateAccessRepository extends EntityRepository<Candidate> {
  constructor(db: TransactionHost) {
    super(db, Candidate, PartyErrors.candidateNotFound);
  }

  async ownershipOf(candidateId: string): Promise<CandidateOwnership | null> {
    const rows: CandidateOwnership[] = await this.manager.query(
      `SELECT id AS "candidateId", organisation_id AS "organisationId", klantmanager_id AS "klantmanagerId",
              jobhunter_id AS "jobhunterId"
         FROM candidates WHERE id = $1`,
      [candidateId],
    );
    return rows[0] ?? null;
  }

  /** The candidate a record (an offer, a training plan) belongs to; `table` is one of a fixed list. */
  async candidateOfRecord(table: CandidateRecordTable, id: string): Promise<string | null> {
    const rows: { candidate_id: string }[] = await this.manager.query(
      `SELECT candidate_id FROM ${table} WHERE id = $1`,
      [id],
    );
    return rows[0]?.candidate_id ?? null;
  }

  /** Per candidate: its organisation, its name (null once anonymised) and its klantmanager. */
  async contactsOf(candidateIds: readonly string[]): Promise<CandidateContact[]> {
    if (candidateIds.length === 0) return [];
    return this.manager.query(
      `SELECT c.id AS "candidateId", c.organisation_id AS "organisationId", o.name AS "organisationName",
              i.name, u.name AS "klantmanagerName", u.email AS "klantmanagerEmail"
         FROM candidates c
         JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN candidate_identities i ON i.candidate_id = c.id
         LEFT JOIN users u ON u.id = c.klantmanager_id
        WHERE c.id = ANY($1)`,
      [candidateIds],
    );
  }
}
