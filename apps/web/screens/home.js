// The start screen after signing in, and the answer to an address the role has no screen for.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { ROLE_NAMES } from '../text.js';
import { Heading } from '../ui.js';

const STAFF = ['accountmanager', 'jobhunter', 'klantmanager', 'admin'];

const countText = ({ open, overdue }) =>
  open === 0 ? 'niets open' : `${open} open${overdue ? `, waarvan ${overdue} te laat` : ''}`;

export function HomeScreen({ session, links }) {
  const [counts, setCounts] = useState(null);
  useEffect(() => {
    if (!STAFF.includes(session.role)) return;
    // The counts are a pointer, not the work: without them the screen still leads everywhere.
    api('/worklist/counts')
      .then(setCounts)
      .catch(() => setCounts(null));
  }, [session.role]);
  return html`
    <${Heading}>Welkom, ${ROLE_NAMES[session.role].toLowerCase()}</${Heading}>
    ${
      counts &&
      html`<section class="card worklist-counts" aria-labelledby="werkvoorraad-kop">
        <h2 id="werkvoorraad-kop"><a href="#/werkvoorraad">Werkvoorraad</a></h2>
        <p>Mijn werk: ${countText(counts.mine)}</p>
        <p>Team: ${countText(counts.team)}</p>
      </section>`
    }
    <p>Waar wilt u naartoe?</p>
    <ul class="cards pick">${links.map(([href, label]) => html`<li class="card"><a href=${`#${href}`}>${label}</a></li>`)}</ul>
    <p class="hint">Voor koppelingen met andere systemen: de <a href="/api/v1/docs/">API-documentatie</a>.</p>`;
}
