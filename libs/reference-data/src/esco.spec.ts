import {
  ESCO_CREDIT,
  ESCO_OCCUPATION_PREFIX,
  ESCO_OCCUPATIONS,
  ESCO_SKILL_PREFIX,
  ESCO_SOURCE,
  escoOfCompetence,
  findEscoOccupation,
  ISCO_UNIT_GROUPS,
  iscoGroupLabel,
} from './esco';
import {
  COMPETENCES,
  competenceSuggestions,
  findCompetence,
  findOccupation,
  OCCUPATIONS,
  resolveOccupation,
} from './taxonomy';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const uri = (prefix: string) => new RegExp(`^${prefix.replace(/[./]/g, '\\$&')}${UUID}$`);
const ESCO_URI = (uuid: string) => ESCO_OCCUPATION_PREFIX + uuid;

describe('ESCO v1.1.1 as shipped', () => {
  it('holds all 3,007 occupations, each once, in Dutch, in an ISCO-08 unit group', () => {
    expect(ESCO_OCCUPATIONS).toHaveLength(3007);
    expect(new Set(ESCO_OCCUPATIONS.map((o) => o.uri)).size).toBe(3007);
    expect(ESCO_OCCUPATIONS.filter((o) => !uri(ESCO_OCCUPATION_PREFIX).test(o.uri))).toEqual([]);
    expect(ESCO_OCCUPATIONS.filter((o) => !o.label.trim() || !iscoGroupLabel(o.isco))).toEqual([]);
    // ISCO-08 has 436 unit groups; ESCO's Dutch names for them.
    expect(ISCO_UNIT_GROUPS).toHaveLength(436);
    expect(ISCO_UNIT_GROUPS.every((code) => /^\d{4}$/.test(code))).toBe(true);
    expect(iscoGroupLabel('9112')).toBe('Schoonmakers in hotels, kantoren e.d.');
    expect(findEscoOccupation(ESCO_URI('303a1e34-cb16-4054-b323-81e5eec17397'))).toMatchObject({
      label: 'schoonmaker gebouwen',
      isco: '9112',
      altLabels: expect.arrayContaining(['poetsvrouw', 'schoonmaakmedewerker']),
    });
  });

  it('credits ESCO and the European Commission', () => {
    expect(ESCO_SOURCE).toMatch(/ESCO.*v1\.1\.1.*European Commission/);
    expect(ESCO_CREDIT).toBe('Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.');
  });

  it('names only our own occupations and competences among its suggestions and counterparts', () => {
    const counted = ESCO_OCCUPATIONS.filter((o) => o.countsAs !== null);
    expect(counted.filter((o) => !findOccupation(o.countsAs!))).toEqual([]);
    const suggested = ESCO_OCCUPATIONS.flatMap((o) => [...o.essentialCompetences, ...o.optionalCompetences]);
    expect(suggested.filter((code) => !findCompetence(code))).toEqual([]);
    // Every ESCO occupation near one of ours (same ISCO unit or minor group) counts as one of ours; others do not.
    const minorGroups = new Set(OCCUPATIONS.map((o) => o.isco.slice(0, 3)));
    expect(ESCO_OCCUPATIONS.filter((o) => minorGroups.has(o.isco.slice(0, 3)) !== (o.countsAs !== null))).toEqual([]);
    expect(counted.length).toBe(875);
  });
});

describe('our taxonomy in ESCO terms', () => {
  it('gives every occupation a real ESCO occupation and its ISCO-08 unit group', () => {
    expect(OCCUPATIONS).toHaveLength(85);
    for (const occupation of OCCUPATIONS) {
      const found = findEscoOccupation(occupation.esco);
      expect({ code: occupation.code, isco: found?.isco }).toEqual({ code: occupation.code, isco: occupation.isco });
      expect(iscoGroupLabel(occupation.isco)).toBeDefined();
      // The ESCO occupation counts as this one, or as one of ours that shares it.
      expect(findOccupation(found!.countsAs!)?.esco).toBe(occupation.esco);
    }
    // Most are ESCO's own occupation; for a few ESCO has only the nearest, in the right unit group.
    expect(OCCUPATIONS.filter((o) => o.escoMatch === 'close').map((o) => o.code)).toHaveLength(14);
    expect(findOccupation('forklift-operator')).toMatchObject({
      esco: ESCO_URI('eeac6251-1974-42f5-91ed-513c6c883755'),
      isco: '8344',
      escoMatch: 'exact',
    });
  });

  it('gives a competence an ESCO skill only where one corresponds, each a different one', () => {
    const matched = COMPETENCES.filter((c) => c.esco !== null);
    expect(matched).toHaveLength(126);
    expect(matched.filter((c) => !uri(ESCO_SKILL_PREFIX).test(c.esco!))).toEqual([]);
    expect(new Set(matched.map((c) => c.esco)).size).toBe(matched.length);
    expect(escoOfCompetence('forklift-driving')).toEqual({
      uri: findCompetence('forklift-driving')?.esco,
      label: 'operate forklift',
      type: 'skill',
    });
    expect(escoOfCompetence('english')).toMatchObject({ label: 'English', type: 'knowledge' });
    // Dutch certificates ESCO does not know stay without one.
    for (const code of ['vca', 'code-95', 'bhv', 'social-hygiene']) expect(findCompetence(code)?.esco).toBeNull();
  });

  it('resolves an ESCO occupation to the occupation of ours it counts as, and one none of ours is near to nothing', () => {
    expect(resolveOccupation(ESCO_URI('303a1e34-cb16-4054-b323-81e5eec17397'))?.code).toBe('cleaner');
    // rioolreiniger: no occupation of ours is exactly this, the nearest in its unit group is.
    expect(resolveOccupation(ESCO_URI('1f31c047-3d72-45fe-83ff-91bd826913c6'))?.code).toBe('industrial-cleaner');
    const librarian = ESCO_OCCUPATIONS.find((o) => o.label === 'bibliothecaris')!;
    expect(librarian.countsAs).toBeNull();
    expect(resolveOccupation(librarian.uri)).toBeUndefined();
    expect(resolveOccupation('cleaner')?.code).toBe('cleaner');
  });

  it('suggests our competences for an occupation: ESCO essential first, then our typical ones, then optional', () => {
    const suggestions = competenceSuggestions('cleaner')!;
    const relations = suggestions.map((s) => s.relation);
    expect(relations).toEqual([...relations].sort((a, b) => RANK[a] - RANK[b]));
    expect(relations).toContain('essential');
    expect(new Set(suggestions.map((s) => s.competence.code)).size).toBe(suggestions.length);
    expect(suggestions.map((s) => s.competence.code)).toEqual(
      expect.arrayContaining(findOccupation('cleaner')!.competences),
    );
    // An ESCO occupation gets ESCO's relations only.
    expect(
      competenceSuggestions(ESCO_URI('1f31c047-3d72-45fe-83ff-91bd826913c6'))!.every((s) => s.relation !== 'typical'),
    ).toBe(true);
    expect(competenceSuggestions('astronaut')).toBeUndefined();
  });
});

const RANK = { essential: 0, typical: 1, optional: 2 };
