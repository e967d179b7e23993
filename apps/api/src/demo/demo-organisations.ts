import type { OrganisationKind } from '@werkbrug/database';
import type { Role } from '@werkbrug/common';

/**
 * The demo's werkgeversservicepunt: two municipalities of the arbeidsmarktregio Flevoland (CBS
 * gemeentecodes from the official table), UWV and the WSP itself. The people are invented, with
 * addresses under the reserved `.example` domain.
 */
export interface DemoOrganisation {
  slug: string;
  kind: OrganisationKind;
  name: string;
  municipalityCode: string | null;
  staff: { name: string; roles: Role[] }[];
}

export const DEMO_REGION = 'flevoland';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    slug: 'almere',
    kind: 'municipality',
    name: 'Gemeente Almere',
    municipalityCode: 'GM0034',
    staff: [
      { name: 'Karin de Vries', roles: ['klantmanager'] },
      { name: 'Kees Bakker', roles: ['klantmanager'] },
      { name: 'Anna Jansen', roles: ['accountmanager'] },
      { name: 'Joost Visser', roles: ['jobhunter', 'accountmanager'] },
      { name: 'Ada Smit', roles: ['admin'] },
    ],
  },
  {
    slug: 'lelystad',
    kind: 'municipality',
    name: 'Gemeente Lelystad',
    municipalityCode: 'GM0995',
    staff: [
      { name: 'Lotte Mulder', roles: ['klantmanager'] },
      { name: 'Bas de Boer', roles: ['accountmanager'] },
      { name: 'Jan Meijer', roles: ['jobhunter'] },
      { name: 'Lieke Bos', roles: ['admin'] },
    ],
  },
  {
    slug: 'uwv',
    kind: 'uwv',
    name: 'UWV',
    municipalityCode: null,
    staff: [
      { name: 'Wim Dekker', roles: ['klantmanager'] },
      { name: 'Sanne Peters', roles: ['accountmanager'] },
    ],
  },
  {
    slug: 'wsp-flevoland',
    kind: 'wsp',
    name: 'Werkgeversservicepunt Flevoland',
    municipalityCode: null,
    staff: [{ name: 'Willem Hendriks', roles: ['admin', 'accountmanager'] }],
  },
];

/** An invented address under the reserved `.example` domain: "karin.de.vries@almere.example". */
export function demoEmail(name: string, domain: string): string {
  const local = name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');
  return `${local}@${domain}.example`;
}

/** Whose candidate a demo candidate is: one in eight is UWV's, the rest their place of residence's. */
export function demoOrganisationOfCandidate(index: number, postcode: string): string {
  if (index % 8 === 7) return 'uwv';
  return postcode.startsWith('82') ? 'lelystad' : 'almere';
}

/** The accountmanager on a demo employer's account team: Lelystad's (postcode 82xx) for Lelystad's employers, Almere's for the rest. */
export function demoAccountManagerOfEmployer(postcode: string): { organisation: string; name: string } {
  return postcode.startsWith('82')
    ? { organisation: 'lelystad', name: 'Bas de Boer' }
    : { organisation: 'almere', name: 'Anna Jansen' };
}
