// Level 4 for the jobhunter: vacancies and employers for one candidate, and logging each approach to an employer.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { asPercent, fieldProblemText, problemText } from '../text.js';

/** What this form says of its fields, more precisely than the general text for the code. */
const OWN_TEXT = {
  contactedAt: { any: 'Het moment van contact ligt in de toekomst of is geen geldige datum en tijd.' },
};
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { IllustrativeKansrijkheidNotice } from './kansrijkheid.js';

const CHANNELS = { phone: 'Telefoon', email: 'E-mail', visit: 'Bezoek', meeting: 'Overleg' };
const OUTCOMES = {
  'no-answer': 'Geen gehoor',
  'not-interested': 'Geen interesse',
  interested: 'Interesse',
  'vacancy-created': 'Vacature aangemaakt',
  'introduction-planned': 'Kennismaking gepland',
  'candidate-proposed': 'Kandidaat voorgesteld',
};

/** Names seen on the picker, for the heading of the search (jobhunters cannot read a candidate's profile). */
const knownNames = new Map();

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A datetime-local value (the browser's own time) as an ISO moment with its offset, as the API asks. */
function withOffset(local) {
  const minutes = -new Date(local).getTimezoneOffset();
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local.length === 16 ? `${local}:00` : local}${minutes >= 0 ? '+' : '-'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

function nowLocal() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

/**
 * Level 4 for anyone: the jobhunter starts from their own caseload, or finds any candidate of their
 * organisation by name or postcode (searched, never browsed: the register is the klantmanager's),
 * and also sees those met at speeddates and those with open follow-ups. Names for the roles that see
 * them, else the reference (K-1A2B-3C4D).
 */
export function CandidatePickerScreen({ session }) {
  const [candidates, setCandidates] = useState(null);
  const [caseload, setCaseload] = useState([]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(null);
  const [error, setError] = useState('');
  // Accountmanagers list no candidates; they start from speeddates and follow-ups.
  const lists = session?.role === 'jobhunter' || session?.role === 'admin';

  useEffect(() => {
    (async () => {
      const [events, followUps, own] = await Promise.all([
        apiAll('/speeddates'),
        apiAll('/follow-ups?due=open'),
        session?.role === 'jobhunter' ? apiAll('/candidates?caseload=mine') : [],
      ]);
      const details = await Promise.all(events.slice(-20).map((event) => api(`/speeddates/${event.id}`)));
      const met = new Map();
      for (const event of details.reverse()) {
        for (const c of event.candidates)
          if (!met.has(c.candidateId))
            met.set(c.candidateId, { id: c.candidateId, name: c.name ?? c.reference, where: event.title });
      }
      for (const f of followUps)
        if (!met.has(f.candidateId))
          met.set(f.candidateId, {
            id: f.candidateId,
            name: f.candidateName ?? f.candidateReference,
            where: 'opvolging',
          });
      const mine = own.map((c) => ({ id: c.id, name: c.name, where: `postcode ${c.postcode}` }));
      for (const c of [...met.values(), ...mine]) knownNames.set(c.id, c.name);
      setCaseload(mine.sort((a, b) => a.name.localeCompare(b.name, 'nl')));
      setCandidates([...met.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
    })().catch((e) => setError(problemText(e.problem)));
  }, []);

  // The organisation's candidates by name or postcode: asked after a pause in typing, latest answer only.
  useEffect(() => {
    const typed = query.trim();
    if (!lists || typed.length < 2) return setFound(null);
    let latest = true;
    const timer = setTimeout(() => {
      api(`/candidates?caseload=organisation&limit=25&search=${encodeURIComponent(typed)}`)
        .then((hits) => {
          if (!latest) return;
          for (const c of hits) knownNames.set(c.id, c.name);
          setFound(hits.map((c) => ({ id: c.id, name: c.name, where: `postcode ${c.postcode}` })));
        })
        .catch((e) => latest && setError(problemText(e.problem)));
    }, 250);
    return () => {
      latest = false;
      clearTimeout(timer);
    };
  }, [query]);

  const pickList = (items, label) => html`
    <ul class="cards pick" aria-label=${label}>
      ${items.map(
        (c) => html`
        <li class="card"><a href=${`#/werk-zoeken/${c.id}`}>${c.name}</a> <span class="meta">· ${c.where}</span></li>`,
      )}
    </ul>`;

  return html`
    <${Heading}>Werk zoeken</${Heading}>
    <p>Kies een kandidaat om passende vacatures en werkgevers te zien en uw contacten vast te leggen: ${lists ? 'uit uw caseload, een kandidaat van uw organisatie die u zoekt op naam of postcode, of' : ''} de kandidaten van speeddates en van uw opvolgingen.</p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${
      lists &&
      html`
      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Zoeken</h2>
        <label for="zoek-werkzoekende">Zoek een kandidaat op naam of postcode</label><br />
        <input id="zoek-werkzoekende" type="search" value=${query} maxLength="100" aria-describedby="zoek-hint"
          onInput=${(e) => setQuery(e.currentTarget.value)} />
        <p class="hint" id="zoek-hint">Minstens twee tekens. U vindt alle kandidaten van uw organisatie; elke zoekopdracht wordt gelogd.</p>
        <div aria-live="polite">
          ${found && found.length === 0 && html`<p>Geen kandidaat gevonden.</p>`}
          ${found && found.length > 0 && pickList(found, 'Gevonden kandidaten')}
        </div>
      </section>`
    }
    ${
      caseload.length > 0 &&
      html`<section aria-labelledby="caseload-heading"><h2 id="caseload-heading">Mijn caseload</h2>${pickList(caseload, 'Mijn caseload')}</section>`
    }
    ${!candidates && !error && html`<p aria-busy="true">Kandidaten worden geladen…</p>`}
    ${
      candidates &&
      html`<section aria-labelledby="met-heading"><h2 id="met-heading">Van speeddates en opvolgingen</h2>
        ${candidates.length === 0 ? html`<p>Er zijn nog geen kandidaten van speeddates of opvolgingen.</p>` : pickList(candidates, 'Van speeddates en opvolgingen')}
      </section>`
    }`;
}

function OutreachForm({ candidateId, target, onLogged, onCancel }) {
  const [channel, setChannel] = useState('phone');
  const [outcome, setOutcome] = useState('');
  const [contactedAt, setContactedAt] = useState(nowLocal());
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (name) => `${name}-${target.vacancyId ?? target.employerId}`;

  async function submit(event) {
    event.preventDefault();
    if (!outcome) return setError('Kies wat het contact opleverde.');
    setBusy(true);
    setError('');
    const body = { employerId: target.employerId, contactedAt: withOffset(contactedAt), channel, outcome };
    if (target.vacancyId) body.vacancyId = target.vacancyId;
    if (note.trim().length >= 2) body.note = note.trim();
    try {
      onLogged(await api(`/candidates/${candidateId}/outreach`, { method: 'POST', body }));
    } catch (e) {
      const [param] = e.problem?.invalidParams ?? [];
      setError(param ? fieldProblemText(param, OWN_TEXT) : problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="outreach-form" onSubmit=${submit} novalidate>
      <label for=${id('channel')}>Hoe</label>
      <select id=${id('channel')} value=${channel} onChange=${(e) => setChannel(e.currentTarget.value)}>
        ${Object.entries(CHANNELS).map(([code, text]) => html`<option value=${code}>${text}</option>`)}
      </select>
      <label for=${id('outcome')}>Wat leverde het op</label>
      <select id=${id('outcome')} value=${outcome} onChange=${(e) => setOutcome(e.currentTarget.value)}>
        <option value="">Kies…</option>
        ${Object.entries(OUTCOMES).map(([code, text]) => html`<option value=${code}>${text}</option>`)}
      </select>
      <label for=${id('at')}>Wanneer</label>
      <input id=${id('at')} type="datetime-local" value=${contactedAt} max=${nowLocal()} onInput=${(e) => setContactedAt(e.currentTarget.value)} />
      <label for=${id('note')}>Notitie (mag leeg)</label>
      <input id=${id('note')} value=${note} maxLength="1000" onInput=${(e) => setNote(e.currentTarget.value)} />
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Contact vastleggen</button>
        <button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>
      </div>
    </form>`;
}

function Target({ candidateId, target, children, onLogged }) {
  const [open, setOpen] = useState(false);
  return html`
    <li class="card" aria-labelledby=${`t-${target.vacancyId ?? target.employerId}`}>
      ${children}
      ${
        open
          ? html`<${OutreachForm} candidateId=${candidateId} target=${target} onCancel=${() => setOpen(false)} onLogged=${(
              logged,
            ) => {
              setOpen(false);
              onLogged(logged);
            }} />`
          : html`<div class="actions"><button type="button" onClick=${() => setOpen(true)}>Contact vastleggen</button></div>`
      }
    </li>`;
}

export function JobSearchScreen({ params: [candidateId], session }) {
  const [result, setResult] = useState(null);
  const [employers, setEmployers] = useState(new Map());
  const [outreach, setOutreach] = useState([]);
  const [message, say, setMessage] = useMessage();

  useEffect(() => {
    Promise.all([
      api(`/candidates/${candidateId}/vacancies`),
      apiAll('/employers'),
      apiAll(`/candidates/${candidateId}/outreach`),
    ])
      .then(([found, employerList, earlier]) => {
        setEmployers(new Map(employerList.map((e) => [e.id, e.name])));
        setOutreach(earlier);
        setResult(found);
      })
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem), code: e.problem?.code }));
  }, [candidateId]);

  function logged(contact) {
    setOutreach((current) => [contact, ...current]);
    say('success', `Contact met ${contact.employerName} vastgelegd: ${OUTCOMES[contact.outcome].toLowerCase()}.`);
  }

  const name = knownNames.get(candidateId);
  const title = name ? `Werk zoeken voor ${name}` : 'Werk zoeken voor deze kandidaat';
  const earlier = [...outreach].sort((a, b) => new Date(b.contactedAt) - new Date(a.contactedAt));
  return html`
    <p class="crumbs"><a href="#/werk-zoeken">← Kandidaten</a></p>
    <${Heading}>${title}</${Heading}>
    <${MessageNotice} message=${message} />
    ${
      // An administrator may complete the profile or the availability: not a dead end for them.
      message?.kind === 'error' &&
      message.code?.startsWith('job-search.') &&
      session?.role === 'admin' &&
      html`<p><a href=${`#/kandidaten/${candidateId}`}>Open het dossier om het profiel of de beschikbaarheid aan te vullen</a></p>`
    }
    ${!result && !message && html`<p aria-busy="true">Vacatures worden gezocht…</p>`}
    <${IllustrativeKansrijkheidNotice} illustrative=${result?.kansrijkheidIllustrative} />
    ${
      result &&
      html`
      <section aria-labelledby="found-heading">
        <h2 id="found-heading">${result.vacancies.length} passende vacatures</h2>
        <ol class="cards">
          ${result.vacancies.map(
            (v) => html`
            <${Target} key=${v.vacancyId} candidateId=${candidateId} target=${{ employerId: v.employerId, vacancyId: v.vacancyId }} onLogged=${logged}>
              <h3 id=${`t-${v.vacancyId}`}>${v.title}</h3>
              <p class="meta">${employers.get(v.employerId) ?? ''} · postcode ${v.postcode} · match ${asPercent(v.score)}</p>
              <ul class="reasons">${v.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
              <p class=${v.belastbaarheid.fitsDemands ? 'fit ok' : 'fit warn'}>
                <strong>Belastbaarheid:</strong> ${v.belastbaarheid.fitsDemands ? 'kan de belasting van dit werk aan' : 'past niet bij wat dit werk vraagt'}
                ${v.belastbaarheid.toDiscuss.length > 0 && html` · te bespreken: ${v.belastbaarheid.toDiscuss.join('; ')}`}
              </p>
            </${Target}>`,
          )}
        </ol>
      </section>
      <section aria-labelledby="approach-heading">
        <h2 id="approach-heading">Werkgevers zonder open vacature om te benaderen</h2>
        ${result.employersWithoutVacancy.length === 0 && html`<p>Geen werkgevers binnen reisafstand in een passende of kansrijke sector.</p>`}
        <ul class="cards">
          ${result.employersWithoutVacancy.map(
            (e) => html`
            <${Target} key=${e.employerId} candidateId=${candidateId} target=${{ employerId: e.employerId }} onLogged=${logged}>
              <h3 id=${`t-${e.employerId}`}>${e.name}</h3>
              <p class="meta">${Math.round(e.distanceKm)} km · ${e.why}</p>
            </${Target}>`,
          )}
        </ul>
      </section>`
    }
    <section aria-labelledby="outreach-heading">
      <h2 id="outreach-heading">Eerdere contacten</h2>
      ${
        earlier.length === 0
          ? html`<p>Nog geen contacten vastgelegd voor deze kandidaat.</p>`
          : html`
          <ul class="cards">
            ${earlier.map(
              (c) => html`
              <li class="card">
                <strong>${c.employerName}</strong>${c.vacancyTitle ? ` · ${c.vacancyTitle}` : ''}
                <p class="meta">${dateTime.format(new Date(c.contactedAt))} · ${CHANNELS[c.channel]} · ${OUTCOMES[c.outcome]}</p>
                ${c.note && html`<p>${c.note}</p>`}
              </li>`,
            )}
          </ul>`
      }
    </section>`;
}
