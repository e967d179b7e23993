// The accountmanager's work list: open vacancies and where their shortlists stand.
import { useEffect, useState } from 'preact/hooks';
import { apiAll } from '../api.js';
import { html } from '../html.js';
import { problemText } from '../text.js';
import { Heading, Notice } from '../ui.js';

function ShortlistState({ overview }) {
  if (!overview) return html`<span class="tag">Geen shortlist</span>`;
  if (overview.status === 'pending') return html`<span class="tag pending">Wordt gematcht…</span>`;
  if (overview.ranked === 0) return html`<span class="tag">Geen passende kandidaten</span>`;
  return html`
    <span class="tag ready">Klaar: ${overview.ranked} kandidaten</span>
    <span class="counts">
      ${overview.undecided} te beoordelen · ${overview.accepted} geaccepteerd · ${overview.proposed} voorgesteld
    </span>`;
}

export function VacanciesScreen() {
  const [rows, setRows] = useState(null);
  const [error, setError] = useState('');

  useEffect(() => {
    Promise.all([apiAll('/vacancies'), apiAll('/shortlists'), apiAll('/employers')])
      .then(([vacancies, overviews, employers]) => {
        const overviewOf = new Map(overviews.map((overview) => [overview.vacancyId, overview]));
        const employerOf = new Map(employers.map((employer) => [employer.id, employer.name]));
        setRows(
          vacancies
            .filter((vacancy) => vacancy.status === 'open')
            .map((vacancy) => ({
              vacancy,
              employer: employerOf.get(vacancy.employerId) ?? '',
              overview: overviewOf.get(vacancy.id),
            })),
        );
      })
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  return html`
    <${Heading}>Open vacatures</${Heading}>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!rows && !error && html`<p aria-busy="true">Vacatures worden geladen…</p>`}
    ${rows && rows.length === 0 && html`<p>Er zijn geen open vacatures.</p>`}
    ${
      rows &&
      rows.length > 0 &&
      html`
      <p>${rows.length} open vacatures. Kies een vacature om de shortlist te beoordelen.</p>
      <ul class="cards vacancies">
        ${rows.map(
          ({ vacancy, employer, overview }) => html`
          <li class="card">
            <h2><a href=${`#/vacatures/${vacancy.id}/shortlist`}>${vacancy.title}</a></h2>
            <p class="meta">${employer} · ${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'}</p>
            <p class="state"><${ShortlistState} overview=${overview} /></p>
          </li>`,
        )}
      </ul>`
    }`;
}
