import { findPostcodeArea, TensionClass } from '@werkbrug/reference-data';
import type { CandidateProfile, VacancyProfile } from '../types';
import data from './situations.json';

/**
 * The evaluation set: vacancy–candidate situations with what an expert accountmanager would
 * certainly put in the top five and what must never appear. Ten are the kinds of people in the
 * research's case tables, written by hand; twenty-two follow one pattern across occupations
 * (two who clearly fit, a beginner, and three beyond a hard limit: belastbaarheid, travel, hours).
 */
export interface EvaluationSituation {
  name: string;
  why: string;
  vacancy: VacancyProfile;
  tension: TensionClass;
  candidates: CandidateProfile[];
  mustBeInTop5: string[];
  mustNotAppear: string[];
}

export const EVALUATION_DATE = '2026-11-23';

type Level = [code: string, level: number];
type Travel = [mode: CandidateProfile['travel']['mode'], maxKm: number | null, maxMinutes?: number];

interface RawCandidate {
  id: string;
  pc4: string;
  comps: [code: string, level: number, years: number][];
  occs: string[];
  sectors: string[];
  hmin: number;
  hmax: number;
  limits: Level[];
  travel: Travel;
  benefit: string;
  edu: string;
}

interface RawSituation {
  name: string;
  why: string;
  occupation: string;
  sector: string;
  pc4: string;
  hours: number;
  req: Level[];
  des: Level[];
  demands: Level[];
  tension: number;
  cands: RawCandidate[];
  must: string[];
  mustnot: string[];
}

function at(pc4: string) {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`evaluation set names unknown postcode ${pc4}`);
  return { latitude: area.latitude, longitude: area.longitude };
}

function situation(raw: RawSituation): EvaluationSituation {
  return {
    name: raw.name,
    why: raw.why,
    tension: raw.tension as TensionClass,
    vacancy: {
      occupation: raw.occupation,
      sector: raw.sector,
      location: at(raw.pc4),
      hoursPerWeek: raw.hours,
      contractType: 'temporary',
      requiredCompetences: raw.req.map(([code, level]) => ({ code, level })),
      desirableCompetences: raw.des.map(([code, level]) => ({ code, level })),
      minimumEducation: null,
      demands: [...raw.demands.map(([item, level]) => ({ item, level })), { item: 'hours-per-week', level: raw.hours }],
    },
    candidates: raw.cands.map((c) => ({
      id: c.id,
      location: at(c.pc4),
      travel: { mode: c.travel[0], ...(c.travel[1] !== null && { maxKm: c.travel[1] }), ...(c.travel[2] !== undefined && { maxMinutes: c.travel[2] }) },
      educationLevel: c.edu as CandidateProfile['educationLevel'],
      competences: c.comps.map(([code, level, years]) => ({ code, level, years })),
      wishes: { occupations: c.occs, sectors: c.sectors, hoursPerWeekMin: c.hmin, hoursPerWeekMax: c.hmax, contractTypes: [] },
      limits: c.limits.map(([item, level]) => ({ item, level })),
      benefitStartedOn: c.benefit,
    })),
    mustBeInTop5: raw.must,
    mustNotAppear: raw.mustnot,
  };
}

const raw = data as unknown as { cases: RawSituation[]; templated: RawSituation[] };

export const EVALUATION_SITUATIONS: EvaluationSituation[] = [...raw.cases, ...raw.templated].map(situation);
