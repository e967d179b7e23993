// The klantmanager's candidates: their own caseload first, the organisation's on request, and a
// colleague's candidate only with a stated reason (kept in the audit log).
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { problemText } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';

const AVAILABILITY = {
  available: 'Beschikbaar',
  'temporarily-unavailable': 'Tijdelijk niet beschikbaar',
  placed: 'Geplaatst',
  left: 'Uitgestroomd',
};
const VIEWS = { mine: 'Mijn caseload', organisation: 'Hele organisatie' };

/** The candidates a caseload counts: not gone (as the API counts them against the ceiling). */
const held = (candidates) => candidates.filter((c) => c.availability !== 'left').length;

function CandidateDetail({ candidate, onClose }) {
  return html`
    <section class="card" aria-labelledby="dossier">
      <h2 id="dossier">${candidate.name}</h2>
      <dl>
        <dt>E-mail</dt><dd>${candidate.email ?? 'onbekend'}</dd>
        <dt>Telefoon</dt><dd>${candidate.phone ?? 'onbekend'}</dd>
        <dt>Postcode</dt><dd>${candidate.postcode}</dd>
        <dt>Beschikbaarheid</dt><dd>${AVAILABILITY[candidate.availability]}</dd>
      </dl>
      <button type="button" onClick=${onClose}>Sluiten</button>
    </section>`;
}

/** Asks why the klantmanager opens a candidate outside their caseload; the reason goes with the request. */
function ReasonForm({ candidate, busy, onOpen, onCancel }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = (event) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setError('Geef in een paar woorden op waarom u dit dossier opent.');
    onOpen(reason.trim());
  };
  return html`
    <form class="card" onSubmit=${submit} aria-labelledby="reden-titel">
      <h2 id="reden-titel">${candidate.name}: niet in uw caseload</h2>
      <p>Deze kandidaat staat in de caseload van een collega of van niemand. Waarom opent u het dossier? Uw reden wordt vastgelegd.</p>
      <label for="reden">Reden</label>
      <input id="reden" value=${reason} maxlength="200" aria-invalid=${error ? 'true' : undefined}
        aria-describedby=${error ? 'reden-fout' : undefined} onInput=${(e) => setReason(e.target.value)} />
      ${error && html`<p id="reden-fout" class="field-error">${error}</p>`}
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Dossier openen</button>
        <button type="button" onClick=${onCancel}>Annuleren</button>
      </div>
    </form>`;
}

export function CaseloadScreen() {
  const [view, setView] = useState('mine');
  const [mine, setMine] = useState(null);
  const [shown, setShown] = useState(null);
  const [ceiling, setCeiling] = useState(null);
  const [asking, setAsking] = useState(null);
  const [open, setOpen] = useState(null);
  const [busy, setBusy] = useState(false);
  const [message, say, setMessage] = useMessage();

  useEffect(() => {
    Promise.all([apiAll('/candidates?caseload=mine'), api('/caseloads')])
      .then(([own, caseloads]) => {
        setMine(own);
        setCeiling(caseloads.ceiling);
      })
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  useEffect(() => {
    setShown(null);
    if (view === 'mine') return setShown(mine);
    apiAll('/candidates?caseload=organisation')
      .then(setShown)
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [view, mine]);

  const ownIds = new Set((mine ?? []).map((c) => c.id));

  async function openCandidate(candidate, reason) {
    setBusy(true);
    try {
      const headers = reason ? { 'X-Purpose': reason } : {};
      setOpen(await api(`/candidates/${candidate.id}`, { headers }));
      setAsking(null);
    } catch (e) {
      say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const choose = (candidate) => (ownIds.has(candidate.id) ? openCandidate(candidate) : setAsking(candidate));

  return html`
    <${Heading}>Kandidaten</${Heading}>
    ${
      mine &&
      ceiling !== null &&
      html`<p class="caseload-count"><strong>${held(mine)} van ${ceiling}</strong> kandidaten in uw caseload</p>`
    }
    <div class="actions" role="group" aria-label="Welke kandidaten">
      ${Object.entries(VIEWS).map(
        ([key, label]) => html`
        <button type="button" aria-pressed=${view === key ? 'true' : 'false'} class=${view === key ? 'primary' : ''}
          onClick=${() => setView(key)}>${label}</button>`,
      )}
    </div>
    <${MessageNotice} message=${message} />
    ${asking && html`<${ReasonForm} candidate=${asking} busy=${busy} onOpen=${(reason) => openCandidate(asking, reason)} onCancel=${() => setAsking(null)} />`}
    ${open && html`<${CandidateDetail} candidate=${open} onClose=${() => setOpen(null)} />`}
    ${!shown && !message && html`<p aria-busy="true">Kandidaten worden geladen…</p>`}
    ${shown && shown.length === 0 && html`<${Notice}>${view === 'mine' ? 'Er staan nog geen kandidaten in uw caseload.' : 'Uw organisatie heeft nog geen kandidaten.'}</${Notice}>`}
    ${
      shown &&
      shown.length > 0 &&
      html`
      <ul class="cards pick" aria-label=${VIEWS[view]}>
        ${shown.map(
          (c) => html`
          <li class="card">
            <button type="button" class="link" onClick=${() => choose(c)}>${c.name || 'Geanonimiseerd'}</button>
            <span class="meta"> · ${c.postcode} · ${AVAILABILITY[c.availability]}${ownIds.has(c.id) ? '' : c.klantmanagerId ? ' · caseload van een collega' : ' · nog zonder klantmanager'}</span>
          </li>`,
        )}
      </ul>`
    }`;
}
