// Rejecting a candidate with a reason in one click: a missing competence of this vacancy, a fixed
// reason, or one in the person's own words. The accountmanager's shortlist and the employer's
// proposals use it; the reason feeds the matcher.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { useLabels } from '../taxonomy.js';
import { REJECTION_REASONS } from '../text.js';

export function RejectChoices({ id, subject, competences, reasons, busy, onReject }) {
  const [note, setNote] = useState('');
  const labels = useLabels(
    'competence',
    competences.map(({ code }) => code),
  );
  const noteId = `note-${id}`;
  return html`
    <details class="reject">
      <summary>Afwijzen…</summary>
      <div class="reject-choices" role="group" aria-label=${`Reden van afwijzen voor ${subject}`}>
        ${competences.map(
          ({ code }) => html`
          <button type="button" disabled=${busy} onClick=${() => onReject({ reason: 'competence-missing', competence: code })}>
            ${REJECTION_REASONS['competence-missing']}: ${labels.get(code) ?? '…'}
          </button>`,
        )}
        ${reasons.map((reason) => html`<button type="button" disabled=${busy} onClick=${() => onReject({ reason })}>${REJECTION_REASONS[reason]}</button>`)}
        <form class="other" onSubmit=${(event) => {
          event.preventDefault();
          if (note.trim().length >= 2) onReject({ reason: 'other', note: note.trim() });
        }}>
          <label for=${noteId}>Andere reden</label>
          <input id=${noteId} value=${note} maxLength="1000" onInput=${(e) => setNote(e.currentTarget.value)} />
          <button type="submit" disabled=${busy || note.trim().length < 2}>Afwijzen met deze reden</button>
        </form>
      </div>
    </details>`;
}
