// The administrator's own part, "Beheer": a page that leads to each of its screens, and the menu
// those screens share so the beheerder moves between them without going back.
import { html } from '../html.js';
import { OUTGOING_MAIL_TEXT } from '../text.js';
import { Heading } from '../ui.js';

export const BEHEER_SCREENS = [
  ['/gebruikers', 'Gebruikers', 'Collega’s uitnodigen, hun rollen wijzigen en toegang intrekken.'],
  [
    '/beheer/kansrijkheid',
    'Kansrijkheid',
    'De spanning op de arbeidsmarkt per regio en sector, waarmee de matching kansrijke richtingen zoekt.',
  ],
  [
    '/beheer/audit',
    'Auditlog',
    'Wie welke gegevens van kandidaten bekeek of wijzigde, en werkgevers die opvallend veel profielen bekijken.',
  ],
  [
    '/beheer/wachtrijen',
    'Wachtrijen',
    'De taken op de achtergrond (matching, webhooks) en mislukte taken opnieuw starten.',
  ],
  ['/beheer/e-mail', OUTGOING_MAIL_TEXT.title, OUTGOING_MAIL_TEXT.menu],
  ['/partners', 'Partners', 'Systemen van buiten die vacatures aanleveren of de vacaturefeed lezen.'],
];

/** The beheer screens' own menu; `current` is the path of the screen it is on. */
export const BeheerNav = ({ current }) => html`
  <nav aria-label="Beheer" class="beheer-nav">
    <ul>
      ${BEHEER_SCREENS.map(
        ([href, label]) =>
          html`<li><a href=${`#${href}`} aria-current=${href === current ? 'page' : undefined}>${label}</a></li>`,
      )}
    </ul>
  </nav>`;

export function BeheerScreen() {
  return html`
    <${Heading}>Beheer</${Heading}>
    <p>Wat u als beheerder voor uw organisatie regelt.</p>
    <ul class="cards">
      ${BEHEER_SCREENS.map(
        ([href, label, what]) => html`
        <li class="card">
          <h2><a href=${`#${href}`}>${label}</a></h2>
          <p>${what}</p>
        </li>`,
      )}
    </ul>`;
}
