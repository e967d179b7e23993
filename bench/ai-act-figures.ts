/**
 * The accuracy and fairness figures of docs/ai-act.md: `npm run ai-act`. Pure and seeded (the
 * evaluation set, and the demo data set with seed 45, ranked on a fixed date with the default
 * weights), so a second run changes nothing. Only the block between the markers is rewritten.
 */
import { CandidateProfile, rankCandidates, Ranking, VacancyProfile } from '@werkbrug/matching';
import {
  defaultKansrijkheidTable,
  distanceKm,
  findOccupation,
  findPostcodeArea,
  KansrijkheidTable,
  regionOfPostcode,
  travelLimitKm,
} from '@werkbrug/reference-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoCandidate, DemoVacancy, generateDemoData } from '../apps/api/src/demo/demo-data';
import { EVALUATION_DATE, EVALUATION_SITUATIONS } from '../libs/matching/src/evaluation/situations';
import { shortlistLength } from '../libs/shortlisting/src/shortlist-builder.service';

const DOC = join(__dirname, '..', '..', 'docs', 'ai-act.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';
const DEMO_SEED = 45;
const DEMO_YEAR = 2026;
// The matcher's defaults (SHORTLIST_SIZE, SHORTLIST_MAX).
const SHORTLIST = { shortlistSize: 25, shortlistMax: 100 };
const GROUPS = ['45–54', '55+'] as const;
type Group = (typeof GROUPS)[number];

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const fixed = (value: number, digits = 3) => value.toFixed(digits);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const groupOf = (birthYear: number): Group => (DEMO_YEAR - birthYear >= 55 ? '55+' : '45–54');

function at(postcode: string) {
  const area = findPostcodeArea(postcode);
  if (!area) throw new Error(`unknown postcode ${postcode}`);
  return { latitude: area.latitude, longitude: area.longitude };
}

/** precision@5 and the must-never-appear candidates that did appear, per situation of the evaluation set. */
function evaluationFigures(): string[] {
  const lines: string[] = [];
  let must = 0;
  let found = 0;
  let mustNot = 0;
  let listed = 0;
  let candidates = 0;
  let precisionSum = 0;
  const excluded: Record<string, number> = {};
  const table = [
    row([
      'situation',
      'candidates',
      'must be in top 5',
      'in top 5',
      'precision@5',
      'must never appear',
      'listed anyway',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const situation of EVALUATION_SITUATIONS) {
    const ranking = rankCandidates(
      situation.vacancy,
      situation.candidates,
      { today: EVALUATION_DATE, tension: situation.tension },
      situation.candidates.length,
    );
    const ids = ranking.ranked.map((entry) => entry.candidateId);
    const top5 = new Set(ids.slice(0, 5));
    const hits = situation.mustBeInTop5.filter((id) => top5.has(id)).length;
    const wrong = situation.mustNotAppear.filter((id) => ids.includes(id)).length;
    const precision = hits / situation.mustBeInTop5.length;
    for (const [limit, count] of Object.entries(ranking.exclusions)) excluded[limit] = (excluded[limit] ?? 0) + count;
    candidates += situation.candidates.length;
    must += situation.mustBeInTop5.length;
    found += hits;
    mustNot += situation.mustNotAppear.length;
    listed += wrong;
    precisionSum += precision;
    table.push(
      row([
        `\`${situation.name}\``,
        situation.candidates.length,
        situation.mustBeInTop5.length,
        hits,
        fixed(precision),
        situation.mustNotAppear.length,
        wrong,
      ]),
    );
  }
  const n = EVALUATION_SITUATIONS.length;
  const exclusions = Object.entries(excluded)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([limit, count]) => `${limit} ${count}`)
    .join(', ');
  lines.push(
    '### Accuracy: the evaluation set',
    '',
    `- ${n} situations, ${candidates} candidates; ${must} labelled "must be in the top 5", ${mustNot} labelled "must never appear".`,
    `- precision@5: mean over situations **${fixed(precisionSum / n)}**; ${found} of ${must} must-haves in their top 5 (${percent(found, must)}).`,
    `- Candidates who must never appear but were on the ranking anyway: **${listed} of ${mustNot}** (${percent(listed, mustNot)}).`,
    `- Exclusions by hard limit over the set (a candidate can hit several): ${exclusions}.`,
    '',
    ...table,
    '',
  );
  return lines;
}

interface Pool {
  profiles: CandidateProfile[];
  groupOf: Map<string, Group>;
}

/** What the shortlist builder reads of a candidate (profiles.ts: no age column, no identity). */
function profileOf(id: string, candidate: DemoCandidate): CandidateProfile {
  return {
    id,
    location: at(candidate.postcode),
    travel: candidate.travel,
    educationLevel: candidate.educationLevel,
    competences: candidate.competences,
    wishes: candidate.wishes,
    limits: candidate.belastbaarheid.limits,
    benefitStartedOn: candidate.benefitStartedOn,
  };
}

function pool(candidates: { id: string; candidate: DemoCandidate }[]): Pool {
  return {
    profiles: candidates.map(({ id, candidate }) => profileOf(id, candidate)),
    groupOf: new Map(candidates.map(({ id, candidate }) => [id, groupOf(candidate.birthYear)])),
  };
}

interface Job {
  profile: VacancyProfile;
  tension: ReturnType<KansrijkheidTable['tension']>;
  positions: number;
}

/** A demo vacancy as the intake module and the shortlist builder prepare it. */
function jobOf(vacancy: DemoVacancy, table: KansrijkheidTable): Job {
  const occupation = findOccupation(vacancy.occupation)!;
  const sector = vacancy.sector ?? occupation.sector;
  const profile: VacancyProfile = {
    occupation: vacancy.occupation,
    sector,
    location: at(vacancy.postcode),
    hoursPerWeek: vacancy.hoursPerWeek,
    contractType: vacancy.contractType,
    requiredCompetences: vacancy.requiredCompetences,
    desirableCompetences: vacancy.desirableCompetences,
    minimumEducation: vacancy.minimumEducation ?? null,
    demands: [...vacancy.demands, { item: 'hours-per-week', level: vacancy.hoursPerWeek }],
  };
  return {
    profile,
    tension: table.tension(regionOfPostcode(vacancy.postcode), sector, occupation.group),
    positions: vacancy.positions,
  };
}

const rankAll = (job: Job, candidates: Pool): Ranking =>
  rankCandidates(
    job.profile,
    candidates.profiles,
    { today: EVALUATION_DATE, tension: job.tension },
    candidates.profiles.length,
  );

/** A birth year ten years into the other age group (45–54 ↔ 55–64), everything else the same. */
const otherGroup = (candidate: DemoCandidate): DemoCandidate => {
  const age = DEMO_YEAR - candidate.birthYear;
  return { ...candidate, birthYear: DEMO_YEAR - (age >= 55 ? 45 + ((age - 55) % 10) : age + 10) };
};

/** Rank counted by score alone (1 + how many score higher), so that twins share it whatever their ids. */
function scoreRanks(ranking: Ranking): Map<string, number> {
  const scores = ranking.ranked.map((entry) => entry.score);
  return new Map(
    ranking.ranked.map((entry) => [entry.candidateId, 1 + scores.filter((score) => score > entry.score).length]),
  );
}

/**
 * Twins: every demo candidate beside a copy in the other age group, ranked together for every
 * demo vacancy; then every candidate moved to the other age group and the shortlists compared.
 */
function twinFigures(candidates: DemoCandidate[], jobs: Job[]): string[] {
  const ids = candidates.map((_, index) => `c${String(index + 1).padStart(3, '0')}`);
  const twins = pool(
    candidates.flatMap((candidate, index) => [
      { id: ids[index], candidate },
      { id: `${ids[index]}-twin`, candidate: otherGroup(candidate) },
    ]),
  );
  const stats = Object.fromEntries(GROUPS.map((g) => [g, { eligible: 0, score: 0, rank: 0, top5: 0 }]));
  let pairs = 0;
  let samePairs = 0;
  for (const job of jobs) {
    const ranking = rankAll(job, twins);
    const ranks = scoreRanks(ranking);
    const byId = new Map(ranking.ranked.map((entry) => [entry.candidateId, entry]));
    for (const entry of ranking.ranked) {
      const s = stats[twins.groupOf.get(entry.candidateId)!];
      s.eligible++;
      s.score += entry.score;
      s.rank += ranks.get(entry.candidateId)!;
      if (ranks.get(entry.candidateId)! <= 5) s.top5++;
    }
    for (const id of ids) {
      const [a, b] = [byId.get(id), byId.get(`${id}-twin`)];
      if (!a && !b) continue;
      pairs++;
      const same =
        a &&
        b &&
        a.score === b.score &&
        JSON.stringify([a.parts, a.reasons]) === JSON.stringify([b.parts, b.reasons]) &&
        ranks.get(id) === ranks.get(`${id}-twin`);
      if (same) samePairs++;
    }
  }

  const original = pool(candidates.map((candidate, index) => ({ id: ids[index], candidate })));
  const moved = pool(candidates.map((candidate, index) => ({ id: ids[index], candidate: otherGroup(candidate) })));
  const sameShortlists = jobs.filter((job) => {
    const length = shortlistLength(job.positions, SHORTLIST);
    const list = (p: Pool) => JSON.stringify(rankAll(job, p).ranked.slice(0, length));
    return list(original) === list(moved);
  }).length;

  const table = GROUPS.map((g) => {
    const s = stats[g];
    return row([
      g,
      s.eligible,
      fixed(s.score / s.eligible),
      fixed(s.rank / s.eligible, 2),
      percent(s.top5, s.eligible),
    ]);
  });
  return [
    '### Age: candidates who differ only in age',
    '',
    `Each of the ${candidates.length} demo candidates ranked beside a twin with the same profile in the other age group, for all ${jobs.length} demo vacancies`,
    '(rank counted by score, so that twins tie whatever their ids):',
    '',
    row(['age group', 'assessments passing the hard limits', 'mean score', 'mean rank', 'in the top 5']),
    row(['---', '---:', '---:', '---:', '---:']),
    ...table,
    '',
    `- Twin pairs with the same score, part scores, reasons and rank: **${samePairs} of ${pairs}**.`,
    `- Shortlists unchanged when every candidate is moved to the other age group: **${sameShortlists} of ${jobs.length}** (ids, order, scores and reasons compared).`,
    '',
  ];
}

/** Who reaches the demo shortlists, by age group, against the pool; and an independent check of the hard limits. */
function shortlistFigures(candidates: DemoCandidate[], jobs: Job[]): string[] {
  const candidatesPool = pool(
    candidates.map((candidate, index) => ({ id: `c${String(index + 1).padStart(3, '0')}`, candidate })),
  );
  const profileOfId = new Map(candidatesPool.profiles.map((p) => [p.id, p]));
  const count = () => Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  const inPool = count();
  for (const group of candidatesPool.groupOf.values()) inPool[group]++;
  const considered = count();
  const eligible = count();
  const belastbaarheid = count();
  const listed = count();
  const top5 = count();
  const score = count();
  let entries = 0;
  let violations = 0;
  for (const job of jobs) {
    const ranking = rankAll(job, candidatesPool);
    const eligibleIds = new Set(ranking.ranked.map((entry) => entry.candidateId));
    const demands = new Map(job.profile.demands.map((d) => [d.item, d.level]));
    for (const profile of candidatesPool.profiles) {
      const group = candidatesPool.groupOf.get(profile.id)!;
      const inReach = distanceKm(job.profile.location, profile.location) <= travelLimitKm(profile.travel);
      if (!inReach) continue;
      considered[group]++;
      if (profile.limits.some((limit) => (demands.get(limit.item) ?? -Infinity) > limit.level)) belastbaarheid[group]++;
      else if (eligibleIds.has(profile.id)) eligible[group]++;
    }
    for (const entry of ranking.ranked) score[candidatesPool.groupOf.get(entry.candidateId)!] += entry.score;
    for (const entry of ranking.ranked.slice(0, shortlistLength(job.positions, SHORTLIST))) {
      const group = candidatesPool.groupOf.get(entry.candidateId)!;
      listed[group]++;
      if (entry.rank <= 5) top5[group]++;
      // Checked again here, outside the model: no demand above a limit, nobody beyond reach.
      const profile = profileOfId.get(entry.candidateId)!;
      entries++;
      const over = profile.limits.some((limit) => (demands.get(limit.item) ?? -Infinity) > limit.level);
      if (over || distanceKm(job.profile.location, profile.location) > travelLimitKm(profile.travel)) violations++;
    }
  }
  const total = (counts: Record<Group, number>) => GROUPS.reduce((sum, g) => sum + counts[g], 0);
  const share = (counts: Record<Group, number>, g: Group) => `${counts[g]} (${percent(counts[g], total(counts))})`;
  return [
    '### Age on the demo shortlists',
    '',
    `The demo data set (seed ${DEMO_SEED}: ${candidates.length} candidates aged 45–67, ${jobs.length} vacancies) as it is: ages are real inputs of the`,
    'generator there, and physical limits become likelier with age, as in the research. Counts are summed over all vacancies',
    `(a candidate counts once per vacancy); shortlists have the default length max(${SHORTLIST.shortlistSize}, 2 × positions).`,
    '',
    row([
      'age group',
      'pool',
      'in travel reach',
      'excluded by belastbaarheid (of those in reach)',
      'pass all hard limits',
      'on a shortlist',
      'in the top 5',
      'mean score (passing)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...GROUPS.map((g) =>
      row([
        g,
        share(inPool, g),
        share(considered, g),
        `${belastbaarheid[g]} (${percent(belastbaarheid[g], considered[g])})`,
        share(eligible, g),
        share(listed, g),
        share(top5, g),
        fixed(score[g] / eligible[g]),
      ]),
    ),
    '',
    `- Shortlist entries that break a hard limit, checked outside the model: **${violations} of ${entries}**.`,
    '',
  ];
}

function figures(): string {
  const demo = generateDemoData(DEMO_SEED);
  const table = new KansrijkheidTable(defaultKansrijkheidTable());
  const jobs = demo.vacancies.map((vacancy) => jobOf(vacancy, table));
  return [
    START,
    '<!-- Written by `npm run ai-act` (bench/ai-act-figures.ts); edit the script, not this block. -->',
    '',
    `Ranked on ${EVALUATION_DATE} with the default weights and the default kansrijkheid table.`,
    '',
    ...evaluationFigures(),
    ...twinFigures(demo.candidates, jobs),
    ...shortlistFigures(demo.candidates, jobs),
    END,
  ].join('\n');
}

const doc = readFileSync(DOC, 'utf8');
const [start, end] = [doc.indexOf(START), doc.indexOf(END)];
if (start < 0 || end < start) throw new Error(`${DOC} needs the markers ${START} and ${END}`);
const updated = doc.slice(0, start) + figures() + doc.slice(end + END.length);
if (updated !== doc) writeFileSync(DOC, updated);
console.log(updated === doc ? `${DOC}: figures unchanged` : `${DOC}: figures updated`);
