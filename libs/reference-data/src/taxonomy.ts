import taxonomy from './data/taxonomy.json';
import { escoOfCompetence, escoOfOccupation, EscoOccupation, findEscoOccupation } from './esco';

export type CompetenceKind = 'skill' | 'knowledge' | 'transversal' | 'language' | 'licence';

export interface Competence {
  code: string;
  label: string;
  kind: CompetenceKind;
  group: string;
  synonyms: string[];
  /** The ESCO skill or knowledge URI, where one truly corresponds; null otherwise. */
  esco: string | null;
}

export interface Occupation {
  code: string;
  label: string;
  /** SBI section letter. */
  sector: string;
  group: string;
  synonyms: string[];
  /** Competences typical for the occupation. */
  competences: string[];
  /** The ESCO occupation URI (v1.1.1). */
  esco: string;
  /** exact: ESCO's occupation is this one; close: the nearest ESCO has for it. */
  escoMatch: 'exact' | 'close';
  /** ISCO-08 unit group (four digits), as ESCO classifies that occupation. */
  isco: string;
}

export const COMPETENCE_GROUPS: readonly { code: string; label: string }[] = taxonomy.groups;
export const COMPETENCES: readonly Competence[] = taxonomy.competences.map((competence) => ({
  ...(competence as Omit<Competence, 'esco'>),
  esco: escoOfCompetence(competence.code)?.uri ?? null,
}));
export const OCCUPATIONS: readonly Occupation[] = taxonomy.occupations.map((occupation) => {
  // derive-esco.js refuses to write esco.json unless every occupation has its match.
  const { uri, match, isco } = escoOfOccupation(occupation.code)!;
  return { ...occupation, esco: uri, escoMatch: match, isco };
});

/** Codes, labels and synonyms, compared without case or extra spaces. */
const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

function index<T extends { code: string; label: string; synonyms: string[] }>(items: readonly T[]) {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const byName = new Map<string, T>();
  for (const item of items) for (const name of [item.code, item.label, ...item.synonyms]) byName.set(key(name), item);
  return { byCode, byName };
}

const competences = index(COMPETENCES);
const occupations = index(OCCUPATIONS);

export const findCompetence = (code: string): Competence | undefined => competences.byCode.get(code);
export const findOccupation = (code: string): Occupation | undefined => occupations.byCode.get(code);

/** By code, or by label or synonym as people type them ("Heftruck rijden", "vorkheftruck"). */
export const resolveCompetence = (input: string): Competence | undefined => competences.byName.get(key(input));

/**
 * By code, label or synonym; or by ESCO occupation URI, as the occupation of ours it counts as
 * (see EscoOccupation.countsAs): matching compares our codes, so an ESCO occupation is stored as
 * the nearest of ours. An ESCO occupation none of ours is near resolves to nothing.
 */
export function resolveOccupation(input: string): Occupation | undefined {
  const found = occupations.byName.get(key(input));
  if (found) return found;
  const countsAs = findEscoOccupation(input.trim())?.countsAs;
  return countsAs ? findOccupation(countsAs) : undefined;
}

export type SuggestionRelation = 'essential' | 'typical' | 'optional';

export interface CompetenceSuggestion {
  competence: Competence;
  /** essential or optional for the occupation in ESCO; typical: in our own list for the occupation. */
  relation: SuggestionRelation;
}

/**
 * The competences to suggest for an occupation (our code, or an ESCO occupation URI): those ESCO
 * names essential first, then our own typical ones, then ESCO's optional ones; each once, and only
 * competences of ours (ESCO's own skill labels are English).
 */
export function competenceSuggestions(occupation: string): CompetenceSuggestion[] | undefined {
  const ours = findOccupation(occupation);
  const esco: EscoOccupation | undefined = findEscoOccupation(ours?.esco ?? occupation);
  if (!ours && !esco) return undefined;
  const lists: [SuggestionRelation, readonly string[]][] = [
    ['essential', esco?.essentialCompetences ?? []],
    ['typical', ours?.competences ?? []],
    ['optional', esco?.optionalCompetences ?? []],
  ];
  const seen = new Set<string>();
  const suggestions: CompetenceSuggestion[] = [];
  for (const [relation, codes] of lists)
    for (const code of codes) {
      const competence = findCompetence(code);
      if (!competence || seen.has(code)) continue;
      suggestions.push({ competence, relation });
      seen.add(code);
    }
  return suggestions;
}

/** 1 for the same competence, 0.5 for a neighbour in the same group, 0 otherwise. */
export function competenceRelatedness(a: string, b: string): number {
  if (a === b) return 1;
  const [first, second] = [findCompetence(a), findCompetence(b)];
  return first && second && first.group === second.group ? 0.5 : 0;
}
