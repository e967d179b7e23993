import { SECTOR_CODES } from './sectors';
import {
  COMPETENCE_GROUPS,
  COMPETENCES,
  competenceRelatedness,
  OCCUPATIONS,
  resolveCompetence,
  resolveOccupation,
} from './taxonomy';

const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);

describe('the competence and occupation taxonomy', () => {
  const groups = new Set(COMPETENCE_GROUPS.map((g) => g.code));
  const competenceCodes = new Set(COMPETENCES.map((c) => c.code));

  it('has unique kebab-case codes', () => {
    for (const items of [COMPETENCES, OCCUPATIONS, COMPETENCE_GROUPS]) {
      const codes = items.map((item) => item.code);
      expect(duplicates(codes)).toEqual([]);
      expect(codes.filter((code) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code))).toEqual([]);
    }
  });

  it('refers only to groups, competences and sectors that exist', () => {
    expect(COMPETENCES.filter((c) => !groups.has(c.group))).toEqual([]);
    expect(OCCUPATIONS.filter((o) => !groups.has(o.group))).toEqual([]);
    expect(OCCUPATIONS.flatMap((o) => o.competences).filter((code) => !competenceCodes.has(code))).toEqual([]);
    expect(OCCUPATIONS.filter((o) => !(SECTOR_CODES as readonly string[]).includes(o.sector))).toEqual([]);
  });

  it('never lets one name stand for two competences or two occupations', () => {
    for (const items of [COMPETENCES, OCCUPATIONS]) {
      const names = items.flatMap((item) => [...new Set([item.code, item.label, ...item.synonyms].map((n) => n.toLowerCase()))]);
      expect(duplicates(names)).toEqual([]);
    }
  });

  it('resolves labels and synonyms as people type them', () => {
    expect(resolveCompetence('  Heftruck   RIJDEN ')?.code).toBe('forklift-driving');
    expect(resolveCompetence('vorkheftruck')?.code).toBe('forklift-driving');
    expect(resolveOccupation('Schoonmaakster')?.code).toBe('cleaner');
    expect(resolveOccupation('astronaut')).toBeUndefined();
  });

  it('counts a neighbouring competence of the same group partly', () => {
    expect(competenceRelatedness('forklift-driving', 'forklift-driving')).toBe(1);
    expect(competenceRelatedness('forklift-driving', 'reach-truck')).toBe(0.5);
    expect(competenceRelatedness('forklift-driving', 'welding')).toBe(0);
  });
});
