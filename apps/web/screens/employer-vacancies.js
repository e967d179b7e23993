// The employer's vacancies, and a guided form to post a new one or change one.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll, ApiError } from '../api.js';
import { html } from '../html.js';
import { discardDraft, DraftNotice, readDraft, useDraft } from '../drafts.js';
import { FieldError, invalidAttributes, SaveStatus, useFieldErrors, useSaveStatus } from '../form-errors.js';
import { labelOf } from '../taxonomy.js';
import {
  COMPETENCE_LEVELS,
  CONTRACT_NAMES,
  EDUCATION_NAMES,
  problemText,
  SALARY_PERIOD_NAMES,
  salaryText,
  WORKING_TIME_NAMES,
} from '../text.js';
import { announce, Heading, MessageNotice, navigateWithNotice, Notice, takeNotice, useMessage } from '../ui.js';
import { TaxonomyPicker } from './taxonomy-picker.js';
import { hasEnded, VacancyActions, VacancyStatus } from './vacancy-lifecycle.js';
import { foundText } from '../candidate-states.js';

/** The form's inputs by the API's field names. */
const FIELD_IDS = {
  title: 'title',
  description: 'description',
  occupation: 'occupation',
  postcode: 'postcode',
  positions: 'positions',
  hoursPerWeek: 'hours',
  contractType: 'contract',
  startDate: 'start',
  minimumEducation: 'education',
  requiredCompetences: 'competence',
  desirableCompetences: 'competence',
  validThrough: 'valid-through',
  workingTimes: 'working-weekdays',
  'workingTimes.parts': 'working-weekdays',
  'workingTimes.note': 'working-note',
  salary: 'salary-min',
  'salary.min': 'salary-min',
  'salary.max': 'salary-max',
  'salary.currency': 'salary-min',
  'salary.period': 'salary-period',
  application: 'apply-instructions',
  'application.instructions': 'apply-instructions',
  'application.url': 'apply-url',
  'application.email': 'apply-email',
  'application.phone': 'apply-phone',
};

/** The inputs of the form's own state keys that have no API field of the same name. */
const STATE_IDS = {
  workingNote: 'working-note',
  salaryMin: 'salary-min',
  salaryMax: 'salary-max',
  salaryPeriod: 'salary-period',
  applyInstructions: 'apply-instructions',
  applyUrl: 'apply-url',
  applyEmail: 'apply-email',
  applyPhone: 'apply-phone',
};

/** What this form says for a field, more precisely than the general text for the code. */
const OWN_TEXT = {
  title: {
    'field.wrong-length': 'Een functietitel heeft 3 tot 200 tekens.',
    'field.required': 'Vul een functietitel in.',
  },
  occupation: { any: 'Kies een beroep uit de lijst: typ een deel van de naam en kies een suggestie.' },
  postcode: { 'field.required': 'Vul de postcode van de werkplek in, bijvoorbeeld 1315.' },
  positions: {
    'field.too-small': 'Vul 1 tot 100 plekken in.',
    'field.too-large': 'Vul 1 tot 100 plekken in.',
    'field.required': 'Vul het aantal plekken in.',
  },
  hoursPerWeek: {
    'field.too-small': 'Vul 1 tot 40 uur per week in.',
    'field.too-large': 'Vul 1 tot 40 uur per week in.',
    'field.required': 'Vul het aantal uren per week in.',
  },
  startDate: { 'field.not-date': 'Vul een geldige begindatum in, of laat het veld leeg.' },
  description: { 'field.too-long': 'Een omschrijving heeft hoogstens 5000 tekens.' },
  validThrough: { 'field.not-date': 'Vul een geldige sluitingsdatum in, of laat het veld leeg.' },
  'salary.min': {
    'field.required': 'Vul ook het laagste bedrag in, of laat beide bedragen leeg.',
    'field.not-number': 'Vul een bedrag in, bijvoorbeeld 14,50.',
  },
  'salary.max': {
    'field.required': 'Vul ook het hoogste bedrag in, of laat beide bedragen leeg.',
    'field.not-number': 'Vul een bedrag in, bijvoorbeeld 16,00.',
  },
  'application.url': { 'field.wrong-format': 'Vul een webadres in dat begint met https://.' },
};
function MatchingState({ shortlist }) {
  if (!shortlist) return null;
  if (shortlist.status === 'pending') return html`<span class="tag pending">Werkbrug zoekt kandidaten…</span>`;
  // The same count, in the same words, as the accountmanager's shortlist (candidate-states.js).
  return html`<span class="tag ready">${foundText(shortlist)}</span>`;
}

/** What a vacancy publishes beside its status: working times, salary, how to apply. */
function Published({ vacancy }) {
  const parts = vacancy.workingTimes?.parts ?? [];
  const times = [...parts.map((part) => WORKING_TIME_NAMES[part] ?? part), vacancy.workingTimes?.note]
    .filter(Boolean)
    .join(', ');
  return html`
    ${times && html`<p class="meta">Werktijden: ${times}</p>`}
    ${vacancy.salary && html`<p class="meta">Salaris: ${salaryText(vacancy.salary)}</p>`}`;
}

export function EmployerVacanciesScreen() {
  const [vacancies, setVacancies] = useState(null);
  const [shortlists, setShortlists] = useState(new Map());
  const [message, say, setMessage] = useMessage();
  const [notice] = useState(takeNotice);

  useEffect(() => {
    (async () => {
      const own = await apiAll('/vacancies');
      setVacancies(own);
      const open = own.filter((vacancy) => vacancy.status === 'open');
      const states = await Promise.all(
        open.map((vacancy) => api(`/vacancies/${vacancy.id}/shortlist`).catch(() => null)),
      );
      setShortlists(new Map(open.map((vacancy, index) => [vacancy.id, states[index]])));
    })().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  /** A vacancy changed, or (reopened) a new one came: the list shows both as they are now. */
  function changed(vacancy, text) {
    const known = vacancies.some((v) => v.id === vacancy.id);
    setVacancies(known ? vacancies.map((v) => (v.id === vacancy.id ? vacancy : v)) : [vacancy, ...vacancies]);
    say('success', text);
  }

  return html`
    <${Heading}>Mijn vacatures</${Heading}>
    ${notice && html`<${Notice} kind="success">${notice}</${Notice}>`}
    <p><a class="button-link primary" href="#/mijn-vacatures/nieuw">Nieuwe vacature plaatsen</a></p>
    <${MessageNotice} message=${message} />
    ${!vacancies && !message && html`<p aria-busy="true">Vacatures worden geladen…</p>`}
    ${vacancies && vacancies.length === 0 && html`<p>U heeft nog geen vacatures geplaatst.</p>`}
    ${
      vacancies &&
      vacancies.length > 0 &&
      html`
      <ul class="cards vacancies">
        ${vacancies.map(
          (vacancy) => html`
          <li class="card" key=${vacancy.id} aria-label=${vacancy.title}>
            <h2>${hasEnded(vacancy) ? vacancy.title : html`<a href=${`#/mijn-vacatures/${vacancy.id}`}>${vacancy.title}</a>`}</h2>
            <p class="meta">${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · ${CONTRACT_NAMES[vacancy.contractType] ?? vacancy.contractType} · postcode ${vacancy.postcode}</p>
            <${Published} vacancy=${vacancy} />
            <p class="state">
              <${VacancyStatus} vacancy=${vacancy} />
              <${MatchingState} shortlist=${vacancy.status === 'open' ? shortlists.get(vacancy.id) : null} />
            </p>
            <${VacancyActions} vacancy=${vacancy} onChanged=${changed} onError=${(text) => say('error', text)} />
          </li>`,
        )}
      </ul>`
    }`;
}

const EMPTY = {
  title: '',
  description: '',
  postcode: '',
  positions: '1',
  hoursPerWeek: '',
  contractType: 'permanent',
  startDate: '',
  minimumEducation: '',
  validThrough: '',
  workingNote: '',
  salaryMin: '',
  salaryMax: '',
  salaryPeriod: 'hour',
  applyInstructions: '',
  applyUrl: '',
  applyEmail: '',
  applyPhone: '',
};

/** An amount as typed ("14,50", "2.600", "14.50"); null when nothing was, the text itself (for the API to refuse) when it is none. */
function amountOf(text) {
  const typed = text.trim();
  if (!typed) return null;
  // A comma is the decimal sign, and so is a dot unless it groups thousands (2.600).
  const grouped = typed.includes(',') || /^\d{1,3}(\.\d{3})+$/.test(typed);
  const amount = Number(grouped ? typed.replace(/\./g, '').replace(',', '.') : typed);
  return Number.isNaN(amount) ? typed : amount;
}
const amountText = (amount) => (amount === null || amount === undefined ? '' : String(amount).replace('.', ','));

/** A stored vacancy as the form's state: codes with their labels, numbers as the inputs hold them. */
async function formStateOf(vacancy) {
  const competence = async ({ code, level }, required) => ({
    code,
    level,
    required,
    label: await labelOf('competence', code),
  });
  return {
    version: vacancy.version,
    fields: {
      title: vacancy.title,
      description: vacancy.description ?? '',
      postcode: vacancy.postcode,
      positions: String(vacancy.positions),
      hoursPerWeek: String(vacancy.hoursPerWeek),
      contractType: vacancy.contractType,
      startDate: vacancy.startDate ?? '',
      minimumEducation: vacancy.minimumEducation ?? '',
      validThrough: vacancy.validThrough ?? '',
      workingNote: vacancy.workingTimes?.note ?? '',
      salaryMin: amountText(vacancy.salary?.min),
      salaryMax: amountText(vacancy.salary?.max),
      salaryPeriod: vacancy.salary?.period ?? 'hour',
      applyInstructions: vacancy.application?.instructions ?? '',
      applyUrl: vacancy.application?.url ?? '',
      applyEmail: vacancy.application?.email ?? '',
      applyPhone: vacancy.application?.phone ?? '',
    },
    workingParts: vacancy.workingTimes?.parts ?? [],
    occupation: { code: vacancy.occupation, label: await labelOf('occupation', vacancy.occupation) },
    competences: await Promise.all([
      ...vacancy.requiredCompetences.map((c) => competence(c, true)),
      ...vacancy.desirableCompetences.map((c) => competence(c, false)),
    ]),
    demands: Object.fromEntries(
      vacancy.demands.filter((d) => d.item !== 'hours-per-week').map((d) => [d.item, String(d.level)]),
    ),
    proefplaatsing: vacancy.openToProefplaatsing,
    training: vacancy.trainingOffered,
  };
}

const NEW_VACANCY = {
  version: null,
  fields: EMPTY,
  workingParts: [],
  occupation: null,
  competences: [],
  demands: {},
  proefplaatsing: true,
  training: false,
};

/** Competences to add with one press: those ESCO calls essential for the occupation come first. */
function Suggestions({ suggestions, onAdd }) {
  if (suggestions.length === 0) return null;
  return html`
    <div role="group" aria-labelledby="suggestions-heading">
      <p id="suggestions-heading" class="hint">Vaak gevraagd bij dit beroep (volgens ESCO en Werkbrug; ‘essentieel’ volgens ESCO). Kies om toe te voegen:</p>
      <ul class="plain suggestions">
        ${suggestions.map(
          (suggestion) => html`
          <li key=${suggestion.code}>
            <button type="button" onClick=${() => onAdd(suggestion)}>
              <span class="visually-hidden">Voeg toe: </span>${suggestion.label}${suggestion.relation === 'essential' ? ' (essentieel)' : ''}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
}

/** Post a vacancy (no id) or change an open one (its id): the same guided form. */
export function VacancyFormScreen({ params: [vacancyId] }) {
  return html`<${GuidedVacancyForm} vacancyId=${vacancyId} back=${{ path: '/mijn-vacatures', label: 'Mijn vacatures' }} />`;
}

/**
 * The accountmanager enters a vacancy on an employer's behalf (one taken by phone), or changes one
 * of its vacancies: the employer's own guided form, for that employer, back to the employer's page.
 */
export function OnBehalfVacancyFormScreen({ params: [employerId, vacancyId] }) {
  const [employer, setEmployer] = useState(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api(`/employers/${employerId}`)
      .then(setEmployer)
      .catch((e) => setError(problemText(e.problem)));
  }, [employerId]);

  if (!employer)
    return html`<${Heading}>${vacancyId ? 'Vacature wijzigen' : 'Nieuwe vacature'}</${Heading}>
      ${error ? html`<${Notice} kind="error">${error}</${Notice}>` : html`<p aria-busy="true">Het formulier wordt geladen…</p>`}`;
  return html`<${GuidedVacancyForm} vacancyId=${vacancyId} employer=${employer}
    back=${{ path: `/werkgevers/${employer.id}`, label: employer.name }} />`;
}

/** A new vacancy typed on one employer's behalf is not put back into a new vacancy for another. */
const draftRecordOf = (vacancyId, employerId) => vacancyId ?? (employerId ? `nieuw-voor-${employerId}` : undefined);

/** The guided form, for the signed-in employer or (with `employer`) on that employer's behalf; `back` is where it returns. */
function GuidedVacancyForm({ vacancyId, employer, back }) {
  const [initial, setInitial] = useState(vacancyId ? null : NEW_VACANCY);
  const [demandItems, setDemandItems] = useState(null);
  const [message, say, setMessage] = useMessage();
  // What was typed before a session ended (or the page was left), put back over what is stored.
  const [restored, setRestored] = useState(null);
  const draftRecord = draftRecordOf(vacancyId, employer?.id);

  useEffect(() => {
    Promise.all([
      api('/taxonomy/demands'),
      vacancyId
        ? api(`/vacancies/${vacancyId}`).then((vacancy) => {
            // Another employer's vacancy under this employer's address: not changed here.
            if (employer && vacancy.employerId !== employer.id)
              throw new ApiError({ status: 404, code: 'vacancy.not-found' });
            return formStateOf(vacancy);
          })
        : NEW_VACANCY,
    ])
      .then(([items, state]) => {
        setDemandItems(items);
        const draft = readDraft('vacature', draftRecord);
        setRestored(draft && { stored: state });
        setInitial(draft ?? state);
      })
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [vacancyId]);

  const title = `${vacancyId ? 'Vacature wijzigen' : 'Nieuwe vacature'}${employer ? ` voor ${employer.name}` : ''}`;
  const crumbs = html`<p class="crumbs"><a href=${`#${back.path}`}>← ${back.label}</a></p>`;
  if (!initial || !demandItems) {
    return html`${crumbs}<${Heading}>${title}</${Heading}>${message ? html`<${MessageNotice} message=${message} />` : html`<p aria-busy="true">Het formulier wordt geladen…</p>`}`;
  }
  // Keyed by version: a form reloaded after a conflict starts again from what is stored now.
  return html`
    ${crumbs}
    <${Heading}>${title}</${Heading}>
    ${
      employer &&
      html`<p class="hint">U vult de vacature in namens ${employer.name}, bijvoorbeeld na een telefoongesprek. De werkgever ziet haar onder ‘Mijn vacatures’.</p>`
    }
    <${MessageNotice} message=${message} />
    ${
      restored &&
      html`<${DraftNotice} onDiscard=${() => {
        discardDraft('vacature', draftRecord);
        setInitial(restored.stored);
        setRestored(null);
      }} />`
    }
    <${VacancyForm} key=${`${initial.version ?? 'new'}${restored ? '-teruggezet' : ''}`} vacancyId=${vacancyId} employerId=${employer?.id} back=${back.path}
      initial=${initial} demandItems=${demandItems} say=${say} onReloaded=${(state) => {
        setInitial(state);
        setRestored(null);
      }} />`;
}

function VacancyForm({ vacancyId, employerId, back, initial, demandItems, say, onReloaded }) {
  const [fields, setFields] = useState(initial.fields);
  const [occupation, setOccupation] = useState(initial.occupation);
  const [competences, setCompetences] = useState(initial.competences);
  const [demands, setDemands] = useState(initial.demands);
  const [proefplaatsing, setProefplaatsing] = useState(initial.proefplaatsing);
  const [training, setTraining] = useState(initial.training);
  const [workingParts, setWorkingParts] = useState(initial.workingParts);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState([]);
  useDraft({ form: 'vacature', record: draftRecordOf(vacancyId, employerId), initial }, () => ({
    ...initial,
    fields,
    workingParts,
    occupation,
    competences,
    demands,
    proefplaatsing,
    training,
  }));

  // The competences ESCO (and our own list) relate to the chosen occupation, to add with one press.
  useEffect(() => {
    if (!occupation) return setSuggestions([]);
    let current = true;
    api(`/taxonomy/competence-suggestions?occupation=${encodeURIComponent(occupation.code)}`)
      .then((found) => current && setSuggestions(found))
      .catch(() => current && setSuggestions([]));
    return () => {
      current = false;
    };
  }, [occupation?.code]);

  const set = (name) => (event) => {
    setFields({ ...fields, [name]: event.currentTarget.value });
    fieldErrors.clear(FIELD_IDS[name] ?? STATE_IDS[name]);
  };
  const changeCompetence = (index, change) =>
    setCompetences(competences.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const addCompetence = (hit) => {
    if (!competences.some((c) => c.code === hit.code))
      setCompetences([...competences, { code: hit.code, label: hit.label, level: 2, required: true }]);
    announce(`${hit.label} toegevoegd.`);
  };

  const filledDemands = () => Object.entries(demands).filter(([, level]) => level !== '');

  function body() {
    const pick = (required) =>
      competences.filter((c) => c.required === required).map(({ code, level }) => ({ code, level }));
    return {
      ...(employerId && !vacancyId ? { employerId } : {}),
      title: fields.title,
      ...(fields.description.trim() ? { description: fields.description.trim() } : {}),
      occupation: occupation.code,
      postcode: fields.postcode.trim(),
      positions: Number(fields.positions),
      hoursPerWeek: Number(fields.hoursPerWeek),
      contractType: fields.contractType,
      ...(fields.startDate ? { startDate: fields.startDate } : {}),
      ...(fields.minimumEducation ? { minimumEducation: fields.minimumEducation } : {}),
      requiredCompetences: pick(true),
      desirableCompetences: pick(false),
      demands: filledDemands().map(([item, level]) => ({ item, level: Number(level) })),
      openToProefplaatsing: proefplaatsing,
      trainingOffered: training,
      ...(fields.validThrough ? { validThrough: fields.validThrough } : {}),
      workingTimes: {
        parts: Object.keys(WORKING_TIME_NAMES).filter((part) => workingParts.includes(part)),
        ...(fields.workingNote.trim() ? { note: fields.workingNote.trim() } : {}),
      },
      ...(fields.salaryMin.trim() || fields.salaryMax.trim()
        ? {
            salary: {
              min: amountOf(fields.salaryMin),
              max: amountOf(fields.salaryMax),
              currency: 'EUR',
              period: fields.salaryPeriod,
            },
          }
        : {}),
      ...(application() ? { application: application() } : {}),
      ...(vacancyId ? { version: initial.version } : {}),
    };
  }

  /** How to apply, with only what was filled in; nothing at all when nothing was. */
  function application() {
    const given = Object.entries({
      instructions: fields.applyInstructions,
      url: fields.applyUrl,
      email: fields.applyEmail,
      phone: fields.applyPhone,
    }).filter(([, value]) => value.trim());
    return given.length ? Object.fromEntries(given.map(([key, value]) => [key, value.trim()])) : null;
  }

  /** The input an API field belongs to, for the body as sent. */
  function fieldIdOf(name) {
    const item = /^(requiredCompetences|desirableCompetences|demands)\[(\d+)\]/.exec(name);
    const firstDemand = `demand-${demandItems.find((d) => d.code !== 'hours-per-week')?.code}`;
    if (!item) return name === 'demands' ? firstDemand : FIELD_IDS[name.replace(/\[\d+\]$/, '')];
    const [, list, index] = item;
    if (list === 'demands') {
      const [code] = filledDemands()[Number(index)] ?? [];
      return code ? `demand-${code}` : firstDemand;
    }
    const competence = competences.filter((c) => c.required === (list === 'requiredCompetences'))[Number(index)];
    return competence ? `level-${competence.code}` : FIELD_IDS[list];
  }
  const fieldErrors = useFieldErrors(fieldIdOf, OWN_TEXT);
  const { errors } = fieldErrors;
  const save = useSaveStatus();

  /** What went wrong, where the person is looking (at the button), while each field says its own part. */
  function refused(problem) {
    const marked = fieldErrors.show(problem);
    const what = vacancyId ? 'opgeslagen' : 'geplaatst';
    save.error(
      marked
        ? `Nog niet ${what}: ${marked === 1 ? 'één veld is' : `${marked} velden zijn`} niet goed ingevuld. Kijk de ${marked === 1 ? 'melding' : 'meldingen'} bij de velden na.`
        : `Nog niet ${what}. ${problemText(problem)}`,
    );
  }

  async function submit(event, asDraft = false) {
    event.preventDefault();
    save.clear();
    if (!occupation) return refused({ status: 400, invalidParams: [{ name: 'occupation', code: 'field.required' }] });
    setBusy(true);
    try {
      const saved = await api(vacancyId ? `/vacancies/${vacancyId}` : '/vacancies', {
        method: vacancyId ? 'PUT' : 'POST',
        body: { ...body(), ...(asDraft ? { status: 'draft' } : {}) },
      });
      discardDraft('vacature', draftRecordOf(vacancyId, employerId));
      navigateWithNotice(
        back,
        saved.status === 'draft'
          ? `Vacature “${saved.title}” is als concept bewaard. Open haar wanneer u zover bent.`
          : `Vacature “${saved.title}” is ${vacancyId ? 'gewijzigd' : 'geplaatst'}. Werkbrug zoekt nu passende kandidaten.`,
      );
    } catch (e) {
      if (save.interrupted(e, () => submit(event, asDraft))) return;
      if (e.status === 409 && e.problem?.current) {
        onReloaded(await formStateOf(e.problem.current));
        return say(
          'error',
          'Iemand anders heeft deze vacature net gewijzigd. U ziet nu de nieuwste versie; breng uw wijziging opnieuw aan.',
        );
      }
      refused(e.problem ?? {});
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="vacancy-form" onSubmit=${submit} novalidate>
      <fieldset>
        <legend>1. Het werk</legend>
        <label for="title">Functietitel</label>
        <input id="title" required minLength="3" maxLength="200" value=${fields.title} onInput=${set('title')} ...${invalidAttributes(errors, 'title')} />
        <${FieldError} errors=${errors} id="title" />
        <${TaxonomyPicker} id="occupation" label="Beroep" kind="occupation" required=${true} initialText=${occupation?.label ?? ''}
          hint="Typ een deel van het beroep, bijvoorbeeld ‘schoonmaak’, en kies uit de lijst." errors=${errors}
          onPick=${(picked) => {
            setOccupation(picked);
            fieldErrors.clear('occupation');
          }} />
        ${
          occupation &&
          html`<p class="picked">Gekozen beroep: <strong>${occupation.label}</strong>${
            occupation.countsAs && occupation.countsAs !== occupation.code
              ? html` (bij het zoeken naar kandidaten telt dit als ${occupation.countsAsLabel})`
              : ''
          }</p>`
        }
        <label for="description">Omschrijving (niet verplicht)</label>
        <textarea id="description" rows="3" maxLength="5000" value=${fields.description} onInput=${set('description')} ...${invalidAttributes(errors, 'description')}></textarea>
        <${FieldError} errors=${errors} id="description" />
      </fieldset>
      <fieldset>
        <legend>2. Waar en hoeveel</legend>
        <div class="form-row">
          <div><label for="postcode">Postcode van de werkplek (4 cijfers)</label>
            <input id="postcode" inputMode="numeric" autocomplete="postal-code" maxLength="7" value=${fields.postcode} onInput=${set('postcode')} ...${invalidAttributes(errors, 'postcode')} />
            <${FieldError} errors=${errors} id="postcode" /></div>
          <div><label for="positions">Aantal plekken</label>
            <input id="positions" type="number" min="1" max="100" value=${fields.positions} onInput=${set('positions')} ...${invalidAttributes(errors, 'positions')} />
            <${FieldError} errors=${errors} id="positions" /></div>
          <div><label for="hours">Uren per week</label>
            <input id="hours" type="number" min="1" max="40" value=${fields.hoursPerWeek} onInput=${set('hoursPerWeek')} ...${invalidAttributes(errors, 'hours')} />
            <${FieldError} errors=${errors} id="hours" /></div>
        </div>
        <div class="form-row">
          <div><label for="contract">Soort contract</label>
            <select id="contract" value=${fields.contractType} onChange=${set('contractType')} ...${invalidAttributes(errors, 'contract')}>
              ${Object.entries(CONTRACT_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="contract" /></div>
          <div><label for="start">Begindatum (niet verplicht)</label>
            <input id="start" type="date" value=${fields.startDate} onInput=${set('startDate')} ...${invalidAttributes(errors, 'start')} />
            <${FieldError} errors=${errors} id="start" /></div>
          <div><label for="education">Minimale opleiding</label>
            <select id="education" value=${fields.minimumEducation} onChange=${set('minimumEducation')} ...${invalidAttributes(errors, 'education')}>
              <option value="">Geen eis</option>
              ${Object.entries(EDUCATION_NAMES)
                .filter(([code]) => code !== 'none')
                .map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="education" /></div>
        </div>
      </fieldset>
      <fieldset>
        <legend>3. Wat moet iemand kunnen</legend>
        <${TaxonomyPicker} id="competence" label="Vaardigheid toevoegen" kind="competence" hint="Typ een vaardigheid, bijvoorbeeld ‘heftruck’, en kies uit de lijst."
          errors=${errors} onPick=${addCompetence} />
        <${Suggestions} suggestions=${suggestions.filter((s) => !competences.some((c) => c.code === s.code)).slice(0, 10)} onAdd=${addCompetence} />
        ${
          competences.length === 0
            ? html`<p class="hint">Nog geen vaardigheden gekozen.</p>`
            : html`
          <ul class="plain picked-list">
            ${competences.map(
              (competence, index) => html`
              <li key=${competence.code}>
                <span class="picked-name">${competence.label}</span>
                <label class="visually-hidden" for=${`level-${competence.code}`}>Niveau voor ${competence.label}</label>
                <select id=${`level-${competence.code}`} value=${competence.level} onChange=${(e) => changeCompetence(index, { level: Number(e.currentTarget.value) })}
                  ...${invalidAttributes(errors, `level-${competence.code}`)}>
                  ${Object.entries(COMPETENCE_LEVELS).map(([level, name]) => html`<option value=${level}>${name}</option>`)}
                </select>
                <label class="choice"><input type="checkbox" checked=${competence.required} onChange=${(e) => changeCompetence(index, { required: e.currentTarget.checked })} /> vereist</label>
                <button type="button" class="link" onClick=${() => setCompetences(competences.filter((_, i) => i !== index))}>Verwijder<span class="visually-hidden"> ${competence.label}</span></button>
                <${FieldError} errors=${errors} id=${`level-${competence.code}`} />
              </li>`,
            )}
          </ul>
          <p class="hint">Niet vereist telt als pluspunt.</p>`
        }
      </fieldset>
      <fieldset>
        <legend>4. Wat vraagt het werk van lichaam en geest</legend>
        <p class="hint">Kies alleen wat echt bij dit werk hoort. Zo stellen we niemand voor die dit werk niet aankan.</p>
        <div class="demands">
          ${demandItems
            .filter((item) => item.code !== 'hours-per-week')
            .map(
              (item) => html`
            <div>
              <label for=${`demand-${item.code}`}>${item.label[0].toUpperCase()}${item.label.slice(1)}</label>
              <select id=${`demand-${item.code}`} value=${demands[item.code] ?? ''} onChange=${(e) => setDemands({ ...demands, [item.code]: e.currentTarget.value })}
                ...${invalidAttributes(errors, `demand-${item.code}`)}>
                <option value="">Geen bijzondere eis</option>
                ${item.levels.filter((level) => level.level > 0).map((level) => html`<option value=${level.level}>${level.label}</option>`)}
              </select>
              <${FieldError} errors=${errors} id=${`demand-${item.code}`} />
            </div>`,
            )}
        </div>
      </fieldset>
      <fieldset>
        <legend>5. Wat u biedt</legend>
        <label class="choice"><input type="checkbox" checked=${proefplaatsing} onChange=${(e) => setProefplaatsing(e.currentTarget.checked)} /> Een proefplaatsing is mogelijk</label>
        <label class="choice"><input type="checkbox" checked=${training} onChange=${(e) => setTraining(e.currentTarget.checked)} /> Wij bieden opleiding op de werkplek</label>
      </fieldset>
      <fieldset>
        <legend>6. Sluitingsdatum, werktijden en salaris</legend>
        <div class="form-row">
          <div><label for="valid-through">Sluitingsdatum (niet verplicht)</label>
            <input id="valid-through" type="date" value=${fields.validThrough} onInput=${set('validThrough')} ...${invalidAttributes(errors, 'valid-through', 'valid-through-hint')} />
            <p class="hint" id="valid-through-hint">Leeg: acht weken nadat de vacature opengaat. Daarna verloopt de vacature vanzelf.</p>
            <${FieldError} errors=${errors} id="valid-through" /></div>
        </div>
        <fieldset class="inline" aria-describedby=${errors.has('working-weekdays') ? 'working-weekdays-error' : undefined}>
          <legend>Werktijden</legend>
          ${Object.entries(WORKING_TIME_NAMES).map(
            ([part, name]) => html`
            <label class="choice"><input id=${`working-${part}`} type="checkbox" checked=${workingParts.includes(part)}
              onChange=${(e) => {
                setWorkingParts(
                  e.currentTarget.checked ? [...workingParts, part] : workingParts.filter((p) => p !== part),
                );
                fieldErrors.clear('working-weekdays');
              }} /> ${name}</label>`,
          )}
          <${FieldError} errors=${errors} id="working-weekdays" />
        </fieldset>
        <label for="working-note">Toelichting op de werktijden (niet verplicht)</label>
        <input id="working-note" maxLength="200" value=${fields.workingNote} onInput=${set('workingNote')} ...${invalidAttributes(errors, 'working-note')} />
        <${FieldError} errors=${errors} id="working-note" />
        <div class="form-row">
          <div><label for="salary-min">Salaris vanaf, bruto in euro (niet verplicht)</label>
            <input id="salary-min" inputMode="decimal" value=${fields.salaryMin} onInput=${set('salaryMin')} ...${invalidAttributes(errors, 'salary-min')} />
            <${FieldError} errors=${errors} id="salary-min" /></div>
          <div><label for="salary-max">Salaris tot en met, bruto in euro</label>
            <input id="salary-max" inputMode="decimal" value=${fields.salaryMax} onInput=${set('salaryMax')} ...${invalidAttributes(errors, 'salary-max')} />
            <${FieldError} errors=${errors} id="salary-max" /></div>
          <div><label for="salary-period">Per</label>
            <select id="salary-period" value=${fields.salaryPeriod} onChange=${set('salaryPeriod')} ...${invalidAttributes(errors, 'salary-period')}>
              ${Object.entries(SALARY_PERIOD_NAMES).map(([code, name]) => html`<option value=${code}>${name.replace('per ', '')}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="salary-period" /></div>
        </div>
      </fieldset>
      <fieldset>
        <legend>7. Reageren</legend>
        <p class="hint">Wat u hier invult, wordt bij de vacature getoond. Vul alleen gegevens in die u wilt publiceren.</p>
        <label for="apply-instructions">Hoe reageren kandidaten? (niet verplicht)</label>
        <textarea id="apply-instructions" rows="2" maxLength="1000" value=${fields.applyInstructions} onInput=${set('applyInstructions')} ...${invalidAttributes(errors, 'apply-instructions')}></textarea>
        <${FieldError} errors=${errors} id="apply-instructions" />
        <div class="form-row">
          <div><label for="apply-url">Webadres om te solliciteren</label>
            <input id="apply-url" type="url" value=${fields.applyUrl} onInput=${set('applyUrl')} ...${invalidAttributes(errors, 'apply-url')} />
            <${FieldError} errors=${errors} id="apply-url" /></div>
          <div><label for="apply-email">E-mailadres</label>
            <input id="apply-email" type="email" autocomplete="off" value=${fields.applyEmail} onInput=${set('applyEmail')} ...${invalidAttributes(errors, 'apply-email')} />
            <${FieldError} errors=${errors} id="apply-email" /></div>
          <div><label for="apply-phone">Telefoonnummer</label>
            <input id="apply-phone" type="tel" autocomplete="off" value=${fields.applyPhone} onInput=${set('applyPhone')} ...${invalidAttributes(errors, 'apply-phone')} />
            <${FieldError} errors=${errors} id="apply-phone" /></div>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>${vacancyId ? 'Wijzigingen opslaan' : 'Vacature plaatsen'}</button>
        ${!vacancyId && html`<button type="button" disabled=${busy} onClick=${(e) => submit(e, true)}>Als concept bewaren</button>`}
      </div>
      <${SaveStatus} save=${save} />
    </form>`;
}
