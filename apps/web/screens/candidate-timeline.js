// "Wat er met de kandidaat gebeurde": every action of the five levels and every result, newest first,
// from the ledger of levels (GET /candidates/{id}/timeline).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { problemText, TIMELINE_ACTIONS } from '../text.js';

const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export function TimelineSection({ candidate, request }) {
  const [entries, setEntries] = useState(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    request
      .all(`/candidates/${candidate.id}/timeline`)
      .then(setEntries)
      .catch((e) => setProblem(problemText(e.problem)));
  }, [candidate]);

  if (problem) return html`<p class="notice error" role="alert">${problem}</p>`;
  if (!entries) return html`<p aria-busy="true">Wordt geladen…</p>`;
  if (entries.length === 0) return html`<p>Er is nog niets vastgelegd voor deze kandidaat.</p>`;
  return html`
    <ol class="timeline" aria-label="Wat er gebeurde, nieuwste eerst">
      ${entries.map(
        (entry, index) => html`<li key=${index}>
          <time datetime=${entry.occurredAt}>${moment.format(new Date(entry.occurredAt))}</time>:
          <strong>${TIMELINE_ACTIONS[entry.action] ?? entry.action}</strong>
          ${entry.vacancyTitle && html` · ${entry.vacancyTitle}`}${entry.employerName && html` (${entry.employerName})`}
          <span class="meta"> · niveau ${entry.levels.join(', ')}${entry.kind === 'result' ? ' · resultaat' : ''}</span>
        </li>`,
      )}
    </ol>`;
}
