// The beheerder's "Uitgaande e-mail": without an SMTP server Werkbrug keeps every message it would
// have sent (invitations, notifications, digests) in the data folder; here they are read, newest first.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { OUTGOING_MAIL_TEXT as TEXT, problemText } from '../text.js';
import { Heading, Notice } from '../ui.js';
import { BeheerNav } from './beheer.js';

const PAGE_SIZE = 20;
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export function OutgoingMailScreen() {
  const [offset, setOffset] = useState(0);
  // One more than a page is asked for: whether it comes tells whether a next page exists.
  const [mails, setMails] = useState(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api(`/mail/outgoing?limit=${PAGE_SIZE + 1}&offset=${offset}`)
      .then((answer) => (setMails(answer), setError('')))
      .catch((e) => setError(problemText(e.problem)));
  }, [offset]);

  const shown = mails ? mails.slice(0, PAGE_SIZE) : [];
  return html`
    <${Heading}>${TEXT.title}</${Heading}>
    <${BeheerNav} current="/beheer/e-mail" />
    <p>${TEXT.intro}</p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!mails && !error && html`<p aria-busy="true">${TEXT.loading}</p>`}
    ${mails && shown.length === 0 && html`<p>${TEXT.none}</p>`}
    ${
      shown.length > 0 &&
      html`
      <ul class="cards outgoing-mail" aria-label=${TEXT.caption}>
        ${shown.map(
          (mail) => html`
          <li key=${mail.id} class="card">
            <h2>${mail.subject}</h2>
            <p>
              ${TEXT.recipient}: ${mail.recipient}<br />
              ${TEXT.sentAt}: ${moment.format(new Date(mail.sentAt))}
            </p>
            <details>
              <summary>${TEXT.show}</summary>
              <pre class="mail-text">${mail.text}</pre>
            </details>
          </li>`,
        )}
      </ul>
      <nav aria-label=${TEXT.pages} class="pager">
        <button type="button" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - PAGE_SIZE))}>${TEXT.previous}</button>
        ${' '}<button type="button" disabled=${mails.length <= PAGE_SIZE} onClick=${() => setOffset(offset + PAGE_SIZE)}>${TEXT.next}</button>
      </nav>`
    }`;
}
