/** Dutch education levels in ascending order; the index is the rank used for comparisons. */
export const EDUCATION_LEVELS = [
  { code: 'none', label: 'geen afgeronde opleiding' },
  { code: 'basisonderwijs', label: 'basisonderwijs (LO)' },
  { code: 'vmbo', label: 'VMBO/LBO' },
  { code: 'mbo1', label: 'MBO 1' },
  { code: 'mbo2', label: 'MBO 2' },
  { code: 'mbo3', label: 'MBO 3' },
  { code: 'mbo4', label: 'MBO 4' },
  { code: 'havo-vwo', label: 'HAVO/VWO' },
  { code: 'hbo', label: 'HBO' },
  { code: 'wo', label: 'WO' },
] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['code'];
export const EDUCATION_LEVEL_CODES: readonly EducationLevel[] = EDUCATION_LEVELS.map((level) => level.code);

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVEL_CODES.indexOf(level);
}

export function educationLabel(level: EducationLevel): string {
  return EDUCATION_LEVELS[educationRank(level)].label;
}
