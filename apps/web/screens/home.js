// For roles whose screens are still to come.
import { html } from '../html.js';
import { ROLE_NAMES } from '../text.js';
import { Heading, Notice } from '../ui.js';

export function HomeScreen({ session }) {
  return html`
    <${Heading}>Welkom, ${ROLE_NAMES[session.role].toLowerCase()}</${Heading}>
    <${Notice}>De schermen voor uw rol komen nog. Tot die tijd kunt u de API gebruiken: <a href="/api/v1/docs/">API-documentatie</a>.</${Notice}>`;
}
