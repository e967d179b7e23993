import { belastbaarheidExclusions, travelDistanceKm, travelExclusion } from './hard-limits';
import { competenceFit, directionFit, educationFit, hoursFit, PART_WEIGHTS, travelFit } from './fit';
import type { Assessment, CandidateProfile, PartName, Ranking, VacancyProfile } from './types';

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Hard limits first; only a candidate who passes them all is scored. */
export function assessCandidate(vacancy: VacancyProfile, candidate: CandidateProfile): Assessment {
  const distance = travelDistanceKm(vacancy, candidate);
  const travel = travelExclusion(distance, candidate);
  const exclusions = [...belastbaarheidExclusions(vacancy, candidate), ...(travel ? [travel] : [])];
  if (exclusions.length) return { candidateId: candidate.id, eligible: false, exclusions };

  const results: Record<PartName, { score: number; reason?: string }> = {
    competences: competenceFit(vacancy, candidate),
    direction: directionFit(vacancy, candidate),
    hours: hoursFit(vacancy, candidate),
    travel: travelFit(distance, candidate),
    education: educationFit(vacancy, candidate),
  };
  const names = Object.keys(PART_WEIGHTS) as PartName[];
  const parts = Object.fromEntries(names.map((name) => [name, round(results[name].score)])) as Record<PartName, number>;
  const score = round(names.reduce((sum, name) => sum + PART_WEIGHTS[name] * results[name].score, 0));
  const reasons = [
    ...names.map((name) => results[name].reason).filter((reason): reason is string => Boolean(reason)),
    vacancy.demands.length ? 'kan de eisen van het werk aan (belastbaarheid)' : undefined,
  ].filter((reason): reason is string => Boolean(reason));
  return { candidateId: candidate.id, eligible: true, score, parts, reasons: reasons.slice(0, 6) };
}

/**
 * Ranks candidates for a vacancy: highest score first, ties broken by candidate id so that the
 * same input always gives the same order.
 */
export function rankCandidates(vacancy: VacancyProfile, candidates: Iterable<CandidateProfile>, limit: number): Ranking {
  const eligible = [];
  const exclusions: Record<string, number> = {};
  let considered = 0;
  for (const candidate of candidates) {
    considered++;
    const assessment = assessCandidate(vacancy, candidate);
    if (assessment.eligible) eligible.push(assessment);
    else for (const exclusion of assessment.exclusions) exclusions[exclusion.limit] = (exclusions[exclusion.limit] ?? 0) + 1;
  }
  eligible.sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1));
  const ranked = eligible.slice(0, limit).map((assessment, index) => ({ ...assessment, rank: index + 1 }));
  return { ranked, considered, eligible: eligible.length, exclusions };
}
