import type { Candidate } from '@werkbrug/database';
import { anonymisedProfile } from './anonymised-profile';

describe('anonymisedProfile', () => {
  const candidate = {
    id: 'c6f0e0a2-1111-4e4e-9999-000000000001',
    birthYear: 1962,
    postcode: '1315',
    travel: { mode: 'bicycle', maxKm: 12 },
    educationLevel: 'mbo2',
    competences: [{ code: 'office-cleaning', level: 2, years: 6 }],
    wishes: { occupations: ['cleaner'], sectors: ['N'], hoursPerWeekMin: 16, hoursPerWeekMax: 24, contractTypes: ['permanent'] },
    belastbaarheid: { source: 'bedrijfsarts', assessedOn: '2026-05-01', limits: [{ item: 'lifting', level: 1 }] },
    participatieladder: 3,
  } as unknown as Candidate;
  const reasons = [
    'beheerst kantoorschoonmaak',
    'te bespreken: de vacature vraagt 32 uur, de wens is 16–24 uur; een tijdelijk contract staat niet in de wensen',
    'kansrijk: Zakelijke dienstverlening is krap in deze regio',
    'let op: Zakelijke dienstverlening is ruim in deze regio',
    'woont op 4 km van het werk',
  ];

  it('passes on what the candidate can do and why they fit, and splits what to discuss into points', () => {
    const profile = anonymisedProfile(candidate, reasons, { openToProefplaatsing: false });
    expect(profile.competences).toEqual([{ code: 'office-cleaning', label: expect.any(String), level: 2, years: 6 }]);
    expect(profile.hoursPerWeek).toEqual({ min: 16, max: 24 });
    expect(profile.reasons).toEqual(['beheerst kantoorschoonmaak', 'woont op 4 km van het werk']);
    expect(profile.toDiscuss).toEqual(['de vacature vraagt 32 uur, de wens is 16–24 uur', 'een tijdelijk contract staat niet in de wensen']);
  });

  it('keeps the municipality’s labour-market notes for staff', () => {
    const text = JSON.stringify(anonymisedProfile(candidate, reasons, { openToProefplaatsing: false }));
    expect(text).not.toMatch(/kansrijk|let op|krap|ruim/);
  });

  it('never carries identity, place, age or belastbaarheid', () => {
    const text = JSON.stringify(anonymisedProfile(candidate, reasons, { openToProefplaatsing: true }));
    for (const leak of [candidate.id, '1962', '1315', 'bicycle', 'lifting', 'bedrijfsarts', 'participatieladder']) expect(text).not.toContain(leak);
  });

  it('offers a proefplaatsing as a point to discuss when the employer is open to one', () => {
    expect(anonymisedProfile(candidate, [], { openToProefplaatsing: true }).toDiscuss).toEqual([expect.stringContaining('proefplaatsing')]);
  });
});
