import {
  BELASTBAARHEID_ITEMS,
  BelastbaarheidItem,
  COMPETENCES,
  describeLevel,
  FML_SECTIONS,
  OCCUPATIONS,
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
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/**
 * Occupations or competences whose label or a synonym contains the text, as people type in a search box:
 * without case or accents; a label starting with the text first, then a word in it starting so, then anywhere.
 * The exact code comes before all, so a form can show the label of a code it was given.
 */
export function searchTaxonomy(text: string, kind: TaxonomyKind, limit: number): TaxonomyHit[] {
  const query = fold(text);
  if (!query) return [];
  const items = kind === 'occupation' ? OCCUPATIONS : COMPETENCES;
  const rank = (name: string) => {
    const folded = fold(name);
    if (folded.startsWith(query)) return 0;
    if (folded.split(/[\s-/(]+/).some((word) => word.startsWith(query))) return 1;
    return folded.includes(query) ? 2 : undefined;
  };
  const hits: { hit: TaxonomyHit; score: number }[] = [];
  for (const item of items) {
    const byLabel = item.code === query ? -1 : rank(item.label);
    const bySynonym = item.synonyms
      .map((synonym) => ({ synonym, score: rank(synonym) }))
      .filter((s) => s.score !== undefined);
    const bestSynonym = bySynonym.sort((a, b) => a.score! - b.score!)[0];
    // A synonym match counts a little less than the same match on the label.
    const score = byLabel ?? (bestSynonym ? bestSynonym.score! + 0.5 : undefined);
    if (score === undefined) continue;
    const sector = 'sector' in item ? item.sector : null;
    hits.push({
      hit: {
        code: item.code,
        label: item.label,
        matchedSynonym: byLabel === undefined ? bestSynonym.synonym : null,
        sector,
      },
      score,
    });
  }
  return hits
    .sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label, 'nl'))
    .slice(0, limit)
    .map(({ hit }) => hit);
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
