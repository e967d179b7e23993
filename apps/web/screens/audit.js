// The beheerder's "Auditlog": who read or changed which of the candidates' data, newest first, page by
// page and filtered; and the employer users who viewed unusually many candidate profiles on a day.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import {
  AUDIT_ACTION_NAMES,
  AUDIT_FLAG_REASONS,
  AUDIT_PURPOSES,
  AUDIT_RESOURCE_NAMES,
  asPercent,
  dutchDay,
  problemText,
  ROLE_NAMES,
} from '../text.js';
import { Heading, Notice } from '../ui.js';
import { BeheerNav } from './beheer.js';

const PAGE_SIZE = 50;
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** What the data was used for: a vacancy, a proposal, or the reason given. */
const purposeOf = (entry) =>
  entry.proposalId
    ? 'Voorstel aan een werkgever'
    : entry.vacancyId
      ? 'Voor een vacature'
      : (AUDIT_PURPOSES[entry.reason] ?? entry.reason ?? '');

function Flags() {
  const [day, setDay] = useState(dutchDay());
  const [flags, setFlags] = useState(null);
  const [error, setError] = useState('');
  const { errors, show } = useFieldErrors((field) => (field === 'day' ? 'vlaggen-dag' : undefined));

  const load = (which) =>
    api(`/audit/flags?day=${encodeURIComponent(which)}`)
      .then((answer) => (show(null), setError(''), setFlags(answer)))
      .catch((e) => {
        if (!show(e.problem)) setError(problemText(e.problem));
      });

  useEffect(() => {
    load(day);
  }, []);

  return html`
    <section aria-labelledby="vlaggen-kop">
      <h2 id="vlaggen-kop">Opvallend veel bekeken profielen</h2>
      <p>Gebruikers van werkgevers die op een dag dicht bij het maximum aantal kandidaatprofielen kwamen, of veel meer bekeken dan gewoonlijk.</p>
      <form class="report-filters" onSubmit=${(event) => (event.preventDefault(), load(day))} noValidate>
        <p>
          <label for="vlaggen-dag">Dag</label><br />
          <input id="vlaggen-dag" type="date" value=${day} onInput=${(e) => setDay(e.currentTarget.value)} ...${invalidAttributes(errors, 'vlaggen-dag')} />
          <${FieldError} errors=${errors} id="vlaggen-dag" />
        </p>
        <button type="submit">Tonen</button>
      </form>
      ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
      ${
        flags &&
        (flags.flags.length === 0
          ? html`<p>Op deze dag viel niemand op. Het maximum is ${flags.quota} profielen per dag.</p>`
          : html`
          <div class="table-scroll">
            <table>
              <caption>Opvallend op ${flags.day} (maximum ${flags.quota} profielen per dag)</caption>
              <thead>
                <tr>
                  <th scope="col">Gebruiker</th>
                  <th scope="col">Werkgever</th>
                  <th scope="col">Bekeken profielen</th>
                  <th scope="col">Deel van het maximum</th>
                  <th scope="col">Waarom opvallend</th>
                </tr>
              </thead>
              <tbody>
                ${flags.flags.map(
                  (flag) => html`
                  <tr key=${flag.subject}>
                    <th scope="row">${flag.subject}</th>
                    <td>${flag.employerName ?? ''}</td>
                    <td>${flag.viewed}</td>
                    <td>${asPercent(flag.shareOfQuota)}</td>
                    <td>${flag.reasons.map((reason) => AUDIT_FLAG_REASONS[reason] ?? reason).join(', ')}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`)
      }
    </section>`;
}

const EMPTY_FILTER = { from: '', to: '', role: '', resource: '', actor: '' };

function Log() {
  const [filter, setFilter] = useState(EMPTY_FILTER);
  // The pages seen so far, by their `before` (none for the first), so "Vorige" goes back.
  const [cursors, setCursors] = useState([null]);
  const [applied, setApplied] = useState(EMPTY_FILTER);
  const [page, setPage] = useState(null);
  const [error, setError] = useState('');
  // The organisation's people by id: a row names who it was (an employer user keeps their id), and the filter picks one.
  const [names, setNames] = useState(new Map());
  const ids = {
    from: 'audit-van',
    to: 'audit-tot',
    role: 'audit-rol',
    resource: 'audit-gegevens',
    actor: 'audit-gebruiker',
  };
  const { errors, show, clear } = useFieldErrors((field) => ids[field]);

  function load(wanted, trail) {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const [key, value] of Object.entries(wanted)) if (value.trim()) query.set(key, value.trim());
    const before = trail[trail.length - 1];
    if (before) query.set('before', before);
    api(`/audit?${query}`)
      .then((answer) => {
        show(null);
        setError('');
        setApplied(wanted);
        setCursors(trail);
        setPage(answer);
      })
      .catch((e) => {
        if (!show(e.problem)) setError(problemText(e.problem));
      });
  }

  useEffect(() => {
    load(EMPTY_FILTER, [null]);
    apiAll('/users')
      .then((users) => setNames(new Map(users.map((user) => [user.id, user.name]))))
      .catch(() => undefined);
  }, []);

  const field = (key) => ({
    id: ids[key],
    value: filter[key],
    onInput: (e) => (setFilter({ ...filter, [key]: e.currentTarget.value }), clear(ids[key])),
    ...invalidAttributes(errors, ids[key]),
  });
  const pageNumber = cursors.length;

  return html`
    <section aria-labelledby="audit-kop">
      <h2 id="audit-kop">Wie bekeek of wijzigde gegevens van kandidaten</h2>
      <form class="report-filters audit-filters" onSubmit=${(event) => (event.preventDefault(), load(filter, [null]))} noValidate>
        <p><label for=${ids.from}>Vanaf</label><br /><input type="date" ...${field('from')} /><${FieldError} errors=${errors} id=${ids.from} /></p>
        <p><label for=${ids.to}>Tot en met</label><br /><input type="date" ...${field('to')} /><${FieldError} errors=${errors} id=${ids.to} /></p>
        <p>
          <label for=${ids.role}>Rol</label><br />
          <select ...${field('role')} onChange=${field('role').onInput}>
            <option value="">Alle rollen</option>
            ${Object.entries(ROLE_NAMES).map(([role, name]) => html`<option value=${role}>${name}</option>`)}
          </select>
          <${FieldError} errors=${errors} id=${ids.role} />
        </p>
        <p>
          <label for=${ids.resource}>Gegevens</label><br />
          <select ...${field('resource')} onChange=${field('resource').onInput}>
            <option value="">Alle gegevens</option>
            ${Object.entries(AUDIT_RESOURCE_NAMES).map(([resource, name]) => html`<option value=${resource}>${name}</option>`)}
          </select>
          <${FieldError} errors=${errors} id=${ids.resource} />
        </p>
        <p>
          <label for=${ids.actor}>Gebruiker</label><br />
          <select ...${field('actor')} onChange=${field('actor').onInput}>
            <option value="">Alle gebruikers</option>
            ${[...names]
              .sort(([, a], [, b]) => a.localeCompare(b, 'nl'))
              .map(([id, name]) => html`<option value=${id}>${name}</option>`)}
          </select>
          <${FieldError} errors=${errors} id=${ids.actor} />
        </p>
        <p>
          <button type="submit" class="primary">Filteren</button>
          ${' '}<button type="button" onClick=${() => (setFilter(EMPTY_FILTER), load(EMPTY_FILTER, [null]))}>Alles tonen</button>
        </p>
      </form>
      ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
      ${!page && !error && html`<p aria-busy="true">Het auditlog wordt geladen…</p>`}
      ${
        page &&
        html`
        ${page.entries.length === 0 && html`<p>Niets gevonden met deze filters.</p>`}
        ${
          page.entries.length > 0 &&
          html`
          <div class="table-scroll">
            <table>
              <caption>Auditlog, pagina ${pageNumber} (nieuwste eerst)</caption>
              <thead>
                <tr>
                  <th scope="col">Wanneer</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Wat</th>
                  <th scope="col">Gegevens</th>
                  <th scope="col">Kandidaten</th>
                  <th scope="col">Doel</th>
                </tr>
              </thead>
              <tbody>
                ${page.entries.map(
                  (entry) => html`
                  <tr key=${entry.id}>
                    <th scope="row">${moment.format(new Date(entry.occurredAt))}</th>
                    <td>${names.get(entry.actor) ?? entry.actor} (${ROLE_NAMES[entry.role] ?? entry.role})</td>
                    <td>${AUDIT_ACTION_NAMES[entry.action] ?? entry.action}</td>
                    <td>${AUDIT_RESOURCE_NAMES[entry.resource] ?? entry.resource}</td>
                    <td>${entry.candidateIds.length}</td>
                    <td>${purposeOf(entry)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        }
        <nav aria-label="Pagina’s van het auditlog" class="pager">
          <button type="button" disabled=${pageNumber === 1} onClick=${() => load(applied, cursors.slice(0, -1))}>Vorige pagina</button>
          ${' '}<button type="button" disabled=${!page.nextBefore} onClick=${() => load(applied, [...cursors, page.nextBefore])}>Volgende pagina</button>
        </nav>`
      }
    </section>`;
}

export function AuditScreen() {
  return html`
    <${Heading}>Auditlog</${Heading}>
    <${BeheerNav} current="/beheer/audit" />
    <p>Wat uw collega’s en werkgevers met de gegevens van de kandidaten van uw organisatie deden.</p>
    <${Flags} />
    <${Log} />`;
}
