/**
 * The matcher benchmark: `npm run bench` (add `-- --million` for the 1,000,000-candidate step).
 * Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL; defaults: the local servers) and a build of
 * the matcher app (the npm script builds it). It makes its own database and drops it afterwards.
 */
import { Logger } from '@nestjs/common';
import { FixedClock, parseConfig } from '@werkbrug/common';
import { openDataSource, withClient } from '@werkbrug/database';
import { CandidateProfile, DEFAULT_WEIGHTS, monthsOnBenefit, rankCandidates, VacancyProfile } from '@werkbrug/matching';
import {
  MATCH_VACANCY_JOB,
  matchingJobOptions,
  MATCHING_QUEUE,
  matchVacancyJobId,
  redisConnectionOptions,
} from '@werkbrug/queue';
import { MatchableCandidates, MatchableCandidatesRepository, ShortlistBuilder } from '@werkbrug/shortlisting';
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  COMPETENCES,
  findOccupation,
  KansrijkheidRow,
  KansrijkheidTable,
  regionOfPostcode,
} from '@werkbrug/reference-data';
import { candidate, CandidateRecord, prng, vacancy, VacancyRecord } from './population';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const million = process.argv.includes('--million');
const VACANCIES = 1000;
const SAMPLE = 100;
const TODAY = '2026-11-23';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value: number) => `${value.toFixed(1)} ms`;

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
  return {
    ...v,
    location: { latitude: v.latitude, longitude: v.longitude },
    contractType: v.contractType as VacancyProfile['contractType'],
    minimumEducation: null,
  };
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
  const [{ id: employerId }]: { id: string }[] = await db.query(
    `INSERT INTO employers (name, sector, postcode) VALUES ('Bench BV', 'N', '1315') RETURNING id`,
  );
  const ids: string[] = [];
  for (const v of records) {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO vacancies (employer_id, title, occupation, sector, postcode, latitude, longitude, region, positions, hours_per_week, contract_type,
         required_competences, desirable_competences, demands, open_to_proefplaatsing, training_offered)
       VALUES ($1, 'Bench', $2, $3, $4, $5, $6, $13, $7, $8, $9, $10, $11, $12, true, false) RETURNING id`,
      [
        employerId,
        v.occupation,
        v.sector,
        v.postcode,
        v.latitude,
        v.longitude,
        v.positions,
        v.hoursPerWeek,
        v.contractType,
        JSON.stringify(v.requiredCompetences),
        JSON.stringify(v.desirableCompetences),
        JSON.stringify(v.demands),
        regionOfPostcode(v.postcode),
      ],
    );
    await db.query(`INSERT INTO shortlists (vacancy_id, requested_generation) VALUES ($1, 0)`, [id]);
    ids.push(id);
  }
  return ids;
}

async function nextGeneration(db: DataSource, vacancyIds: string[]): Promise<Map<string, number>> {
  const [rows]: [{ vacancy_id: string; requested_generation: number }[]] = await db.query(
    `UPDATE shortlists SET requested_generation = requested_generation + 1 WHERE vacancy_id = ANY($1) RETURNING vacancy_id, requested_generation`,
    [vacancyIds],
  );
  return new Map(rows.map((r) => [r.vacancy_id, r.requested_generation]));
}

/**
 * One vacancy's shortlist end to end, as the matcher runs it: job taken → shortlist stored. Run
 * twice: first with profiles the matcher has not read yet, then again as a running matcher works.
 */
async function shortlistLatency(db: DataSource, builder: ShortlistBuilder, vacancyIds: string[]) {
  const pass = async () => {
    const generations = await nextGeneration(db, vacancyIds);
    const timings: number[] = [];
    for (const vacancyId of vacancyIds) {
      const start = performance.now();
      await builder.build({ vacancyId, generation: generations.get(vacancyId)! });
      timings.push(performance.now() - start);
    }
    return { p50: percentile(timings, 50), p95: percentile(timings, 95), max: Math.max(...timings) };
  };
  const cold = await pass();
  return { cold, warm: await pass() };
}

/** Stored shortlists against an exhaustive ranking of everyone in memory: the share of the exhaustive top found. */
async function recall(
  db: DataSource,
  vacancyIds: string[],
  vacancies: VacancyRecord[],
  profiles: CandidateProfile[],
  tensions: Map<string, number>,
) {
  let found = 0;
  let expected = 0;
  for (const [index, vacancyId] of vacancyIds.entries()) {
    const stored: { candidate_id: string }[] = await db.query(
      `SELECT candidate_id FROM shortlist_entries WHERE vacancy_id = $1 ORDER BY rank`,
      [vacancyId],
    );
    const profile = vacancyProfileOf(vacancies[index]);
    const exhaustive = rankCandidates(
      profile,
      profiles,
      { today: TODAY, tension: tensions.get(vacancyId) as 1 },
      stored.length || 25,
    );
    const storedIds = new Set(stored.map((s) => s.candidate_id));
    expected += exhaustive.ranked.length;
    found += exhaustive.ranked.filter((entry) => storedIds.has(entry.candidateId)).length;
  }
  return expected ? found / expected : 1;
}

/**
 * The scorer alone against the simplest loop that computes the same formula over plain arrays
 * (codes as numbers, one typed array per field), both over the same 100,000 candidates.
 */
function scorerThroughput(vacancyRecord: VacancyRecord, records: CandidateRecord[]) {
  const v = vacancyProfileOf(vacancyRecord);
  const profiles = records.map((c, i) => profileOf(String(i), c));
  const context = { today: TODAY, tension: 4 as const };
  let start = performance.now();
  const ranking = rankCandidates(v, profiles, context, 50);
  const scorerSeconds = (performance.now() - start) / 1000;

  // Plain arrays, prepared outside the timing as a column store would hold them.
  const n = records.length;
  const codes = new Map<string, number>();
  const codeOf = (code: string) => codes.get(code) ?? (codes.set(code, codes.size), codes.size - 1);
  const groupOf = new Map<number, number>();
  const groups = new Map<string, number>();
  for (const c of COMPETENCES)
    groupOf.set(codeOf(c.code), groups.get(c.group) ?? (groups.set(c.group, groups.size), groups.size - 1));
  const lat = new Float64Array(n),
    lon = new Float64Array(n),
    reach = new Float64Array(n);
  const offsets = new Int32Array(n + 1),
    compCode: number[] = [],
    compLevel: number[] = [],
    compYears: number[] = [];
  const demandItems = v.demands.map((d) => d.item);
  const demandLevels = new Float64Array(v.demands.map((d) => d.level));
  const limits = demandItems.map(() => new Float64Array(n).fill(Infinity));
  const hoursMin = new Float64Array(n),
    hoursMax = new Float64Array(n),
    months = new Int32Array(n);
  const wishesOccupation = new Uint8Array(n),
    wishesSector = new Uint8Array(n),
    contractFits = new Uint8Array(n);
  records.forEach((c, i) => {
    lat[i] = c.latitude;
    lon[i] = c.longitude;
    reach[i] = c.travelKm;
    for (const comp of c.competences) {
      compCode.push(codeOf(comp.code));
      compLevel.push(comp.level);
      compYears.push(comp.years);
    }
    offsets[i + 1] = compCode.length;
    for (const l of c.limits) {
      const k = demandItems.indexOf(l.item);
      if (k >= 0) limits[k][i] = l.level;
    }
    hoursMin[i] = c.wishes.hoursPerWeekMin;
    hoursMax[i] = c.wishes.hoursPerWeekMax;
    months[i] = monthsOnBenefit(c.benefitStartedOn, TODAY);
    wishesOccupation[i] = c.wishes.occupations.includes(v.occupation) ? 1 : 0;
    wishesSector[i] = c.wishes.sectors.includes(v.sector) ? 1 : 0;
    contractFits[i] = c.wishes.contractTypes.length === 0 || c.wishes.contractTypes.includes(v.contractType) ? 1 : 0;
  });
  const requirements = [
    ...v.requiredCompetences.map((r) => ({ ...r, weight: 0.8 / v.requiredCompetences.length })),
    ...v.desirableCompetences.map((r) => ({ ...r, weight: 0.2 / v.desirableCompetences.length })),
  ];
  const reqCode = requirements.map((r) => codeOf(r.code)),
    reqGroup = reqCode.map((c) => groupOf.get(c) ?? -1),
    reqLevel = requirements.map((r) => r.level),
    reqWeight = requirements.map((r) => r.weight);
  const rad = Math.PI / 180,
    vLat = v.location.latitude * rad,
    vLon = v.location.longitude * rad,
    cosVLat = Math.cos(vLat);
  const tensionScore = (context.tension - 1) / 4;

  start = performance.now();
  const top = new Float64Array(50).fill(-1);
  let eligible = 0;
  for (let i = 0; i < n; i++) {
    let over = false;
    for (let k = 0; k < demandLevels.length; k++)
      if (demandLevels[k] > limits[k][i]) {
        over = true;
        break;
      }
    const la = lat[i] * rad,
      dLat = la - vLat,
      dLon = lon[i] * rad - vLon;
    const h = Math.sin(dLat / 2) ** 2 + cosVLat * Math.cos(la) * Math.sin(dLon / 2) ** 2;
    const distance = 2 * 6371 * Math.asin(Math.sqrt(h));
    if (over || distance > reach[i]) continue;
    eligible++;
    let competence = 0;
    for (let r = 0; r < reqCode.length; r++) {
      let best = 0;
      for (let j = offsets[i]; j < offsets[i + 1]; j++) {
        const same = compCode[j] === reqCode[r];
        if (!same && groupOf.get(compCode[j]) !== reqGroup[r]) continue;
        const years = compYears[j] >= 3 ? 1 : compYears[j] >= 1 ? 0.95 : 0.9;
        best = Math.max(best, (same ? 1 : 0.4) * (1 - 0.25 * Math.max(0, reqLevel[r] - compLevel[j])) * years);
      }
      competence += reqWeight[r] * best;
    }
    const gap =
      v.hoursPerWeek < hoursMin[i]
        ? hoursMin[i] - v.hoursPerWeek
        : v.hoursPerWeek > hoursMax[i]
          ? v.hoursPerWeek - hoursMax[i]
          : 0;
    const hours = 0.75 * Math.max(0, 1 - gap / Math.max(hoursMax[i], 8)) + 0.25 * (contractFits[i] ? 1 : 0.5);
    const direction = wishesOccupation[i]
      ? 1
      : wishesSector[i]
        ? 0.75
        : months[i] > 2
          ? Math.max(0.25, Math.min(0.9, 0.6 + 0.03 * (months[i] - 2)) * tensionScore)
          : 0.25;
    const travel = 1 - 0.5 * Math.min(1, distance / reach[i]);
    // The bench vacancies ask no minimum education: that part is 1 for everyone, as in the scorer.
    const score = 0.4 * competence + 0.15 * hours + 0.15 * direction + 0.1 * tensionScore + 0.1 * travel + 0.1;
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
  return {
    candidates: n,
    eligible: ranking.eligible,
    plainEligible: eligible,
    scorerPerSecond: Math.round(n / scorerSeconds),
    plainPerSecond: Math.round(n / plainSeconds),
  };
}

function startMatchers(count: number, databaseUrl: string, prefix: string): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['dist/apps/matcher/src/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: prefix,
        LOG_LEVEL: 'warn',
        WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'wb-bench-')),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

const peakMemoryMb = (pid: number) =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** All open vacancies matched again through BullMQ by `processes` real matcher processes. */
async function fullRematch(db: DataSource, databaseUrl: string, vacancyIds: string[], processes: number) {
  const prefix = `werkbrug-bench-${process.pid}-${processes}`;
  const matchers = startMatchers(processes, databaseUrl, prefix);
  await new Promise((resolve) => setTimeout(resolve, 4000)); // let them connect and migrate-check
  const queue = new Queue(MATCHING_QUEUE, { prefix, connection: redisConnectionOptions(redisUrl) });
  const generations = await nextGeneration(db, vacancyIds);
  const options = matchingJobOptions({ attempts: 5, backoffMs: 2000 });
  const start = performance.now();
  await queue.addBulk(
    vacancyIds.map((vacancyId) => {
      const job = { vacancyId, generation: generations.get(vacancyId)! };
      return { name: MATCH_VACANCY_JOB, data: job, opts: { ...options, jobId: matchVacancyJobId(job) } };
    }),
  );
  for (;;) {
    const [{ pending }]: { pending: number }[] = await db.query(
      `SELECT count(*)::int AS pending FROM shortlists WHERE matched_generation IS DISTINCT FROM requested_generation`,
    );
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = (performance.now() - start) / 1000;
  const memory = matchers.map((m) => peakMemoryMb(m.pid!));
  await Promise.all(
    matchers.map(
      (m) =>
        new Promise((resolve) => {
          m.once('exit', resolve);
          m.kill('SIGTERM');
        }),
    ),
  );
  await queue.obliterate({ force: true });
  await queue.close();
  return { processes, seconds, vacanciesPerSecond: vacancyIds.length / seconds, peakMemoryMb: Math.max(...memory) };
}

async function main(): Promise<void> {
  Logger.overrideLogger(false);
  const name = `werkbrug_bench_${Date.now()}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = await openDataSource({ databaseUrl, dataDir: '' });
  const config = parseConfig({
    WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'wb-bench-')),
    DATABASE_URL: databaseUrl,
  });
  // The builder ranks on the same day as the exhaustive ranking it is compared with.
  const builder = new ShortlistBuilder(
    db,
    config,
    new MatchableCandidates(new MatchableCandidatesRepository(), db),
    new FixedClock(`${TODAY}T12:00:00+01:00`),
    DEFAULT_WEIGHTS,
  );
  const results: Record<string, unknown> = {
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
  };
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
      for (const id of await insertCandidates(db, extra)) ids.push(id);
      if (size <= 100_000) for (const record of extra) records.push(record); // the 1M step stays in the database only
      const insertSeconds = (performance.now() - start) / 1000;
      // The steady state autovacuum keeps: statistics current, visibility map set (index-only counts).
      await db.query('VACUUM ANALYZE candidates');
      const latency = await shortlistLatency(db, builder, sample);
      results[`shortlist_${size}`] = { ...latency, insertSeconds };
      for (const [kind, t] of Object.entries(latency))
        console.log(`${size} candidates, ${kind}: shortlist p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, max ${ms(t.max)}`);
      const [{ inReach }]: { inReach: number }[] = await db.query(
        `SELECT avg(n)::int AS "inReach" FROM (SELECT candidates_eligible AS n FROM shortlists WHERE vacancy_id = ANY($1)) s`,
        [sample],
      );
      console.log(
        `  (inserted in ${insertSeconds.toFixed(1)} s; on average ${inReach} candidates eligible per vacancy)`,
      );
      if (size === 100_000) {
        const profiles = records.map((c, i) => profileOf(ids[i], c));
        const tensions = new Map<string, number>();
        const table = new KansrijkheidTable(
          await db.query<KansrijkheidRow[]>(
            `SELECT region, sector, occupation_group AS "occupationGroup", tension FROM kansrijkheid`,
          ),
        );
        for (const [i, id] of sample.entries()) {
          const v = vacancyRecords[i];
          tensions.set(
            id,
            table.tension(regionOfPostcode(v.postcode), v.sector, findOccupation(v.occupation)?.group) ?? 3,
          );
        }
        const recalled = await recall(db, sample.slice(0, 30), vacancyRecords, profiles, tensions);
        results.recall = recalled;
        console.log(`recall against an exhaustive ranking (30 vacancies, 100,000 candidates): ${recalled}`);
        results.scorer = scorerThroughput(vacancyRecords[0], records);
        console.log('scorer', results.scorer);
        for (const processes of [1, 2]) {
          const rematch = await fullRematch(db, databaseUrl, vacancyIds, processes);
          results[`rematch_${processes}`] = rematch;
          console.log(
            `full re-match of ${VACANCIES} vacancies with ${processes} matcher(s): ${rematch.seconds.toFixed(2)} s, peak memory ${rematch.peakMemoryMb.toFixed(0)} MB`,
          );
        }
      }
    }
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await db.destroy();
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
