// The employer's vacancies, and a guided form to post a new one or change one.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { labelOf } from '../taxonomy.js';
import { COMPETENCE_LEVELS, CONTRACT_NAMES, EDUCATION_NAMES, problemText } from '../text.js';
import { announce, Heading, MessageNotice, navigateWithNotice, Notice, takeNotice, useMessage } from '../ui.js';
import { TaxonomyPicker } from './taxonomy-picker.js';

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
};
const STATUS_NAMES = { open: 'Open', filled: 'Vervuld', closed: 'Gesloten' };

function MatchingState({ shortlist }) {
  if (!shortlist) return null;
  if (shortlist.status === 'pending') return html`<span class="tag pending">Werkbrug zoekt kandidaten…</span>`;
  const found = shortlist.candidatesEligible;
  return html`<span class="tag ready">${found === 0 ? 'Nog geen passende kandidaten' : `${found} passende ${found === 1 ? 'kandidaat' : 'kandidaten'} gevonden`}</span>`;
}

export function EmployerVacanciesScreen() {
  const [vacancies, setVacancies] = useState(null);
  const [shortlists, setShortlists] = useState(new Map());
  const [error, setError] = useState('');
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
    })().catch((e) => setError(problemText(e.problem)));
  }, []);

  return html`
    <${Heading}>Mijn vacatures</${Heading}>
    ${notice && html`<${Notice} kind="success">${notice}</${Notice}>`}
    <p><a class="button-link primary" href="#/mijn-vacatures/nieuw">Nieuwe vacature plaatsen</a></p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!vacancies && !error && html`<p aria-busy="true">Vacatures worden geladen…</p>`}
    ${vacancies && vacancies.length === 0 && html`<p>U heeft nog geen vacatures geplaatst.</p>`}
    ${
      vacancies &&
      vacancies.length > 0 &&
      html`
      <ul class="cards vacancies">
        ${vacancies.map(
          (vacancy) => html`
          <li class="card">
            <h2>${vacancy.status === 'open' ? html`<a href=${`#/mijn-vacatures/${vacancy.id}`}>${vacancy.title}</a>` : vacancy.title}</h2>
            <p class="meta">${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · ${CONTRACT_NAMES[vacancy.contractType] ?? vacancy.contractType} · postcode ${vacancy.postcode}</p>
            <p class="state">
              <span class=${`tag ${vacancy.status === 'open' ? '' : 'done'}`}>${STATUS_NAMES[vacancy.status] ?? vacancy.status}</span>
              <${MatchingState} shortlist=${shortlists.get(vacancy.id)} />
            </p>
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
};

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
    },
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
  const [initial, setInitial] = useState(vacancyId ? null : NEW_VACANCY);
  const [demandItems, setDemandItems] = useState(null);
  const [message, say, setMessage] = useMessage();

  useEffect(() => {
    Promise.all([api('/taxonomy/demands'), vacancyId ? api(`/vacancies/${vacancyId}`).then(formStateOf) : NEW_VACANCY])
      .then(([items, state]) => {
        setDemandItems(items);
        setInitial(state);
      })
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [vacancyId]);

  const title = vacancyId ? 'Vacature wijzigen' : 'Nieuwe vacature';
  if (!initial || !demandItems) {
    return html`<${Heading}>${title}</${Heading}>${message ? html`<${MessageNotice} message=${message} />` : html`<p aria-busy="true">Het formulier wordt geladen…</p>`}`;
  }
  // Keyed by version: a form reloaded after a conflict starts again from what is stored now.
  return html`
    <p class="crumbs"><a href="#/mijn-vacatures">← Mijn vacatures</a></p>
    <${Heading}>${title}</${Heading}>
    <${MessageNotice} message=${message} />
    <${VacancyForm} key=${initial.version ?? 'new'} vacancyId=${vacancyId} initial=${initial} demandItems=${demandItems} say=${say} onReloaded=${setInitial} />`;
}

function VacancyForm({ vacancyId, initial, demandItems, say, onReloaded }) {
  const [fields, setFields] = useState(initial.fields);
  const [occupation, setOccupation] = useState(initial.occupation);
  const [competences, setCompetences] = useState(initial.competences);
  const [demands, setDemands] = useState(initial.demands);
  const [proefplaatsing, setProefplaatsing] = useState(initial.proefplaatsing);
  const [training, setTraining] = useState(initial.training);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState([]);

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
    fieldErrors.clear(FIELD_IDS[name]);
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
      ...(vacancyId ? { version: initial.version } : {}),
    };
  }

  /** The input an API field belongs to, for the body as sent. */
  function fieldIdOf(name) {
    const item = /^(requiredCompetences|desirableCompetences|demands)\[(\d+)\]/.exec(name);
    const firstDemand = `demand-${demandItems.find((d) => d.code !== 'hours-per-week')?.code}`;
    if (!item) return name === 'demands' ? firstDemand : FIELD_IDS[name];
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
  const [submitMessage, setSubmitMessage] = useState('');

  /** What went wrong, where the person is looking (at the button), while each field says its own part. */
  function refused(problem) {
    const marked = fieldErrors.show(problem);
    const what = vacancyId ? 'opgeslagen' : 'geplaatst';
    setSubmitMessage(
      marked
        ? `Nog niet ${what}: ${marked === 1 ? 'één veld is' : `${marked} velden zijn`} niet goed ingevuld. Kijk de ${marked === 1 ? 'melding' : 'meldingen'} bij de velden na.`
        : `Nog niet ${what}. ${problemText(problem)}`,
    );
  }

  async function submit(event) {
    event.preventDefault();
    setSubmitMessage('');
    if (!occupation) return refused({ status: 400, invalidParams: [{ name: 'occupation', code: 'field.required' }] });
    setBusy(true);
    try {
      const saved = await api(vacancyId ? `/vacancies/${vacancyId}` : '/vacancies', {
        method: vacancyId ? 'PUT' : 'POST',
        body: body(),
      });
      navigateWithNotice(
        '/mijn-vacatures',
        `Vacature “${saved.title}” is ${vacancyId ? 'gewijzigd' : 'geplaatst'}. Werkbrug zoekt nu passende kandidaten.`,
      );
    } catch (e) {
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
      ${submitMessage && html`<p class="notice error" role="alert">${submitMessage}</p>`}
      <button type="submit" class="primary" disabled=${busy}>${vacancyId ? 'Wijzigingen opslaan' : 'Vacature plaatsen'}</button>
    </form>`;
}
