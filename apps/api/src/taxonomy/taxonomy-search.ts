import {
  BELASTBAARHEID_ITEMS,
  BelastbaarheidItem,
  COMPETENCES,
  competenceSuggestions,
  describeLevel,
  ESCO_OCCUPATIONS,
  findEscoOccupation,
  findOccupation,
  FML_SECTIONS,
  iscoGroupLabel,
  OCCUPATIONS,
  SuggestionRelation,
} from '@werkbrug/reference-data';

export const TAXONOMY_KINDS = ['occupation', 'competence'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export interface TaxonomyHit {
  code: string;
  label: string;
  /** The synonym the text matched, when it was not the label: shows the person why this came up. */
  matchedSynonym: string | null;
  /** SBI section letter, for occupations. */
  sector: string | null;
  /** The ESCO occupation or skill URI; null for a competence ESCO has nothing for. */
  esco: string | null;
  /** ISCO-08 unit group of an occupation, and its Dutch name. */
  isco: string | null;
  iscoLabel: string | null;
  /**
   * For occupations: the code of ours that matching uses for it (the code itself for ours, the nearest
   * of ours for an ESCO occupation); null when none of ours is near, so it cannot be chosen yet.
   */
  countsAs: string | null;
  countsAsLabel: string | null;
}

/** One searchable item: ours, or an ESCO occupation, with its names folded once. */
interface Entry {
  hit: Omit<TaxonomyHit, 'matchedSynonym'>;
  /** Codes that find this item first, before any label. */
  codes: string[];
  /** The label and each synonym, as typed and folded. */
  label: string;
  synonyms: [string, string][];
  /** Our items come before ESCO's at the same rank. */
  ours: boolean;
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

const WORD_SEPARATORS = ' -/(';
const names = (synonyms: readonly string[]): [string, string][] => synonyms.map((name) => [name, fold(name)]);
const isco = (code: string) => ({ isco: code, iscoLabel: iscoGroupLabel(code) ?? null });

/**
 * The occupations to pick from: ours, each found also by the Dutch labels of its ESCO occupation when
 * that is the same occupation, and every other ESCO occupation, which counts as the nearest of ours.
 */
const OCCUPATION_ENTRIES: Entry[] = [
  ...OCCUPATIONS.map((occupation) => {
    const same = occupation.escoMatch === 'exact' ? findEscoOccupation(occupation.esco) : undefined;
    return {
      hit: {
        code: occupation.code,
        label: occupation.label,
        sector: occupation.sector,
        esco: occupation.esco,
        ...isco(occupation.isco),
        countsAs: occupation.code,
        countsAsLabel: occupation.label,
      },
      codes: [occupation.code, ...(same ? [occupation.esco] : [])],
      label: fold(occupation.label),
      synonyms: names([...occupation.synonyms, ...(same ? [same.label, ...same.altLabels] : [])]),
      ours: true,
    };
  }),
  ...ESCO_OCCUPATIONS.filter(
    (esco) => !OCCUPATIONS.some((occupation) => occupation.escoMatch === 'exact' && occupation.esco === esco.uri),
  ).map((esco) => {
    const countsAs = esco.countsAs ? findOccupation(esco.countsAs) : undefined;
    return {
      hit: {
        code: esco.uri,
        label: esco.label,
        sector: countsAs?.sector ?? null,
        esco: esco.uri,
        ...isco(esco.isco),
        countsAs: countsAs?.code ?? null,
        countsAsLabel: countsAs?.label ?? null,
      },
      codes: [esco.uri],
      label: fold(esco.label),
      synonyms: names(esco.altLabels),
      ours: false,
    };
  }),
];

const COMPETENCE_ENTRIES: Entry[] = COMPETENCES.map((competence) => ({
  hit: {
    code: competence.code,
    label: competence.label,
    sector: null,
    esco: competence.esco,
    isco: null,
    iscoLabel: null,
    countsAs: null,
    countsAsLabel: null,
  },
  codes: [competence.code],
  label: fold(competence.label),
  synonyms: names(competence.synonyms),
  ours: true,
}));

/**
 * Occupations or competences whose label or a synonym contains the text, as people type in a search box:
 * without case or accents; a label starting with the text first, then a word in it starting so, then anywhere.
 * The exact code (or ESCO URI) comes before all, so a form can show the label of a code it was given.
 * Occupations are ours and all of ESCO's; ours come first at the same rank.
 */
export function searchTaxonomy(text: string, kind: TaxonomyKind, limit: number): TaxonomyHit[] {
  const query = fold(text);
  if (!query) return [];
  const exact = text.trim();
  const entries = kind === 'occupation' ? OCCUPATION_ENTRIES : COMPETENCE_ENTRIES;
  // Without splitting into words (some 25,000 names a keystroke): a word starts after a separator.
  const rank = (folded: string) => {
    let at = folded.indexOf(query);
    if (at < 0) return undefined;
    if (at === 0) return 0;
    for (; at > 0; at = folded.indexOf(query, at + 1)) if (WORD_SEPARATORS.includes(folded[at - 1])) return 1;
    return 2;
  };
  const hits: { hit: TaxonomyHit; score: number; ours: boolean }[] = [];
  for (const entry of entries) {
    const byLabel = entry.codes.includes(exact) || entry.codes.includes(query) ? -1 : rank(entry.label);
    let bestSynonym: { synonym: string; score: number } | undefined;
    if (byLabel === undefined)
      for (const [synonym, folded] of entry.synonyms) {
        const score = rank(folded);
        if (score !== undefined && (!bestSynonym || score < bestSynonym.score)) bestSynonym = { synonym, score };
      }
    // A synonym match counts a little less than the same match on the label.
    const score = byLabel ?? (bestSynonym ? bestSynonym.score + 0.5 : undefined);
    if (score === undefined) continue;
    hits.push({ hit: { ...entry.hit, matchedSynonym: bestSynonym?.synonym ?? null }, score, ours: entry.ours });
  }
  return hits
    .sort(
      (a, b) => a.score - b.score || Number(b.ours) - Number(a.ours) || a.hit.label.localeCompare(b.hit.label, 'nl'),
    )
    .slice(0, limit)
    .map(({ hit }) => hit);
}

export interface SuggestedCompetence {
  code: string;
  label: string;
  relation: SuggestionRelation;
  /** The ESCO skill URI of the competence, where ESCO has one. */
  esco: string | null;
}

/** The competences to suggest for an occupation (our code or an ESCO URI); undefined for an unknown one. */
export function suggestCompetences(occupation: string): SuggestedCompetence[] | undefined {
  return competenceSuggestions(occupation.trim())?.map(({ competence, relation }) => ({
    code: competence.code,
    label: competence.label,
    relation,
    esco: competence.esco,
  }));
}

export interface DemandItem {
  code: string;
  label: string;
  section: string;
  sectionLabel: string;
  unit: BelastbaarheidItem['unit'];
  min: number;
  max: number;
  /** Each level in plain words, for a choice list; for kg and hours the steps a form offers. */
  levels: { level: number; label: string }[];
}

const KG_STEPS = [0, 5, 10, 15, 20, 25, 35, 50];

/** The belastbaarheid items a vacancy can state a demand on, with their levels in plain Dutch. */
export function demandItems(): DemandItem[] {
  return BELASTBAARHEID_ITEMS.map((item) => {
    const steps =
      item.unit === 'kg' ? KG_STEPS : Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
    return {
      code: item.code,
      label: item.label,
      section: item.section,
      sectionLabel: FML_SECTIONS[item.section],
      unit: item.unit,
      min: item.min,
      max: item.max,
      levels: steps.map((level) => ({ level, label: describeLevel(item, level) })),
    };
  });
}
