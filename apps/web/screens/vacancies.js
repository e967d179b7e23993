// The accountmanager's work list: vacancies and where their shortlists stand; pausing, closing and
// reopening them; and the ended ones, with what their end withdrew.
import { useEffect, useState } from 'preact/hooks';
import { apiAll } from '../api.js';
import { foundText } from '../candidate-states.js';
import { html } from '../html.js';
import { problemText, WITHDRAWN_BECAUSE } from '../text.js';
import { Heading, MessageNotice, useMessage } from '../ui.js';
import { hasEnded, VacancyActions, VacancyStatus } from './vacancy-lifecycle.js';

/** Where a vacancy's shortlist stands, from its overview (GET /shortlists). */
export function ShortlistState({ overview }) {
  if (!overview) return html`<span class="tag">Geen shortlist</span>`;
  if (overview.status === 'pending') return html`<span class="tag pending">Wordt gematcht…</span>`;
  if (overview.ranked === 0) return html`<span class="tag">${foundText(overview)}</span>`;
  return html`
    <span class="tag ready">${foundText(overview)}</span>
    <span class="counts">
      ${overview.undecided} te beoordelen · ${overview.accepted} geaccepteerd · ${overview.proposed} voorgesteld
    </span>`;
}

/** How many proposals a vacancy's end withdrew, and why: what the accountmanager tells the candidates' klantmanagers. */
function Withdrawn({ proposals }) {
  if (!proposals?.length) return null;
  const why = WITHDRAWN_BECAUSE[proposals[0].withdrawnReason] ?? '';
  return html`<p class="meta">${proposals.length} ${proposals.length === 1 ? 'voorstel' : 'voorstellen'} ingetrokken: ${why}.</p>`;
}

export function VacanciesScreen() {
  const [data, setData] = useState(null);
  const [message, say, setMessage] = useMessage();

  async function load() {
    const [vacancies, overviews, employers, withdrawn] = await Promise.all([
      apiAll('/vacancies'),
      apiAll('/shortlists'),
      apiAll('/employers'),
      apiAll('/proposals?status=withdrawn'),
    ]);
    const withdrawnOf = new Map();
    for (const proposal of withdrawn)
      withdrawnOf.set(proposal.vacancyId, [...(withdrawnOf.get(proposal.vacancyId) ?? []), proposal]);
    setData({
      vacancies,
      overviewOf: new Map(overviews.map((overview) => [overview.vacancyId, overview])),
      employerOf: new Map(employers.map((employer) => [employer.id, employer.name])),
      withdrawnOf,
    });
  }

  useEffect(() => {
    load().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  function changed(_vacancy, text) {
    say('success', text);
    load().catch((e) => say('error', problemText(e.problem)));
  }
  const failed = (text) => say('error', text);

  const active = data?.vacancies.filter((vacancy) => !hasEnded(vacancy)) ?? [];
  const ended = data?.vacancies.filter(hasEnded) ?? [];
  const card = (vacancy, Title) => html`
    <li class="card" key=${vacancy.id} aria-label=${vacancy.title}>
      <${Title} vacancy=${vacancy} />
      <p class="meta"><a href=${`#/werkgevers/${vacancy.employerId}`}>${data.employerOf.get(vacancy.employerId) ?? 'Werkgever'}</a> · ${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'}</p>
      <p class="state">
        <${VacancyStatus} vacancy=${vacancy} />
        ${vacancy.status === 'open' && html`<${ShortlistState} overview=${data.overviewOf.get(vacancy.id)} />`}
      </p>
      ${hasEnded(vacancy) && html`<${Withdrawn} proposals=${data.withdrawnOf.get(vacancy.id)} />`}
      <${VacancyActions} vacancy=${vacancy} onChanged=${changed} onError=${failed} />
    </li>`;
  const Linked = ({ vacancy }) => html`<h2><a href=${`#/vacatures/${vacancy.id}/shortlist`}>${vacancy.title}</a></h2>`;
  const Plain = ({ vacancy }) => html`<h3>${vacancy.title}</h3>`;

  return html`
    <${Heading}>Open vacatures</${Heading}>
    <${MessageNotice} message=${message} />
    ${!data && !message && html`<p aria-busy="true">Vacatures worden geladen…</p>`}
    ${data && active.length === 0 && html`<p>Er zijn geen open vacatures.</p>`}
    ${
      active.length > 0 &&
      html`
      <p>${active.length} vacatures. Kies een vacature om de shortlist te beoordelen.</p>
      <ul class="cards vacancies">${active.map((vacancy) => card(vacancy, Linked))}</ul>`
    }
    ${
      ended.length > 0 &&
      html`
      <h2>Gesloten en verlopen</h2>
      <ul class="cards vacancies">${ended.map((vacancy) => card(vacancy, Plain))}</ul>`
    }`;
}
