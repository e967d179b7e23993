import { SECTOR_CODES } from './sectors';
import {
  COMPETENCE_GROUPS,
  COMPETENCES,
  competenceRelatedness,
  findCompetence,
  findOccupation,
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

  it('is large enough to describe the work of the target group', () => {
    expect(COMPETENCES.length).toBeGreaterThanOrEqual(140);
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(COMPETENCES.map((c) => c.kind))).toEqual(
      new Set(['skill', 'knowledge', 'transversal', 'language', 'licence']),
    );
    expect(
      OCCUPATIONS.filter(
        (o) =>
          o.competences.length < 3 || o.competences.length > 8 || new Set(o.competences).size !== o.competences.length,
      ),
    ).toEqual([]);
    for (const code of [
      'dutch-speaking',
      'dutch-writing',
      'english',
      'driving-licence-b',
      'driving-licence-c',
      'driving-licence-ce',
      'driving-licence-d',
      'forklift-certificate',
      'vca',
      'bhv',
    ]) {
      expect(findCompetence(code)?.code).toBe(code);
    }
  });

  it('writes synonyms in lower case', () => {
    const names = [...COMPETENCES, ...OCCUPATIONS].flatMap((item) => item.synonyms);
    expect(names.filter((name) => name !== name.toLocaleLowerCase('nl') || name !== name.trim())).toEqual([]);
  });

  it('resolves every code, label and synonym to its own item', () => {
    const misresolved = [
      ...COMPETENCES.flatMap((c) =>
        [c.code, c.label, ...c.synonyms]
          .filter((name) => resolveCompetence(name) !== c)
          .map((name) => `${c.code}: ${name}`),
      ),
      ...OCCUPATIONS.flatMap((o) =>
        [o.code, o.label, ...o.synonyms]
          .filter((name) => resolveOccupation(name) !== o)
          .map((name) => `${o.code}: ${name}`),
      ),
    ];
    expect(misresolved).toEqual([]);
    expect(findOccupation('order-picker')?.label).toBe('orderpicker');
  });

  it('never lets one name stand for two competences or two occupations', () => {
    for (const items of [COMPETENCES, OCCUPATIONS]) {
      const names = items.flatMap((item) => [
        ...new Set([item.code, item.label, ...item.synonyms].map((n) => n.toLowerCase())),
      ]);
      expect(duplicates(names)).toEqual([]);
    }
  });

  it('resolves labels and synonyms as people type them', () => {
    expect(resolveCompetence('  Heftruck   RIJDEN ')?.code).toBe('forklift-driving');
    expect(resolveCompetence('vorkheftruck')?.code).toBe('forklift-driving');
    expect(resolveOccupation('Schoonmaakster')?.code).toBe('cleaner');
    expect(resolveOccupation('Chauffeur  CE')?.code).toBe('truck-driver');
    expect(resolveOccupation('astronaut')).toBeUndefined();
  });

  it('counts a neighbouring competence of the same group partly', () => {
    expect(competenceRelatedness('forklift-driving', 'forklift-driving')).toBe(1);
    expect(competenceRelatedness('forklift-driving', 'reach-truck')).toBe(0.5);
    expect(competenceRelatedness('forklift-driving', 'welding')).toBe(0);
  });
});
