/** The age groups reports count by: the research's target group is 45+, with 55+ as its own group. */
export const AGE_GROUPS = ['under-45', '45-54', '55+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Age at the start from the birth year alone (the only date of birth kept): the age reached that year. */
export function ageGroupAt(birthYear: number, startsOn: string): AgeGroup {
  const age = Number(startsOn.slice(0, 4)) - birthYear;
  return age < 45 ? 'under-45' : age < 55 ? '45-54' : '55+';
}
