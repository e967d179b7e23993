// The signed-in user's notifications ("Meldingen"): a sentence per notification, each linking to
// where it is acted on and marked read when opened; and per kind how it is mailed ("Voorkeuren").
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { FieldError, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import {
  NOTIFICATION_DELIVERY_NAMES,
  NOTIFICATION_KIND_NAMES,
  notificationText,
  problemText,
  unreadLabel,
} from '../text.js';
import { Heading, MessageNotice, useMessage } from '../ui.js';

/** Tells the header that the unread count changed, so it asks again. */
export const NOTIFICATIONS_CHANGED = 'werkbrug:notifications-changed';
const changed = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));

const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** The header's link to the notifications, with the unread count in its accessible name. */
export function NotificationsLink({ path }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () =>
      api('/notifications/unread-count')
        .then((answer) => live && setUnread(answer.unread))
        .catch(() => {});
    load();
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [path]);
  return html`<a class="notifications-link" href="#/meldingen" aria-label=${unreadLabel(unread)}
    aria-current=${path === '/meldingen' ? 'page' : undefined}>Meldingen${
      unread ? html` <span class="count" aria-hidden="true">${unread}</span>` : ''
    }</a>`;
}

export function NotificationsScreen() {
  const [items, setItems] = useState(null);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [message, say, setMessage] = useMessage();

  const load = () =>
    api(`/notifications?limit=100${onlyUnread ? '&unread=true' : ''}`)
      .then(setItems)
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  useEffect(() => {
    load();
  }, [onlyUnread]);

  async function open(event, notification) {
    event.preventDefault();
    if (!notification.read)
      await api(`/notifications/${notification.id}/read`, { method: 'PUT', body: {} }).catch(() => {});
    changed();
    location.hash = notification.link;
  }

  async function readAll() {
    try {
      const { marked } = await api('/notifications/read-all', { method: 'POST', body: {} });
      changed();
      await load();
      say(
        'success',
        marked === 1 ? 'Eén melding als gelezen gemarkeerd.' : `${marked} meldingen als gelezen gemarkeerd.`,
      );
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  return html`
    <${Heading}>Meldingen</${Heading}>
    <p><a href="#/meldingen/voorkeuren">Voorkeuren voor e-mail</a></p>
    <${MessageNotice} message=${message} />
    <div class="actions">
      <label class="choice"><input type="checkbox" checked=${onlyUnread}
        onChange=${(event) => setOnlyUnread(event.currentTarget.checked)} /> Alleen ongelezen</label>
      <button type="button" onClick=${readAll} disabled=${!items?.some((n) => !n.read)}>Alles gelezen</button>
    </div>
    ${
      items === null
        ? html`<p>Laden…</p>`
        : items.length === 0
          ? html`<p>${onlyUnread ? 'Geen ongelezen meldingen.' : 'U heeft nog geen meldingen.'}</p>`
          : html`<ul class="notifications">
              ${items.map(
                (n) => html`
                <li class=${n.read ? 'read' : 'unread'}>
                  <a href=${n.link} onClick=${(event) => open(event, n)}>${notificationText(n)}</a>
                  <span class="meta">${n.read ? '' : html`<strong>Nieuw</strong> · `}${moment.format(new Date(n.createdAt))}</span>
                </li>`,
              )}
            </ul>`
    }`;
}

export function NotificationPreferencesScreen() {
  const [preferences, setPreferences] = useState(null);
  const [choices, setChoices] = useState({});
  const [busy, setBusy] = useState(false);
  const [message, say, setMessage] = useMessage();
  // The API names an item by its place in what was sent (the kinds in the order shown): its kind's
  // first radio button carries the error.
  const fieldErrors = useFieldErrors((name) => {
    const index = /^preferences\[(\d+)\]/.exec(name)?.[1];
    const kind = index === undefined ? undefined : preferences?.[Number(index)]?.kind;
    return kind ? `voorkeur-${kind}-direct` : undefined;
  });
  const { errors } = fieldErrors;

  const show = (answer) => {
    setPreferences(answer.preferences);
    setChoices(Object.fromEntries(answer.preferences.map((p) => [p.kind, p.delivery])));
  };
  useEffect(() => {
    api('/notifications/preferences')
      .then(show)
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  async function submit(event) {
    event.preventDefault();
    const body = preferences.map((p) => ({ kind: p.kind, delivery: choices[p.kind] }));
    setBusy(true);
    try {
      show(await api('/notifications/preferences', { method: 'PUT', body: { preferences: body } }));
      fieldErrors.show(null);
      say('success', 'Voorkeuren opgeslagen.');
    } catch (e) {
      if (!fieldErrors.show(e.problem)) say('error', problemText(e.problem));
      else setMessage(null);
    } finally {
      setBusy(false);
    }
  }

  return html`
    <${Heading}>Voorkeuren voor meldingen</${Heading}>
    <p>Kies per soort melding of u een e-mail krijgt: direct, in één overzicht per dag, of niet.
      In Werkbrug ziet u elke melding onder <a href="#/meldingen">Meldingen</a>. Een keuze geldt voor nieuwe meldingen.</p>
    <${MessageNotice} message=${message} />
    ${
      preferences === null
        ? html`<p>Laden…</p>`
        : preferences.length === 0
          ? html`<p>In uw rol krijgt u geen meldingen.</p>`
          : html`<form onSubmit=${submit} novalidate>
              ${preferences.map(
                (p) => html`
                <fieldset aria-describedby=${errors.has(`voorkeur-${p.kind}-direct`) ? `voorkeur-${p.kind}-direct-error` : undefined}>
                  <legend>${NOTIFICATION_KIND_NAMES[p.kind] ?? p.kind}</legend>
                  ${Object.entries(NOTIFICATION_DELIVERY_NAMES).map(
                    ([delivery, name]) => html`
                    <label class="choice"><input type="radio" name=${`voorkeur-${p.kind}`} id=${`voorkeur-${p.kind}-${delivery}`}
                      value=${delivery} checked=${choices[p.kind] === delivery}
                      aria-invalid=${errors.has(`voorkeur-${p.kind}-direct`) ? 'true' : undefined}
                      onChange=${() => setChoices({ ...choices, [p.kind]: delivery })} /> ${name}</label>`,
                  )}
                  ${p.isDefault && html`<p class="hint">Nu de standaard voor uw rol.</p>`}
                  <${FieldError} errors=${errors} id=${`voorkeur-${p.kind}-direct`} />
                </fieldset>`,
              )}
              <div class="actions"><button type="submit" disabled=${busy}>Voorkeuren opslaan</button></div>
            </form>`
    }`;
}
