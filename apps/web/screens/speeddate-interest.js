// What the latest speeddate with the vacancy's employer said of a shortlisted candidate: a small
// marker for the accountmanager (interest on both sides above all).
import { html } from '../html.js';
import { asDate } from '../text.js';

const INTEREST_MARKERS = {
  both: 'interesse van beide kanten',
  'employer-only': 'interesse van de werkgever',
  'candidate-only': 'interesse van de kandidaat',
  none: 'geen interesse',
};

export function SpeeddateInterest({ meeting }) {
  if (!meeting) return null;
  const tone = meeting.interest === 'both' ? 'ready' : meeting.interest === 'none' ? 'done' : 'pending';
  return html`<p class="speeddate-interest"><span class="tag ${tone}">Speeddate: ${INTEREST_MARKERS[meeting.interest]}</span>
    <span class="meta"> ${meeting.eventTitle}, ${asDate(meeting.heldOn)}</span></p>`;
}
