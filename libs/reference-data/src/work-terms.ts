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
