import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Principal, Clock } from '@werkbrug/common';
import { Candidate, TransactionHost } from '@werkbrug/database';
import { EntityManager } from 'typeorm';
import { vacanciesConcerned } from '../candidates/candidates.service';
import { requestRematch } from '../shared/outbox/matching-requests';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { ageGroupAt } from '../shared/reporting/age-groups';
import { ErasureDto } from './dto/erasure.dto';
import {
  CLEARED_SNAPSHOT_FIELDS,
  coarseBirthYear,
  coarseCoordinate,
  coarsePostcode,
  leftOnOrBefore,
} from './retention-rules';
import { ErasureView, RetentionRunView } from './retention.response';

/** Candidates anonymised per transaction: short locks, and a failure loses at most one batch's progress. */
const BATCH_SIZE = 50;

/**
 * Storage limitation (GDPR art. 5) and erasure (art. 17). Anonymising keeps the candidate's id and
 * everything reports count (the ledger, placements with their age group, outcomes), and removes or
 * coarsens what could single the person out. Every step is a no-op on an anonymised candidate.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly db: TransactionHost,
    private readonly outbox: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Anonymises everyone who left long enough ago. SKIP LOCKED lets runs in several processes share
   * the work, and a candidate is only picked while not yet anonymised: a second run finds nothing.
   */
  async runPass(): Promise<RetentionRunView> {
    const today = this.clock.today();
    const cutoff = leftOnOrBefore(today, this.config.retention.monthsAfterLeaving);
    let anonymised = 0;
    for (;;) {
      const done = await this.db.transaction(async (manager) => {
        const candidates = await this.lockDue(manager, cutoff);
        for (const candidate of candidates) await this.anonymise(manager, candidate, today);
        return candidates.length;
      });
      anonymised += done;
      if (done < BATCH_SIZE) break;
    }
    if (anonymised > 0) {
      this.outbox.kick();
      this.logger.log({ msg: 'retention pass anonymised candidates', anonymised, leftOnOrBefore: cutoff });
    }
    return RetentionRunView.of({
      anonymised,
      leftOnOrBefore: cutoff,
      monthsAfterLeaving: this.config.retention.monthsAfterLeaving,
    });
  }

  /** An erasure request: recorded with who asked and why, and carried out at once. */
  async erase(candidateId: string, dto: ErasureDto, principal: Principal): Promise<ErasureView> {
    const view = await this.db.transaction(async (manager) => {
      // As CandidatesService locks: FOR NO KEY UPDATE, since the matcher holds key-share locks on candidates it lists.
      const candidate = await manager.findOne(Candidate, {
        where: { id: candidateId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!candidate) throw new NotFoundException(`Candidate ${candidateId} not found.`);
      if (candidate.anonymisedAt)
        throw new ConflictException(
          `Candidate ${candidateId} was already anonymised on ${candidate.anonymisedAt.toISOString()}.`,
        );
      const anonymisedAt = await this.anonymise(manager, candidate, this.clock.today());
      const [request]: { id: string }[] = await manager.query(
        `INSERT INTO erasure_requests (candidate_id, reason, requested_by, requested_by_role, completed_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [candidateId, dto.reason, principal.subject, principal.role, anonymisedAt],
      );
      return ErasureView.of({ requestId: request.id, candidateId, anonymisedAt });
    });
    this.outbox.kick();
    return view;
  }

  /** Locked as in erase, but SKIP LOCKED: concurrent passes divide the candidates instead of queueing on them. */
  private async lockDue(manager: EntityManager, cutoff: string): Promise<Candidate[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM candidates WHERE anonymised_at IS NULL AND availability = 'left' AND left_on <= $1
        ORDER BY left_on, id LIMIT $2 FOR NO KEY UPDATE SKIP LOCKED`,
      [cutoff, BATCH_SIZE],
    );
    return rows.length ? manager.find(Candidate, { where: rows.map((row) => ({ id: row.id })) }) : [];
  }

  /**
   * Removes identity, health detail and free text about the candidate, coarsens birth year,
   * postcode and location, and freezes each placement's age group first so reports count it as
   * before. Availability becomes 'left', and the shortlists the candidate was on are matched again.
   */
  private async anonymise(manager: EntityManager, candidate: Candidate, today: string): Promise<Date> {
    const placements: { id: string; starts_on: string }[] = await manager.query(
      `SELECT id, starts_on::text AS starts_on FROM placements WHERE candidate_id = $1 AND age_group IS NULL`,
      [candidate.id],
    );
    for (const placement of placements) {
      await manager.query(`UPDATE placements SET age_group = $2 WHERE id = $1`, [
        placement.id,
        ageGroupAt(candidate.birthYear, placement.starts_on),
      ]);
    }
    await manager.query(`DELETE FROM candidate_identities WHERE candidate_id = $1`, [candidate.id]);
    const anonymisedAt = this.clock.now();
    Object.assign(candidate, {
      birthYear: coarseBirthYear(candidate.birthYear),
      postcode: coarsePostcode(candidate.postcode),
      latitude: coarseCoordinate(candidate.latitude),
      longitude: coarseCoordinate(candidate.longitude),
      belastbaarheid: null,
      availability: 'left',
      unavailableReason: null,
      unavailableUntil: null,
      leftOn: candidate.leftOn ?? today,
      anonymisedAt,
    } satisfies Partial<Candidate>);
    await manager.save(candidate);
    // Free text staff wrote about the person; codes (reasons, outcomes, next steps) stay for the statistics.
    for (const table of [
      'shortlist_decisions',
      'vacancy_offers',
      'outreach_contacts',
      'candidate_outcomes',
      'match_feedback',
    ]) {
      await manager.query(`UPDATE ${table} SET note = NULL WHERE candidate_id = $1 AND note IS NOT NULL`, [
        candidate.id,
      ]);
    }
    await manager.query(`UPDATE vacancy_offers SET response_reason = NULL WHERE candidate_id = $1`, [candidate.id]);
    await manager.query(`UPDATE speeddate_conversations SET reason = NULL WHERE candidate_id = $1`, [candidate.id]);
    await manager.query(`UPDATE follow_ups SET result = NULL WHERE candidate_id = $1 AND result IS NOT NULL`, [
      candidate.id,
    ]);
    await manager.query(
      `UPDATE proposals SET profile = profile || $2::jsonb, answer_note = NULL WHERE candidate_id = $1`,
      [candidate.id, JSON.stringify(CLEARED_SNAPSHOT_FIELDS)],
    );
    // Nothing is shared any more; the adjustments named are health detail.
    await manager.query(
      `UPDATE candidate_consents
          SET withdrawn_at = coalesce(withdrawn_at, now()), withdrawn_by = coalesce(withdrawn_by, 'retention'),
              adjustments = CASE WHEN adjustments IS NULL THEN NULL ELSE '[]'::jsonb END
        WHERE candidate_id = $1`,
      [candidate.id],
    );
    await requestRematch(manager, await vacanciesConcerned(manager, candidate));
    return anonymisedAt;
  }
}
