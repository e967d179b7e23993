// The klantmanager's candidates: their own caseload first, the organisation's on request, and a
// colleague's candidate only with a stated reason (kept in the audit log). Search and filters work on
// the list already loaded; consents are asked for only when that filter is used (each is an audited read).
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { AVAILABILITY_FRESHNESS, AVAILABILITY_NAMES, MISSING_FOR_MATCHING, problemText } from '../text.js';
import { Heading, MessageNotice, navigate, Notice, takeNotice, useMessage } from '../ui.js';
import { ReasonForm, rememberPurpose } from './candidate-profile.js';

const VIEWS = { mine: 'Mijn caseload', organisation: 'Hele organisatie' };

/** The candidates a caseload counts: not gone (as the API counts them against the ceiling). */
/** Available, but not confirmed for a while: flagged, or no longer matched (the API's availabilityFreshness). */
const unconfirmed = (c) => c.availability === 'available' && ['flagged', 'expired'].includes(c.availabilityFreshness);

const held = (candidates) => candidates.filter((c) => c.availability !== 'left').length;

const missingText = (missing) => missing.map((field) => MISSING_FOR_MATCHING[field] ?? field).join(', ');

function Filters({ filters, setFilters, query, setQuery, consentsAllowed }) {
  const toggle = (key) => (event) => setFilters({ ...filters, [key]: event.currentTarget.checked });
  return html`
    <div class="report-filters caseload-filters">
      <div>
        <label for="zoek-kandidaat">Zoek op naam of postcode</label>
        <input id="zoek-kandidaat" type="search" value=${query} maxLength="100" onInput=${(e) => setQuery(e.currentTarget.value)} />
      </div>
      <fieldset class="inline">
        <legend>Alleen kandidaten</legend>
        <label class="choice"><input type="checkbox" checked=${filters.incomplete} onChange=${toggle('incomplete')} /> met een onvolledig profiel</label>
        <label class="choice"><input type="checkbox" checked=${filters.noConsent} disabled=${!consentsAllowed} aria-describedby=${consentsAllowed ? undefined : 'toestemming-alleen-eigen'} onChange=${toggle('noConsent')} /> nog zonder toestemming</label>
        <label class="choice"><input type="checkbox" checked=${filters.unavailable} onChange=${toggle('unavailable')} /> die niet beschikbaar zijn</label>
        <label class="choice"><input type="checkbox" checked=${filters.unconfirmed} onChange=${toggle('unconfirmed')} /> van wie de beschikbaarheid bevestigd moet worden</label>
        <label class="choice"><input type="checkbox" checked=${filters.onNoList} onChange=${toggle('onNoList')} /> die op geen enkele shortlist staan</label>
        ${!consentsAllowed && html`<p class="hint" id="toestemming-alleen-eigen">Toestemming ziet u alleen van uw eigen caseload.</p>`}
      </fieldset>
    </div>`;
}

export function CaseloadScreen() {
  const [view, setView] = useState('mine');
  const [mine, setMine] = useState(null);
  const [shown, setShown] = useState(null);
  const [ceiling, setCeiling] = useState(null);
  const [asking, setAsking] = useState(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState({
    incomplete: false,
    noConsent: false,
    unavailable: false,
    unconfirmed: false,
    onNoList: false,
  });
  // Candidate id → whether an active consent to show the profile exists; asked once, for one's own caseload.
  const [consented, setConsented] = useState(null);
  const [message, , setMessage] = useMessage();
  const [notice] = useState(takeNotice);

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

  useEffect(() => {
    if (!filters.noConsent || consented || !mine) return;
    Promise.all(
      mine.map(async (c) => {
        const consents = await apiAll(`/candidates/${c.id}/consents`);
        return [c.id, consents.some((k) => k.active && k.kind === 'show-anonymised-profile')];
      }),
    )
      .then((pairs) => setConsented(new Map(pairs)))
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [filters.noConsent, mine]);

  const ownIds = new Set((mine ?? []).map((c) => c.id));
  const typed = query.trim().toLowerCase();
  const noConsentActive = filters.noConsent && view === 'mine';
  const listed = (shown ?? []).filter(
    (c) =>
      (!typed || c.name.toLowerCase().includes(typed) || c.postcode.startsWith(typed)) &&
      (!filters.incomplete || c.missingForMatching.length > 0) &&
      (!filters.unavailable || c.availability !== 'available') &&
      (!filters.unconfirmed || unconfirmed(c)) &&
      (!filters.onNoList || c.onShortlists === 0) &&
      (!noConsentActive || consented?.get(c.id) === false),
  );
  const filtering =
    typed || filters.incomplete || filters.unavailable || filters.unconfirmed || filters.onNoList || noConsentActive;

  return html`
    <${Heading}>Kandidaten</${Heading}>
    ${notice && html`<${Notice} kind="success">${notice}</${Notice}>`}
    <p><a href="#/kandidaten/import">Kandidaten importeren</a> uit het systeem van uw gemeente (CSV of JSON)</p>
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
    <${Filters} filters=${filters} setFilters=${setFilters} query=${query} setQuery=${setQuery} consentsAllowed=${view === 'mine'} />
    <${MessageNotice} message=${message} />
    ${
      asking &&
      html`<${ReasonForm} candidate=${asking} busy=${false} onCancel=${() => setAsking(null)}
        onOpen=${(reason) => {
          rememberPurpose(asking.id, reason);
          navigate(`/kandidaten/${asking.id}`);
        }} />`
    }
    ${!shown && !message && html`<p aria-busy="true">Kandidaten worden geladen…</p>`}
    ${noConsentActive && !consented && shown && html`<p aria-busy="true">Toestemmingen worden opgehaald…</p>`}
    ${shown && shown.length === 0 && html`<${Notice}>${view === 'mine' ? 'Er staan nog geen kandidaten in uw caseload.' : 'Uw organisatie heeft nog geen kandidaten.'}</${Notice}>`}
    ${shown && shown.length > 0 && filtering && html`<p role="status">${listed.length} van ${shown.length} kandidaten</p>`}
    ${
      shown &&
      shown.length > 0 &&
      html`
      <ul class="cards pick" aria-label=${VIEWS[view]}>
        ${listed.map(
          (c) => html`
          <li class="card" key=${c.id}>
            ${
              ownIds.has(c.id)
                ? html`<a href=${`#/kandidaten/${c.id}`}>${c.name || 'Geanonimiseerd'}</a>`
                : html`<button type="button" class="link" onClick=${() => setAsking(c)}>${c.name || 'Geanonimiseerd'}</button>`
            }
            <span class="meta"> · ${c.postcode} · ${AVAILABILITY_NAMES[c.availability]}${ownIds.has(c.id) ? '' : c.klantmanagerId ? ' · caseload van een collega' : ' · nog zonder klantmanager'}</span>
            ${unconfirmed(c) && html`<p class="fit warn">${AVAILABILITY_FRESHNESS[c.availabilityFreshness]}</p>`}
            ${
              c.availability === 'available' &&
              c.missingForMatching.length === 0 &&
              html`<p class="meta">${c.onShortlists === 0 ? 'Op geen enkele shortlist' : `Op ${c.onShortlists} ${c.onShortlists === 1 ? 'shortlist' : 'shortlists'}`}</p>`
            }
            ${c.missingForMatching.length > 0 && html`<p class="fit warn">Profiel niet compleet, ontbreekt: ${missingText(c.missingForMatching)}</p>`}
            ${noConsentActive && consented?.get(c.id) === false && html`<p class="fit warn">Nog geen toestemming om het profiel aan werkgevers te tonen</p>`}
          </li>`,
        )}
      </ul>`
    }`;
}
