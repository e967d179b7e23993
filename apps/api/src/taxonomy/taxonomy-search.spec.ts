import { BELASTBAARHEID_ITEMS, ESCO_OCCUPATION_PREFIX } from '@werkbrug/reference-data';
import { demandItems, searchTaxonomy, suggestCompetences } from './taxonomy-search';

describe('searchTaxonomy', () => {
  it('finds an occupation by the start of its label, without case', () => {
    const hits = searchTaxonomy('SCHOONM', 'occupation', 10);
    expect(hits.map((hit) => hit.code)).toContain('cleaner');
    expect(hits[0].label.toLowerCase().startsWith('schoonm')).toBe(true);
  });

  it('puts a label starting with the text before one merely containing it', () => {
    const hits = searchTaxonomy('medewerker', 'occupation', 25);
    const ranks = hits.map((hit) => (hit.label.toLowerCase().startsWith('medewerker') ? 0 : 1));
    expect(ranks).toEqual([...ranks].sort());
  });

  it('names the synonym that matched when the label did not', () => {
    const synonymOnly = searchTaxonomy('vorkheftruck', 'competence', 10).find((hit) => hit.matchedSynonym);
    expect(synonymOnly?.matchedSynonym?.toLowerCase()).toContain('vorkheftruck');
  });

  it('puts the item with exactly this code first, so a stored code finds its label', () => {
    expect(searchTaxonomy('cleaner', 'occupation', 5)[0]).toMatchObject({ code: 'cleaner', matchedSynonym: null });
    expect(searchTaxonomy('forklift-driving', 'competence', 1)[0]).toMatchObject({
      code: 'forklift-driving',
      label: 'heftruck rijden',
    });
  });

  it('keeps to the limit and answers nothing for blank text', () => {
    expect(searchTaxonomy('e', 'competence', 3)).toHaveLength(3);
    expect(searchTaxonomy('   ', 'occupation', 10)).toEqual([]);
  });

  it('gives occupations their sector and competences none', () => {
    expect(searchTaxonomy('schoonm', 'occupation', 1)[0].sector).toMatch(/^[A-U]$/);
    expect(searchTaxonomy('schoon', 'competence', 1)[0].sector).toBeNull();
  });
});

describe('searchTaxonomy over ESCO occupations', () => {
  it('finds one of ours by the Dutch labels of its ESCO occupation, with its ESCO URI and ISCO group', () => {
    expect(searchTaxonomy('poetsvrouw', 'occupation', 3)[0]).toEqual({
      code: 'cleaner',
      label: 'schoonmaker',
      matchedSynonym: 'poetsvrouw',
      sector: 'N',
      esco: `${ESCO_OCCUPATION_PREFIX}303a1e34-cb16-4054-b323-81e5eec17397`,
      isco: '9112',
      iscoLabel: 'Schoonmakers in hotels, kantoren e.d.',
      countsAs: 'cleaner',
      countsAsLabel: 'schoonmaker',
    });
  });

  it('offers an ESCO occupation that is not ours by its URI, counting as the nearest of ours', () => {
    const [sewer] = searchTaxonomy('rioolreiniger', 'occupation', 5);
    expect(sewer).toMatchObject({
      code: `${ESCO_OCCUPATION_PREFIX}1f31c047-3d72-45fe-83ff-91bd826913c6`,
      label: 'rioolreiniger',
      isco: '9129',
      countsAs: 'industrial-cleaner',
      countsAsLabel: 'industrieel reiniger',
    });
    // Its URI finds it again, first, as a code does.
    expect(searchTaxonomy(sewer.code, 'occupation', 1)[0]).toEqual(sewer);
    // ESCO's exact counterparts of ours are not offered twice.
    expect(searchTaxonomy('schoonmaker gebouwen', 'occupation', 25).map((hit) => hit.code)).not.toContain(
      `${ESCO_OCCUPATION_PREFIX}303a1e34-cb16-4054-b323-81e5eec17397`,
    );
  });

  it('shows an ESCO occupation none of ours is near, which cannot count as any', () => {
    expect(searchTaxonomy('bibliothecaris', 'occupation', 1)[0]).toMatchObject({
      label: 'bibliothecaris',
      isco: '2622',
      sector: null,
      countsAs: null,
    });
  });

  it('puts ours before ESCO occupations found as well', () => {
    const hits = searchTaxonomy('schoonm', 'occupation', 25);
    expect(hits[0].code).toBe('cleaner');
    expect(hits.length).toBeGreaterThan(5);
  });
});

describe('suggestCompetences', () => {
  it('suggests our competences in Dutch, ESCO essential first, and nothing for an unknown occupation', () => {
    const suggestions = suggestCompetences('forklift-operator')!;
    expect(suggestions[0]).toMatchObject({ relation: 'essential' });
    expect(suggestions.map((s) => s.code)).toContain('forklift-driving');
    expect(suggestions.find((s) => s.code === 'forklift-driving')).toMatchObject({
      label: 'heftruck rijden',
      esco: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//),
    });
    expect(suggestCompetences('astronaut')).toBeUndefined();
  });
});

describe('demandItems', () => {
  it('lists every belastbaarheid item with its levels in words', () => {
    const items = demandItems();
    expect(items.map((item) => item.code)).toEqual(BELASTBAARHEID_ITEMS.map((item) => item.code));
    expect(items.find((item) => item.code === 'concentration')?.levels.map((l) => l.label)).toEqual([
      'niet',
      'licht',
      'gemiddeld',
      'zwaar',
    ]);
    expect(items.find((item) => item.code === 'lifting')?.levels.at(-1)).toEqual({ level: 50, label: '50 kg' });
    expect(items.find((item) => item.code === 'night-work')?.levels.map((l) => l.label)).toEqual(['nee', 'ja']);
  });
});
