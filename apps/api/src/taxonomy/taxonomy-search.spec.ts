import { BELASTBAARHEID_ITEMS } from '@werkbrug/reference-data';
import { demandItems, searchTaxonomy } from './taxonomy-search';

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
