import { Injectable } from '@nestjs/common';
import { OutboxMessage, TransactionHost } from '@werkbrug/database';
import { MATCH_VACANCY_JOB, MatchVacancyJob, matchVacancyJobId } from '@werkbrug/queue';

/** A message claimed for relaying: what to dispatch, and how often it has been tried (this time included). */
export interface ClaimedMessage {
  id: string;
  jobName: string;
  jobId: string;
  payload: unknown;
  attempts: number;
}

/** Undispatched messages by state, as the relay sees them. */
export interface OutboxStateCounts {
  /** Claimed by a relay now. */
  active: number;
  /** Due, not claimed. */
  waiting: number;
  /** Failed before; their retry time lies ahead. */
  delayed: number;
}

/**
 * The outbox table (outbox_messages) for its relay and for who watches the backlog. Times are the
 * database's own `now()`: claims and backoff are compared across API processes, so one clock for
 * all of them, whichever machine each runs on.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Matching jobs, written with the change that needs them (the caller's transaction). */
  async enqueue(jobs: readonly MatchVacancyJob[]): Promise<void> {
    if (!jobs.length) return;
    await this.db.manager.insert(
      OutboxMessage,
      jobs.map((job) => ({ jobName: MATCH_VACANCY_JOB, jobId: matchVacancyJobId(job), payload: { ...job } })),
    );
  }

  /** A job the API runs itself (see LocalJobs), written with the change that causes it. */
  async enqueueLocal(jobName: string, jobId: string, payload: Record<string, unknown>): Promise<void> {
    await this.db.manager.query(`INSERT INTO outbox_messages (job_name, job_id, payload) VALUES ($1, $2, $3::jsonb)`, [
      jobName,
      jobId,
      JSON.stringify(payload),
    ]);
  }

  /**
   * A local job written once for its job id, where a unique index on the job id holds (a digest per
   * user and day): a second write, from a rerun or another process, adds nothing. Whether it was new.
   */
  async enqueueLocalOnce(jobName: string, jobId: string, payload: Record<string, unknown>): Promise<boolean> {
    const written: unknown[] = await this.db.manager.query(
      `INSERT INTO outbox_messages (job_name, job_id, payload) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
      [jobName, jobId, JSON.stringify(payload)],
    );
    return written.length > 0;
  }

  /**
   * Claims up to `limit` due messages for `claimSeconds`, oldest first, counting the attempt. SKIP
   * LOCKED: relays side by side never claim the same message at the same time; a claim that
   * expires (its relay died) makes the message due again.
   */
  async claimDue(limit: number, claimSeconds: number): Promise<ClaimedMessage[]> {
    const [rows] = await this.db.manager.query<
      [{ id: string; job_name: string; job_id: string; payload: unknown; attempts: number }[], number]
    >(
      `UPDATE outbox_messages SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM outbox_messages
           WHERE dispatched_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until < now())
           ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, job_name, job_id, payload, attempts`,
      [limit, claimSeconds],
    );
    return rows
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((row) => ({
        id: row.id,
        jobName: row.job_name,
        jobId: row.job_id,
        payload: row.payload,
        attempts: row.attempts,
      }));
  }

  /** Releases the claims on these messages (those not dispatched yet), so they are due at once. */
  async giveBack(ids: string[]): Promise<void> {
    await this.db.manager.query(
      `UPDATE outbox_messages SET locked_until = NULL WHERE id = ANY($1) AND dispatched_at IS NULL`,
      [ids],
    );
  }

  async markDispatched(id: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE outbox_messages SET dispatched_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Releases the claim after a failed dispatch and makes the message due again `backoffSeconds` from now. */
  async scheduleRetry(id: string, error: string, backoffSeconds: number): Promise<void> {
    await this.db.manager.query(
      `UPDATE outbox_messages SET locked_until = NULL, last_error = $2, available_at = now() + make_interval(secs => $3) WHERE id = $1`,
      [id, error, backoffSeconds],
    );
  }

  /** Messages not yet dispatched, and the age in seconds of the oldest (null when none). */
  async pending(): Promise<{ pending: number; oldestSeconds: number | null }> {
    const [row]: { pending: number; oldest: number | null }[] = await this.db.manager.query(
      `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
         FROM outbox_messages WHERE dispatched_at IS NULL`,
    );
    return { pending: row.pending, oldestSeconds: row.oldest };
  }

  async countPendingByState(): Promise<OutboxStateCounts> {
    const [row]: OutboxStateCounts[] = await this.db.manager.query(
      `SELECT count(*) FILTER (WHERE locked_until > now())::int AS active,
              count(*) FILTER (WHERE (locked_until IS NULL OR locked_until <= now()) AND available_at <= now())::int AS waiting,
              count(*) FILTER (WHERE (locked_until IS NULL OR locked_until <= now()) AND available_at > now())::int AS delayed
         FROM outbox_messages WHERE dispatched_at IS NULL`,
    );
    return row;
  }
}
