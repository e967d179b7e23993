import { parseConfig, SystemClock } from '@werkbrug/common';
import { serverDataSourceOptions, Vacancy } from '@werkbrug/database';
import {
  MatchableCandidates,
  MatchableCandidatesRepository,
  ShortlistBuilder,
  shortlistLength,
} from '@werkbrug/shortlisting';
import { matchWeightsOf } from '../../libs/shortlisting/src/match-weights';
import { DataSource } from 'typeorm';
import { Environment } from './harness';
import { sleep } from './private-servers';

export async function withDatabase<T>(env: Environment, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource(
    serverDataSourceOptions({ databaseUrl: env.databaseUrl, dataDir: env.folder, poolSize: 2 }),
  ).initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Waits until every shortlist is matched at its requested generation; prints progress. False on timeout. */
export async function drain(env: Environment, timeoutMs: number, label: string): Promise<boolean> {
  const started = Date.now();
  return withDatabase(env, async (db) => {
    let lastPrint = 0;
    for (;;) {
      const [{ pending, total }] = await db.query(
        `SELECT count(*) FILTER (WHERE s.matched_generation IS DISTINCT FROM s.requested_generation)::int AS pending, count(*)::int AS total FROM shortlists s`,
      );
      const seconds = (Date.now() - started) / 1000;
      if (pending === 0) {
        console.log(`  [${label}] all ${total} shortlists current after ${seconds.toFixed(1)} s of draining`);
        return true;
      }
      if (Date.now() - started > timeoutMs) {
        console.log(
          `  [${label}] ${pending} of ${total} shortlists still pending after ${seconds.toFixed(1)} s: giving up`,
        );
        return false;
      }
      if (Date.now() - lastPrint > 5000) {
        console.log(`  [${label}] draining: ${total - pending}/${total} shortlists current (${seconds.toFixed(0)} s)`);
        lastPrint = Date.now();
      }
      await sleep(500);
    }
  });
}

export interface ShortlistReport {
  vacancies: number;
  /** Vacancies with no shortlist row, or more than one. */
  withoutOneShortlist: number;
  /** Matched generation differs from the requested one. */
  notCurrent: number;
  /** (vacancy, candidate) pairs stored more than once. */
  duplicatedEntries: number;
  /** Entry count differs from min(eligible, shortlist length). */
  wrongEntryCount: number;
  /** Rebuilt in this process from the same database: the stored ranking differs (someone missing, extra, or out of order). */
  differsFromRebuild: number;
  entries: number;
}

/**
 * The shortlist invariants after a fault: every vacancy has exactly one shortlist, matched at the
 * generation last asked for; no entry twice; and every stored ranking equals a fresh one made here
 * with the matcher's own ranking code over the same data (the candidates do not change during the run).
 */
export async function checkShortlists(env: Environment): Promise<ShortlistReport> {
  return withDatabase(env, async (db) => {
    const config = parseConfig({ WERKBRUG_DATA_DIR: env.folder, AUTH_JWT_SECRET: env.jwtSecret });
    const builder = new ShortlistBuilder(
      db,
      config,
      new MatchableCandidates(new MatchableCandidatesRepository(), db),
      new SystemClock(),
      matchWeightsOf(config),
    );
    const count = async (sql: string) => (await db.query<{ n: number }[]>(sql))[0].n;
    const report: ShortlistReport = {
      vacancies: await count(`SELECT count(*)::int AS n FROM vacancies`),
      withoutOneShortlist: await count(
        `SELECT count(*)::int AS n FROM vacancies v WHERE (SELECT count(*) FROM shortlists s WHERE s.vacancy_id = v.id) <> 1`,
      ),
      notCurrent: await count(
        `SELECT count(*)::int AS n FROM shortlists WHERE matched_generation IS DISTINCT FROM requested_generation`,
      ),
      duplicatedEntries: await count(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM shortlist_entries GROUP BY vacancy_id, candidate_id HAVING count(*) > 1) d`,
      ),
      wrongEntryCount: 0,
      differsFromRebuild: 0,
      entries: await count(`SELECT count(*)::int AS n FROM shortlist_entries`),
    };
    const shortlists: { vacancyId: string; positions: number; eligible: number | null; stored: string[] | null }[] =
      await db.query(
        `SELECT v.id AS "vacancyId", v.positions, s.candidates_eligible AS eligible,
              (SELECT array_agg(e.candidate_id::text ORDER BY e.rank) FROM shortlist_entries e WHERE e.vacancy_id = v.id) AS stored
         FROM vacancies v JOIN shortlists s ON s.vacancy_id = v.id`,
      );
    await db.transaction('REPEATABLE READ', async (manager) => {
      for (const shortlist of shortlists) {
        const stored = shortlist.stored ?? [];
        if (stored.length !== Math.min(shortlist.eligible ?? 0, shortlistLength(shortlist.positions, config.matcher)))
          report.wrongEntryCount++;
        const vacancy = await manager.findOneByOrFail(Vacancy, { id: shortlist.vacancyId });
        const ranking = await builder.rank(manager, vacancy);
        const rebuilt = ranking.ranked.map((entry) => entry.candidateId);
        if (rebuilt.length !== stored.length || rebuilt.some((id, index) => id !== stored[index]))
          report.differsFromRebuild++;
      }
    });
    return report;
  });
}

export function shortlistProblems(report: ShortlistReport): string[] {
  const problems: string[] = [];
  if (report.withoutOneShortlist)
    problems.push(`${report.withoutOneShortlist} vacancies without exactly one shortlist`);
  if (report.notCurrent) problems.push(`${report.notCurrent} shortlists not matched at their requested generation`);
  if (report.duplicatedEntries) problems.push(`${report.duplicatedEntries} duplicated shortlist entries`);
  if (report.wrongEntryCount)
    problems.push(`${report.wrongEntryCount} shortlists with an entry count other than min(eligible, length)`);
  if (report.differsFromRebuild)
    problems.push(`${report.differsFromRebuild} shortlists that differ from a fresh rebuild`);
  return problems;
}
