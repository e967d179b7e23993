/**
 * The matcher benchmark: `npm run bench` (add `-- --million` for the 1,000,000-candidate step).
 * Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL; defaults: the local servers) and a build of
 * the matcher app (the npm script builds it). It makes its own database and drops it afterwards.
 */
import { Logger } from '@nestjs/common';
import { FixedClock, parseConfig } from '@werkbrug/common';
import { openDataSource, withClient } from '@werkbrug/database';
import {
  CandidatePool,
  CandidateProfile,
  DEFAULT_WEIGHTS,
  monthsOnBenefit,
  rankCandidates,
  VacancyProfile,
  weightsFor,
} from '@werkbrug/matching';
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
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  COMPETENCES,
  findOccupation,
  findPostcodeArea,
  KansrijkheidRow,
  KansrijkheidTable,
  MUNICIPALITIES,
  regionOfPostcode,
} from '@werkbrug/reference-data';
import { candidate, CandidateRecord, prng, vacancy, VacancyRecord } from './population';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const million = process.argv.includes('--million');
const VACANCIES = 1000;
const SAMPLE = 100;
const TODAY = '2026-11-23';
/** Extra node flags for the matcher processes (to try settings; the matcher's own are in its start). */
const MATCHER_NODE_FLAGS = (process.env.BENCH_MATCHER_NODE_FLAGS ?? '').split(' ').filter(Boolean);

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

/**
 * Inserts candidates 10,000 rows per statement (unnest of arrays); returns their ids in order. Each
 * belongs to the municipality they live in, so the candidates of every region are in that region's
 * pool: one deployment for the whole country, every vacancy ranked against its region's candidates.
 */
export async function insertCandidates(db: DataSource, records: CandidateRecord[]): Promise<string[]> {
  const organisations: { id: string; code: string }[] = await db.query(
    `INSERT INTO organisations (slug, kind, name, municipality_code, region_code)
     SELECT lower(code), 'municipality', name, code, region FROM unnest($1::text[], $2::text[], $3::text[]) AS m(code, name, region)
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id, municipality_code AS code`,
    [MUNICIPALITIES.map((m) => m.cbsCode), MUNICIPALITIES.map((m) => m.name), MUNICIPALITIES.map((m) => m.regionCode)],
  );
  const organisationOf = new Map(organisations.map((o) => [o.code, o.id]));
  const ids: string[] = [];
  for (let start = 0; start < records.length; start += 10_000) {
    const chunk = records.slice(start, start + 10_000);
    const column = <T>(pick: (c: CandidateRecord) => T) => chunk.map(pick);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO candidates (organisation_id, birth_year, postcode, latitude, longitude, travel, travel_km, education_level, competences, wishes, belastbaarheid, benefit_started_on, participatieladder)
       SELECT o, b, p, la, lo, t::jsonb, tk, e, c::jsonb, w::jsonb, bl::jsonb, bs::date, 3
         FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::text[], $6::real[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[])
              AS x(b, p, la, lo, t, tk, e, c, w, bl, bs, o)
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
        column((c) => organisationOf.get(findPostcodeArea(c.postcode)!.municipalityCode)!),
      ],
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

export async function insertVacancies(db: DataSource, records: VacancyRecord[]): Promise<string[]> {
  const [{ id: employerId }]: { id: string }[] = await db.query(
    `INSERT INTO employers (name, sector, postcode) VALUES ('Bench BV', 'N', '1315') RETURNING id`,
  );
  const ids: string[] = [];
  for (const v of records) {
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO vacancies (employer_id, title, occupation, sector, postcode, latitude, longitude, region, positions, hours_per_week, contract_type,
         required_competences, desirable_competences, demands, open_to_proefplaatsing, training_offered, valid_through)
       VALUES ($1, 'Bench', $2, $3, $4, $5, $6, $13, $7, $8, $9, $10, $11, $12, true, false, CURRENT_DATE + 56) RETURNING id`,
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

export async function nextGeneration(db: DataSource, vacancyIds: string[]): Promise<Map<string, number>> {
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

/**
 * Stored shortlists against an exhaustive ranking in memory of everyone of the vacancy's region
 * (the region of the municipality a candidate lives in): the share of the exhaustive top found.
 */
async function recall(
  db: DataSource,
  vacancyIds: string[],
  vacancies: VacancyRecord[],
  profilesByRegion: Map<string | undefined, CandidateProfile[]>,
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
      profilesByRegion.get(regionOfPostcode(vacancies[index].postcode)) ?? [],
      { today: TODAY, tension: tensions.get(vacancyId) as 1 },
      stored.length || 25,
    );
    const storedIds = new Set(stored.map((s) => s.candidate_id));
    expected += exhaustive.ranked.length;
    found += exhaustive.ranked.filter((entry) => storedIds.has(entry.candidateId)).length;
  }
  return expected ? found / expected : 1;
}

const median = (values: number[]) => percentile(values, 50);

/**
 * The matcher's scorer (CandidatePool.rank, as a job runs it) against the simplest loop that
 * computes the identical formula over plain arrays (codes as numbers, one typed array per field),
 * both over the same 100,000 candidates with the same fixed day, and checked to agree: the same
 * eligible count and the same top 50 (score, then id). Each is timed five times; the medians count.
 * The pool visits only the grid cells from which the workplace is in reach; the plain loop visits
 * everyone (it has no grid), which is the point of the grid.
 */
function scorerThroughput(vacancyRecord: VacancyRecord, records: CandidateRecord[], ids: string[]) {
  const v = vacancyProfileOf(vacancyRecord);
  const profiles = records.map((c, i) => profileOf(ids[i], c));
  const context = { today: TODAY, tension: 4 as const };
  const pool = new CandidatePool();
  for (const profile of profiles) pool.upsert(profile);
  const timed = <T>(run: () => T) => {
    const times: number[] = [];
    let result!: T;
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      result = run();
      times.push(performance.now() - start);
    }
    return { result, seconds: median(times) / 1000 };
  };
  const exhaustive = timed(() => rankCandidates(v, profiles, context, 50));
  const scorer = timed(() => pool.rank(v, context, 50));

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
    cosLat = new Float64Array(n),
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
    cosLat[i] = Math.cos((c.latitude * Math.PI) / 180);
    reach[i] = c.travelKm;
    for (const comp of c.competences) {
      compCode.push(codeOf(comp.code));
      compLevel.push(comp.level);
      compYears.push(comp.years);
    }
    offsets[i + 1] = compCode.length;
    for (const l of c.limits) {
      const k = demandItems.indexOf(l.item);
      if (k >= 0) limits[k][i] = Math.min(limits[k][i], l.level);
    }
    hoursMin[i] = c.wishes.hoursPerWeekMin;
    hoursMax[i] = c.wishes.hoursPerWeekMax;
    months[i] = monthsOnBenefit(c.benefitStartedOn, TODAY);
    wishesOccupation[i] = c.wishes.occupations.includes(v.occupation) ? 1 : 0;
    wishesSector[i] = c.wishes.sectors.includes(v.sector) ? 1 : 0;
    contractFits[i] = c.wishes.contractTypes.length === 0 || c.wishes.contractTypes.includes(v.contractType) ? 1 : 0;
  });
  const requirement = (r: { code: string; level: number }) => {
    const code = codeOf(r.code);
    return { code, group: groupOf.get(code) ?? -1, level: r.level };
  };
  const required = v.requiredCompetences.map(requirement);
  const desirable = v.desirableCompetences.map(requirement);
  const rad = Math.PI / 180,
    vLat = v.location.latitude,
    vLon = v.location.longitude,
    cosVLat = Math.cos((vLat * Math.PI) / 180);
  const tensionScore = (context.tension - 1) / 4;
  const late = DEFAULT_WEIGHTS;
  const early = weightsFor(DEFAULT_WEIGHTS, 0);

  const plain = timed(() => {
    const topScore: number[] = [];
    const topIndex: number[] = [];
    let eligible = 0;
    const coverage = (list: typeof required, i: number) => {
      let sum = 0;
      for (const r of list) {
        let best = 0;
        for (let j = offsets[i]; j < offsets[i + 1]; j++) {
          const same = compCode[j] === r.code;
          if (!same && groupOf.get(compCode[j]) !== r.group) continue;
          const years = compYears[j] >= 3 ? 1 : compYears[j] >= 1 ? 0.95 : 0.9;
          best = Math.max(best, (same ? 1 : 0.4) * (1 - 0.25 * Math.max(0, r.level - compLevel[j])) * years);
        }
        sum += best;
      }
      return sum / list.length;
    };
    for (let i = 0; i < n; i++) {
      let over = false;
      for (let k = 0; k < demandLevels.length; k++)
        if (demandLevels[k] > limits[k][i]) {
          over = true;
          break;
        }
      const dLat = (lat[i] - vLat) * rad,
        dLon = (lon[i] - vLon) * rad;
      const h = Math.sin(dLat / 2) ** 2 + cosVLat * cosLat[i] * Math.sin(dLon / 2) ** 2;
      const distance = Math.round(2 * 6371 * Math.asin(Math.sqrt(h)) * 10) / 10;
      if (over || distance > reach[i]) continue;
      eligible++;
      const requiredScore = required.length ? coverage(required, i) : 1;
      const competence = desirable.length ? 0.8 * requiredScore + 0.2 * coverage(desirable, i) : requiredScore;
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
      const travel = Number.isFinite(reach[i]) && reach[i] > 0 ? 1 - 0.5 * Math.min(1, distance / reach[i]) : 1;
      // The bench vacancies ask no minimum education: that part is 1 for everyone, as in the scorer.
      const w = months[i] > 2 ? late : early;
      let score = 0;
      score += w.competences * competence;
      score += w.hours * hours;
      score += w.direction * direction;
      score += w.kansrijkheid * tensionScore;
      score += w.travel * travel;
      score += w.education * 1;
      score = Math.round(score * 1000) / 1000;
      // The top 50 by score, then id, kept sorted by insertion.
      let j = topScore.length;
      const beats = (k: number) => score > topScore[k] || (score === topScore[k] && ids[i] < ids[topIndex[k]]);
      if (j === 50 && !beats(49)) continue;
      if (j < 50) {
        topScore.push(score);
        topIndex.push(i);
      }
      j = topScore.length - 1;
      while (j > 0 && beats(j - 1)) {
        topScore[j] = topScore[j - 1];
        topIndex[j] = topIndex[j - 1];
        j--;
      }
      topScore[j] = score;
      topIndex[j] = i;
    }
    return { eligible, top: topIndex.map((i) => ids[i]) };
  });
  const scorerTop = scorer.result.ranked.map((entry) => entry.candidateId);
  return {
    candidates: n,
    eligible: scorer.result.eligible,
    exhaustiveEligible: exhaustive.result.eligible,
    plainEligible: plain.result.eligible,
    sameTop:
      plain.result.top.join() === scorerTop.join() &&
      exhaustive.result.ranked.map((entry) => entry.candidateId).join() === scorerTop.join(),
    scorerPerSecond: Math.round(n / scorer.seconds),
    exhaustivePerSecond: Math.round(n / exhaustive.seconds),
    plainPerSecond: Math.round(n / plain.seconds),
    scorerRatio: plain.seconds / scorer.seconds,
  };
}

function startMatchers(count: number, databaseUrl: string, prefix: string, concurrency?: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, [...MATCHER_NODE_FLAGS, 'dist/apps/matcher/src/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: prefix,
        LOG_LEVEL: 'warn',
        ...(concurrency === undefined ? {} : { MATCHER_CONCURRENCY: String(concurrency) }),
        // Their PostgreSQL sessions are told apart by it, to count the CPU they cost the server.
        PGAPPNAME: MATCHER_APPLICATION,
        WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'wb-bench-')),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

const MATCHER_APPLICATION = 'werkbrug-bench-matcher';

/** CPU seconds (user + system) a process has used so far; 0 for one that is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/** CPU seconds so far of each PostgreSQL session of the matchers (the server runs on this machine). */
async function matcherSessionsCpu(db: DataSource): Promise<Map<number, number>> {
  const sessions: { pid: number }[] = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
    [MATCHER_APPLICATION],
  );
  return new Map(sessions.map(({ pid }) => [pid, cpuSeconds(pid)]));
}

export const peakMemoryMb = (pid: number) =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function workersReady(queue: Queue, count: number, matchers: ChildProcess[]): Promise<void> {
  while ((await queue.getWorkersCount()) < count) {
    if (matchers.some((m) => m.exitCode !== null)) throw new Error('a matcher exited before it was ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One matcher process from spawn until its worker is there (its pool loaded), with its peak memory. */
export async function matcherStart(databaseUrl: string) {
  const prefix = `werkbrug-bench-${process.pid}-start`;
  const queue = new Queue(MATCHING_QUEUE, { prefix, connection: redisConnectionOptions(redisUrl) });
  const start = performance.now();
  const [matcher] = startMatchers(1, databaseUrl, prefix);
  await workersReady(queue, 1, [matcher]);
  const seconds = (performance.now() - start) / 1000;
  const memory = peakMemoryMb(matcher.pid!);
  await new Promise((resolve) => {
    matcher.once('exit', resolve);
    matcher.kill('SIGTERM');
  });
  await queue.obliterate({ force: true });
  await queue.close();
  return { seconds, peakMemoryMb: memory };
}

/**
 * How fast a changed candidate reaches the next shortlist: a candidate's competences change (one
 * UPDATE, as the API makes it), and the next job on a running matcher ranks with the change. Timed:
 * the catch-up alone, and the whole job (catch-up included) that follows the change.
 */
async function changeToShortlist(
  db: DataSource,
  builder: ShortlistBuilder,
  candidates: MatchableCandidates,
  vacancyIds: string[],
  candidateIds: string[],
) {
  const catchUps: number[] = [];
  const builds: number[] = [];
  let seen = 0;
  for (const [round, vacancyId] of vacancyIds.slice(0, 20).entries()) {
    const candidateId = candidateIds[(round * 7919) % candidateIds.length];
    const level = 1 + (round % 3);
    await db.query(`UPDATE candidates SET competences = jsonb_set(competences, '{0,level}', $2::jsonb) WHERE id = $1`, [
      candidateId,
      level,
    ]);
    let start = performance.now();
    await candidates.catchUp();
    catchUps.push(performance.now() - start);
    if (candidates.pool.profile(candidateId)?.competences[0]?.level === level) seen++;
    await db.query(
      `UPDATE candidates SET competences = jsonb_set(competences, '{0,level}', '3'::jsonb) WHERE id = $1`,
      [candidateId],
    );
    const generations = await nextGeneration(db, [vacancyId]);
    start = performance.now();
    await builder.build({ vacancyId, generation: generations.get(vacancyId)! });
    builds.push(performance.now() - start);
  }
  return {
    catchUpP50: percentile(catchUps, 50),
    catchUpMax: Math.max(...catchUps),
    nextJobP50: percentile(builds, 50),
    nextJobP95: percentile(builds, 95),
    changesSeen: `${seen} of ${catchUps.length}`,
  };
}

/**
 * All open vacancies matched again through BullMQ by `processes` real matcher processes, each taking
 * `concurrency` jobs at a time (the matcher's own default when not given).
 */
export async function fullRematch(
  db: DataSource,
  databaseUrl: string,
  vacancyIds: string[],
  processes: number,
  concurrency?: number,
) {
  const prefix = `werkbrug-bench-${process.pid}-${processes}-${concurrency ?? 'default'}`;
  const matchers = startMatchers(processes, databaseUrl, prefix, concurrency);
  const queue = new Queue(MATCHING_QUEUE, { prefix, connection: redisConnectionOptions(redisUrl) });
  // A matcher makes its worker only once its candidate pool is loaded: wait until all are there.
  await workersReady(queue, processes, matchers);
  const loadedMemory = matchers.map((m) => peakMemoryMb(m.pid!));
  const generations = await nextGeneration(db, vacancyIds);
  const options = matchingJobOptions({ attempts: 5, backoffMs: 2000 });
  const sessionsBefore = await matcherSessionsCpu(db);
  const matchersBefore = matchers.map((m) => cpuSeconds(m.pid!));
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
  const matcherCpu = matchers.reduce((sum, m, i) => sum + cpuSeconds(m.pid!) - matchersBefore[i], 0);
  let databaseCpu = 0;
  for (const [pid, cpu] of await matcherSessionsCpu(db)) databaseCpu += cpu - (sessionsBefore.get(pid) ?? 0);
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
  return {
    processes,
    seconds,
    vacanciesPerSecond: vacancyIds.length / seconds,
    peakMemoryMb: Math.max(...memory),
    loadedPeakMemoryMb: Math.max(...loadedMemory),
    /** CPU seconds of the matcher processes, and of their PostgreSQL sessions, during the re-match. */
    cpuSeconds: { matchers: matcherCpu, database: databaseCpu },
  };
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
  // The builder ranks on the same fixed day as the exhaustive ranking and the plain loop it is compared with.
  const candidates = new MatchableCandidates(new MatchableCandidatesRepository(), db);
  const builder = new ShortlistBuilder(
    db,
    config,
    candidates,
    new FixedClock(`${TODAY}T12:00:00+01:00`),
    DEFAULT_WEIGHTS,
  );
  const dirty = execSync('git status --porcelain --untracked-files=no').toString().trim() !== '';
  const results: Record<string, unknown> & {
    shortlist: Record<string, unknown>;
    peakMemoryMb: Record<string, number>;
    startSeconds: Record<string, number>;
  } = {
    commit: execSync('git rev-parse --short HEAD').toString().trim() + (dirty ? ' (with uncommitted changes)' : ''),
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg()[0],
    },
    shortlist: {},
    shortlistCold: {},
    peakMemoryMb: {},
    startSeconds: {},
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
      // The steady state autovacuum keeps: statistics current, visibility map set.
      await db.query('VACUUM ANALYZE candidates');
      // Cold: the first pass after the new candidates arrived (its first job catches them all up).
      const latency = await shortlistLatency(db, builder, sample);
      results.shortlist[size] = {
        p50: latency.warm.p50,
        p95: latency.warm.p95,
        max: latency.warm.max,
      };
      (results.shortlistCold as Record<string, unknown>)[size] = latency.cold;
      for (const [kind, t] of Object.entries(latency))
        console.log(`${size} candidates, ${kind}: shortlist p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, max ${ms(t.max)}`);
      const [{ eligible }]: { eligible: number }[] = await db.query(
        `SELECT avg(n)::int AS eligible FROM (SELECT candidates_eligible AS n FROM shortlists WHERE vacancy_id = ANY($1)) s`,
        [sample],
      );
      console.log(
        `  (inserted in ${insertSeconds.toFixed(1)} s; on average ${eligible} candidates eligible per vacancy)`,
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
        const profilesByRegion = new Map<string | undefined, CandidateProfile[]>();
        for (const [i, profile] of profiles.entries()) {
          const region = regionOfPostcode(records[i].postcode);
          const ofRegion = profilesByRegion.get(region);
          if (ofRegion) ofRegion.push(profile);
          else profilesByRegion.set(region, [profile]);
        }
        const recalled = await recall(db, sample.slice(0, 30), vacancyRecords, profilesByRegion, tensions);
        results.recall = recalled;
        console.log(`recall against an exhaustive ranking (30 vacancies, 100,000 candidates): ${recalled}`);
        const scorer = scorerThroughput(vacancyRecords[0], records, ids);
        results.scorer = scorer;
        results.scorerRatio = scorer.scorerRatio;
        console.log('scorer', scorer);
        results.changeToShortlist = await changeToShortlist(db, builder, candidates, sample, ids);
        console.log('a changed candidate to the next shortlist', results.changeToShortlist);
        // With the matcher's default (2 jobs at a time), and with one job at a time per matcher: the
        // second tells whether two matchers get in each other's way, when one leaves a core idle.
        const rematchWith = async (concurrency?: number) => {
          const runs = [];
          for (const processes of [1, 2]) {
            const run = await fullRematch(db, databaseUrl, vacancyIds, processes, concurrency);
            runs.push(run);
            results.peakMemoryMb[size] = Math.max(results.peakMemoryMb[size] ?? 0, run.peakMemoryMb);
            console.log(
              `full re-match of ${VACANCIES} vacancies with ${processes} matcher(s), ${concurrency ?? 'default'} job(s) at a time each: ${run.seconds.toFixed(2)} s, peak memory ${run.peakMemoryMb.toFixed(0)} MB, CPU s ${JSON.stringify(run.cpuSeconds)}`,
            );
          }
          const [one, two] = runs;
          return {
            one: one.seconds,
            two: two.seconds,
            speedup: one.seconds / two.seconds,
            cpuSeconds: { one: one.cpuSeconds, two: two.cpuSeconds },
          };
        };
        results.rematch = await rematchWith();
        results.rematchOneJobEach = await rematchWith(1);
      }
      if (size === 1_000_000) {
        const start = await matcherStart(databaseUrl);
        results.startSeconds[size] = start.seconds;
        results.peakMemoryMb[size] = start.peakMemoryMb;
        console.log(
          `a matcher with ${size} candidates: ready (pool loaded) after ${start.seconds.toFixed(1)} s, peak memory ${start.peakMemoryMb.toFixed(0)} MB`,
        );
      }
    }
    (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg()[0];
    console.log(JSON.stringify(results, null, 2));
    writeFileSync(join('docs', 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await db.destroy();
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
