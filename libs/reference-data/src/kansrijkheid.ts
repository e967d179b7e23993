import { REGIONS } from './regions';
import { SECTOR_CODES } from './sectors';

/**
 * Labour-market tension, as UWV's spanningsindicator classes it: open vacancies per job seeker in
 * the first six months of benefit. 1 very slack .. 5 very tight.
 */
export type TensionClass = 1 | 2 | 3 | 4 | 5;

export const TENSION_CLASSES: readonly { class: TensionClass; label: string; minRatio: number }[] = [
  { class: 1, label: 'zeer ruim', minRatio: 0 },
  { class: 2, label: 'ruim', minRatio: 0.15 },
  { class: 3, label: 'gemiddeld', minRatio: 0.67 },
  { class: 4, label: 'krap', minRatio: 1.05 },
  { class: 5, label: 'zeer krap', minRatio: 1.5 },
];

export const tensionLabel = (tension: TensionClass): string => TENSION_CLASSES[tension - 1].label;

/** The class a ratio of vacancies per job seeker falls in. */
export function tensionOfRatio(ratio: number): TensionClass {
  return [...TENSION_CLASSES].reverse().find((c) => ratio >= c.minRatio)!.class;
}

export interface KansrijkheidRow {
  region: string;
  sector: string;
  /** Empty for the sector as a whole; an occupation group code for a finer row that takes precedence. */
  occupationGroup: string;
  tension: TensionClass;
  /** True for a row of the shipped table, which no administrator has replaced yet. */
  illustrative?: boolean;
}

export const DEFAULT_KANSRIJKHEID_SOURCE =
  "Werkbrug default table, 2026-11: modelled on the pattern of UWV's spanningsindicator (shortages in care, " +
  'education, construction, technology, hospitality, security and logistics; slack in administration, ' +
  'retail and culture) and on the shortage sectors named in the research (004). Illustrative, not ' +
  "UWV's figures: an administrator replaces it with the current spanningsindicator (CSV upload).";

/** National tension per SBI section. */
const SECTOR_TENSION: Partial<Record<string, TensionClass>> = {
  A: 3,
  B: 3,
  C: 4,
  D: 4,
  E: 4,
  F: 5,
  G: 2,
  H: 4,
  I: 4,
  J: 4,
  K: 3,
  L: 2,
  M: 3,
  N: 4,
  O: 3,
  P: 5,
  Q: 5,
  R: 2,
  S: 2,
  T: 2,
  U: 2,
};

/** Occupation groups that differ from their sector. */
const GROUP_TENSION: Record<string, TensionClass> = {
  administration: 2,
  'customer-service': 3,
  'logistics-warehouse': 4,
  transport: 5,
  'metal-technical': 5,
  installation: 5,
  cleaning: 4,
  security: 5,
  'care-personal': 5,
};

/** Regions where the labour market is slacker than the national picture (more job seekers per vacancy). */
const SLACKER_REGIONS = new Set([
  'groningen',
  'drenthe',
  'friesland',
  'zuid-limburg',
  'rijnmond',
  'twente',
  'achterhoek',
  'zeeland',
]);
/** Regions where it is tighter. */
const TIGHTER_REGIONS = new Set([
  'groot-amsterdam',
  'midden-utrecht',
  'zuidoost-brabant',
  'amersfoort',
  'foodvalley',
  'haaglanden',
]);

function adjust(tension: TensionClass, region: string): TensionClass {
  const shift = SLACKER_REGIONS.has(region) ? -1 : TIGHTER_REGIONS.has(region) ? 1 : 0;
  return Math.min(5, Math.max(1, tension + shift)) as TensionClass;
}

/** The default table: every sector in every region, plus the occupation groups that differ. */
export function defaultKansrijkheidTable(): KansrijkheidRow[] {
  return REGIONS.flatMap((region) => [
    ...SECTOR_CODES.map((sector) => ({
      region: region.code,
      sector,
      occupationGroup: '',
      tension: adjust(SECTOR_TENSION[sector] ?? 3, region.code),
    })),
    ...Object.entries(GROUP_TENSION).map(([group, tension]) => ({
      region: region.code,
      sector: '*',
      occupationGroup: group,
      tension: adjust(tension, region.code),
    })),
  ]);
}

/** Looks up the tension of a job: an occupation group's own row wins over its sector's row. */
export class KansrijkheidTable {
  private readonly rows = new Map<string, KansrijkheidRow>();

  constructor(rows: Iterable<KansrijkheidRow>) {
    for (const row of rows) this.rows.set(`${row.region}|${row.sector}|${row.occupationGroup}`, row);
  }

  tension(region: string | undefined, sector: string, occupationGroup: string | undefined): TensionClass | undefined {
    return this.row(region, sector, occupationGroup)?.tension;
  }

  /** Whether the tension of this job comes from the shipped, illustrative table (false when there is none). */
  illustrative(region: string | undefined, sector: string, occupationGroup: string | undefined): boolean {
    return this.row(region, sector, occupationGroup)?.illustrative ?? false;
  }

  private row(region: string | undefined, sector: string, occupationGroup: string | undefined) {
    if (!region) return undefined;
    return (
      (occupationGroup &&
        (this.rows.get(`${region}|${sector}|${occupationGroup}`) ?? this.rows.get(`${region}|*|${occupationGroup}`))) ||
      this.rows.get(`${region}|${sector}|`)
    );
  }
}
