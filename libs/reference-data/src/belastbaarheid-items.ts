/**
 * Belastbaarheid items, modelled on the six sections of UWV's Functionele Mogelijkhedenlijst (FML).
 * One catalogue serves both sides: a vacancy states its demand per item, a candidate the level
 * they can manage. A demand above the manageable level is a hard limit for matching.
 */
export type FmlSection = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';

export interface BelastbaarheidItem {
  code: string;
  section: FmlSection;
  /** Dutch label, as an accountmanager would say it. */
  label: string;
  /** `scale`: 0..3 ordinal (see SCALE_LABELS); `kg`/`hours`: a quantity; `yesNo`: 0 or 1. */
  unit: 'scale' | 'kg' | 'hours' | 'yesNo';
  min: number;
  max: number;
}

export const SCALE_LABELS = ['niet', 'licht', 'gemiddeld', 'zwaar'] as const;

export const FML_SECTIONS: Record<FmlSection, string> = {
  I: 'Persoonlijk functioneren',
  II: 'Sociaal functioneren',
  III: 'Aanpassing aan fysieke omgevingseisen',
  IV: 'Dynamische handelingen',
  V: 'Statische houdingen',
  VI: 'Werktijden',
};

const scale = (code: string, section: FmlSection, label: string): BelastbaarheidItem => ({
  code,
  section,
  label,
  unit: 'scale',
  min: 0,
  max: 3,
});

export const BELASTBAARHEID_ITEMS: readonly BelastbaarheidItem[] = [
  scale('concentration', 'I', 'concentratie'),
  scale('time-pressure', 'I', 'werken onder tijdsdruk'),
  scale('handling-conflicts', 'I', 'omgaan met conflicten'),
  scale('customer-contact', 'II', 'klantcontact'),
  scale('emotional-problems-of-others', 'II', 'omgaan met emotionele problemen van anderen'),
  scale('heat', 'III', 'hitte'),
  scale('cold', 'III', 'koude'),
  scale('dust', 'III', 'stof, rook of damp'),
  scale('noise', 'III', 'lawaai'),
  scale('protective-gear', 'III', 'persoonlijke beschermingsmiddelen'),
  { code: 'lifting', section: 'IV', label: 'tillen en dragen', unit: 'kg', min: 0, max: 50 },
  scale('walking', 'IV', 'lopen'),
  scale('climbing', 'IV', 'klimmen en traplopen'),
  scale('kneeling', 'IV', 'knielen en hurken'),
  scale('bending', 'IV', 'buigen en tillen vanaf de grond'),
  scale('sitting', 'V', 'zitten'),
  scale('standing', 'V', 'staan'),
  scale('bent-posture', 'V', 'gebogen werken'),
  { code: 'hours-per-day', section: 'VI', label: 'uren per dag', unit: 'hours', min: 1, max: 12 },
  { code: 'hours-per-week', section: 'VI', label: 'uren per week', unit: 'hours', min: 1, max: 40 },
  { code: 'evening-work', section: 'VI', label: 'avondwerk', unit: 'yesNo', min: 0, max: 1 },
  { code: 'night-work', section: 'VI', label: 'nachtwerk', unit: 'yesNo', min: 0, max: 1 },
];

const ITEMS_BY_CODE = new Map(BELASTBAARHEID_ITEMS.map((item) => [item.code, item]));

export const BELASTBAARHEID_ITEM_CODES = BELASTBAARHEID_ITEMS.map((item) => item.code);

export function findBelastbaarheidItem(code: string): BelastbaarheidItem | undefined {
  return ITEMS_BY_CODE.get(code);
}

/** A level in the item's own words: "15 kg", "zwaar", "ja". */
export function describeLevel(item: BelastbaarheidItem, level: number): string {
  switch (item.unit) {
    case 'kg':
      return `${level} kg`;
    case 'hours':
      return `${level} uur`;
    case 'yesNo':
      return level > 0 ? 'ja' : 'nee';
    case 'scale':
      return SCALE_LABELS[level] ?? String(level);
  }
}

/** Where a belastbaarheid assessment came from: an unexamined limitation is not a verified one. */
export const ASSESSMENT_SOURCES = ['self-reported', 'klantmanager', 'arbeidsdeskundige', 'medical'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];
