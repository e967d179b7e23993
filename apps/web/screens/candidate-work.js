// The parts of the klantmanager's dossier beside the profile: availability, consent, offering
// vacancies (level 1), training (level 3), and the GDPR access report and erasure. Each gets the
// candidate's `request` (which carries a stated purpose, if any) from the profile screen.
import { useEffect, useState } from 'preact/hooks';
import { apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import {
  asDate,
  AUDIT_ACTION_NAMES,
  AUDIT_RESOURCE_NAMES,
  AVAILABILITY_FRESHNESS,
  AVAILABILITY_NAMES,
  CONSENT_KINDS,
  LIMITS,
  OFFER_RESPONSE_NAMES,
  problemText,
  ROLE_NAMES,
  TRAINING_STATUS_NAMES,
  WITHDRAWN_BECAUSE,
} from '../text.js';
import { navigateWithNotice, Notice } from '../ui.js';

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** A form's one message when the API names no field it can show the problem beside. */
const FormProblem = ({ text }) => text && html`<p class="notice error" role="alert">${text}</p>`;

/** A small form's submit: the API's field errors beside the fields, anything else as one message. */
function useSubmit(fieldErrors) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  async function run(action) {
    setBusy(true);
    setProblem('');
    try {
      await action();
      fieldErrors?.show(null);
      return true;
    } catch (e) {
      if (!fieldErrors?.show(e.problem)) setProblem(problemText(e.problem));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, run };
}

export function AvailabilitySection({ candidate, request, onChanged, say }) {
  const [choice, setChoice] = useState(candidate.availability === 'placed' ? '' : candidate.availability);
  const [reason, setReason] = useState(candidate.unavailableReason ?? '');
  const [until, setUntil] = useState(candidate.unavailableUntil ?? '');
  const ids = {
    availability: 'beschikbaarheid-available',
    reason: 'beschikbaarheid-reden',
    until: 'beschikbaarheid-tot',
  };
  const fieldErrors = useFieldErrors((name) => ids[name]);
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);

  const put = (body, text) =>
    run(async () => {
      const changed = await request.send(`/candidates/${candidate.id}/availability`, 'PUT', body);
      onChanged(changed);
      say('success', text);
    });

  function submit(event) {
    event.preventDefault();
    if (!choice) return;
    const temporarily = choice === 'temporarily-unavailable';
    const body = { availability: choice };
    if (temporarily && reason.trim()) body.reason = reason.trim();
    if (temporarily && until) body.until = until;
    put(body, `Beschikbaarheid opgeslagen: ${AVAILABILITY_NAMES[choice].toLowerCase()}.`);
  }

  const freshness = candidate.availabilityFreshness;
  return html`
    <p>Nu: <strong>${AVAILABILITY_NAMES[candidate.availability]}</strong>${
      candidate.availability === 'temporarily-unavailable'
        ? `${candidate.unavailableReason ? ` (${candidate.unavailableReason})` : ''}${candidate.unavailableUntil ? `, tot ${asDate(candidate.unavailableUntil)}` : ''}`
        : ''
    }${candidate.availability === 'left' && candidate.leftOn ? `, sinds ${asDate(candidate.leftOn)}` : ''}</p>
    ${candidate.availabilityConfirmedOn && html`<p class="meta">Laatst bevestigd op ${asDate(candidate.availabilityConfirmedOn)}</p>`}
    ${freshness && AVAILABILITY_FRESHNESS[freshness] && html`<p class=${freshness === 'fresh' ? 'fit ok' : 'fit warn'}>${AVAILABILITY_FRESHNESS[freshness]}</p>`}
    ${
      candidate.availability === 'available' &&
      html`<div class="actions">
        <button type="button" disabled=${busy} onClick=${() => put({ availability: 'available' }, 'Beschikbaarheid bevestigd.')}>Beschikbaarheid bevestigen</button>
      </div>`
    }
    <form onSubmit=${submit} novalidate>
      <fieldset>
        <legend>Beschikbaarheid wijzigen</legend>
        ${['available', 'temporarily-unavailable', 'left'].map(
          (value) => html`
          <label class="choice"><input type="radio" name="beschikbaarheid" id=${`beschikbaarheid-${value}`} value=${value}
            checked=${choice === value} onChange=${() => setChoice(value)} /> ${AVAILABILITY_NAMES[value]}</label>`,
        )}
        <${FieldError} errors=${errors} id="beschikbaarheid-available" />
        ${
          choice === 'temporarily-unavailable' &&
          html`<div class="form-row">
            <div><label for="beschikbaarheid-reden">Reden (niet verplicht)</label>
              <input id="beschikbaarheid-reden" maxLength="200" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)}
                ...${invalidAttributes(errors, 'beschikbaarheid-reden', 'beschikbaarheid-reden-hint')} />
              <p class="hint" id="beschikbaarheid-reden-hint">Bijvoorbeeld opleiding of proefplaatsing. Geen medische details.</p>
              <${FieldError} errors=${errors} id="beschikbaarheid-reden" /></div>
            <div><label for="beschikbaarheid-tot">Tot en met (niet verplicht)</label>
              <input id="beschikbaarheid-tot" type="date" value=${until} onInput=${(e) => setUntil(e.currentTarget.value)}
                ...${invalidAttributes(errors, 'beschikbaarheid-tot')} />
              <${FieldError} errors=${errors} id="beschikbaarheid-tot" /></div>
          </div>`
        }
        ${choice === 'left' && html`<p class="hint">Uitgestroomd: de bewaartermijn van de gegevens gaat in.</p>`}
      </fieldset>
      <${FormProblem} text=${problem} />
      <div class="actions"><button type="submit" disabled=${busy || !choice}>Beschikbaarheid opslaan</button></div>
    </form>`;
}

export function ConsentSection({ candidate, request, demandItems, say }) {
  const [consents, setConsents] = useState(null);
  const [kind, setKind] = useState('');
  const [adjustments, setAdjustments] = useState([]);
  const fieldErrors = useFieldErrors((name) => (name.startsWith('adjustments') ? 'aanpassingen' : 'toestemming-soort'));
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);
  const limited = candidate.belastbaarheid?.limits.map((l) => l.item) ?? [];
  const itemLabel = (code) => demandItems?.find((item) => item.code === code)?.label ?? LIMITS[code] ?? code;

  const load = () =>
    request
      .all(`/candidates/${candidate.id}/consents`)
      .then(setConsents)
      .catch((e) => say('error', problemText(e.problem)));
  useEffect(() => {
    load();
  }, [candidate.id]);

  async function give(event) {
    event.preventDefault();
    if (!kind) return fieldErrors.show({ invalidParams: [{ name: 'kind', code: 'field.required' }] });
    const body = { kind, ...(kind === 'share-adjustments' ? { adjustments } : {}) };
    const done = await run(() => request.send(`/candidates/${candidate.id}/consents`, 'POST', body));
    if (!done) return;
    await load();
    say('success', `Toestemming vastgelegd: ${CONSENT_KINDS[kind].name.toLowerCase()}.`);
    setKind('');
    setAdjustments([]);
  }

  async function withdraw(consent) {
    const done = await run(() =>
      request.send(`/candidates/${candidate.id}/consents/${consent.id}/withdraw`, 'POST', undefined),
    );
    if (!done) return;
    await load();
    say('success', `Toestemming ingetrokken: ${CONSENT_KINDS[consent.kind]?.name.toLowerCase() ?? consent.kind}.`);
  }

  const active = (consents ?? []).filter((c) => c.active);
  const past = (consents ?? []).filter((c) => !c.active);
  return html`
    ${!consents && html`<p aria-busy="true">Toestemmingen worden geladen…</p>`}
    ${consents && active.length === 0 && html`<p>Er is nog geen toestemming vastgelegd. Zonder toestemming wordt de kandidaat niet aan werkgevers voorgesteld.</p>`}
    ${
      active.length > 0 &&
      html`<ul class="cards" aria-label="Geldende toestemmingen">
        ${active.map(
          (c) => html`
          <li class="card" key=${c.id}>
            <strong>${CONSENT_KINDS[c.kind]?.name ?? c.kind}</strong>
            <p class="meta">Gegeven op ${asDate(c.givenAt)}${c.adjustments ? ` · voor: ${c.adjustments.map(itemLabel).join(', ')}` : ''}</p>
            <button type="button" disabled=${busy} onClick=${() => withdraw(c)}>Intrekken<span class="visually-hidden">: ${CONSENT_KINDS[c.kind]?.name ?? c.kind}</span></button>
          </li>`,
        )}
      </ul>`
    }
    ${
      past.length > 0 &&
      html`<details><summary>Ingetrokken toestemmingen (${past.length})</summary>
        <ul>${past.map((c) => html`<li key=${c.id}>${CONSENT_KINDS[c.kind]?.name ?? c.kind}: gegeven ${asDate(c.givenAt)}, ingetrokken ${asDate(c.withdrawnAt)}</li>`)}</ul>
      </details>`
    }
    <form onSubmit=${give} novalidate>
      <fieldset aria-describedby=${errors.has('toestemming-soort') ? 'toestemming-soort-error' : undefined}>
        <legend>Toestemming vastleggen</legend>
        <p class="hint">Leg alleen vast wat de kandidaat zelf heeft gezegd. Intrekken kan altijd.</p>
        ${['show-anonymised-profile', 'share-age-band', 'share-adjustments'].map(
          (code, index) => html`
          <div class="consent-choice">
            <label class="choice"><input type="radio" name="toestemming" id=${index === 0 ? 'toestemming-soort' : `toestemming-${code}`} value=${code}
              checked=${kind === code} aria-describedby=${`uitleg-${code}`} onChange=${() => setKind(code)} /> ${CONSENT_KINDS[code].name}</label>
            <p class="hint" id=${`uitleg-${code}`}>${CONSENT_KINDS[code].meaning}</p>
          </div>`,
        )}
        <${FieldError} errors=${errors} id="toestemming-soort" />
        <p class="hint">${CONSENT_KINDS['share-identity'].name}: ${CONSENT_KINDS['share-identity'].meaning} Die toestemming hoort bij een voorstel van de accountmanager.</p>
      </fieldset>
      ${
        kind === 'share-adjustments' &&
        html`<fieldset aria-describedby=${errors.has('aanpassingen') ? 'aanpassingen-error' : undefined}>
          <legend>Welke aanpassingen mogen werkgevers weten?</legend>
          ${limited.length === 0 && html`<p>Er zijn bij deze kandidaat geen grenzen van de belastbaarheid vastgelegd.</p>`}
          ${limited.map(
            (item, index) => html`
            <label class="choice"><input type="checkbox" id=${index === 0 ? 'aanpassingen' : `aanpassing-${item}`} checked=${adjustments.includes(item)}
              onChange=${(e) => setAdjustments(e.currentTarget.checked ? [...adjustments, item] : adjustments.filter((a) => a !== item))} /> ${itemLabel(item)}</label>`,
          )}
          <${FieldError} errors=${errors} id="aanpassingen" />
        </fieldset>`
      }
      <${FormProblem} text=${problem} />
      <div class="actions"><button type="submit" disabled=${busy}>Toestemming vastleggen</button></div>
    </form>`;
}

/** Open vacancies with their employer's name, for offering and training; asked once per screen. */
function useOpenVacancies() {
  const [vacancies, setVacancies] = useState(null);
  useEffect(() => {
    Promise.all([apiAll('/vacancies'), apiAll('/employers')])
      .then(([all, employers]) => {
        const names = new Map(employers.map((e) => [e.id, e.name]));
        setVacancies(
          all
            .filter((v) => v.status === 'open')
            .map((v) => ({ ...v, employerName: names.get(v.employerId) ?? '' }))
            .sort((a, b) => a.title.localeCompare(b.title, 'nl')),
        );
      })
      .catch(() => setVacancies([]));
  }, []);
  return vacancies;
}

function OfferAnswer({ offer, request, onAnswered }) {
  const [response, setResponse] = useState('');
  const [reason, setReason] = useState('');
  const ids = { response: `antwoord-${offer.id}`, reason: `antwoord-reden-${offer.id}` };
  const fieldErrors = useFieldErrors((name) => ids[name]);
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);

  async function submit(event) {
    event.preventDefault();
    if (!response) return fieldErrors.show({ invalidParams: [{ name: 'response', code: 'field.required' }] });
    const body = { response, version: offer.version, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    let answered;
    const done = await run(async () => {
      answered = await request.send(`/offers/${offer.id}/response`, 'PUT', body);
    });
    if (done) onAnswered(answered);
  }

  return html`
    <form class="outreach-form" onSubmit=${submit} novalidate>
      <label for=${ids.response}>Antwoord van de kandidaat<span class="visually-hidden"> op ${offer.vacancyTitle}</span></label>
      <select id=${ids.response} value=${response} onChange=${(e) => setResponse(e.currentTarget.value)} ...${invalidAttributes(errors, ids.response)}>
        <option value="">Kies…</option>
        ${Object.entries(OFFER_RESPONSE_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
      </select>
      <${FieldError} errors=${errors} id=${ids.response} />
      <label for=${ids.reason}>Waarom${response === 'not-interested' ? '' : ' (niet verplicht)'}</label>
      <input id=${ids.reason} maxLength="1000" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} ...${invalidAttributes(errors, ids.reason)} />
      <${FieldError} errors=${errors} id=${ids.reason} />
      <${FormProblem} text=${problem} />
      <div class="actions"><button type="submit" class="primary" disabled=${busy}>Antwoord vastleggen<span class="visually-hidden"> voor ${offer.vacancyTitle}</span></button></div>
    </form>`;
}

export function OffersSection({ candidate, request, say }) {
  const [offers, setOffers] = useState(null);
  const [vacancyId, setVacancyId] = useState('');
  const [note, setNote] = useState('');
  const vacancies = useOpenVacancies();
  const ids = { vacancyId: 'aanbod-vacature', note: 'aanbod-notitie' };
  const fieldErrors = useFieldErrors((name) => ids[name]);
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);

  useEffect(() => {
    request
      .all(`/candidates/${candidate.id}/offers`)
      .then(setOffers)
      .catch((e) => say('error', problemText(e.problem)));
  }, [candidate.id]);

  async function offer(event) {
    event.preventDefault();
    if (!vacancyId) return fieldErrors.show({ invalidParams: [{ name: 'vacancyId', code: 'field.required' }] });
    let made;
    const body = { vacancyId, ...(note.trim() ? { note: note.trim() } : {}) };
    const done = await run(async () => {
      made = await request.send(`/candidates/${candidate.id}/offers`, 'POST', body);
    });
    if (!done) return;
    setOffers([made, ...(offers ?? [])]);
    setVacancyId('');
    setNote('');
    say(
      'success',
      `Vacature “${made.vacancyTitle}” aangeboden. Leg het antwoord van de kandidaat vast zodra u het weet.`,
    );
  }

  const answered = (changed) => {
    setOffers(offers.map((o) => (o.id === changed.id ? changed : o)));
    say('success', `Antwoord vastgelegd: ${OFFER_RESPONSE_NAMES[changed.response].toLowerCase()}.`);
  };
  const offeredIds = new Set((offers ?? []).map((o) => o.vacancyId));
  const choosable = (vacancies ?? []).filter((v) => !offeredIds.has(v.id));

  return html`
    <p class="hint">Niveau 1: u biedt de kandidaat zelf een open vacature aan en legt het antwoord vast.</p>
    ${candidate.availability !== 'available' && html`<${Notice}>Vacatures biedt u alleen aan beschikbare kandidaten aan.</${Notice}>`}
    <form onSubmit=${offer} novalidate>
      <div class="form-row">
        <div><label for="aanbod-vacature">Open vacature</label>
          <select id="aanbod-vacature" value=${vacancyId} onChange=${(e) => setVacancyId(e.currentTarget.value)} ...${invalidAttributes(errors, 'aanbod-vacature')}>
            <option value="">${vacancies ? 'Kies een vacature…' : 'Vacatures worden geladen…'}</option>
            ${choosable.map((v) => html`<option value=${v.id}>${v.title}${v.employerName ? ` · ${v.employerName}` : ''} · ${v.postcode}</option>`)}
          </select>
          <${FieldError} errors=${errors} id="aanbod-vacature" /></div>
        <div><label for="aanbod-notitie">Waarom deze vacature past (niet verplicht)</label>
          <input id="aanbod-notitie" maxLength="1000" value=${note} onInput=${(e) => setNote(e.currentTarget.value)} ...${invalidAttributes(errors, 'aanbod-notitie')} />
          <${FieldError} errors=${errors} id="aanbod-notitie" /></div>
      </div>
      <${FormProblem} text=${problem} />
      <div class="actions"><button type="submit" disabled=${busy || candidate.availability !== 'available'}>Vacature aanbieden</button></div>
    </form>
    ${offers && offers.length === 0 && html`<p>Nog geen vacatures aangeboden.</p>`}
    ${
      offers &&
      offers.length > 0 &&
      html`<ul class="cards" aria-label="Aangeboden vacatures">
        ${offers.map(
          (o) => html`
          <li class="card" key=${o.id}>
            <h3>${o.vacancyTitle}</h3>
            <p class="meta">${o.employerName} · aangeboden op ${asDate(o.offeredAt)}</p>
            ${o.note && html`<p>${o.note}</p>`}
            ${
              o.response
                ? html`<p><strong>${OFFER_RESPONSE_NAMES[o.response]}</strong>${o.responseReason ? `: ${o.responseReason}` : ''} (${asDate(o.respondedAt)})</p>`
                : o.withdrawnAt
                  ? html`<p class="fit warn">Ingetrokken: ${WITHDRAWN_BECAUSE[o.withdrawnReason] ?? ''}.</p>`
                  : html`<${OfferAnswer} offer=${o} request=${request} onAnswered=${answered} />`
            }
          </li>`,
        )}
      </ul>`
    }`;
}

const TRAINING_IDS = {
  vacancyId: 'opleiding-vacature',
  employerId: 'opleiding-vacature',
  provider: 'opleiding-aanbieder',
  title: 'opleiding-titel',
  costEur: 'opleiding-kosten',
  startsOn: 'opleiding-begin',
  endsOn: 'opleiding-eind',
  baangarantie: 'opleiding-baangarantie',
  budgetOverrideReason: 'opleiding-overschrijding',
};
const TRAINING_TEXT = {
  costEur: { 'field.not-number': 'Vul een bedrag in euro in, bijvoorbeeld 1800 of 1800,50.' },
  provider: { any: 'Vul de opleider in: 2 tot 200 tekens.' },
  title: { any: 'Vul de naam van de opleiding in: 2 tot 200 tekens.' },
  budgetOverrideReason: {
    'field.wrong-length': 'Schrijf in minstens 5 tekens op waarom het de overschrijding waard is.',
  },
};
const EMPTY_PLAN = { vacancyId: '', provider: '', title: '', costEur: '', startsOn: '', endsOn: '', override: '' };

export function TrainingSection({ candidate, request, say }) {
  const [training, setTraining] = useState(null);
  const [plan, setPlan] = useState(EMPTY_PLAN);
  const [baangarantie, setBaangarantie] = useState(true);
  const vacancies = useOpenVacancies();
  const fieldErrors = useFieldErrors((name) => TRAINING_IDS[name], TRAINING_TEXT);
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);
  const set = (key) => (event) => setPlan({ ...plan, [key]: event.currentTarget.value });

  const load = () =>
    request
      .get(`/candidates/${candidate.id}/training-plans`)
      .then(setTraining)
      .catch((e) => say('error', problemText(e.problem)));
  useEffect(() => {
    load();
  }, [candidate.id]);

  // A comma is the decimal sign, and so is a dot unless it groups thousands (1.800).
  const typed = plan.costEur.trim();
  const grouped = typed.includes(',') || /^\d{1,3}(\.\d{3})+$/.test(typed);
  const cost = Number(grouped ? typed.replace(/\./g, '').replace(',', '.') : typed);
  const over = training && typed && !Number.isNaN(cost) && cost > training.budget.remainingEur;

  async function submit(event) {
    event.preventDefault();
    if (!plan.vacancyId) return fieldErrors.show({ invalidParams: [{ name: 'vacancyId', code: 'field.required' }] });
    const body = {
      vacancyId: plan.vacancyId,
      provider: plan.provider.trim(),
      title: plan.title.trim(),
      costEur: Number.isNaN(cost) || !typed ? typed : cost,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      baangarantie,
      ...(over && plan.override.trim() ? { budgetOverrideReason: plan.override.trim() } : {}),
    };
    let made;
    const done = await run(async () => {
      made = await request.send(`/candidates/${candidate.id}/training-plans`, 'POST', body);
    });
    if (!done) return;
    await load();
    setPlan(EMPTY_PLAN);
    say('success', `Opleiding “${made.title}” gepland.`);
  }

  return html`
    <p class="hint">Niveau 3: een opleiding voor een vacature, het liefst met baangarantie, betaald uit het opleidingsbudget van de kandidaat.</p>
    ${
      training &&
      html`<p class="budget">Opleidingsbudget: <strong>${euros.format(training.budget.remainingEur)}</strong> over van ${euros.format(training.budget.totalEur)}</p>`
    }
    ${
      training?.plans.length > 0 &&
      html`<ul class="cards" aria-label="Opleidingsplannen">
        ${training.plans.map(
          (p) => html`
          <li class="card" key=${p.id}>
            <h3>${p.title}</h3>
            <p class="meta">${p.provider} · ${euros.format(p.costEur)} · ${asDate(p.startsOn)} tot ${asDate(p.endsOn)}${p.baangarantie ? ' · met baangarantie' : ''} · ${TRAINING_STATUS_NAMES[p.status] ?? p.status}</p>
          </li>`,
        )}
      </ul>`
    }
    <form class="vacancy-form" onSubmit=${submit} novalidate>
      <fieldset>
        <legend>Opleiding plannen</legend>
        <label for="opleiding-vacature">Voor vacature</label>
        <select id="opleiding-vacature" value=${plan.vacancyId} onChange=${set('vacancyId')} ...${invalidAttributes(errors, 'opleiding-vacature')}>
          <option value="">${vacancies ? 'Kies een vacature…' : 'Vacatures worden geladen…'}</option>
          ${(vacancies ?? []).map((v) => html`<option value=${v.id}>${v.title}${v.employerName ? ` · ${v.employerName}` : ''}</option>`)}
        </select>
        <${FieldError} errors=${errors} id="opleiding-vacature" />
        <label class="choice"><input type="checkbox" id="opleiding-baangarantie" checked=${baangarantie} onChange=${(e) => setBaangarantie(e.currentTarget.checked)} /> De werkgever geeft baangarantie na de opleiding</label>
        <div class="form-row">
          <div><label for="opleiding-aanbieder">Opleider</label>
            <input id="opleiding-aanbieder" maxLength="200" value=${plan.provider} onInput=${set('provider')} ...${invalidAttributes(errors, 'opleiding-aanbieder')} />
            <${FieldError} errors=${errors} id="opleiding-aanbieder" /></div>
          <div><label for="opleiding-titel">Naam van de opleiding</label>
            <input id="opleiding-titel" maxLength="200" value=${plan.title} onInput=${set('title')} ...${invalidAttributes(errors, 'opleiding-titel')} />
            <${FieldError} errors=${errors} id="opleiding-titel" /></div>
        </div>
        <div class="form-row">
          <div><label for="opleiding-kosten">Kosten in euro</label>
            <input id="opleiding-kosten" inputMode="decimal" value=${plan.costEur} onInput=${set('costEur')} ...${invalidAttributes(errors, 'opleiding-kosten')} />
            <${FieldError} errors=${errors} id="opleiding-kosten" /></div>
          <div><label for="opleiding-begin">Begint op</label>
            <input id="opleiding-begin" type="date" value=${plan.startsOn} onInput=${set('startsOn')} ...${invalidAttributes(errors, 'opleiding-begin')} />
            <${FieldError} errors=${errors} id="opleiding-begin" /></div>
          <div><label for="opleiding-eind">Eindigt op</label>
            <input id="opleiding-eind" type="date" value=${plan.endsOn} onInput=${set('endsOn')} ...${invalidAttributes(errors, 'opleiding-eind')} />
            <${FieldError} errors=${errors} id="opleiding-eind" /></div>
        </div>
        ${
          over &&
          html`<label for="opleiding-overschrijding">Waarom het budget overschrijden?</label>
          <textarea id="opleiding-overschrijding" rows="2" maxLength="1000" value=${plan.override} onInput=${set('override')}
            ...${invalidAttributes(errors, 'opleiding-overschrijding', 'opleiding-overschrijding-hint')}></textarea>
          <p class="hint" id="opleiding-overschrijding-hint">Deze opleiding kost meer dan er over is. Uw reden wordt met uw naam vastgelegd.</p>
          <${FieldError} errors=${errors} id="opleiding-overschrijding" />`
        }
      </fieldset>
      <${FormProblem} text=${problem} />
      <div class="actions"><button type="submit" disabled=${busy}>Opleiding plannen</button></div>
    </form>`;
}

function AccessReport({ report }) {
  return html`
    ${!report.complete && html`<${Notice}>Het overzicht is ingekort tot de nieuwste 10.000 regels.</${Notice}>`}
    ${
      report.entries.length === 0
        ? html`<p>Niemand heeft de gegevens van deze kandidaat bekeken of gewijzigd.</p>`
        : html`
      <div class="table-scroll">
        <table>
          <caption>Wie de gegevens van deze kandidaat bekeek of wijzigde, nieuwste eerst</caption>
          <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Wat</th><th scope="col">Welke gegevens</th><th scope="col">Doel</th></tr></thead>
          <tbody>
            ${report.entries.map(
              (entry, index) => html`
              <tr key=${index}>
                <td>${moment.format(new Date(entry.occurredAt))}</td>
                <td>${ROLE_NAMES[entry.role] ?? entry.role}${entry.organisation ? ` van ${entry.organisation}` : ''}</td>
                <td>${AUDIT_ACTION_NAMES[entry.action] ?? entry.action}</td>
                <td>${AUDIT_RESOURCE_NAMES[entry.resource] ?? entry.resource}</td>
                <td>${entry.reason ?? (entry.vacancyId ? 'Een vacature' : entry.proposalId ? 'Een voorstel aan een werkgever' : '')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`
    }`;
}

function Erasure({ candidate, request }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const fieldErrors = useFieldErrors((name) => (name === 'reason' ? 'wissen-reden' : undefined), {
    reason: { any: 'Schrijf op waarom de gegevens worden gewist: 2 tot 500 tekens, zonder gezondheidsdetails.' },
  });
  const { errors } = fieldErrors;
  const { busy, problem, run } = useSubmit(fieldErrors);

  async function submit(event) {
    event.preventDefault();
    if (!sure) return;
    const done = await run(() =>
      request.send(`/candidates/${candidate.id}/erasure`, 'POST', { reason: reason.trim() }),
    );
    if (done)
      navigateWithNotice(
        '/kandidaten',
        'De persoonsgegevens van de kandidaat zijn gewist. Alleen anonieme cijfers blijven bewaard.',
      );
  }

  if (!open)
    return html`<div class="actions"><button type="button" onClick=${() => setOpen(true)}>Persoonsgegevens wissen…</button></div>`;
  return html`
    <form class="card" onSubmit=${submit} novalidate aria-labelledby="wissen-kop">
      <h3 id="wissen-kop">Persoonsgegevens van ${candidate.name} wissen (AVG art. 17)</h3>
      <p>Naam, contactgegevens, belastbaarheid en notities worden direct en voorgoed verwijderd. Alleen anonieme cijfers voor rapportages blijven. Dit kan niet ongedaan worden gemaakt.</p>
      <label for="wissen-reden">Reden van het wissen</label>
      <input id="wissen-reden" maxLength="500" value=${reason} onInput=${(e) => setReason(e.currentTarget.value)} ...${invalidAttributes(errors, 'wissen-reden', 'wissen-hint')} />
      <p class="hint" id="wissen-hint">Bijvoorbeeld: verzoek van de kandidaat per brief van 3 maart. Noem geen gezondheidsdetails.</p>
      <${FieldError} errors=${errors} id="wissen-reden" />
      <label class="choice"><input type="checkbox" checked=${sure} onChange=${(e) => setSure(e.currentTarget.checked)} /> Ik weet dat dit niet ongedaan kan worden gemaakt</label>
      <${FormProblem} text=${problem} />
      <div class="actions">
        <button type="submit" class="danger" disabled=${busy || !sure}>Definitief wissen</button>
        <button type="button" onClick=${() => setOpen(false)}>Annuleren</button>
      </div>
    </form>`;
}

export function PrivacySection({ candidate, request }) {
  const [report, setReport] = useState(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function showReport() {
    setBusy(true);
    setProblem('');
    try {
      setReport(await request.get(`/candidates/${candidate.id}/access-report`));
    } catch (e) {
      setProblem(problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <h3>Inzageoverzicht (AVG art. 15)</h3>
    <p class="hint">Wie de gegevens van de kandidaat bekeek of wijzigde, wanneer en waarvoor. Het opvragen wordt zelf ook vastgelegd.</p>
    <div class="actions"><button type="button" disabled=${busy} onClick=${showReport}>${report ? 'Overzicht vernieuwen' : 'Inzageoverzicht tonen'}</button></div>
    <${FormProblem} text=${problem} />
    ${report && html`<${AccessReport} report=${report} />`}
    <h3>Gegevens wissen (AVG art. 17)</h3>
    <${Erasure} candidate=${candidate} request=${request} />`;
}
