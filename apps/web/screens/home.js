// The start screen after signing in, and the answer to an address the role has no screen for.
import { html } from '../html.js';
import { ROLE_NAMES } from '../text.js';
import { Heading } from '../ui.js';

export function HomeScreen({ session, links }) {
  return html`
    <${Heading}>Welkom, ${ROLE_NAMES[session.role].toLowerCase()}</${Heading}>
    <p>Waar wilt u naartoe?</p>
    <ul class="cards pick">${links.map(([href, label]) => html`<li class="card"><a href=${`#${href}`}>${label}</a></li>`)}</ul>
    <p class="hint">Voor koppelingen met andere systemen: de <a href="/api/v1/docs/">API-documentatie</a>.</p>`;
}
