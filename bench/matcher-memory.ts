/**
 * The matcher's memory at 100,000 candidates, alone (`npm run bench:matcher-memory`): the re-match
 * step of the matcher benchmark without the rest. Makes (or, with `-- --db <name>`, reuses) a
 * database with the benchmark's population, then starts one matcher process, reads its peak memory
 * (VmHWM) when its pool is loaded and after it matched all 1,000 vacancies again; `-- --two` also
 * times the same re-match with two matchers. `--keep` keeps the database for the next run;
 * `--candidates <n>` makes another number of candidates; `--start` only times a matcher's start
 * (spawn → pool loaded) and its peak memory, as the benchmark's million step does.
 */
import { Logger } from '@nestjs/common';
import { openDataSource, withClient } from '@werkbrug/database';
import { loadavg } from 'node:os';
import { candidate, prng, vacancy } from './population';
import { fullRematch, insertCandidates, insertVacancies, matcherStart } from './matcher-bench';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
};

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const reuse = argument('--db');
  const candidates = Number(argument('--candidates') ?? 100_000);
  const name = reuse ?? `werkbrug_bench_memory_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  if (!reuse) await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const db = await openDataSource({ databaseUrl, dataDir: '' });
  try {
    const existing: { id: string }[] = await db.query(`SELECT id FROM vacancies ORDER BY created_at, id`);
    const vacancyIds = existing.map((row) => row.id);
    if (!reuse) {
      // The same seed and order as the matcher benchmark: the same vacancies and candidates.
      const random = prng(2026);
      vacancyIds.push(
        ...(await insertVacancies(
          db,
          Array.from({ length: 1000 }, () => vacancy(random)),
        )),
      );
      // In chunks, so that a million records are not all in memory at once.
      for (let made = 0; made < candidates; made += 100_000)
        await insertCandidates(
          db,
          Array.from({ length: Math.min(100_000, candidates - made) }, () => candidate(random)),
        );
      await db.query('VACUUM ANALYZE candidates');
    }
    if (process.argv.includes('--start')) {
      const load = loadavg()[0];
      const start = await matcherStart(databaseUrl);
      console.log(
        `1 matcher: pool loaded after ${start.seconds.toFixed(1)} s, peak memory ${start.peakMemoryMb.toFixed(0)} MB (load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)})`,
      );
      return;
    }
    for (const processes of process.argv.includes('--two') ? [1, 2] : [1]) {
      const load = loadavg()[0];
      const run = await fullRematch(db, databaseUrl, vacancyIds, processes);
      console.log(
        `CPU: matchers ${run.cpuSeconds.matchers.toFixed(1)} s, their PostgreSQL sessions ${run.cpuSeconds.database.toFixed(1)} s`,
      );
      console.log(
        `${processes} matcher(s): re-match ${run.seconds.toFixed(2)} s, peak memory ${run.loadedPeakMemoryMb.toFixed(0)} MB once loaded, ${run.peakMemoryMb.toFixed(0)} MB after (load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)})`,
      );
    }
  } finally {
    await db.destroy();
    if (process.argv.includes('--keep') || reuse) console.log(`database kept: ${name}`);
    else await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
