/**
 * The matcher benchmark: `npm run bench` (add `-- --million` for the 1,000,000-candidate step).
 * Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL; defaults: the local servers) and a build of
 * the matcher app (the npm script builds it). It makes its own database and drops it afterwards.
 */
import { Logger } from '@nestjs/common';
import { parseConfig } from '@werkbrug/common';
import { openDataSource } from '@werkbrug/database';
import { CandidateProfile, rankCandidates, VacancyProfile } from '@werkbrug/matching';
import { MATCH_VACANCY_JOB, MATCHING_JOB_OPTIONS, MATCHING_QUEUE, matchVacancyJobId, redisConnectionOptions } from '@werkbrug/queue';
import { ShortlistBuilder } from '@werkbrug/shortlisting';
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { findOccupation, KansrijkheidTable, regionOfPostcode } from '@werkbrug/reference-data';
import { candidate, CandidateRecord, prng, vacancy, VacancyRecord } from './population';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const million = process.argv.includes('--million');
const VACANCIES = 1000;
const SAMPLE = 100;
const TODAY = '2026-11-23';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function profileOf(id: string, c: CandidateRecord): CandidateProfile {
  return {
    id,
    location: { latitude: c.latitude, longitude: c.longitude },
    travel: c.travel,
    educationLevel: c.educationLevel as CandidateProfile['educationLevel'],
    competences: c.competences,
    wishes: c.wishes as CandidateProfile['wishes'],
    limits: c.limits,
    benefitStartedOn: c.benefitStartedOn,
  };
}

function vacancyProfileOf(v: VacancyRecord): VacancyProfile {
  return { ...v, location: { latitude: v.latitude, longitude: v.longitude }, contractType: v.contractType as VacancyProfile['contractType'], minimumEducation: null };
}

/** Inserts candidates 10,000 rows per statement (unnest of arrays); returns their ids in order. */
async function insertCandidates(db: DataSource, records: CandidateRecord[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < records.length; start += 10_000) {
    const chunk = records.slice(start, start + 10_000);
    const column = <T>(pick: (c: CandidateRecord) => T) => chunk.map(pick);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO candidates (birth_year, postcode, latitude, longitude, travel, travel_km, education_level, competences, wishes, belastbaarheid, benefit_started_on, participatieladder)
       SELECT b, p, la, lo, t::jsonb, tk, e, c::jsonb, w::jsonb, bl::jsonb, bs::date, 3
         FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::text[], $6::real[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
              AS x(b, p, la, lo, t, tk, e, c, w, bl, bs)
       RETURNING id`,
      [
        column((c) => c.birthYear),
        column((c) => c.postcode),
        column((c) => c.latitude),
        column((c) => c.longitude),
        column((c) => JSON.stringify(c.travel)),
        column((c) => c.travelKm),
        column((c) => c.educationLevel),
        column((c) => JSON.stringify(c.competences)),
        column((c) => JSON.stringify(c.wishes)),
        column((c) => JSON.stringify({ source: 'klantmanager', assessedOn: '2026-06-01', limits: c.limits })),
        column((c) => c.benefitStartedOn),
      ],
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

async function insertVacancies(db: DataSource, records: VacancyRecord[]): Promise<string[]> {
  const [{ id: employerId }] = await db.query(`INSERT INTO employers (name, sector, postcode) VALUES ('Bench BV', 'N', '1315') RETURNING id`);
  const ids: string[] = [];
  for (const v of records) {
    const [{ id }] = await db.query(
      `INSERT INTO vacancies (employer_id, title, occupation, sector, postcode, latitude, longitude, region, positions, hours_per_week, contract_type,
         required_competences, desirable_competences, demands, open_to_proefplaatsing, training_offered)
       VALUES ($1, 'Bench', $2, $3, $4, $5, $6, $13, $7, $8, $9, $10, $11, $12, true, false) RETURNING id`,
      [employerId, v.occupation, v.sector, v.postcode, v.latitude, v.longitude, v.positions, v.hoursPerWeek, v.contractType,
        JSON.stringify(v.requiredCompetences), JSON.stringify(v.desirableCompetences), JSON.stringify(v.demands), regionOfPostcode(v.postcode)],
    );
    await db.query(`INSERT INTO shortlists (vacancy_id, requested_generation) VALUES ($1, 0)`, [id]);
    ids.push(id);
  }
  return ids;
}

async function nextGeneration(db: DataSource, vacancyIds: string[]): Promise<Map<string, number>> {
  const [rows] = await db.query(`UPDATE shortlists SET requested_generation = requested_generation + 1 WHERE vacancy_id = ANY($1) RETURNING vacancy_id, requested_generation`, [vacancyIds]);
  return new Map((rows as { vacancy_id: string; requested_generation: number }[]).map((r) => [r.vacancy_id, r.requested_generation]));
}

/** One vacancy's shortlist end to end, as the matcher runs it: job taken → shortlist stored. */
async function shortlistLatency(db: DataSource, builder: ShortlistBuilder, vacancyIds: string[]) {
  const generations = await nextGeneration(db, vacancyIds);
  const timings: number[] = [];
  for (const vacancyId of vacancyIds) {
    const start = performance.now();
    await builder.build({ vacancyId, generation: generations.get(vacancyId)! });
    timings.push(performance.now() - start);
  }
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), max: Math.max(...timings) };
}

/** Stored shortlists against an exhaustive ranking of everyone in memory: the share of the exhaustive top found. */
async function recall(db: DataSource, vacancyIds: string[], vacancies: VacancyRecord[], profiles: CandidateProfile[], tensions: Map<string, number>) {
  let found = 0;
  let expected = 0;
  for (const [index, vacancyId] of vacancyIds.entries()) {
    const stored: { candidate_id: string }[] = await db.query(`SELECT candidate_id FROM shortlist_entries WHERE vacancy_id = $1 ORDER BY rank`, [vacancyId]);
    const profile = vacancyProfileOf(vacancies[index]);
    const exhaustive = rankCandidates(profile, profiles, { today: TODAY, tension: tensions.get(vacancyId) as 1 }, stored.length || 25);
    const storedIds = new Set(stored.map((s) => s.candidate_id));
    expected += exhaustive.ranked.length;
    found += exhaustive.ranked.filter((entry) => storedIds.has(entry.candidateId)).length;
  }
  return expected ? found / expected : 1;
}

/** The scorer alone against the simplest loop over plain arrays computing the same formula. */
function scorerThroughput(vacancyRecord: VacancyRecord, records: CandidateRecord[]) {
  const v = vacancyProfileOf(vacancyRecord);
  // Everyone at the workplace: every candidate passes travel and is fully scored.
  const profiles = records.map((c, i) => ({ ...profileOf(String(i), c), location: v.location }));
  const context = { today: TODAY, tension: 4 as const };
  let start = performance.now();
  const ranking = rankCandidates(v, profiles, context, 50);
  const scorerSeconds = (performance.now() - start) / 1000;

  // The plain loop: hard limits and the same weighted parts, over arrays prepared beforehand.
  const required = v.requiredCompetences;
  const n = records.length;
  const limitOver = new Uint8Array(n);
  const competenceScore = new Float64Array(n);
  const hoursMin = new Float64Array(n);
  const hoursMax = new Float64Array(n);
  const wishesOccupation = new Uint8Array(n);
  const demands = new Map(v.demands.map((d) => [d.item, d.level]));
  records.forEach((c, i) => {
    limitOver[i] = c.limits.some((l) => (demands.get(l.item) ?? -1) > l.level) ? 1 : 0;
    let sum = 0;
    for (const r of required) {
      const own = c.competences.find((x) => x.code === r.code);
      sum += own ? 1 - 0.25 * Math.max(0, r.level - own.level) : 0;
    }
    competenceScore[i] = required.length ? sum / required.length : 1;
    hoursMin[i] = c.wishes.hoursPerWeekMin;
    hoursMax[i] = c.wishes.hoursPerWeekMax;
    wishesOccupation[i] = c.wishes.occupations.includes(v.occupation) ? 1 : 0;
  });
  start = performance.now();
  const top = new Float64Array(50).fill(-1);
  let eligible = 0;
  for (let i = 0; i < n; i++) {
    if (limitOver[i]) continue;
    eligible++;
    const gap = v.hoursPerWeek < hoursMin[i] ? hoursMin[i] - v.hoursPerWeek : v.hoursPerWeek > hoursMax[i] ? v.hoursPerWeek - hoursMax[i] : 0;
    const score = 0.4 * competenceScore[i] + 0.15 * Math.max(0, 1 - gap / Math.max(hoursMax[i], 8)) + 0.15 * (wishesOccupation[i] ? 1 : 0.25) + 0.075 + 0.1 + 0.1;
    if (score > top[49]) {
      let j = 49;
      while (j > 0 && top[j - 1] < score) {
        top[j] = top[j - 1];
        j--;
      }
      top[j] = score;
    }
  }
  const plainSeconds = (performance.now() - start) / 1000;
  return { candidates: n, eligible: ranking.eligible, plainEligible: eligible, scorerPerSecond: n / scorerSeconds, plainPerSecond: n / plainSeconds };
}

function startMatchers(count: number, databaseUrl: string, prefix: string): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['dist/apps/matcher/src/main.js'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'wb-bench-')) },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

const peakMemoryMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** All open vacancies matched again through BullMQ by `processes` real matcher processes. */
async function fullRematch(db: DataSource, databaseUrl: string, vacancyIds: string[], processes: number) {
  const prefix = `werkbrug-bench-${process.pid}-${processes}`;
  const matchers = startMatchers(processes, databaseUrl, prefix);
  await new Promise((resolve) => setTimeout(resolve, 4000)); // let them connect and migrate-check
  const queue = new Queue(MATCHING_QUEUE, { prefix, connection: redisConnectionOptions(redisUrl) });
  const generations = await nextGeneration(db, vacancyIds);
  const start = performance.now();
  await queue.addBulk(
    vacancyIds.map((vacancyId) => {
      const job = { vacancyId, generation: generations.get(vacancyId)! };
      return { name: MATCH_VACANCY_JOB, data: job, opts: { ...MATCHING_JOB_OPTIONS, jobId: matchVacancyJobId(job) } };
    }),
  );
  for (;;) {
    const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM shortlists WHERE matched_generation IS DISTINCT FROM requested_generation`);
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = (performance.now() - start) / 1000;
  const memory = matchers.map((m) => peakMemoryMb(m.pid!));
  await Promise.all(matchers.map((m) => new Promise((resolve) => { m.once('exit', resolve); m.kill('SIGTERM'); })));
  await queue.obliterate({ force: true });
  await queue.close();
  return { processes, seconds, vacanciesPerSecond: vacancyIds.length / seconds, peakMemoryMb: Math.max(...memory) };
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const name = `werkbrug_bench_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = await openDataSource({ databaseUrl, dataDir: '' });
  const config = parseConfig({ WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'wb-bench-')), DATABASE_URL: databaseUrl });
  const builder = new ShortlistBuilder(db, config);
  const results: Record<string, unknown> = { machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version } };
  try {
    const random = prng(2026);
    const vacancyRecords = Array.from({ length: VACANCIES }, () => vacancy(random));
    const vacancyIds = await insertVacancies(db, vacancyRecords);
    const sample = vacancyIds.slice(0, SAMPLE);

    const records: CandidateRecord[] = [];
    const ids: string[] = [];
    for (const size of [10_000, 100_000, ...(million ? [1_000_000] : [])]) {
      const extra = Array.from({ length: size - records.length }, () => candidate(random));
      const start = performance.now();
      ids.push(...(await insertCandidates(db, extra)));
      if (size <= 100_000) records.push(...extra); // the 1M step stays in the database only
      const insertSeconds = (performance.now() - start) / 1000;
      await db.query('ANALYZE candidates');
      const latency = await shortlistLatency(db, builder, sample);
      results[`shortlist_${size}`] = { ...latency, insertSeconds };
      console.log(`${size} candidates: shortlist p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, max ${ms(latency.max)} (inserted in ${insertSeconds.toFixed(1)} s)`);
      if (size === 100_000) {
        const profiles = records.map((c, i) => profileOf(ids[i], c));
        const tensions = new Map<string, number>();
        const table = new KansrijkheidTable(await db.query(`SELECT region, sector, occupation_group AS "occupationGroup", tension FROM kansrijkheid`));
        for (const [i, id] of sample.entries()) {
          const v = vacancyRecords[i];
          tensions.set(id, table.tension(regionOfPostcode(v.postcode), v.sector, findOccupation(v.occupation)?.group) ?? 3);
        }
        results.recall = await recall(db, sample.slice(0, 30), vacancyRecords, profiles, tensions);
        console.log(`recall against an exhaustive ranking (30 vacancies, 100,000 candidates): ${results.recall}`);
        results.scorer = scorerThroughput(vacancyRecords[0], records);
        console.log('scorer', results.scorer);
        for (const processes of [1, 2]) {
          const rematch = await fullRematch(db, databaseUrl, vacancyIds, processes);
          results[`rematch_${processes}`] = rematch;
          console.log(`full re-match of ${VACANCIES} vacancies with ${processes} matcher(s): ${rematch.seconds.toFixed(2)} s, peak memory ${rematch.peakMemoryMb.toFixed(0)} MB`);
        }
      }
    }
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await db.destroy();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
