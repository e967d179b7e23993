/**
 * The instruments a candidate can be eligible for: what lowers an employer's risk or cost of taking
 * them on. The klantmanager records which apply; the codes are the API's, the labels Dutch.
 */
export const INSTRUMENTS = [
  'proefplaatsing',
  'werken-met-behoud',
  'loonkostensubsidie',
  'no-risk-polis',
  'premiekorting-oudere-werknemer',
  'scholingsbudget',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  proefplaatsing: 'proefplaatsing (twee maanden met behoud van uitkering)',
  'werken-met-behoud': 'werken met behoud van uitkering',
  loonkostensubsidie: 'loonkostensubsidie',
  'no-risk-polis': 'no-riskpolis',
  'premiekorting-oudere-werknemer': 'premiekorting oudere werknemer',
  scholingsbudget: 'scholingsbudget',
};

/** An instrument from its code or its Dutch name as people write it ("No-risk polis", "Proefplaatsing"); undefined when none. */
export function instrumentOf(text: string): Instrument | undefined {
  const key = (value: string) => value.toLocaleLowerCase('nl').replace(/[\s_-]+/g, '');
  const wanted = key(text.trim());
  return INSTRUMENTS.find(
    (code) =>
      key(code) === wanted ||
      key(INSTRUMENT_LABELS[code]) === wanted ||
      key(INSTRUMENT_LABELS[code].split(' (')[0]) === wanted,
  );
}
