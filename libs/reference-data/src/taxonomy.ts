import taxonomy from './data/taxonomy.json';

export type CompetenceKind = 'skill' | 'knowledge' | 'transversal' | 'language' | 'licence';

export interface Competence {
  code: string;
  label: string;
  kind: CompetenceKind;
  group: string;
  synonyms: string[];
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
}

export const COMPETENCE_GROUPS: readonly { code: string; label: string }[] = taxonomy.groups;
export const COMPETENCES: readonly Competence[] = taxonomy.competences as Competence[];
export const OCCUPATIONS: readonly Occupation[] = taxonomy.occupations;

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
export const resolveOccupation = (input: string): Occupation | undefined => occupations.byName.get(key(input));

/** 1 for the same competence, 0.5 for a neighbour in the same group, 0 otherwise. */
export function competenceRelatedness(a: string, b: string): number {
  if (a === b) return 1;
  const [first, second] = [findCompetence(a), findCompetence(b)];
  return first && second && first.group === second.group ? 0.5 : 0;
}
