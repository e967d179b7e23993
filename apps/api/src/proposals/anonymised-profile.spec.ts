import type { Candidate } from '@werkbrug/database';
import { travelFit, type CandidateProfile } from '@werkbrug/matching';
import {
  adjustmentText,
  ageBandOf,
  anonymisedProfile,
  distanceBand,
  employerProfile,
  exceededDemands,
  withDistanceBand,
} from './anonymised-profile';

describe('anonymisedProfile', () => {
  const candidate = {
    id: 'c6f0e0a2-1111-4e4e-9999-000000000001',
    birthYear: 1962,
    postcode: '1315',
    travel: { mode: 'bicycle', maxKm: 12 },
    educationLevel: 'mbo2',
    competences: [{ code: 'office-cleaning', level: 2, years: 6 }],
    wishes: {
      occupations: ['cleaner'],
      sectors: ['N'],
      hoursPerWeekMin: 16,
      hoursPerWeekMax: 24,
      contractTypes: ['permanent'],
    },
    belastbaarheid: {
      source: 'bedrijfsarts',
      assessedOn: '2026-05-01',
      limits: [
        { item: 'lifting', level: 10 },
        { item: 'night-work', level: 0 },
      ],
    },
    participatieladder: 3,
  } as unknown as Candidate;
  const reasons = [
    'beheerst kantoorschoonmaak',
    'te bespreken: de vacature vraagt 32 uur, de wens is 16–24 uur; een tijdelijk contract staat niet in de wensen',
    'kansrijk: Zakelijke dienstverlening is krap in deze regio',
    'let op: Zakelijke dienstverlening is ruim in deze regio',
    'woont op 4 km van het werk',
  ];
  const vacancy = (openToProefplaatsing: boolean, demands = [{ item: 'lifting', level: 5 }]) => ({
    openToProefplaatsing,
    demands,
  });

  it('passes on what the candidate can do and why they fit, and splits what to discuss into points', () => {
    const profile = anonymisedProfile(candidate, reasons, vacancy(false));
    expect(profile.competences).toEqual([{ code: 'office-cleaning', label: expect.any(String), level: 2, years: 6 }]);
    expect(profile.hoursPerWeek).toEqual({ min: 16, max: 24 });
    expect(profile.reasons).toEqual(['beheerst kantoorschoonmaak', 'woont binnen 5 km van het werk']);
    expect(profile.toDiscuss).toEqual([
      'de vacature vraagt 32 uur, de wens is 16–24 uur',
      'een tijdelijk contract staat niet in de wensen',
    ]);
  });

  it('keeps the municipality’s labour-market notes for staff', () => {
    const text = JSON.stringify(anonymisedProfile(candidate, reasons, vacancy(false)));
    expect(text).not.toMatch(/kansrijk|let op|krap|ruim/);
  });

  it('never carries identity, place, age or belastbaarheid detail, only whether the candidate can carry the job', () => {
    const profile = anonymisedProfile(candidate, reasons, vacancy(true));
    expect(profile.fitsDemands).toBe(true);
    const text = JSON.stringify(profile);
    for (const leak of [
      candidate.id,
      '1962',
      '1315',
      'bicycle',
      'lifting',
      'night',
      'bedrijfsarts',
      'participatieladder',
    ])
      expect(text).not.toContain(leak);
  });

  it('offers a proefplaatsing as a point to discuss when the employer is open to one', () => {
    expect(anonymisedProfile(candidate, [], vacancy(true)).toDiscuss).toEqual([
      expect.stringContaining('proefplaatsing'),
    ]);
  });

  it('records that the candidate does not fit when the job asks more than they can carry', () => {
    expect(anonymisedProfile(candidate, [], vacancy(false, [{ item: 'lifting', level: 20 }])).fitsDemands).toBe(false);
  });

  describe('distances an employer sees', () => {
    const cyclist = { travel: { mode: 'bicycle', maxKm: 30 } } as unknown as CandidateProfile;
    /** The reason exactly as the matcher writes it, a strength or a point to discuss. */
    const matcherSays = (km: number) => {
      const part = travelFit(km, cyclist, true);
      return part.strength ?? part.discuss!;
    };

    it.each([
      [1.2, 'woont binnen 5 km van het werk'],
      [4.9, 'woont binnen 5 km van het werk'],
      [5, 'woont op 5 tot 10 km van het werk'],
      [9.9, 'woont op 5 tot 10 km van het werk'],
      [18.4, 'woont op 10 tot 25 km van het werk'],
      [25, 'woont op meer dan 25 km van het werk'],
    ])('turns the matcher’s %s km into a band', (km, band) => {
      expect(distanceBand(km)).toBe(band);
      expect(withDistanceBand(matcherSays(km)).replace(/^te bespreken: /, '')).toBe(band);
    });

    it('leaves no figure in km, nor the candidate’s travel limit, in a profile stored at proposal time or read from an older one', () => {
      const reasons = [matcherSays(1.2), `te bespreken: een tijdelijk contract; ${matcherSays(22.3).slice(14)}`];
      expect(reasons.join(' ')).toMatch(/1,2 km|22,3 km/);
      const stored = anonymisedProfile(candidate, reasons, vacancy(false));
      const older = {
        ...stored,
        reasons: [matcherSays(1.2)],
        toDiscuss: ['woont op 22,3 km van het werk (grens 30 km)'],
      };
      for (const profile of [
        stored,
        employerProfile(older, candidate, { ageBand: false, adjustments: [] }, '2026-05-01'),
      ]) {
        const text = JSON.stringify(profile);
        expect(text).not.toMatch(/1,2|22,3|grens|30 km/);
        expect(text).toContain('woont binnen 5 km van het werk');
        expect(text).toContain('woont op 10 tot 25 km van het werk');
      }
    });
  });
});

describe('exceededDemands', () => {
  const assessed = (limits: { item: string; level: number }[]) => ({
    source: 'klantmanager' as const,
    assessedOn: '2026-05-01',
    limits,
  });

  it('names the items on which the job asks more than the limit; unlimited items never exceed', () => {
    const demands = [
      { item: 'lifting', level: 15 },
      { item: 'standing', level: 3 },
      { item: 'hours-per-week', level: 24 },
    ];
    expect(
      exceededDemands(
        assessed([
          { item: 'lifting', level: 10 },
          { item: 'hours-per-week', level: 24 },
        ]),
        demands,
      ),
    ).toEqual(['lifting']);
    expect(exceededDemands(assessed([]), demands)).toEqual([]);
  });

  it('does not take an unassessed candidate to fit', () => {
    expect(exceededDemands(null, [])).toEqual(['belastbaarheid']);
  });
});

describe('ageBandOf', () => {
  it('gives the target group’s bands by the age reached this year, and none under 45', () => {
    expect(ageBandOf(1972, '2026-05-01')).toBe('45-54');
    expect(ageBandOf(1971, '2026-05-01')).toBe('55+');
    expect(ageBandOf(1982, '2026-05-01')).toBeUndefined();
  });
});

describe('adjustmentText', () => {
  it('says a limit in words an employer can act on', () => {
    expect(adjustmentText({ item: 'lifting', level: 10 })).toBe('tillen en dragen: ten hoogste 10 kg');
    expect(adjustmentText({ item: 'customer-contact', level: 1 })).toBe('klantcontact: ten hoogste licht');
    expect(adjustmentText({ item: 'night-work', level: 0 })).toBe('nachtwerk: niet');
    expect(adjustmentText({ item: 'hours-per-day', level: 6 })).toBe('uren per dag: ten hoogste 6 uur');
  });
});

describe('employerProfile', () => {
  const stored = {
    competences: [{ code: 'office-cleaning', label: 'kantoorschoonmaak', level: 2 as const }],
    education: 'mbo 2',
    hoursPerWeek: { min: 16, max: 24 },
    reasons: ['beheerst kantoorschoonmaak'],
    toDiscuss: [],
    fitsDemands: true,
  };
  const candidate = {
    birthYear: 1962,
    belastbaarheid: {
      source: 'klantmanager' as const,
      assessedOn: '2026-05-01',
      limits: [
        { item: 'lifting', level: 10 },
        { item: 'night-work', level: 0 },
      ],
    },
  };
  const today = '2026-10-01';

  it('without consent adds neither age band nor adjustments, only that the candidate can carry the job', () => {
    const profile = employerProfile(stored, candidate, { ageBand: false, adjustments: [] }, today);
    expect(profile).not.toHaveProperty('ageBand');
    expect(profile.belastbaarheid).toEqual({
      fitsDemands: true,
      summary: 'kan de belasting van dit werk aan',
      adjustments: [],
    });
    const text = JSON.stringify(profile);
    for (const leak of ['1962', '64', 'lifting', 'tillen', 'nachtwerk', 'klantmanager'])
      expect(text).not.toContain(leak);
  });

  it('adds the age band and exactly the adjustments the candidate agreed to share', () => {
    const profile = employerProfile(stored, candidate, { ageBand: true, adjustments: ['night-work'] }, today);
    expect(profile.ageBand).toBe('55+');
    expect(profile.belastbaarheid.adjustments).toEqual(['nachtwerk: niet']);
    expect(JSON.stringify(profile)).not.toContain('tillen');
  });

  it('names no adjustment for an item the candidate no longer has a limit on', () => {
    const reassessed = { ...candidate, belastbaarheid: { ...candidate.belastbaarheid, limits: [] } };
    const profile = employerProfile(stored, reassessed, { ageBand: false, adjustments: ['lifting'] }, today);
    expect(profile.belastbaarheid.adjustments).toEqual([]);
  });

  it('gives no band to a candidate under 45 even with consent', () => {
    expect(
      employerProfile(stored, { ...candidate, birthYear: 1990 }, { ageBand: true, adjustments: [] }, today),
    ).not.toHaveProperty('ageBand');
  });
});
