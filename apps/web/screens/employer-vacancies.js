// The employer's vacancies, and a guided form to post a new one.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { CONTRACT_NAMES, EDUCATION_NAMES, explainProblem } from '../text.js';
import { announce, Heading, Notice } from '../ui.js';
import { TaxonomyPicker } from './taxonomy-picker.js';

const LEVELS = { 1: 'basis', 2: 'ervaren', 3: 'expert' };
const FIELD_NAMES = { title: 'Functietitel', occupation: 'Beroep', postcode: 'Postcode', positions: 'Aantal plekken', hoursPerWeek: 'Uren per week' };

export function EmployerVacanciesScreen() {
  const [vacancies, setVacancies] = useState(null);
  const [error, setError] = useState('');

  useEffect(() => {
    api('/vacancies').then(setVacancies).catch((e) => setError(explainProblem(e.problem ?? {})));
  }, []);

  return html`
    <${Heading}>Mijn vacatures</${Heading}>
    <p><a class="button-link" href="#/mijn-vacatures/nieuw">Nieuwe vacature plaatsen</a></p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!vacancies && !error && html`<p aria-busy="true">Vacatures worden geladen…</p>`}
    ${vacancies && vacancies.length === 0 && html`<p>U heeft nog geen vacatures geplaatst.</p>`}
    ${vacancies && vacancies.length > 0 && html`
      <ul class="cards vacancies">
        ${vacancies.map((vacancy) => html`
          <li class="card">
            <h2>${vacancy.title}</h2>
            <p class="meta">${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · ${CONTRACT_NAMES[vacancy.contractType] ?? vacancy.contractType}</p>
            <p class="state"><span class=${`tag ${vacancy.status === 'open' ? 'ready' : ''}`}>${vacancy.status === 'open' ? 'Open' : 'Gesloten'}</span></p>
          </li>`)}
      </ul>`}`;
}

const EMPTY = { title: '', description: '', postcode: '', positions: '1', hoursPerWeek: '', contractType: 'permanent', startDate: '', minimumEducation: '' };

export function VacancyFormScreen() {
  const [fields, setFields] = useState(EMPTY);
  const [occupation, setOccupation] = useState(null);
  const [competences, setCompetences] = useState([]);
  const [demandItems, setDemandItems] = useState([]);
  const [demands, setDemands] = useState({});
  const [proefplaatsing, setProefplaatsing] = useState(true);
  const [training, setTraining] = useState(false);
  const [message, setMessage] = useState(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api('/taxonomy/demands').then(setDemandItems).catch((e) => setMessage({ kind: 'error', text: explainProblem(e.problem ?? {}) }));
  }, []);

  const set = (name) => (event) => setFields({ ...fields, [name]: event.currentTarget.value });
  const addCompetence = (hit) => {
    if (!competences.some((c) => c.code === hit.code)) setCompetences([...competences, { code: hit.code, label: hit.label, level: 2 }]);
    announce(`${hit.label} toegevoegd.`);
  };

  async function submit(event) {
    event.preventDefault();
    if (!occupation) {
      setMessage({ kind: 'error', text: 'Kies een beroep uit de lijst: typ een deel van de naam en kies een suggestie.' });
      return document.getElementById('occupation')?.focus();
    }
    setBusy(true);
    setMessage(null);
    const body = {
      title: fields.title,
      ...(fields.description.trim() ? { description: fields.description.trim() } : {}),
      occupation: occupation.code,
      postcode: fields.postcode.trim(),
      positions: Number(fields.positions),
      hoursPerWeek: Number(fields.hoursPerWeek),
      contractType: fields.contractType,
      ...(fields.startDate ? { startDate: fields.startDate } : {}),
      ...(fields.minimumEducation ? { minimumEducation: fields.minimumEducation } : {}),
      requiredCompetences: competences.map(({ code, level }) => ({ code, level })),
      desirableCompetences: [],
      demands: Object.entries(demands).filter(([, level]) => level !== '').map(([item, level]) => ({ item, level: Number(level) })),
      openToProefplaatsing: proefplaatsing,
      trainingOffered: training,
    };
    try {
      const vacancy = await api('/vacancies', { method: 'POST', body });
      const text = `Vacature “${vacancy.title}” is geplaatst. Werkbrug zoekt nu passende kandidaten.`;
      setMessage({ kind: 'success', text });
      announce(text);
      setFields(EMPTY);
      setOccupation(null);
      setCompetences([]);
      setDemands({});
    } catch (e) {
      const names = (e.problem?.invalidParams ?? []).map((p) => `${FIELD_NAMES[p.name] ?? p.name}: ${p.reason}`);
      setMessage({ kind: 'error', text: names.length ? `Nog niet geplaatst. ${names.join('; ')}` : explainProblem(e.problem ?? {}) });
    } finally {
      setBusy(false);
    }
  }

  return html`
    <p class="crumbs"><a href="#/mijn-vacatures">← Mijn vacatures</a></p>
    <${Heading}>Nieuwe vacature</${Heading}>
    ${message && html`<${Notice} kind=${message.kind}>${message.text}</${Notice}>`}
    <form class="vacancy-form" onSubmit=${submit} novalidate>
      <fieldset>
        <legend>1. Het werk</legend>
        <label for="title">Functietitel</label>
        <input id="title" required minLength="3" maxLength="200" value=${fields.title} onInput=${set('title')} />
        <${TaxonomyPicker} id="occupation" label="Beroep" kind="occupation" required=${true}
          hint="Typ een deel van het beroep, bijvoorbeeld ‘schoonmaak’, en kies uit de lijst." onPick=${setOccupation} />
        ${occupation && html`<p class="picked">Gekozen beroep: <strong>${occupation.label}</strong></p>`}
        <label for="description">Omschrijving (niet verplicht)</label>
        <textarea id="description" rows="3" maxLength="5000" value=${fields.description} onInput=${set('description')}></textarea>
      </fieldset>
      <fieldset>
        <legend>2. Waar en hoeveel</legend>
        <div class="form-row">
          <div><label for="postcode">Postcode van de werkplek (4 cijfers)</label>
            <input id="postcode" inputMode="numeric" maxLength="7" value=${fields.postcode} onInput=${set('postcode')} /></div>
          <div><label for="positions">Aantal plekken</label>
            <input id="positions" type="number" min="1" max="100" value=${fields.positions} onInput=${set('positions')} /></div>
          <div><label for="hours">Uren per week</label>
            <input id="hours" type="number" min="1" max="40" value=${fields.hoursPerWeek} onInput=${set('hoursPerWeek')} /></div>
        </div>
        <div class="form-row">
          <div><label for="contract">Soort contract</label>
            <select id="contract" value=${fields.contractType} onChange=${set('contractType')}>
              ${Object.entries(CONTRACT_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select></div>
          <div><label for="start">Begindatum (niet verplicht)</label>
            <input id="start" type="date" value=${fields.startDate} onInput=${set('startDate')} /></div>
          <div><label for="education">Minimale opleiding</label>
            <select id="education" value=${fields.minimumEducation} onChange=${set('minimumEducation')}>
              <option value="">Geen eis</option>
              ${Object.entries(EDUCATION_NAMES).filter(([code]) => code !== 'none').map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select></div>
        </div>
      </fieldset>
      <fieldset>
        <legend>3. Wat moet iemand kunnen</legend>
        <${TaxonomyPicker} id="competence" label="Vaardigheid toevoegen" kind="competence" hint="Typ een vaardigheid en kies uit de lijst." onPick=${addCompetence} />
        ${competences.length === 0 ? html`<p class="hint">Nog geen vaardigheden gekozen.</p>` : html`
          <ul class="plain picked-list">
            ${competences.map((competence, index) => html`
              <li>
                <span>${competence.label}</span>
                <label class="visually-hidden" for=${`level-${competence.code}`}>Niveau voor ${competence.label}</label>
                <select id=${`level-${competence.code}`} value=${competence.level}
                  onChange=${(e) => setCompetences(competences.map((c, i) => (i === index ? { ...c, level: Number(e.currentTarget.value) } : c)))}>
                  ${Object.entries(LEVELS).map(([level, name]) => html`<option value=${level}>${name}</option>`)}
                </select>
                <button type="button" class="link" onClick=${() => setCompetences(competences.filter((_, i) => i !== index))}>Verwijder ${competence.label}</button>
              </li>`)}
          </ul>`}
      </fieldset>
      <fieldset>
        <legend>4. Wat vraagt het werk van het lichaam en de geest</legend>
        <p class="hint">Kies alleen wat echt bij dit werk hoort. Zo stellen we niemand voor die dit werk niet aankan.</p>
        <div class="demands">
          ${demandItems.filter((item) => item.code !== 'hours-per-week').map((item) => html`
            <div>
              <label for=${`demand-${item.code}`}>${item.label[0].toUpperCase()}${item.label.slice(1)}</label>
              <select id=${`demand-${item.code}`} value=${demands[item.code] ?? ''} onChange=${(e) => setDemands({ ...demands, [item.code]: e.currentTarget.value })}>
                <option value="">Geen bijzondere eis</option>
                ${item.levels.filter((level) => level.level > 0).map((level) => html`<option value=${level.level}>${level.label}</option>`)}
              </select>
            </div>`)}
        </div>
      </fieldset>
      <fieldset>
        <legend>5. Wat u biedt</legend>
        <label class="choice"><input type="checkbox" checked=${proefplaatsing} onChange=${(e) => setProefplaatsing(e.currentTarget.checked)} /> Een proefplaatsing is mogelijk</label>
        <label class="choice"><input type="checkbox" checked=${training} onChange=${(e) => setTraining(e.currentTarget.checked)} /> Wij bieden opleiding op de werkplek</label>
      </fieldset>
      <button type="submit" class="primary" disabled=${busy}>Vacature plaatsen</button>
    </form>`;
}
