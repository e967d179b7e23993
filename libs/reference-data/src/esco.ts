import esco from './data/esco.json';

/**
 * ESCO v1.1.1 (European Commission), as derived into data/esco.json by scripts/derive-esco.js: all
 * 3,007 occupations in Dutch with their ISCO-08 unit group, and how they meet Werkbrug's taxonomy.
 * Credit ESCO wherever its data is shown (ESCO_CREDIT).
 */
export const ESCO_CREDIT = 'Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.';
export const ESCO_VERSION = 'v1.1.1';
export const ESCO_SOURCE: string = esco.source;
export const ESCO_OCCUPATION_PREFIX = esco.uriPrefix.occupation;
export const ESCO_SKILL_PREFIX = esco.uriPrefix.skill;

export interface EscoOccupation {
  uri: string;
  /** ISCO-08 unit group, four digits. */
  isco: string;
  /** Dutch preferred label. */
  label: string;
  altLabels: readonly string[];
  /**
   * The taxonomy occupation this one counts as in matching: the one matched to it, or else the nearest
   * of ours in its ISCO unit group or minor group; null when none of ours is that near.
   */
  countsAs: string | null;
  /** Our competences that ESCO relates to it as essential, and as optional. */
  essentialCompetences: readonly string[];
  optionalCompetences: readonly string[];
}

type Row = [string, string, string, string[], string | null, string[], string[]];

export const ESCO_OCCUPATIONS: readonly EscoOccupation[] = (esco.occupations as Row[]).map(
  ([uuid, isco, label, altLabels, countsAs, essentialCompetences, optionalCompetences]) => ({
    uri: ESCO_OCCUPATION_PREFIX + uuid,
    isco,
    label,
    altLabels,
    countsAs,
    essentialCompetences,
    optionalCompetences,
  }),
);
const byUri = new Map(ESCO_OCCUPATIONS.map((occupation) => [occupation.uri, occupation]));

export const findEscoOccupation = (uri: string): EscoOccupation | undefined => byUri.get(uri);

const iscoGroups: Record<string, string> = esco.iscoGroups;
/** The Dutch name of an ISCO-08 unit group (ESCO's ISCO labels). */
export const iscoGroupLabel = (code: string): string | undefined => iscoGroups[code];
export const ISCO_UNIT_GROUPS: readonly string[] = Object.keys(iscoGroups);

export interface EscoMatch {
  uri: string;
  isco: string;
  /** exact: ESCO's occupation is this one; close: the nearest ESCO has. */
  match: 'exact' | 'close';
}

export interface EscoSkillMatch {
  uri: string;
  /** ESCO's English preferred label (ESCO has no Dutch skill labels in v1.1.1). */
  label: string;
  type: 'skill' | 'knowledge';
}

const occupationMatches: Record<string, { esco: string; isco: string; match: string }> = esco.taxonomyOccupations;
const competenceMatches: Record<string, { esco: string; label: string; type: string }> = esco.taxonomyCompetences;

/** The ESCO occupation and ISCO-08 unit group of one of our occupations (every one has them). */
export function escoOfOccupation(code: string): EscoMatch | undefined {
  const found = occupationMatches[code];
  return (
    found && { uri: ESCO_OCCUPATION_PREFIX + found.esco, isco: found.isco, match: found.match as EscoMatch['match'] }
  );
}

/** The ESCO skill of one of our competences, where one truly corresponds. */
export function escoOfCompetence(code: string): EscoSkillMatch | undefined {
  const found = competenceMatches[code];
  return (
    found && { uri: ESCO_SKILL_PREFIX + found.esco, label: found.label, type: found.type as EscoSkillMatch['type'] }
  );
}
