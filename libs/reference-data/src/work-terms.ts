export const CONTRACT_TYPES = ['permanent', 'temporary', 'on-call', 'temp-agency', 'proefplaatsing'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  permanent: 'vast contract',
  temporary: 'tijdelijk contract',
  'on-call': 'oproepcontract',
  'temp-agency': 'uitzendwerk',
  proefplaatsing: 'proefplaatsing',
};

/** Ways of travelling, with the door-to-door speed we assume to turn minutes into kilometres. */
export const TRAVEL_MODES = ['car', 'public-transport', 'bicycle', 'walking'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const TRAVEL_SPEED_KMH: Record<TravelMode, number> = {
  car: 50,
  'public-transport': 25,
  bicycle: 15,
  walking: 5,
};

/** The farthest someone will travel, in km; a limit in minutes becomes km at the mode's speed. */
export function travelLimitKm(travel: { mode: TravelMode; maxKm?: number; maxMinutes?: number }): number {
  const limits = [
    travel.maxKm,
    travel.maxMinutes === undefined ? undefined : (travel.maxMinutes / 60) * TRAVEL_SPEED_KMH[travel.mode],
  ];
  const known = limits.filter((limit): limit is number => limit !== undefined);
  return known.length ? Math.min(...known) : Infinity;
}
