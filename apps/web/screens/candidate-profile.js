// One candidate's dossier for the klantmanager: the profile to read and keep, and below it consent,
// availability, offers and training (levels 1 and 3), and the GDPR access report and erasure.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { discardDraft, DraftNotice, readDraft, useDraft } from '../drafts.js';
import {
  ErrorSummary,
  FieldError,
  invalidAttributes,
  SaveStatus,
  useFieldErrors,
  useSaveStatus,
} from '../form-errors.js';
import { html } from '../html.js';
import { ExclusionsSection } from './candidate-exclusions.js';
import { TimelineSection } from './candidate-timeline.js';
import { labelOf } from '../taxonomy.js';
import {
  ASSESSMENT_SOURCE_NAMES,
  AVAILABILITY_NAMES,
  CANDIDATE_EDUCATION_NAMES,
  COMPETENCE_LEVELS,
  CONTRACT_NAMES,
  dutchDay,
  INSTRUMENT_NAMES,
  LADDER_STEPS,
  MISSING_FOR_MATCHING,
  problemText,
  SECTOR_NAMES,
  TRAVEL_MODE_NAMES,
} from '../text.js';
import { announce, Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import {
  AvailabilitySection,
  ConsentSection,
  OffersSection,
  PrivacySection,
  TrainingSection,
} from './candidate-work.js';
import { TaxonomyPicker } from './taxonomy-picker.js';

/**
 * Why the klantmanager opens a candidate outside their caseload, by candidate, for this session:
 * every request about that candidate carries it (X-Purpose) and the API keeps it in the audit log.
 */
const purposes = new Map();
export const rememberPurpose = (candidateId, reason) => purposes.set(candidateId, reason);

/** The API for one candidate, with the stated purpose when there is one. */
function candidateApi(candidateId) {
  const headers = () => (purposes.has(candidateId) ? { 'X-Purpose': purposes.get(candidateId) } : {});
  return {
    get: (path) => api(path, { headers: headers() }),
    all: (path) => apiAll(path, { headers: headers() }),
    send: (path, method, body) => api(path, { method, body, headers: headers() }),
  };
}

/** Asks why the klantmanager opens a candidate outside their caseload; the reason goes with the request. */
export function ReasonForm({ candidate, busy, onOpen, onCancel }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = (event) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setError('Geef in een paar woorden op waarom u dit dossier opent.');
    onOpen(reason.trim());
  };
  return html`
    <form class="card" onSubmit=${submit} aria-labelledby="reden-titel">
      <h2 id="reden-titel">${candidate.name || 'Deze kandidaat'}: niet in uw caseload</h2>
      <p>Deze kandidaat staat in de caseload van een collega of van niemand. Waarom opent u het dossier? Uw reden wordt vastgelegd.</p>
      <label for="reden">Reden</label>
      <input id="reden" value=${reason} maxlength="200" aria-invalid=${error ? 'true' : undefined}
        aria-describedby=${error ? 'reden-fout' : undefined} onInput=${(e) => setReason(e.target.value)} />
      ${error && html`<p id="reden-fout" class="field-error">${error}</p>`}
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Dossier openen</button>
        ${onCancel && html`<button type="button" onClick=${onCancel}>Annuleren</button>`}
      </div>
    </form>`;
}

/** A section of the dossier: a heading that other panels (such as why a candidate is on no list) can join later. */
export const DossierSection = ({ id, title, children }) => html`
  <section class="dossier-section" aria-labelledby=${id}>
    <h2 id=${id}>${title}</h2>
    ${children}
  </section>`;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** An assessment older than a year may no longer hold. */
const isOld = (day) => day && Date.parse(dutchDay()) - Date.parse(day) > YEAR_MS;

/** The form's inputs by the API's field names. */
const FIELD_IDS = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  birthYear: 'birth-year',
  postcode: 'postcode',
  travel: 'travel-km',
  'travel.mode': 'travel-mode',
  'travel.maxKm': 'travel-km',
  'travel.maxMinutes': 'travel-minutes',
  educationLevel: 'education',
  competences: 'competence',
  wishes: 'wish-occupation',
  'wishes.occupations': 'wish-occupation',
  'wishes.sectors': 'sector-A',
  'wishes.hoursPerWeekMin': 'hours-min',
  'wishes.hoursPerWeekMax': 'hours-max',
  'wishes.contractTypes': 'contract-permanent',
  belastbaarheid: 'fml-source',
  'belastbaarheid.source': 'fml-source',
  'belastbaarheid.assessedOn': 'fml-date',
  'belastbaarheid.limits': 'fml-source',
  benefitStartedOn: 'benefit-start',
  participatieladder: 'ladder',
  workHistory: 'work-occupation',
  instruments: 'instrument-proefplaatsing',
};

/** The fields by input id, for the error summary. */
const LABELS = {
  name: 'Naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  'birth-year': 'Geboortejaar',
  postcode: 'Postcode',
  'travel-mode': 'Reist met',
  'travel-km': 'Hoogstens kilometers',
  'travel-minutes': 'Hoogstens minuten',
  education: 'Opleidingsniveau',
  competence: 'Vaardigheden',
  'wish-occupation': 'Gewenst beroep',
  'sector-A': 'Sectoren',
  'hours-min': 'Uren per week, minimaal',
  'hours-max': 'Uren per week, maximaal',
  'contract-permanent': 'Soorten contract',
  'fml-source': 'Beoordeeld door',
  'fml-date': 'Datum van de beoordeling',
  'benefit-start': 'Uitkering sinds',
  ladder: 'Participatieladder',
  'work-occupation': 'Werkervaring',
  'instrument-proefplaatsing': 'Instrumenten',
};

const OWN_TEXT = {
  name: { any: 'Vul de naam in: 2 tot 200 tekens.' },
  birthYear: { any: 'Vul een geboortejaar in tussen 1940 en 2010.' },
  postcode: { any: 'Vul de vier cijfers van de postcode in, bijvoorbeeld 1315.' },
  'travel.maxKm': { any: 'Vul 1 tot 200 kilometer in.' },
  'travel.maxMinutes': { any: 'Vul 5 tot 240 minuten in.' },
  'wishes.hoursPerWeekMin': {
    'field.too-small': 'Vul 1 tot 40 uur in.',
    'field.too-large': 'Vul 1 tot 40 uur in.',
  },
  'wishes.hoursPerWeekMax': { any: 'Vul 1 tot 40 uur in.' },
  'competences[].years': { any: 'Vul 0 tot 60 jaar in, met hoogstens één cijfer achter de komma.' },
  'belastbaarheid.assessedOn': { 'field.not-date': 'Vul de datum van de beoordeling in.' },
  benefitStartedOn: { any: 'Vul de datum in waarop de uitkering begon.' },
  'workHistory[].from': { 'field.not-month': 'Vul de maand in waarin de baan begon.' },
  'workHistory[].until': { 'field.not-month': 'Vul een maand in, of laat leeg als de kandidaat hier nog werkt.' },
  'workHistory[].employer': { any: 'Vul de naam van de werkgever in: hoogstens 100 tekens.' },
};

/** Each row of the work history gets its own key, so that inputs keep their ids when a row above is removed. */
let jobKeys = 0;
const newJobKey = () => `baan${++jobKeys}`;

/** The stored profile as the form's state: codes with their labels, numbers as the inputs hold them. */
async function formStateOf(candidate) {
  const text = (value) => (value === null || value === undefined ? '' : String(value).replace('.', ','));
  return {
    fields: {
      name: candidate.name,
      email: candidate.email ?? '',
      phone: candidate.phone ?? '',
      birthYear: String(candidate.birthYear),
      postcode: candidate.postcode,
      travelMode: candidate.travel.mode,
      maxKm: text(candidate.travel.maxKm),
      maxMinutes: text(candidate.travel.maxMinutes),
      educationLevel: candidate.educationLevel ?? '',
      hoursMin: String(candidate.wishes.hoursPerWeekMin),
      hoursMax: String(candidate.wishes.hoursPerWeekMax),
      source: candidate.belastbaarheid?.source ?? '',
      assessedOn: candidate.belastbaarheid?.assessedOn ?? '',
      benefitStartedOn: candidate.benefitStartedOn,
      participatieladder: String(candidate.participatieladder),
    },
    competences: await Promise.all(
      candidate.competences.map(async (c) => ({
        code: c.code,
        level: c.level,
        years: text(c.years),
        label: await labelOf('competence', c.code),
      })),
    ),
    occupations: await Promise.all(
      candidate.wishes.occupations.map(async (code) => ({ code, label: await labelOf('occupation', code) })),
    ),
    sectors: candidate.wishes.sectors,
    contractTypes: candidate.wishes.contractTypes,
    limits: Object.fromEntries((candidate.belastbaarheid?.limits ?? []).map((l) => [l.item, String(l.level)])),
    jobs: await Promise.all(
      (candidate.workHistory ?? []).map(async (job) => ({
        key: newJobKey(),
        code: job.occupation,
        label: await labelOf('occupation', job.occupation),
        employer: job.employer ?? '',
        from: job.from,
        until: job.until ?? '',
      })),
    ),
    instruments: candidate.instruments ?? [],
  };
}

/** A number as typed ("7,5" or "7.5"); the text itself (for the API to refuse) when it is none, nothing when empty. */
function numberOf(typed) {
  const value = typed.trim();
  if (!value) return undefined;
  const number = Number(value.replace(',', '.'));
  return Number.isNaN(number) ? value : number;
}

function ProfileForm({ candidate, initial, demandItems, request, onSaved }) {
  const [fields, setFields] = useState(initial.fields);
  const [competences, setCompetences] = useState(initial.competences);
  const [occupations, setOccupations] = useState(initial.occupations);
  const [sectors, setSectors] = useState(initial.sectors);
  const [contractTypes, setContractTypes] = useState(initial.contractTypes);
  const [limits, setLimits] = useState(initial.limits);
  const [jobs, setJobs] = useState(initial.jobs);
  const [instruments, setInstruments] = useState(initial.instruments);
  const [busy, setBusy] = useState(false);
  const save = useSaveStatus();
  // A draft of a candidate's profile (with their belastbaarheid, health data) lives in sessionStorage
  // only: it ends with the tab and never stays behind on a shared computer.
  useDraft({ form: 'kandidaat', record: candidate.id, storage: 'session', initial }, () => ({
    fields,
    competences,
    occupations,
    sectors,
    contractTypes,
    limits,
    jobs,
    instruments,
  }));
  const set = (key) => (event) => setFields({ ...fields, [key]: event.currentTarget.value });
  const filledLimits = () => Object.entries(limits).filter(([, level]) => level !== '');

  function fieldIdOf(name) {
    const competence = /^competences\[(\d+)\]\.?(\w*)/.exec(name);
    if (competence) {
      const picked = competences[Number(competence[1])];
      if (!picked) return 'competence';
      return competence[2] === 'years' ? `years-${picked.code}` : `level-${picked.code}`;
    }
    const job = /^workHistory\[(\d+)\]\.?(\w*)/.exec(name);
    if (job) {
      const row = jobs[Number(job[1])];
      return row && ['employer', 'from', 'until'].includes(job[2]) ? `work-${job[2]}-${row.key}` : 'work-occupation';
    }
    const limit = /^belastbaarheid\.limits\[(\d+)\]/.exec(name);
    if (limit) {
      const [item] = filledLimits()[Number(limit[1])] ?? [];
      return item ? `limit-${item}` : 'fml-source';
    }
    return FIELD_IDS[name.replace(/\[\d+\]$/, '')];
  }
  const fieldErrors = useFieldErrors(fieldIdOf, OWN_TEXT, { summaryId: 'profiel-fouten' });
  const { errors } = fieldErrors;

  function body() {
    const assessed = fields.source || fields.assessedOn || filledLimits().length > 0;
    return {
      name: fields.name.trim(),
      ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
      ...(fields.phone.trim() ? { phone: fields.phone.trim() } : {}),
      birthYear: numberOf(fields.birthYear),
      postcode: fields.postcode.trim(),
      travel: {
        mode: fields.travelMode,
        ...(numberOf(fields.maxKm) !== undefined ? { maxKm: numberOf(fields.maxKm) } : {}),
        ...(numberOf(fields.maxMinutes) !== undefined ? { maxMinutes: numberOf(fields.maxMinutes) } : {}),
      },
      ...(fields.educationLevel ? { educationLevel: fields.educationLevel } : {}),
      competences: competences.map((c) => ({
        code: c.code,
        level: c.level,
        ...(numberOf(c.years) !== undefined ? { years: numberOf(c.years) } : {}),
      })),
      wishes: {
        occupations: occupations.map((o) => o.code),
        sectors,
        hoursPerWeekMin: numberOf(fields.hoursMin),
        hoursPerWeekMax: numberOf(fields.hoursMax),
        contractTypes,
      },
      ...(assessed
        ? {
            belastbaarheid: {
              source: fields.source,
              assessedOn: fields.assessedOn,
              limits: filledLimits().map(([item, level]) => ({ item, level: Number(level) })),
            },
          }
        : {}),
      workHistory: jobs.map((job) => ({
        occupation: job.code,
        ...(job.employer.trim() ? { employer: job.employer.trim() } : {}),
        from: job.from,
        until: job.until || null,
      })),
      instruments,
      benefitStartedOn: fields.benefitStartedOn,
      participatieladder: Number(fields.participatieladder),
    };
  }

  async function submit(event) {
    event.preventDefault();
    save.clear();
    setBusy(true);
    try {
      const saved = await request.send(`/candidates/${candidate.id}`, 'PUT', body());
      fieldErrors.show(null);
      discardDraft('kandidaat', candidate.id);
      onSaved(saved);
    } catch (e) {
      if (save.interrupted(e, () => submit(event))) return;
      if (!fieldErrors.show(e.problem)) save.error(`Nog niet opgeslagen. ${problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }

  const addCompetence = (hit) => {
    if (!competences.some((c) => c.code === hit.code))
      setCompetences([...competences, { code: hit.code, label: hit.label, level: 1, years: '' }]);
    fieldErrors.clear('competence');
    announce(`${hit.label} toegevoegd.`);
  };
  const changeCompetence = (index, change) =>
    setCompetences(competences.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const addJob = (hit) => {
    const label = hit.countsAsLabel ?? hit.label;
    setJobs([...jobs, { key: newJobKey(), code: hit.countsAs ?? hit.code, label, employer: '', from: '', until: '' }]);
    fieldErrors.clear('work-occupation');
    announce(`Baan als ${label} toegevoegd. Vul de werkgever en de maanden in.`);
  };
  const changeJob = (key, change) => setJobs(jobs.map((job) => (job.key === key ? { ...job, ...change } : job)));
  const jobLabels = Object.fromEntries(
    jobs.flatMap((job, index) => [
      [`work-employer-${job.key}`, `Baan ${index + 1}, werkgever`],
      [`work-from-${job.key}`, `Baan ${index + 1}, van`],
      [`work-until-${job.key}`, `Baan ${index + 1}, tot`],
    ]),
  );
  const toggleIn = (list, setList, value) => (event) =>
    setList(event.currentTarget.checked ? [...list, value] : list.filter((v) => v !== value));
  const old = isOld(fields.assessedOn);

  return html`
    <form class="vacancy-form profile-form" onSubmit=${submit} novalidate aria-labelledby="profiel-kop">
      <${ErrorSummary} id="profiel-fouten" errors=${errors} labels=${{ ...LABELS, ...jobLabels }} />
      <fieldset>
        <legend>Persoon</legend>
        <div class="form-row">
          <div><label for="name">Naam</label>
            <input id="name" autocomplete="off" value=${fields.name} onInput=${set('name')} ...${invalidAttributes(errors, 'name')} />
            <${FieldError} errors=${errors} id="name" /></div>
          <div><label for="birth-year">Geboortejaar</label>
            <input id="birth-year" inputMode="numeric" value=${fields.birthYear} onInput=${set('birthYear')} ...${invalidAttributes(errors, 'birth-year', 'birth-year-hint')} />
            <p class="hint" id="birth-year-hint">Alleen voor rapportages per leeftijdsgroep, nooit voor matching.</p>
            <${FieldError} errors=${errors} id="birth-year" /></div>
        </div>
        <div class="form-row">
          <div><label for="email">E-mailadres (niet verplicht)</label>
            <input id="email" type="email" autocomplete="off" value=${fields.email} onInput=${set('email')} ...${invalidAttributes(errors, 'email')} />
            <${FieldError} errors=${errors} id="email" /></div>
          <div><label for="phone">Telefoonnummer (niet verplicht)</label>
            <input id="phone" type="tel" autocomplete="off" value=${fields.phone} onInput=${set('phone')} ...${invalidAttributes(errors, 'phone')} />
            <${FieldError} errors=${errors} id="phone" /></div>
        </div>
        <div class="form-row">
          <div><label for="benefit-start">Uitkering sinds</label>
            <input id="benefit-start" type="date" value=${fields.benefitStartedOn} onInput=${set('benefitStartedOn')} ...${invalidAttributes(errors, 'benefit-start')} />
            <${FieldError} errors=${errors} id="benefit-start" /></div>
          <div><label for="ladder">Participatieladder</label>
            <select id="ladder" value=${fields.participatieladder} onChange=${set('participatieladder')} ...${invalidAttributes(errors, 'ladder')}>
              ${Object.entries(LADDER_STEPS).map(([step, name]) => html`<option value=${step}>${name}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="ladder" /></div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Woonplaats en reizen</legend>
        <div class="form-row">
          <div><label for="postcode">Postcode (4 cijfers)</label>
            <input id="postcode" inputMode="numeric" maxLength="7" value=${fields.postcode} onInput=${set('postcode')} ...${invalidAttributes(errors, 'postcode')} />
            <${FieldError} errors=${errors} id="postcode" /></div>
          <div><label for="travel-mode">Reist met</label>
            <select id="travel-mode" value=${fields.travelMode} onChange=${set('travelMode')} ...${invalidAttributes(errors, 'travel-mode')}>
              ${Object.entries(TRAVEL_MODE_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="travel-mode" /></div>
          <div><label for="travel-km">Hoogstens kilometers</label>
            <input id="travel-km" inputMode="decimal" value=${fields.maxKm} onInput=${set('maxKm')} ...${invalidAttributes(errors, 'travel-km', 'travel-hint')} />
            <${FieldError} errors=${errors} id="travel-km" /></div>
          <div><label for="travel-minutes">Hoogstens minuten</label>
            <input id="travel-minutes" inputMode="numeric" value=${fields.maxMinutes} onInput=${set('maxMinutes')} ...${invalidAttributes(errors, 'travel-minutes', 'travel-hint')} />
            <${FieldError} errors=${errors} id="travel-minutes" /></div>
        </div>
        <p class="hint" id="travel-hint">Vul kilometers, minuten of allebei in.</p>
      </fieldset>
      <fieldset>
        <legend>Opleiding en vaardigheden</legend>
        <label for="education">Opleidingsniveau</label>
        <select id="education" value=${fields.educationLevel} onChange=${set('educationLevel')} ...${invalidAttributes(errors, 'education')}>
          <option value="">Nog niet bekend</option>
          ${Object.entries(CANDIDATE_EDUCATION_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
        </select>
        <${FieldError} errors=${errors} id="education" />
        <${TaxonomyPicker} id="competence" label="Vaardigheid toevoegen" kind="competence" errors=${errors}
          hint="Typ een vaardigheid, bijvoorbeeld ‘schoonmaak’, en kies uit de lijst." onPick=${addCompetence} />
        ${
          competences.length === 0
            ? html`<p class="hint">Nog geen vaardigheden gekozen.</p>`
            : html`
          <ul class="plain picked-list">
            ${competences.map(
              (c, index) => html`
              <li key=${c.code}>
                <span class="picked-name">${c.label}</span>
                <label class="visually-hidden" for=${`level-${c.code}`}>Niveau voor ${c.label}</label>
                <select id=${`level-${c.code}`} value=${c.level} onChange=${(e) => changeCompetence(index, { level: Number(e.currentTarget.value) })}
                  ...${invalidAttributes(errors, `level-${c.code}`)}>
                  ${Object.entries(COMPETENCE_LEVELS).map(([level, name]) => html`<option value=${level}>${name}</option>`)}
                </select>
                <label for=${`years-${c.code}`}>Jaren ervaring<span class="visually-hidden"> met ${c.label}</span></label>
                <input id=${`years-${c.code}`} class="short" inputMode="decimal" value=${c.years} onInput=${(e) => changeCompetence(index, { years: e.currentTarget.value })}
                  ...${invalidAttributes(errors, `years-${c.code}`)} />
                <button type="button" class="link" onClick=${() => setCompetences(competences.filter((_, i) => i !== index))}>Verwijder<span class="visually-hidden"> ${c.label}</span></button>
                <${FieldError} errors=${errors} id=${`level-${c.code}`} />
                <${FieldError} errors=${errors} id=${`years-${c.code}`} />
              </li>`,
            )}
          </ul>`
        }
      </fieldset>
      <fieldset>
        <legend>Werkervaring</legend>
        <${TaxonomyPicker} id="work-occupation" label="Baan toevoegen: beroep" kind="occupation" errors=${errors}
          hint="Typ het beroep van een baan die de kandidaat had en kies uit de lijst. Vul daarna de werkgever en de maanden in." onPick=${addJob} />
        ${
          jobs.length === 0
            ? html`<p class="hint">Nog geen werkervaring ingevuld.</p>`
            : html`
          <ol class="plain work-history">
            ${jobs.map(
              (job, index) => html`
              <li key=${job.key}>
                <fieldset class="job">
                  <legend>Baan ${index + 1}: ${job.label}</legend>
                  <div class="form-row">
                    <div><label for=${`work-employer-${job.key}`}>Werkgever (niet verplicht)</label>
                      <input id=${`work-employer-${job.key}`} maxLength="100" autocomplete="off" value=${job.employer}
                        onInput=${(e) => changeJob(job.key, { employer: e.currentTarget.value })} ...${invalidAttributes(errors, `work-employer-${job.key}`)} />
                      <${FieldError} errors=${errors} id=${`work-employer-${job.key}`} /></div>
                    <div><label for=${`work-from-${job.key}`}>Van (maand)</label>
                      <input id=${`work-from-${job.key}`} type="month" placeholder="jjjj-mm" value=${job.from}
                        onInput=${(e) => changeJob(job.key, { from: e.currentTarget.value })} ...${invalidAttributes(errors, `work-from-${job.key}`)} />
                      <${FieldError} errors=${errors} id=${`work-from-${job.key}`} /></div>
                    <div><label for=${`work-until-${job.key}`}>Tot (maand)</label>
                      <input id=${`work-until-${job.key}`} type="month" placeholder="jjjj-mm" value=${job.until}
                        onInput=${(e) => changeJob(job.key, { until: e.currentTarget.value })} ...${invalidAttributes(errors, `work-until-${job.key}`, 'work-until-hint')} />
                      <${FieldError} errors=${errors} id=${`work-until-${job.key}`} /></div>
                  </div>
                  <button type="button" class="link" onClick=${() => setJobs(jobs.filter((other) => other.key !== job.key))}>Verwijder<span class="visually-hidden"> baan ${index + 1}: ${job.label}</span></button>
                </fieldset>
              </li>`,
            )}
          </ol>
          <p class="hint" id="work-until-hint">Laat ‘Tot’ leeg als de kandidaat er nog werkt.</p>`
        }
      </fieldset>
      <fieldset>
        <legend>Wensen</legend>
        <${TaxonomyPicker} id="wish-occupation" label="Gewenst beroep toevoegen" kind="occupation" errors=${errors}
          hint="Typ een deel van het beroep en kies uit de lijst." onPick=${(hit) => {
            const code = hit.countsAs ?? hit.code;
            if (!occupations.some((o) => o.code === code))
              setOccupations([...occupations, { code, label: hit.countsAsLabel ?? hit.label }]);
            fieldErrors.clear('wish-occupation');
          }} />
        ${
          occupations.length > 0 &&
          html`<ul class="plain picked-list" aria-label="Gewenste beroepen">
            ${occupations.map(
              (o) => html`<li key=${o.code}><span class="picked-name">${o.label}</span>
                <button type="button" class="link" onClick=${() => setOccupations(occupations.filter((x) => x.code !== o.code))}>Verwijder<span class="visually-hidden"> ${o.label}</span></button></li>`,
            )}
          </ul>`
        }
        <fieldset class="inline" aria-describedby=${errors.has('sector-A') ? 'sector-A-error' : undefined}>
          <legend>Sectoren</legend>
          ${Object.entries(SECTOR_NAMES).map(
            ([code, name]) => html`
            <label class="choice"><input id=${`sector-${code}`} type="checkbox" checked=${sectors.includes(code)} onChange=${toggleIn(sectors, setSectors, code)} /> ${name}</label>`,
          )}
          <${FieldError} errors=${errors} id="sector-A" />
        </fieldset>
        <div class="form-row">
          <div><label for="hours-min">Uren per week, minimaal</label>
            <input id="hours-min" inputMode="numeric" value=${fields.hoursMin} onInput=${set('hoursMin')} ...${invalidAttributes(errors, 'hours-min')} />
            <${FieldError} errors=${errors} id="hours-min" /></div>
          <div><label for="hours-max">Uren per week, maximaal</label>
            <input id="hours-max" inputMode="numeric" value=${fields.hoursMax} onInput=${set('hoursMax')} ...${invalidAttributes(errors, 'hours-max')} />
            <${FieldError} errors=${errors} id="hours-max" /></div>
        </div>
        <fieldset class="inline" aria-describedby=${errors.has('contract-permanent') ? 'contract-permanent-error' : undefined}>
          <legend>Soorten contract</legend>
          ${Object.entries(CONTRACT_NAMES).map(
            ([code, name]) => html`
            <label class="choice"><input id=${`contract-${code}`} type="checkbox" checked=${contractTypes.includes(code)} onChange=${toggleIn(contractTypes, setContractTypes, code)} /> ${name}</label>`,
          )}
          <${FieldError} errors=${errors} id="contract-permanent" />
        </fieldset>
      </fieldset>
      <fieldset aria-describedby=${errors.has('instrument-proefplaatsing') ? 'instrumenten-hint instrument-proefplaatsing-error' : 'instrumenten-hint'}>
        <legend>Instrumenten</legend>
        <p class="hint" id="instrumenten-hint">Waarvoor de kandidaat in aanmerking komt. Werkgevers zien dit niet in het profiel dat zij krijgen.</p>
        ${Object.entries(INSTRUMENT_NAMES).map(
          ([code, name]) => html`
          <label class="choice"><input id=${`instrument-${code}`} type="checkbox" checked=${instruments.includes(code)} onChange=${toggleIn(instruments, setInstruments, code)} /> ${name}</label>`,
        )}
        <${FieldError} errors=${errors} id="instrument-proefplaatsing" />
      </fieldset>
      <fieldset>
        <legend>Belastbaarheid (FML)</legend>
        <p class="hint">Gezondheidsgegevens: leg alleen vast wat nodig is om passend werk te vinden. Werkgevers zien de grenzen niet.</p>
        <div class="form-row">
          <div><label for="fml-source">Beoordeeld door</label>
            <select id="fml-source" value=${fields.source} onChange=${set('source')} ...${invalidAttributes(errors, 'fml-source')}>
              <option value="">Nog niet beoordeeld</option>
              ${Object.entries(ASSESSMENT_SOURCE_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
            <${FieldError} errors=${errors} id="fml-source" /></div>
          <div><label for="fml-date">Datum van de beoordeling</label>
            <input id="fml-date" type="date" value=${fields.assessedOn} onInput=${set('assessedOn')} ...${invalidAttributes(errors, 'fml-date', old ? 'fml-old' : undefined)} />
            <${FieldError} errors=${errors} id="fml-date" /></div>
        </div>
        ${old && html`<p class="fit warn" id="fml-old"><strong>Let op:</strong> deze beoordeling is ouder dan een jaar. Kijk met de kandidaat of de grenzen nog kloppen.</p>`}
        <p class="hint">Per onderdeel het meeste dat de kandidaat aankan. Laat leeg waar geen beperking is.</p>
        <div class="demands">
          ${demandItems.map(
            (item) => html`
            <div key=${item.code}>
              <label for=${`limit-${item.code}`}>${item.label[0].toUpperCase()}${item.label.slice(1)}</label>
              <select id=${`limit-${item.code}`} value=${limits[item.code] ?? ''} onChange=${(e) => setLimits({ ...limits, [item.code]: e.currentTarget.value })}
                ...${invalidAttributes(errors, `limit-${item.code}`)}>
                <option value="">Geen beperking</option>
                ${item.levels.map((level) => html`<option value=${level.level}>${level.label}</option>`)}
              </select>
              <${FieldError} errors=${errors} id=${`limit-${item.code}`} />
            </div>`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Profiel opslaan</button>
      </div>
      <${SaveStatus} save=${save} />
    </form>`;
}

export function CandidateProfileScreen({ params: [candidateId], session }) {
  const [candidate, setCandidate] = useState(null);
  const [initial, setInitial] = useState(null);
  const [demandItems, setDemandItems] = useState(null);
  const [needsReason, setNeedsReason] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [restored, setRestored] = useState(null);
  const [message, say, setMessage] = useMessage();
  const request = candidateApi(candidateId);

  async function load() {
    try {
      const [loaded, demands] = await Promise.all([
        request.get(`/candidates/${candidateId}`),
        api('/taxonomy/demands'),
      ]);
      setNeedsReason(false);
      setDemandItems(demands);
      const stored = await formStateOf(loaded);
      const draft = readDraft('kandidaat', candidateId);
      // The rows of the work history get new keys: the counter started again with the page.
      if (draft) draft.jobs = draft.jobs.map((job) => ({ ...job, key: newJobKey() }));
      setRestored(draft && { stored });
      setInitial(draft ?? stored);
      setCandidate(loaded);
    } catch (e) {
      const code = e.problem?.code;
      if (code === 'caseload.reason-required' || code === 'audit.purpose-required') return setNeedsReason(true);
      setMessage({ kind: 'error', text: problemText(e.problem) });
    }
  }

  useEffect(() => {
    load();
  }, [candidateId]);

  async function saved(profile) {
    setCandidate(profile);
    setInitial(await formStateOf(profile));
    setRestored(null);
    setFormKey((k) => k + 1);
    const missing = missingOf(profile);
    say(
      'success',
      missing.length
        ? `Profiel opgeslagen. Voor matching ontbreekt nog: ${missing.map((m) => MISSING_FOR_MATCHING[m]).join(', ')}.`
        : 'Profiel opgeslagen. Het profiel is compleet: Werkbrug zoekt passend werk.',
    );
  }

  const crumbs = html`<p class="crumbs"><a href="#/kandidaten">← Kandidaten</a></p>`;
  if (needsReason)
    return html`${crumbs}<${Heading}>Dossier openen</${Heading}>
      <${ReasonForm} candidate=${{ name: '' }} busy=${false} onOpen=${(reason) => {
        rememberPurpose(candidateId, reason);
        load();
      }} />`;
  if (!candidate)
    return html`${crumbs}<${Heading}>Kandidaat</${Heading}>${message ? html`<${MessageNotice} message=${message} />` : html`<p aria-busy="true">Het dossier wordt geladen…</p>`}`;

  const missing = missingOf(candidate);
  return html`
    ${crumbs}
    <${Heading}>${candidate.name}</${Heading}>
    <p class="meta">Postcode ${candidate.postcode} · ${AVAILABILITY_NAMES[candidate.availability]} · trede ${candidate.participatieladder} op de participatieladder</p>
    <${MessageNotice} message=${message} />
    ${
      missing.length > 0 &&
      html`<${Notice} kind="info"><strong>Profiel niet compleet.</strong> Voor matching ontbreekt: ${missing.map((m) => MISSING_FOR_MATCHING[m]).join(', ')}. Tot het compleet is, zoekt Werkbrug geen werk voor deze kandidaat.</${Notice}>`
    }
    <${DossierSection} id="profiel-kop" title="Profiel">
      ${
        restored &&
        html`<${DraftNotice} onDiscard=${() => {
          discardDraft('kandidaat', candidateId);
          setInitial(restored.stored);
          setRestored(null);
          setFormKey((k) => k + 1);
        }} />`
      }
      <${ProfileForm} key=${formKey} candidate=${candidate} initial=${initial} demandItems=${demandItems} request=${request} onSaved=${saved} />
    </${DossierSection}>
    <${DossierSection} id="beschikbaarheid-kop" title="Beschikbaarheid">
      <${AvailabilitySection} candidate=${candidate} request=${request} onChanged=${(change) => setCandidate({ ...candidate, ...change })} say=${say} />
    </${DossierSection}>
    ${
      followsCaseWork(session) &&
      html`<${DossierSection} id="lijsten-kop" title="Waarom (niet) op een lijst">
        <${ExclusionsSection} candidate=${candidate} request=${request} demandItems=${demandItems} />
      </${DossierSection}>`
    }
    ${
      followsCaseWork(session) &&
      html`<${DossierSection} id="gebeurd-kop" title="Wat er gebeurde">
        <${TimelineSection} candidate=${candidate} request=${request} />
      </${DossierSection}>`
    }
    <${DossierSection} id="toestemming-kop" title="Toestemming">
      <${ConsentSection} candidate=${candidate} request=${request} demandItems=${demandItems} say=${say} />
    </${DossierSection}>
    <${DossierSection} id="aanbod-kop" title="Vacatures aanbieden">
      <${OffersSection} candidate=${candidate} request=${request} say=${say} />
    </${DossierSection}>
    <${DossierSection} id="opleiding-kop" title="Opleiding">
      <${TrainingSection} candidate=${candidate} request=${request} say=${say} />
    </${DossierSection}>
    <${DossierSection} id="privacy-kop" title="Privacy (AVG)">
      <${PrivacySection} candidate=${candidate} request=${request} session=${session} />
    </${DossierSection}>`;
}

/** The candidate's case (exclusions are health data): the API gives it to klantmanagers and jobhunters only. */
const followsCaseWork = (session) => ['klantmanager', 'jobhunter'].includes(session?.role);

/** What matching still lacks, as the caseload's list says it. */
function missingOf(candidate) {
  return [
    candidate.educationLevel === null && 'educationLevel',
    candidate.belastbaarheid === null && 'belastbaarheid',
    candidate.competences.length === 0 && 'competences',
  ].filter(Boolean);
}
