// The WSP administrator's "Partners": partner organisations, their API keys (shown once, revocable),
// webhook subscriptions and the deliveries that failed, to send again.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, DELIVERY_STATUSES, PARTNER_KINDS, PARTNER_SCOPES, problemText, WEBHOOK_EVENTS } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { BeheerNav } from './beheer.js';

/** A text input with its label and the error beside it. */
function Field({ id, label, value, onInput, errors, type = 'text', hint }) {
  return html`
    <p>
      <label for=${id}>${label}</label><br />
      ${hint && html`<span class="hint" id=${`${id}-hint`}>${hint}</span><br />`}
      <input id=${id} type=${type} autocomplete="off" value=${value} onInput=${(e) => onInput(e.currentTarget.value)}
        ...${invalidAttributes(errors, id, hint ? `${id}-hint` : undefined)} />
      <${FieldError} errors=${errors} id=${id} />
    </p>`;
}

/** Checkboxes for a list of codes with their Dutch names. */
function Choices({ id, legend, names, chosen, onChange, errors }) {
  const toggle = (code, on) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return html`
    <fieldset id=${id} tabindex="-1" ...${invalidAttributes(errors, id)}>
      <legend>${legend}</legend>
      ${Object.entries(names).map(
        ([code, name]) => html`
        <label class="choice">
          <input type="checkbox" checked=${chosen.includes(code)} onChange=${(e) => toggle(code, e.currentTarget.checked)} />
          ${name}
        </label>`,
      )}
      <${FieldError} errors=${errors} id=${id} />
    </fieldset>`;
}

/** A secret shown this once, selectable, with a copy button. */
function ShownOnce({ id, label, value }) {
  const [copied, setCopied] = useState(false);
  const copy = () => navigator.clipboard?.writeText(value).then(() => setCopied(true));
  return html`
    <div class="shown-once" role="group" aria-labelledby=${`${id}-label`}>
      <p id=${`${id}-label`}><strong>${label}</strong></p>
      <p>Kopieer het nu en bewaar het veilig: Werkbrug bewaart het niet en toont het hierna nooit meer.</p>
      <p>
        <label for=${id} class="visually-hidden">${label}</label>
        <input id=${id} readonly value=${value} size="60" onFocus=${(e) => e.currentTarget.select()} />
        <button type="button" onClick=${copy}>Kopiëren</button>
        <span aria-live="polite">${copied ? ' Gekopieerd.' : ''}</span>
      </p>
    </div>`;
}

function PartnerForm({ onCreated, say }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('job-site');
  const [contactEmail, setContactEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { name: 'partner-name', kind: 'partner-kind', contactEmail: 'partner-email' };
  const { errors, show, clear } = useFieldErrors((field) => ids[field]);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const partner = await api('/partners', { method: 'POST', body: { name, kind, contactEmail } });
      setName('');
      setContactEmail('');
      show(null);
      onCreated(partner);
      say('ok', `${partner.name} is toegevoegd als partner.`);
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section aria-labelledby="partner-new-heading">
      <h2 id="partner-new-heading">Partner toevoegen</h2>
      <form onSubmit=${submit} noValidate>
        <${Field} id="partner-name" label="Naam" value=${name} errors=${errors} onInput=${(v) => (setName(v), clear('partner-name'))} />
        <p>
          <label for="partner-kind">Soort</label><br />
          <select id="partner-kind" value=${kind} onChange=${(e) => (setKind(e.currentTarget.value), clear('partner-kind'))} ...${invalidAttributes(errors, 'partner-kind')}>
            ${Object.entries(PARTNER_KINDS).map(([code, label]) => html`<option value=${code}>${label}</option>`)}
          </select>
          <${FieldError} errors=${errors} id="partner-kind" />
        </p>
        <${Field} id="partner-email" type="email" label="E-mailadres voor de koppeling" value=${contactEmail} errors=${errors}
          onInput=${(v) => (setContactEmail(v), clear('partner-email'))} />
        <button type="submit" disabled=${busy}>Partner toevoegen</button>
      </form>
    </section>`;
}

function ApiKeys({ partner, say }) {
  const [keys, setKeys] = useState(null);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState(['vacancy-feed:read']);
  const [limit, setLimit] = useState('120');
  const [created, setCreated] = useState(null);
  const [busy, setBusy] = useState(false);
  const prefix = `key-${partner.id}`;
  const ids = { name: `${prefix}-name`, scopes: `${prefix}-scopes`, rateLimitPerMinute: `${prefix}-limit` };
  const { errors, show, clear } = useFieldErrors((field) => ids[field.replace(/\[\d+\]$/, '')]);
  const load = () => apiAll(`/partners/${partner.id}/api-keys`).then(setKeys);
  useEffect(() => {
    load().catch((e) => say('error', problemText(e.problem)));
  }, []);

  async function create(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const rateLimitPerMinute = /^\d+$/.test(limit.trim()) ? Number(limit) : limit;
      const key = await api(`/partners/${partner.id}/api-keys`, {
        method: 'POST',
        body: { name, scopes, rateLimitPerMinute },
      });
      setCreated(key);
      setName('');
      show(null);
      await load();
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(key) {
    try {
      await api(`/partners/${partner.id}/api-keys/${key.id}/revoke`, { method: 'POST', body: {} });
      say('ok', `Sleutel ${key.name} (${key.publicId}) is ingetrokken en werkt niet meer.`);
      await load();
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  return html`
    <section aria-labelledby=${`${prefix}-heading`}>
      <h3 id=${`${prefix}-heading`}>API-sleutels</h3>
      ${created && html`<${ShownOnce} id=${`${prefix}-created`} label=${`Nieuwe sleutel ${created.name}`} value=${created.key} />`}
      ${!keys && html`<p aria-busy="true">Sleutels worden geladen…</p>`}
      ${keys && !keys.length && html`<p>Nog geen sleutels.</p>`}
      ${
        keys?.length > 0 &&
        html`
        <ul>
          ${keys.map(
            (key) => html`
            <li>
              <strong>${key.name}</strong> (${key.publicId}) · ${key.scopes.map((s) => PARTNER_SCOPES[s]).join(', ')} ·
              ${key.rateLimitPerMinute} per minuut · laatst gebruikt: ${key.lastUsedAt ? asDate(key.lastUsedAt) : 'nooit'}
              ${
                key.revokedAt
                  ? html` · <span class="tag">ingetrokken op ${asDate(key.revokedAt)}</span>`
                  : html` <button type="button" onClick=${() => revoke(key)}>Sleutel ${key.name} intrekken</button>`
              }
            </li>`,
          )}
        </ul>`
      }
      <form onSubmit=${create} noValidate>
        <${Field} id=${ids.name} label="Naam van de nieuwe sleutel" value=${name} errors=${errors} onInput=${(v) => (setName(v), clear(ids.name))} />
        <${Choices} id=${ids.scopes} legend="Wat mag de sleutel" names=${PARTNER_SCOPES} chosen=${scopes} errors=${errors}
          onChange=${(next) => (setScopes(next), clear(ids.scopes))} />
        <${Field} id=${ids.rateLimitPerMinute} label="Verzoeken per minuut" value=${limit} errors=${errors}
          onInput=${(v) => (setLimit(v), clear(ids.rateLimitPerMinute))} />
        <button type="submit" disabled=${busy}>Sleutel maken</button>
      </form>
    </section>`;
}

function Deliveries({ partner, subscription, say, onReplayed }) {
  const [failed, setFailed] = useState(null);
  const base = `/partners/${partner.id}/webhook-subscriptions/${subscription.id}/deliveries`;
  const load = () => apiAll(`${base}?status=failed`).then(setFailed);
  useEffect(() => {
    load().catch((e) => say('error', problemText(e.problem)));
  }, []);

  async function replay(delivery) {
    try {
      await api(`${base}/${delivery.id}/replay`, { method: 'POST', body: {} });
      say('ok', 'De levering wordt opnieuw verstuurd.');
      await load();
      onReplayed();
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  if (!failed) return html`<p aria-busy="true">Leveringen worden geladen…</p>`;
  if (!failed.length) return html`<p>Geen mislukte leveringen.</p>`;
  return html`
    <table>
      <caption>Mislukte leveringen</caption>
      <thead><tr><th scope="col">Gebeurtenis</th><th scope="col">Vacature</th><th scope="col">Pogingen</th><th scope="col">Laatste fout</th><th scope="col"><span class="visually-hidden">Actie</span></th></tr></thead>
      <tbody>
        ${failed.map(
          (delivery) => html`
          <tr>
            <td>${WEBHOOK_EVENTS[delivery.type]} (${asDate(delivery.occurredAt)})</td>
            <td>${delivery.vacancyId.slice(0, 8)}</td>
            <td>${delivery.attempts} · ${DELIVERY_STATUSES[delivery.status]}</td>
            <td>${delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : 'geen antwoord'}</td>
            <td><button type="button" onClick=${() => replay(delivery)}>Opnieuw versturen</button></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function Subscriptions({ partner, say }) {
  const [subscriptions, setSubscriptions] = useState(null);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState(Object.keys(WEBHOOK_EVENTS));
  const [created, setCreated] = useState(null);
  const [busy, setBusy] = useState(false);
  const prefix = `hook-${partner.id}`;
  const ids = { url: `${prefix}-url`, events: `${prefix}-events` };
  const { errors, show, clear } = useFieldErrors((field) => ids[field.replace(/\[\d+\]$/, '')]);
  const load = () => apiAll(`/partners/${partner.id}/webhook-subscriptions`).then(setSubscriptions);
  useEffect(() => {
    load().catch((e) => say('error', problemText(e.problem)));
  }, []);

  async function create(event) {
    event.preventDefault();
    setBusy(true);
    try {
      setCreated(await api(`/partners/${partner.id}/webhook-subscriptions`, { method: 'POST', body: { url, events } }));
      setUrl('');
      show(null);
      await load();
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  async function end(subscription) {
    try {
      await api(`/partners/${partner.id}/webhook-subscriptions/${subscription.id}`, { method: 'DELETE' });
      say('ok', `Er gaat niets meer naar ${subscription.url}.`);
      await load();
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  return html`
    <section aria-labelledby=${`${prefix}-heading`}>
      <h3 id=${`${prefix}-heading`}>Webhooks</h3>
      ${created && html`<${ShownOnce} id=${`${prefix}-secret`} label=${`Ondertekeningsgeheim voor ${created.url}`} value=${created.secret} />`}
      ${subscriptions?.map(
        (subscription) => html`
        <div class="card">
          <p><strong>${subscription.url}</strong> · ${subscription.events.map((e) => WEBHOOK_EVENTS[e]).join(', ')}</p>
          <p>
            ${
              subscription.endedAt
                ? html`<span class="tag">beëindigd op ${asDate(subscription.endedAt)}</span>`
                : subscription.failing
                  ? html`<span class="tag warning">Levert niet af: ${subscription.failedDeliveries} mislukt, ${subscription.pendingDeliveries} onderweg</span>`
                  : html`<span class="tag">In orde${subscription.pendingDeliveries ? `, ${subscription.pendingDeliveries} onderweg` : ''}</span>`
            }
          </p>
          ${
            !subscription.endedAt &&
            html`
            <${Deliveries} partner=${partner} subscription=${subscription} say=${say} onReplayed=${load} />
            <button type="button" onClick=${() => end(subscription)}>Webhook naar ${subscription.url} beëindigen</button>`
          }
        </div>`,
      )}
      <form onSubmit=${create} noValidate>
        <${Field} id=${ids.url} label="Adres van de ontvanger" hint="Begint met https://" value=${url} errors=${errors}
          onInput=${(v) => (setUrl(v), clear(ids.url))} />
        <${Choices} id=${ids.events} legend="Gebeurtenissen" names=${WEBHOOK_EVENTS} chosen=${events} errors=${errors}
          onChange=${(next) => (setEvents(next), clear(ids.events))} />
        <button type="submit" disabled=${busy}>Webhook toevoegen</button>
      </form>
    </section>`;
}

export function PartnersScreen() {
  const [partners, setPartners] = useState(null);
  const [error, setError] = useState('');
  const [message, say] = useMessage();

  useEffect(() => {
    apiAll('/partners')
      .then(setPartners)
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  return html`
    <${Heading}>Partners</${Heading}>
    <${BeheerNav} current="/partners" />
    <p>Organisaties die vacatures met het werkgeversservicepunt uitwisselen: een buurregio, UWV, een vacaturesite of een sollicitatiesysteem.</p>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!partners && !error && html`<p aria-busy="true">Partners worden geladen…</p>`}
    ${
      partners &&
      html`
      <${PartnerForm} say=${say} onCreated=${(partner) => setPartners((all) => [...all, partner].sort((a, b) => a.name.localeCompare(b.name, 'nl')))} />
      <section aria-labelledby="partners-heading">
        <h2 id="partners-heading">Partners (${partners.length})</h2>
        ${partners.map(
          (partner) => html`
          <article class="card" key=${partner.id} aria-labelledby=${`partner-${partner.id}`}>
            <h3 id=${`partner-${partner.id}`}>${partner.name}</h3>
            <p class="meta">${PARTNER_KINDS[partner.kind]} · ${partner.contactEmail}</p>
            <${ApiKeys} partner=${partner} say=${say} />
            <${Subscriptions} partner=${partner} say=${say} />
          </article>`,
        )}
      </section>`
    }`;
}
