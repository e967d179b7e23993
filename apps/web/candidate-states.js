// A proposed candidate's state and what happens next, in the same words for the employer ("Mijn
// kandidaten") and the accountmanager (the shortlist): both speak of one candidate by the same
// reference and of the same count of candidates found.
import { asDate, REJECTION_REASONS, WITHDRAWN_BECAUSE } from './text.js';

/** A proposal's state; a recorded placement outranks the answer that led to it. */
export const stateOf = (proposal) => (proposal.placement ? 'placed' : proposal.status);

export const PROPOSAL_STATES = {
  proposed: 'Voorgesteld',
  invited: 'Uitgenodigd',
  'not-now': 'Nu niet',
  rejected: 'Afgewezen',
  withdrawn: 'Ingetrokken',
  placed: 'Geplaatst',
};

/** The tag's colour class per state (the text always says it too). */
export const STATE_TONES = {
  proposed: 'pending',
  invited: 'accepted',
  'not-now': 'set-aside',
  rejected: 'rejected',
  withdrawn: '',
  placed: 'ready',
};

const PLACEMENT_KINDS = {
  'paid-work': 'betaald werk',
  proefplaatsing: 'proefplaatsing',
  'werken-met-behoud': 'werken met behoud van uitkering',
};

/** Why the employer turned the candidate down, in words: "Mist een vaardigheid: kantoorschoonmaak". */
export function answerReasonText(proposal, competenceLabels = new Map()) {
  if (!proposal.answerReason) return '';
  const reason = REJECTION_REASONS[proposal.answerReason] ?? REJECTION_REASONS.other;
  if (proposal.answerReason === 'competence-missing' && proposal.answerCompetence)
    return `${reason}: ${competenceLabels.get(proposal.answerCompetence) ?? '…'}`;
  if (proposal.answerReason === 'other' && proposal.answerNote) return `${reason}: ${proposal.answerNote}`;
  return reason;
}

/** The state in a sentence, with the date and (for a rejection) the reason. */
export function stateText(proposal, competenceLabels) {
  const state = stateOf(proposal);
  if (state === 'placed')
    return `Geplaatst: ${PLACEMENT_KINDS[proposal.placement.kind] ?? 'plaatsing'} vanaf ${asDate(proposal.placement.startsOn)}`;
  if (state === 'proposed') return `Voorgesteld op ${asDate(proposal.proposedAt)}`;
  if (state === 'withdrawn')
    return `Ingetrokken op ${asDate(proposal.withdrawnAt)}, omdat ${WITHDRAWN_BECAUSE[proposal.withdrawnReason] ?? 'de vacature is geëindigd'}`;
  const when = proposal.answeredAt ? ` op ${asDate(proposal.answeredAt)}` : '';
  if (state === 'rejected') return `Afgewezen${when}: ${answerReasonText(proposal, competenceLabels)}`;
  return `${PROPOSAL_STATES[state]}${when}`;
}

/** What happens next and who does it, as the employer reads it. */
export const NEXT_FOR_EMPLOYER = {
  proposed: 'U bent aan zet: nodig de kandidaat uit, zeg “nu niet” of wijs af met een reden.',
  invited: 'De accountmanager neemt contact met u op om het gesprek met de kandidaat te plannen.',
  'not-now':
    'De kandidaat blijft voor u klaarstaan zolang de vacature open is: u kunt later alsnog uitnodigen of afwijzen.',
  rejected: 'Werkbrug stelt deze kandidaat niet opnieuw voor deze vacature voor; de reden helpt beter te zoeken.',
  withdrawn: 'U hoeft niets meer te doen.',
  placed: 'De accountmanager begeleidt de plaatsing en vraagt na afloop hoe het gaat.',
};

/** What happens next and who does it, as the accountmanager reads it. */
export const NEXT_FOR_STAFF = {
  proposed: 'Wacht op het antwoord van de werkgever.',
  invited: 'U bent aan zet: plan het gesprek met de werkgever en de kandidaat.',
  'not-now': 'De werkgever beslist later; vraag na een tijd opnieuw of stel een andere kandidaat voor.',
  rejected: 'Niet meer voorstellen voor deze vacature; de reden telt mee bij het matchen.',
  withdrawn: 'De vacature is geëindigd; laat het de klantmanager weten.',
  placed: 'Volg de plaatsing op (besluit na een proefplaatsing, controle na zes maanden).',
};

const plural = (count, one, more) => `${count} ${count === 1 ? one : more}`;

/**
 * The count of candidates found, worded the same for employer and accountmanager: the candidates on
 * the shortlist (the best fitting of those within every hard limit), never the eligible pool alone.
 */
export function foundText({ ranked, candidatesEligible }) {
  if (ranked === 0) return 'Nog geen passende kandidaten op de shortlist';
  const pool =
    candidatesEligible > ranked ? ` (de best passende van ${candidatesEligible} die aan alle harde eisen voldoen)` : '';
  return `${plural(ranked, 'passende kandidaat', 'passende kandidaten')} op de shortlist${pool}`;
}

/** Counts per state in Dutch, e.g. "1 uitgenodigd · 1 afgewezen"; states without candidates are left out. */
export function stateCounts(proposals) {
  const counts = new Map();
  for (const proposal of proposals) counts.set(stateOf(proposal), (counts.get(stateOf(proposal)) ?? 0) + 1);
  return Object.keys(PROPOSAL_STATES)
    .filter((state) => counts.has(state))
    .map((state) => `${counts.get(state)} ${PROPOSAL_STATES[state].toLowerCase()}`)
    .join(' · ');
}
