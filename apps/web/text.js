// Dutch words for the API's codes, and API messages put into plain Dutch.

export const ROLE_NAMES = {
  accountmanager: 'Accountmanager',
  jobhunter: 'Jobhunter',
  klantmanager: 'Klantmanager',
  employer: 'Werkgever',
  admin: 'Beheerder',
};

export const PART_NAMES = {
  competences: 'Vaardigheden',
  hours: 'Uren en contract',
  direction: 'Eigen richting',
  kansrijkheid: 'Kansrijke sector',
  travel: 'Reisafstand',
  education: 'Opleiding',
};

export const REJECTION_REASONS = {
  'competence-missing': 'Mist een vaardigheid',
  belastbaarheid: 'Belastbaarheid past niet',
  travel: 'Reisafstand te groot',
  hours: 'Uren passen niet',
  'candidate-not-available': 'Kandidaat niet beschikbaar',
  'candidate-declined': 'Kandidaat wil niet',
  other: 'Andere reden',
};

export const DECISIONS = { accepted: 'Geaccepteerd', 'set-aside': 'Opzijgezet', rejected: 'Afgewezen' };

/** Why candidates were left out of a shortlist: a hard limit, by the belastbaarheid item or travel. */
export const LIMITS = {
  travel: 'reisafstand',
  concentration: 'concentratie',
  'time-pressure': 'werken onder tijdsdruk',
  'handling-conflicts': 'omgaan met conflicten',
  'customer-contact': 'klantcontact',
  'emotional-problems-of-others': 'omgaan met emotionele problemen van anderen',
  heat: 'hitte',
  cold: 'koude',
  dust: 'stof, rook of damp',
  noise: 'lawaai',
  'protective-gear': 'persoonlijke beschermingsmiddelen',
  lifting: 'tillen en dragen',
  walking: 'lopen',
  climbing: 'klimmen en traplopen',
  kneeling: 'knielen en hurken',
  bending: 'buigen en tillen vanaf de grond',
  sitting: 'zitten',
  standing: 'staan',
  'bent-posture': 'gebogen werken',
  'hours-per-day': 'uren per dag',
  'hours-per-week': 'uren per week',
  'evening-work': 'avondwerk',
  'night-work': 'nachtwerk',
};

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
export const asPercent = (share) => percent.format(share);
const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
export const asDate = (value) => (value ? date.format(new Date(value)) : '');

/** What the API refused, said so that an accountmanager knows what to do. */
const EXPLANATIONS = [
  [
    /not consented to employers seeing the anonymised profile/,
    'heeft nog geen toestemming gegeven om het geanonimiseerde profiel aan werkgevers te laten zien. De klantmanager legt die toestemming vast; daarna kunt u voorstellen.',
  ],
  [/accept the candidate on the shortlist first/, 'is nog niet geaccepteerd op de shortlist.'],
  [/already been proposed/, 'is al voorgesteld voor deze vacature.'],
  [/was rejected for this vacancy/, 'is afgewezen voor deze vacature en wordt er niet meer voor voorgesteld.'],
  [/no longer on the shortlist/, 'staat niet meer op de shortlist (niet meer beschikbaar of past niet meer).'],
  [
    /asks more than the candidate can carry/,
    'kan de belasting van dit werk niet (meer) aan; wacht op de nieuwe matching.',
  ],
];

export function explainProblem(problem, subject = '') {
  const reasons = (problem.invalidParams ?? []).map((param) => {
    const found = EXPLANATIONS.find(([pattern]) => pattern.test(param.reason));
    return found ? `${subject} ${found[1]}`.trim() : `${param.name}: ${param.reason}`;
  });
  if (reasons.length) return reasons.join(' ');
  if (problem.status === 409)
    return 'Iemand anders heeft dit net gewijzigd. De gegevens zijn opnieuw geladen; kijk ze na en probeer het opnieuw.';
  if (problem.status === 429) return 'Te veel verzoeken achter elkaar. Wacht een minuut en probeer het opnieuw.';
  if (problem.status === 401) return 'Uw sessie is verlopen. Meld u opnieuw aan.';
  if (problem.status === 403) return 'Dit mag uw rol niet.';
  if (problem.status === 404) return 'Niet gevonden.';
  if (problem.status === 0) return 'Geen verbinding met Werkbrug. Controleer uw netwerk en probeer het opnieuw.';
  return problem.detail ?? 'Er ging iets mis. Probeer het opnieuw.';
}

/** An employer's answer to a proposed candidate, as the confirmation says it. */
export const ANSWERS = { invite: 'uitgenodigd', 'not-now': 'nu niet', reject: 'afgewezen' };

export const SECTOR_NAMES = {
  A: 'Landbouw',
  C: 'Industrie',
  F: 'Bouw',
  G: 'Handel',
  H: 'Vervoer en opslag',
  I: 'Horeca',
  J: 'ICT',
  M: 'Zakelijke diensten',
  N: 'Overige zakelijke diensten',
  O: 'Openbaar bestuur',
  P: 'Onderwijs',
  Q: 'Zorg en welzijn',
  R: 'Cultuur en recreatie',
  S: 'Overige diensten',
};

/** A competence's level, as the taxonomy grades it. */
export const COMPETENCE_LEVELS = { 1: 'basis', 2: 'ervaren', 3: 'expert' };

export const CONTRACT_NAMES = {
  permanent: 'Vast contract',
  temporary: 'Tijdelijk contract',
  'on-call': 'Oproepcontract',
  'temp-agency': 'Uitzendwerk',
  proefplaatsing: 'Proefplaatsing',
};

export const EDUCATION_NAMES = {
  none: 'Geen eis',
  vmbo: 'VMBO/LBO',
  mbo1: 'MBO 1',
  mbo2: 'MBO 2',
  mbo3: 'MBO 3',
  mbo4: 'MBO 4',
  'havo-vwo': 'HAVO/VWO',
  hbo: 'HBO',
  wo: 'WO',
};
