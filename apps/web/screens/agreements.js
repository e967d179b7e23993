// Agreements with employers (level 5): placements against the target, and which fall behind.
import { useEffect, useState } from 'preact/hooks';
import { apiAll } from '../api.js';
import { html } from '../html.js';
import { asDate, asPercent, problemText } from '../text.js';
import { Bar, Heading, Notice } from '../ui.js';

function Agreement({ agreement }) {
  const { placed, target, expectedByNow, behind } = agreement.progress;
  return html`
    <li class="card agreement ${behind ? 'behind' : ''}">
      <h2>${agreement.name}</h2>
      <p class="meta">${asDate(agreement.startsOn)} – ${asDate(agreement.endsOn)}${agreement.uwvPartner ? ' · met UWV' : ''}</p>
      <p class="progress-line">
        <${Bar} value=${target ? placed / target : 0} tone=${behind ? 'warn' : 'ok'} label=${`${placed} van ${target} plaatsingen`} />
        <span class="number">${placed} van ${target} plaatsingen (${asPercent(target ? placed / target : 0)})</span>
      </p>
      <p>${
        behind
          ? html`<strong class="behind-label">Loopt achter:</strong> naar rato hadden er nu ${expectedByNow.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} moeten zijn.`
          : html`Op schema (naar rato nu ${expectedByNow.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}).`
      }</p>
    </li>`;
}

export function AgreementsScreen() {
  const [agreements, setAgreements] = useState(null);
  const [behind, setBehind] = useState([]);
  const [error, setError] = useState('');

  useEffect(() => {
    Promise.all([apiAll('/agreements'), apiAll('/agreements/behind')])
      .then(([all, late]) => {
        setAgreements(all);
        setBehind(late);
      })
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  return html`
    <${Heading}>Akkoorden met werkgevers</${Heading}>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!agreements && !error && html`<p aria-busy="true">Akkoorden worden geladen…</p>`}
    ${
      agreements &&
      html`
      <section aria-labelledby="behind-heading">
        <h2 id="behind-heading">Lopen achter (${behind.length})</h2>
        ${behind.length === 0 ? html`<p>Alle akkoorden liggen op schema.</p>` : html`<ul class="cards">${behind.map((a) => html`<${Agreement} key=${a.id} agreement=${a} />`)}</ul>`}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">Alle akkoorden (${agreements.length})</h2>
        <ul class="cards">${agreements.map((a) => html`<${Agreement} key=${a.id} agreement=${a} />`)}</ul>
      </section>`
    }`;
}
