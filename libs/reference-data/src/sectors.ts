/** Sectors as the sections of the Dutch standard industrial classification (SBI 2008). */
export const SECTORS = [
  { code: 'A', label: 'Landbouw, bosbouw en visserij' },
  { code: 'B', label: 'Delfstoffenwinning' },
  { code: 'C', label: 'Industrie' },
  { code: 'D', label: 'Energievoorziening' },
  { code: 'E', label: 'Waterbedrijven en afvalbeheer' },
  { code: 'F', label: 'Bouwnijverheid' },
  { code: 'G', label: 'Groot- en detailhandel' },
  { code: 'H', label: 'Vervoer en opslag' },
  { code: 'I', label: 'Logies-, maaltijd- en drankverstrekking' },
  { code: 'J', label: 'Informatie en communicatie' },
  { code: 'K', label: 'Financiële dienstverlening' },
  { code: 'L', label: 'Verhuur van en handel in onroerend goed' },
  { code: 'M', label: 'Specialistische zakelijke diensten' },
  { code: 'N', label: 'Verhuur en overige zakelijke diensten' },
  { code: 'O', label: 'Openbaar bestuur en overheidsdiensten' },
  { code: 'P', label: 'Onderwijs' },
  { code: 'Q', label: 'Gezondheids- en welzijnszorg' },
  { code: 'R', label: 'Cultuur, sport en recreatie' },
  { code: 'S', label: 'Overige dienstverlening' },
  { code: 'T', label: 'Huishoudens als werkgever' },
  { code: 'U', label: 'Extraterritoriale organisaties' },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];
export const SECTOR_CODES: readonly SectorCode[] = SECTORS.map((sector) => sector.code);

const LABELS = new Map<string, string>(SECTORS.map((sector) => [sector.code, sector.label]));

export function sectorLabel(code: string): string | undefined {
  return LABELS.get(code);
}
