import { Injectable } from '@nestjs/common';
import { AnonymisedProfile, Candidate, TransactionHost } from '@werkbrug/database';
import { EntityRepository } from '@werkbrug/database';
import type { AgeGroup } from '../shared/reporting/age-groups';
import { RetentionErrors } from './retention.errors';

/** Tables with a staff note about the candidate. */
const NOTE_TABLES = [
  'shortlist_decisions',
  'vacancy_offers',
  'outreach_contacts',
  'candidate_outcomes',
  'match_feedback',
  'work_items',
];

/**
 * What anonymisation and erasure read and change of a candidate, across the tables that hold
 * something about the person. Candidates are locked FOR NO KEY UPDATE, as CandidatesService locks
 * them: the matcher holds key-share locks on the candidates it lists.
 */
@Injectable()
export class RetentionRepository extends EntityRepository<Candidate> {
  constructor(db: TransactionHost) {
    super(db, Candidate, RetentionErrors.candidateNotFound);
  }

  /** Takes the candidate off the last shortlists of vacancies that ended (closed or expired), which are matched no more. */
  async removeFromEndedShortlists(candidateId: string): Promise<void> {
    await this.manager.query(
      `DELETE FROM shortlist_entries e USING vacancies v
        WHERE e.candidate_id = $1 AND v.id = e.vacancy_id AND v.status IN ('closed', 'expired')`,
      [candidateId],
    );
  }

  /** The candidate, locked until the open transaction ends; or `retention.candidate-not-found`. */
  async lockForUpdate(id: string): Promise<Candidate> {
    const candidate = await this.repository.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
    if (!candidate) throw RetentionErrors.candidateNotFound(`Candidate ${id} not found.`);
    return candidate;
  }

  /**
   * Up to `limit` candidates not yet anonymised who left on or before `leftOnOrBefore`, locked.
   * SKIP LOCKED: concurrent passes divide the candidates instead of queueing on them.
   */
  async lockDueForAnonymisation(leftOnOrBefore: string, limit: number): Promise<Candidate[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM candidates WHERE anonymised_at IS NULL AND availability = 'left' AND left_on <= $1
        ORDER BY left_on, id LIMIT $2 FOR NO KEY UPDATE SKIP LOCKED`,
      [leftOnOrBefore, limit],
    );
    return rows.length ? this.repository.find({ where: rows.map((row) => ({ id: row.id })) }) : [];
  }

  async save(candidate: Candidate): Promise<Candidate> {
    return this.repository.save(candidate);
  }

  async placementsWithoutAgeGroup(candidateId: string): Promise<{ id: string; startsOn: string }[]> {
    const rows: { id: string; starts_on: string }[] = await this.manager.query(
      `SELECT id, starts_on::text AS starts_on FROM placements WHERE candidate_id = $1 AND age_group IS NULL`,
      [candidateId],
    );
    return rows.map((row) => ({ id: row.id, startsOn: row.starts_on }));
  }

  async fixAgeGroup(placementId: string, ageGroup: AgeGroup): Promise<void> {
    await this.manager.query(`UPDATE placements SET age_group = $2 WHERE id = $1`, [placementId, ageGroup]);
  }

  async deleteIdentity(candidateId: string): Promise<void> {
    await this.manager.query(`DELETE FROM candidate_identities WHERE candidate_id = $1`, [candidateId]);
  }

  /** Free text staff wrote about the person; codes (reasons, outcomes, next steps) stay for the statistics. */
  async clearFreeTextAbout(candidateId: string): Promise<void> {
    for (const table of NOTE_TABLES) {
      await this.manager.query(`UPDATE ${table} SET note = NULL WHERE candidate_id = $1 AND note IS NOT NULL`, [
        candidateId,
      ]);
    }
    await this.manager.query(`UPDATE vacancy_offers SET response_reason = NULL WHERE candidate_id = $1`, [candidateId]);
    await this.manager.query(`UPDATE speeddate_conversations SET reason = NULL WHERE candidate_id = $1`, [candidateId]);
    await this.manager.query(`UPDATE follow_ups SET result = NULL WHERE candidate_id = $1 AND result IS NOT NULL`, [
      candidateId,
    ]);
  }

  /** Overwrites `cleared` in the profile snapshots of the candidate's proposals, and the employers' answer notes. */
  async clearProposalSnapshots(candidateId: string, cleared: Partial<AnonymisedProfile>): Promise<void> {
    await this.manager.query(
      `UPDATE proposals SET profile = profile || $2::jsonb, answer_note = NULL WHERE candidate_id = $1`,
      [candidateId, JSON.stringify(cleared)],
    );
  }

  /** Withdraws every consent still given (by `retention`, at `at`) and empties the adjustments named: health detail. */
  async withdrawConsents(candidateId: string, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE candidate_consents
          SET withdrawn_at = coalesce(withdrawn_at, $2), withdrawn_by = coalesce(withdrawn_by, 'retention'),
              adjustments = CASE WHEN adjustments IS NULL THEN NULL ELSE '[]'::jsonb END
        WHERE candidate_id = $1`,
      [candidateId, at],
    );
  }

  /** Records an erasure request (GDPR art. 17) with who asked and why; returns its id. */
  async recordErasure(request: {
    candidateId: string;
    reason: string;
    requestedBy: string;
    requestedByRole: string;
    requestedAt: Date;
    completedAt: Date;
  }): Promise<string> {
    const [row]: { id: string }[] = await this.manager.query(
      `INSERT INTO erasure_requests (candidate_id, reason, requested_by, requested_by_role, requested_at, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        request.candidateId,
        request.reason,
        request.requestedBy,
        request.requestedByRole,
        request.requestedAt,
        request.completedAt,
      ],
    );
    return row.id;
  }
}
