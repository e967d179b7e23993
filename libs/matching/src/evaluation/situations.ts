import { findPostcodeArea, TensionClass } from '@werkbrug/reference-data';
import type { CandidateProfile, VacancyProfile } from '../types';
import data from './situations.json';

/**
 * The evaluation set: vacancy–candidate situations with what an expert accountmanager would
 * certainly put in the top five and what must never appear. Ten are the kinds of people in the
 * research's case tables, written by hand; twenty-two follow one pattern across occupations
 * (two who clearly fit, a beginner, and three beyond a hard limit: belastbaarheid, travel, hours).
 * Every situation also holds five willing candidates without the competences asked.
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

/**
 * Five motivated candidates added to every situation: close by, wishing exactly this occupation,
 * hours that fit, no limits, but without the competences asked. They make the top five a real
 * choice: an expert puts the able before the merely willing.
 */
function willingButUnskilled(raw: RawSituation): RawCandidate[] {
  return ['reliability', 'teamwork', 'flexibility', 'customer-friendliness', 'physical-stamina'].map((code, i) => ({
    id: `willing-${i + 1}`,
    pc4: raw.pc4,
    comps: [
      [code, 3, 10],
      ['dutch-speaking', 3, 40],
    ],
    occs: [raw.occupation],
    sectors: [raw.sector],
    hmin: raw.hours,
    hmax: raw.hours,
    limits: [],
    travel: ['bicycle', 15],
    benefit: '2026-10-01',
    edu: 'mbo2',
  }));
}

function situation(raw: RawSituation): EvaluationSituation {
  const candidates = [...raw.cands, ...willingButUnskilled(raw)];
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
    candidates: candidates.map((c) => ({
      id: c.id,
      location: at(c.pc4),
      travel: {
        mode: c.travel[0],
        ...(c.travel[1] !== null && { maxKm: c.travel[1] }),
        ...(c.travel[2] !== undefined && { maxMinutes: c.travel[2] }),
      },
      educationLevel: c.edu as CandidateProfile['educationLevel'],
      competences: c.comps.map(([code, level, years]) => ({ code, level, years })),
      wishes: {
        occupations: c.occs,
        sectors: c.sectors,
        hoursPerWeekMin: c.hmin,
        hoursPerWeekMax: c.hmax,
        contractTypes: [],
      },
      limits: c.limits.map(([item, level]) => ({ item, level })),
      benefitStartedOn: c.benefit,
    })),
    mustBeInTop5: raw.must,
    mustNotAppear: raw.mustnot,
  };
}

const raw = data as unknown as { cases: RawSituation[]; templated: RawSituation[] };

export const EVALUATION_SITUATIONS: EvaluationSituation[] = [...raw.cases, ...raw.templated].map(situation);
