// The jobhunter's speeddates: plan an event, invite employers and candidates from the shortlists, take
// and adjust the suggested schedule, and, from the day it is held, log each conversation's outcome with
// big buttons.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, SaveStatus, useFieldErrors, useSaveStatus } from '../form-errors.js';
import { html } from '../html.js';
import {
  asDate,
  asPercent,
  dutchDay,
  fieldProblemText,
  problemText,
  REJECTION_REASONS,
  SECTOR_NAMES,
  WITHDRAWN_BECAUSE,
} from '../text.js';
import { announce, Heading, MessageNotice, navigateWithNotice, Notice, takeNotice, useMessage } from '../ui.js';
import { TaxonomyPicker } from './taxonomy-picker.js';

const INTERESTS = {
  both: 'Beide',
  'employer-only': 'Alleen werkgever',
  'candidate-only': 'Alleen kandidaat',
  none: 'Geen',
};

const NEXT_STEPS = {
  'second-interview': 'Tweede gesprek',
  proefplaatsing: 'Proefplaatsing',
  'werken-met-behoud': 'Werken met behoud',
  training: 'Training',
  'contract-offered': 'Contract aangeboden',
  'no-match': 'Geen match',
};

/** What went wrong with a conversation's outcome: the field's own text, else the answer's. */
function explainOutcomeProblem(problem) {
  const [param] = problem.invalidParams ?? [];
  return param ? fieldProblemText(param) : problemText(problem);
}

const today = () => dutchDay();

export function SpeeddatesScreen() {
  const [events, setEvents] = useState(null);
  const [error, setError] = useState('');

  useEffect(() => {
    apiAll('/speeddates')
      .then(setEvents)
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  // Today's and coming events first, then the past ones, most recent first.
  const coming = (events ?? []).filter((event) => event.heldOn >= today());
  const past = (events ?? []).filter((event) => event.heldOn < today()).reverse();
  const list = (items) => html`
    <ul class="cards events">
      ${items.map(
        (event) => html`
        <li class="card">
          <h3><a href=${`#/speeddates/${event.id}`}>${event.title}</a></h3>
          <p class="meta">${asDate(event.heldOn)} · ${event.startsAt} uur · ${event.place}</p>
        </li>`,
      )}
    </ul>`;

  return html`
    <${Heading}>Speeddates</${Heading}>
    <p><a class="button-link" href="#/speeddates/nieuw">Speeddate plannen</a></p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!events && !error && html`<p aria-busy="true">Speeddates worden geladen…</p>`}
    ${events && events.length === 0 && html`<p>Er zijn nog geen speeddates.</p>`}
    ${coming.length > 0 && html`<section aria-labelledby="coming-heading"><h2 id="coming-heading">Vandaag en later</h2>${list(coming)}</section>`}
    ${past.length > 0 && html`<section aria-labelledby="past-heading"><h2 id="past-heading">Geweest</h2>${list(past)}</section>`}`;
}

/** The start of a round: the event's start plus the rounds before it, HH:MM. */
function slotTime(event, slot) {
  const [hours, minutes] = event.startsAt.split(':').map(Number);
  const total = hours * 60 + minutes + (slot - 1) * event.slotMinutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const PLAN_FIELDS = ['title', 'heldOn', 'startsAt', 'slotMinutes', 'slotCount', 'place', 'region', 'sectorFocus'];

/** Plans a new speeddate: what, when, where, how many rounds of how long, and the sectors it is about. */
export function NewSpeeddateScreen() {
  const [values, setValues] = useState({
    title: '',
    heldOn: '',
    startsAt: '10:00',
    slotMinutes: '10',
    slotCount: '6',
    place: '',
    region: '',
    sectorFocus: [],
  });
  const [regions, setRegions] = useState([]);
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const fieldId = (name) => `plan-${name}`;
  const { errors, show, clear } = useFieldErrors((name) => {
    const field = name.split(/[.[]/)[0];
    return PLAN_FIELDS.includes(field) ? fieldId(field) : undefined;
  });

  useEffect(() => {
    api('/taxonomy/regions')
      .then((found) => setRegions([...found].sort((a, b) => a.name.localeCompare(b.name, 'nl'))))
      .catch(() => setRegions([]));
  }, []);

  const set = (name, value) => {
    setValues((all) => ({ ...all, [name]: value }));
    clear(fieldId(name));
  };
  const toggleSector = (code) =>
    set(
      'sectorFocus',
      values.sectorFocus.includes(code) ? values.sectorFocus.filter((c) => c !== code) : [...values.sectorFocus, code],
    );

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    const body = {
      ...values,
      title: values.title.trim(),
      place: values.place.trim(),
      slotMinutes: Number(values.slotMinutes),
      slotCount: Number(values.slotCount),
    };
    try {
      const created = await api('/speeddates', { method: 'POST', body });
      navigateWithNotice(
        `/speeddates/${created.id}`,
        `${created.title} is gepland. Nodig nu werkgevers en kandidaten uit.`,
      );
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const input = (name, label, attributes = {}) => html`
    <p>
      <label for=${fieldId(name)}>${label}</label><br />
      <input id=${fieldId(name)} value=${values[name]} onInput=${(e) => set(name, e.currentTarget.value)}
        ...${attributes} ...${invalidAttributes(errors, fieldId(name))} />
      <${FieldError} errors=${errors} id=${fieldId(name)} />
    </p>`;

  return html`
    <p class="crumbs"><a href="#/speeddates">← Speeddates</a></p>
    <${Heading}>Speeddate plannen</${Heading}>
    <${MessageNotice} message=${message} />
    <form class="plan-speeddate" onSubmit=${submit} noValidate>
      ${input('title', 'Naam van de speeddate', { maxLength: 200, required: true })}
      ${input('heldOn', 'Datum', { type: 'date', required: true })}
      ${input('startsAt', 'Eerste ronde begint om', { type: 'time', required: true })}
      ${input('slotMinutes', 'Minuten per gesprek', { type: 'number', min: 5, max: 60, required: true })}
      ${input('slotCount', 'Aantal rondes', { type: 'number', min: 1, max: 40, required: true })}
      ${input('place', 'Plaats', { maxLength: 200, required: true })}
      <p>
        <label for=${fieldId('region')}>Arbeidsmarktregio</label><br />
        <select id=${fieldId('region')} value=${values.region} required
          onChange=${(e) => set('region', e.currentTarget.value)} ...${invalidAttributes(errors, fieldId('region'))}>
          <option value="">Kies een regio</option>
          ${regions.map((r) => html`<option value=${r.code}>${r.name}</option>`)}
        </select>
        <${FieldError} errors=${errors} id=${fieldId('region')} />
      </p>
      <fieldset id=${fieldId('sectorFocus')} tabindex="-1" ...${invalidAttributes(errors, fieldId('sectorFocus'))}>
        <legend>Sectoren (geen keuze: alle sectoren)</legend>
        ${Object.entries(SECTOR_NAMES).map(
          ([code, name]) => html`
          <label class="choice"><input type="checkbox" checked=${values.sectorFocus.includes(code)}
            onChange=${() => toggleSector(code)} /> ${name}</label>`,
        )}
        <${FieldError} errors=${errors} id=${fieldId('sectorFocus')} />
      </fieldset>
      <button type="submit" class="primary" disabled=${busy}>Speeddate plannen</button>
    </form>`;
}

/**
 * Who is invited: employers picked from the employer register, candidates picked from the current
 * shortlists of the invited employers' open vacancies. Invitations can be taken back until the
 * person is in the schedule.
 */
function Invitations({ event, busy, run }) {
  const [employers, setEmployers] = useState([]);
  const [employerId, setEmployerId] = useState('');
  const [shortlists, setShortlists] = useState(null);
  const [picked, setPicked] = useState(new Set());
  const invitedEmployers = new Set(event.employers.map((e) => e.employerId));
  const invitedCandidates = new Set(event.candidates.map((c) => c.candidateId));

  useEffect(() => {
    apiAll('/employers')
      .then((found) => setEmployers([...found].sort((a, b) => a.name.localeCompare(b.name, 'nl'))))
      .catch(() => setEmployers([]));
  }, []);

  const employerKey = event.employers.map((e) => e.employerId).join(',');
  useEffect(() => {
    let latest = true;
    (async () => {
      const lists = [];
      for (const employer of event.employers) {
        const vacancies = (await apiAll(`/vacancies?employerId=${employer.employerId}`)).filter(
          (v) => v.status === 'open' && (!event.sectorFocus.length || event.sectorFocus.includes(v.sector)),
        );
        for (const vacancy of vacancies) {
          const shortlist = await api(`/vacancies/${vacancy.id}/shortlist`);
          const entries = (shortlist.entries ?? []).filter((entry) => entry.decision?.decision !== 'rejected');
          lists.push({ employerName: employer.name, vacancy, entries: entries.slice(0, 10) });
        }
      }
      if (latest) setShortlists(lists);
    })().catch(() => latest && setShortlists([]));
    return () => {
      latest = false;
    };
  }, [employerKey]);

  const inviteEmployer = (e) => {
    e.preventDefault();
    if (!employerId) return;
    const name = employers.find((employer) => employer.id === employerId)?.name;
    run(
      () => api(`/speeddates/${event.id}/participants`, { method: 'POST', body: { employerIds: [employerId] } }),
      `${name} uitgenodigd.`,
    ).then((ok) => ok && setEmployerId(''));
  };
  const toggle = (candidateId) => {
    const next = new Set(picked);
    if (next.has(candidateId)) next.delete(candidateId);
    else next.add(candidateId);
    setPicked(next);
  };
  const inviteCandidates = (e) => {
    e.preventDefault();
    const candidateIds = [...picked].filter((id) => !invitedCandidates.has(id));
    if (!candidateIds.length) return;
    run(
      () => api(`/speeddates/${event.id}/participants`, { method: 'POST', body: { candidateIds } }),
      candidateIds.length === 1 ? 'Eén kandidaat uitgenodigd.' : `${candidateIds.length} kandidaten uitgenodigd.`,
    ).then((ok) => ok && setPicked(new Set()));
  };
  const takeBack = (participant, name) =>
    run(
      () => api(`/speeddates/${event.id}/participants/${participant.participantId}`, { method: 'DELETE' }),
      `Uitnodiging van ${name} ingetrokken.`,
    );
  const candidateName = (c) => c.name ?? c.reference;

  return html`
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Uitnodigen</h2>
      <h3>Werkgevers</h3>
      ${event.employers.length === 0 && html`<p>Nog geen werkgevers uitgenodigd.</p>`}
      <ul class="invited">
        ${event.employers.map(
          (e) => html`<li>${e.name} <button type="button" class="link" disabled=${busy}
            aria-label=${`Uitnodiging van ${e.name} intrekken`} onClick=${() => takeBack(e, e.name)}>Intrekken</button></li>`,
        )}
      </ul>
      <form class="invite-employer" onSubmit=${inviteEmployer}>
        <label for="invite-employer">Werkgever</label>
        <select id="invite-employer" value=${employerId} onChange=${(e) => setEmployerId(e.currentTarget.value)}>
          <option value="">Kies een werkgever</option>
          ${employers.filter((e) => !invitedEmployers.has(e.id)).map((e) => html`<option value=${e.id}>${e.name}</option>`)}
        </select>
        <button type="submit" disabled=${busy || !employerId}>Werkgever uitnodigen</button>
      </form>

      <h3>Kandidaten</h3>
      ${event.candidates.length === 0 && html`<p>Nog geen kandidaten uitgenodigd.</p>`}
      <ul class="invited">
        ${event.candidates.map(
          (c) => html`<li>${candidateName(c)} <button type="button" class="link" disabled=${busy}
            aria-label=${`Uitnodiging van ${candidateName(c)} intrekken`} onClick=${() => takeBack(c, candidateName(c))}>Intrekken</button></li>`,
        )}
      </ul>
      ${event.employers.length > 0 && !shortlists && html`<p aria-busy="true">Shortlists worden geladen…</p>`}
      ${
        shortlists &&
        shortlists.length > 0 &&
        html`
        <form onSubmit=${inviteCandidates}>
          <p class="hint">Kies kandidaten uit de shortlists van de open vacatures van de uitgenodigde werkgevers (de beste tien per vacature).</p>
          ${shortlists.map(
            ({ employerName, vacancy, entries }) => html`
            <fieldset class="shortlist-pick">
              <legend>${vacancy.title} · ${employerName}</legend>
              ${entries.length === 0 && html`<p>Geen kandidaten op deze shortlist.</p>`}
              ${entries.map((entry) => {
                const name = entry.candidate.name ?? entry.candidate.candidateReference;
                const invited = invitedCandidates.has(entry.candidateId);
                return html`
                <label class="choice"><input type="checkbox" checked=${invited || picked.has(entry.candidateId)} disabled=${invited}
                  onChange=${() => toggle(entry.candidateId)} /> ${name} <span class="meta">· ${asPercent(entry.score)}${invited ? ' · uitgenodigd' : ''}</span></label>`;
              })}
            </fieldset>`,
          )}
          <button type="submit" disabled=${busy || picked.size === 0}>Gekozen kandidaten uitnodigen</button>
        </form>`
      }
      ${shortlists && shortlists.length === 0 && event.employers.length > 0 && html`<p>De uitgenodigde werkgevers hebben geen open vacatures met een shortlist${event.sectorFocus.length ? ' in de sectoren van deze speeddate' : ''}.</p>`}
    </section>`;
}

/**
 * The schedule as a draft to adjust before it is saved: from the suggestion, or from the saved
 * schedule. A conversation moves to another round; where its employer already talks to someone in
 * that round, the two swap rounds. Conversations with a logged outcome stay as they are.
 */
function ScheduleEditor({ event, busy, run, say }) {
  const [draft, setDraft] = useState(null);
  const [leftOver, setLeftOver] = useState(0);
  const [rowErrors, setRowErrors] = useState(new Map());
  const label = (row) => `${row.candidateLabel} bij ${row.employerName}`;

  async function suggest() {
    const suggestion = await run(() =>
      api(`/speeddates/${event.id}/schedule/suggestion`, { method: 'POST', body: {} }),
    );
    if (!suggestion) return;
    const logged = event.conversations.filter((c) => c.tookPlace !== null);
    setDraft([
      ...logged.map(fromSaved),
      ...suggestion.details
        .map((detail, index) => ({
          ...suggestion.conversations[index],
          employerName: detail.employerName,
          vacancyTitle: detail.vacancyTitle,
          candidateLabel: detail.candidateName ?? detail.candidateReference,
          locked: false,
        }))
        .filter((row) => !logged.some((c) => c.employerId === row.employerId && c.candidateId === row.candidateId)),
    ]);
    setLeftOver(suggestion.leftOver.length);
    setRowErrors(new Map());
    say(
      'success',
      suggestion.conversations.length
        ? `Voorstel met ${suggestion.conversations.length} gesprekken. Pas het aan en sla het op.`
        : 'Er is geen voorstel: nodig werkgevers met een shortlist en kandidaten van die shortlists uit.',
    );
  }

  const fromSaved = (c) => ({
    slot: c.slot,
    employerId: c.employerId,
    candidateId: c.candidateId,
    vacancyId: c.vacancyId,
    employerName: c.employerName,
    vacancyTitle: c.vacancyTitle,
    candidateLabel: c.candidateName ?? c.candidateReference,
    locked: c.tookPlace !== null,
  });

  function move(index, slot) {
    const row = draft[index];
    const other = draft.findIndex((r, i) => i !== index && r.employerId === row.employerId && r.slot === slot);
    const next = draft.map((r) => ({ ...r }));
    next[index].slot = slot;
    if (other >= 0 && !next[other].locked) {
      next[other].slot = row.slot;
      announce(`${label(row)} gewisseld met ${label(draft[other])}: ronde ${slot} en ronde ${row.slot}.`);
    } else announce(`${label(row)} verplaatst naar ronde ${slot}.`);
    setDraft(next);
    setRowErrors(new Map());
  }

  function remove(index) {
    announce(`${label(draft[index])} uit het concept gehaald.`);
    setDraft(draft.filter((_, i) => i !== index));
    setRowErrors(new Map());
  }

  async function save() {
    const conversations = draft.map(({ slot, employerId, candidateId, vacancyId }) => ({
      slot,
      employerId,
      candidateId,
      vacancyId,
    }));
    const saved = await run(
      () => api(`/speeddates/${event.id}/schedule`, { method: 'PUT', body: { version: event.version, conversations } }),
      `Schema opgeslagen: ${conversations.length === 1 ? 'één gesprek' : `${conversations.length} gesprekken`}.`,
      (problem) => {
        const found = new Map();
        for (const param of problem?.invalidParams ?? []) {
          const index = /^conversations\[(\d+)\]/.exec(param.name)?.[1];
          if (index !== undefined && !found.has(Number(index))) found.set(Number(index), fieldProblemText(param));
        }
        setRowErrors(found);
        return found.size > 0;
      },
    );
    if (saved) {
      setDraft(null);
      setLeftOver(0);
    }
  }

  const rounds = Array.from({ length: event.slotCount }, (_, i) => i + 1);
  const ordered = draft
    ? draft
        .map((row, index) => ({ row, index }))
        .sort((a, b) => a.row.slot - b.row.slot || a.row.employerName.localeCompare(b.row.employerName))
    : [];

  return html`
    <section aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Schema</h2>
      ${
        !draft &&
        html`<div class="actions">
          <button type="button" disabled=${busy} onClick=${suggest}>Schema voorstellen</button>
          ${event.conversations.length > 0 && html`<button type="button" disabled=${busy} onClick=${() => (setDraft(event.conversations.map(fromSaved)), setRowErrors(new Map()))}>Schema aanpassen</button>`}
        </div>`
      }
      ${
        draft &&
        html`
        ${rowErrors.size > 0 && html`<${Notice} kind="error">Het schema is niet opgeslagen: ${rowErrors.size === 1 ? 'één gesprek past' : `${rowErrors.size} gesprekken passen`} niet. Zie de tabel.</${Notice}>`}
        <div class="table-scroll">
          <table class="schedule-draft">
            <caption>Concept: nog niet opgeslagen${leftOver ? ` · ${leftOver} ${leftOver === 1 ? 'gesprek paste' : 'gesprekken pasten'} niet meer` : ''}</caption>
            <thead><tr><th scope="col">Ronde</th><th scope="col">Tijd</th><th scope="col">Kandidaat</th><th scope="col">Werkgever en vacature</th><th scope="col"><span class="visually-hidden">Actie</span></th></tr></thead>
            <tbody>
              ${ordered.map(
                ({ row, index }) => html`
                <tr>
                  <td>
                    <label class="visually-hidden" for=${`round-${index}`}>Ronde van ${label(row)}</label>
                    <select id=${`round-${index}`} value=${row.slot} disabled=${busy || row.locked}
                      aria-invalid=${rowErrors.has(index) ? 'true' : undefined}
                      aria-describedby=${rowErrors.has(index) ? `round-${index}-error` : undefined}
                      onChange=${(e) => move(index, Number(e.currentTarget.value))}>
                      ${rounds.map((slot) => html`<option value=${slot}>${slot}</option>`)}
                    </select>
                    ${rowErrors.has(index) && html`<p class="field-error" id=${`round-${index}-error`}>${rowErrors.get(index)}</p>`}
                  </td>
                  <td>${slotTime(event, row.slot)}</td>
                  <td>${row.candidateLabel}</td>
                  <td>${row.employerName}${row.vacancyTitle ? html`<br /><span class="meta">${row.vacancyTitle}</span>` : ''}</td>
                  <td>${
                    row.locked
                      ? html`<span class="meta">uitkomst vastgelegd</span>`
                      : html`<button type="button" class="link" disabled=${busy} aria-label=${`${label(row)} verwijderen`} onClick=${() => remove(index)}>Verwijderen</button>`
                  }</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled=${busy} onClick=${save}>Schema opslaan</button>
          <button type="button" disabled=${busy} onClick=${() => (setDraft(null), setRowErrors(new Map()))}>Concept weggooien</button>
        </div>`
      }
    </section>`;
}

/** A coming event's saved schedule, to read: outcomes are logged from the day it is held. */
function PlannedSchedule({ event }) {
  return html`
    <div class="table-scroll">
      <table>
        <caption>Opgeslagen schema</caption>
        <thead><tr><th scope="col">Tijd</th><th scope="col">Kandidaat</th><th scope="col">Werkgever en vacature</th></tr></thead>
        <tbody>
          ${event.conversations.map(
            (c) => html`<tr><td>${c.startsAt} (ronde ${c.slot})</td><td>${c.candidateName ?? c.candidateReference}</td>
              <td>${c.employerName}${c.vacancyTitle ? html`<br /><span class="meta">${c.vacancyTitle}</span>` : ''}</td></tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** A row of large toggle buttons: one choice of a few. */
function Choices({ label, options, value, onChoose, disabled }) {
  return html`
    <fieldset class="big-choices">
      <legend>${label}</legend>
      ${Object.entries(options).map(
        ([code, text]) => html`
        <button type="button" aria-pressed=${value === code ? 'true' : 'false'} disabled=${disabled} onClick=${() => onChoose(code)}>${text}</button>`,
      )}
    </fieldset>`;
}

function loggedSummary(conversation) {
  if (conversation.tookPlace === false) return `Niet gekomen${conversation.reason ? ` (${conversation.reason})` : ''}`;
  const parts = [
    `Gesprek gehad`,
    `interesse: ${INTERESTS[conversation.interest].toLowerCase()}`,
    `volgende stap: ${NEXT_STEPS[conversation.nextStep].toLowerCase()}`,
  ];
  const why = conversation.rejectionReason
    ? ` · voor de matcher: ${REJECTION_REASONS[conversation.rejectionReason].toLowerCase()}${conversation.competence ? ` (${conversation.competence})` : ''}`
    : '';
  return `${parts.join(' · ')}${conversation.reason ? ` (${conversation.reason})` : ''}${why}`;
}

function OutcomeForm({ conversation, busy, onSave, onCancel }) {
  const logged = conversation.tookPlace !== null;
  const [tookPlace, setTookPlace] = useState(logged ? conversation.tookPlace : null);
  const [interest, setInterest] = useState(conversation.interest);
  const [nextStep, setNextStep] = useState(conversation.nextStep);
  const [reason, setReason] = useState(conversation.reason ?? '');
  const [rejectionReason, setRejectionReason] = useState(conversation.rejectionReason ?? '');
  const [competence, setCompetence] = useState(
    conversation.competence ? { code: conversation.competence, label: conversation.competence } : null,
  );
  const reasonNeeded = tookPlace === true && (nextStep === 'no-match' || interest === 'none');
  const noMatch = tookPlace === true && nextStep === 'no-match';
  const competenceNeeded = noMatch && rejectionReason === 'competence-missing';
  const complete =
    tookPlace === false ||
    (tookPlace === true &&
      interest &&
      nextStep &&
      (!reasonNeeded || reason.trim().length >= 2) &&
      (!competenceNeeded || competence));
  const reasonId = `reason-${conversation.id}`;

  function submit(event) {
    event.preventDefault();
    if (!complete) return;
    const outcome = tookPlace
      ? { conversationId: conversation.id, tookPlace, interest, nextStep }
      : { conversationId: conversation.id, tookPlace };
    if (reason.trim().length >= 2) outcome.reason = reason.trim();
    if (noMatch && rejectionReason) outcome.rejectionReason = rejectionReason;
    if (competenceNeeded) outcome.competence = competence.code;
    if (logged) outcome.version = conversation.version;
    onSave(outcome);
  }

  return html`
    <form class="outcome" onSubmit=${submit}>
      <div class="big-choices" role="group" aria-label="Heeft het gesprek plaatsgevonden?">
        <button type="button" aria-pressed=${tookPlace === true ? 'true' : 'false'} disabled=${busy} onClick=${() => setTookPlace(true)}>Gesprek gehad</button>
        <button type="button" aria-pressed=${tookPlace === false ? 'true' : 'false'} disabled=${busy} onClick=${() => setTookPlace(false)}>Niet gekomen</button>
      </div>
      ${
        tookPlace === true &&
        html`
        <${Choices} label="Interesse" options=${INTERESTS} value=${interest} disabled=${busy} onChoose=${setInterest} />
        <${Choices} label="Volgende stap" options=${NEXT_STEPS} value=${nextStep} disabled=${busy} onChoose=${setNextStep} />`
      }
      ${
        tookPlace !== null &&
        html`
        <label for=${reasonId}>${reasonNeeded ? 'Reden (nodig)' : 'Reden of opmerking (mag leeg)'}</label>
        <input id=${reasonId} value=${reason} maxLength="1000" required=${reasonNeeded} onInput=${(e) => setReason(e.currentTarget.value)} />`
      }
      ${
        noMatch &&
        html`
        <p class="hint" id=${`matcher-hint-${conversation.id}`}>Geen match telt voor de matcher als een afwijzing door deze werkgever: de kandidaat komt niet meer op de shortlist van deze vacature.</p>
        <label for=${`matcher-${conversation.id}`}>Reden voor de matcher (mag leeg: andere reden)</label>
        <select id=${`matcher-${conversation.id}`} value=${rejectionReason} disabled=${busy}
          aria-describedby=${`matcher-hint-${conversation.id}`} onChange=${(e) => setRejectionReason(e.currentTarget.value)}>
          <option value="">Andere reden</option>
          ${Object.entries(REJECTION_REASONS)
            .filter(([code]) => code !== 'other')
            .map(([code, text]) => html`<option value=${code}>${text}</option>`)}
        </select>
        ${
          competenceNeeded &&
          html`<${TaxonomyPicker} id=${`competence-${conversation.id}`} label="Welke vaardigheid ontbrak" kind="competence"
            initialText=${competence?.label ?? ''} required=${true}
            hint="Typ een vaardigheid en kies uit de lijst." onPick=${(hit) => setCompetence(hit)} />
          ${competence && html`<p class="state">Ontbrak: ${competence.label}</p>`}`
        }`
      }
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy || !complete}>Opslaan</button>
        ${onCancel && html`<button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>`}
      </div>
    </form>`;
}

function FollowUpLine({ followUp }) {
  return html`<p class="follow-up">Opvolging: ${NEXT_STEPS[followUp.kind]?.toLowerCase() ?? followUp.kind}, uiterlijk ${asDate(followUp.dueOn)}${followUp.overdue ? ' (te laat)' : ''}.</p>`;
}

function Conversation({ conversation, followUp, busy, onSave }) {
  const [editing, setEditing] = useState(false);
  const logged = conversation.tookPlace !== null;
  const headingId = `conv-${conversation.id}`;
  // What went wrong shows under this conversation's own button, not at the top of a long schedule.
  const saving = useSaveStatus();
  const save = async (outcome) => {
    saving.clear();
    const result = await onSave(conversation, outcome);
    if (result === true) return setEditing(false);
    // No connection: the same outcome is sent again.
    if (!saving.interrupted(result.error, () => save(outcome))) saving.error(result.text);
  };
  return html`
    <li class="card conversation ${logged ? 'logged' : ''}" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${conversation.startsAt} · ${conversation.candidateName ?? conversation.candidateReference} bij ${conversation.employerName}</h3>
      <p class="meta">Ronde ${conversation.slot}${conversation.vacancyTitle ? ` · ${conversation.vacancyTitle}` : ''}</p>
      ${conversation.withdrawnReason && html`<p class="state"><span class="tag done">Vacature geëindigd</span> Gesprek over deze vacature ingetrokken: ${WITHDRAWN_BECAUSE[conversation.withdrawnReason]}.</p>`}
      ${
        logged && !editing
          ? html`
          <p class="state"><span class="tag ready">Vastgelegd</span> ${loggedSummary(conversation)}</p>
          ${followUp && html`<${FollowUpLine} followUp=${followUp} />`}
          <div class="actions">
            <button type="button" disabled=${busy} onClick=${() => setEditing(true)}>Wijzigen</button>
            <a class="button-link" href=${`#/werk-zoeken/${conversation.candidateId}`}>Werk zoeken voor deze kandidaat</a>
          </div>`
          : html`<${OutcomeForm} conversation=${conversation} busy=${busy} onSave=${save} onCancel=${logged ? () => setEditing(false) : undefined} />`
      }
      <${SaveStatus} save=${saving} />
    </li>`;
}

export function SpeeddateScreen({ params: [eventId] }) {
  const [event, setEvent] = useState(null);
  const [followUps, setFollowUps] = useState(new Map());
  const [message, say, setMessage] = useMessage();
  const [busy, setBusy] = useState(false);

  async function load() {
    const [loaded, open] = await Promise.all([api(`/speeddates/${eventId}`), apiAll('/follow-ups?due=open')]);
    setEvent(loaded);
    setFollowUps(new Map(open.filter((f) => f.sourceType === 'speeddate-conversation').map((f) => [f.sourceId, f])));
  }

  useEffect(() => {
    const notice = takeNotice();
    if (notice) setMessage({ kind: 'success', text: notice });
    load().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [eventId]);

  /**
   * A planning step: runs the call, reloads the event, and says what happened; on failure the
   * step's own handler may place the errors (true: placed), else the message says it. Answers the
   * call's result, or null.
   */
  async function run(call, success, placeErrors) {
    setBusy(true);
    try {
      const result = await call();
      await load().catch(() => undefined);
      if (success) say('success', success);
      return result ?? true;
    } catch (e) {
      if (e.status === 409) await load().catch(() => undefined);
      if (!placeErrors?.(e.problem)) say('error', `Niet gelukt. ${problemText(e.problem)}`);
      return null;
    } finally {
      setBusy(false);
    }
  }

  /** Logs one outcome; true when saved, else the error and what to say about it. */
  async function save(conversation, outcome) {
    const who = `${conversation.startsAt} ${conversation.candidateName ?? conversation.candidateReference}`;
    setBusy(true);
    try {
      const [saved] = await api(`/speeddates/${eventId}/outcomes`, { method: 'POST', body: { outcomes: [outcome] } });
      await load().catch(() =>
        setEvent((current) => ({
          ...current,
          conversations: current.conversations.map((c) => (c.id === saved.id ? saved : c)),
        })),
      );
      const step =
        saved.nextStep && saved.nextStep !== 'no-match'
          ? ` Opvolging ${NEXT_STEPS[saved.nextStep].toLowerCase()} staat klaar.`
          : '';
      say('success', `${who}: vastgelegd.${step}`);
      return true;
    } catch (e) {
      if (e.status === 409 || e.problem?.invalidParams?.[0]?.name?.endsWith('conversationId'))
        await load().catch(() => undefined);
      return { error: e, text: `${who}: niet opgeslagen. ${explainOutcomeProblem(e.problem ?? {})}` };
    } finally {
      setBusy(false);
    }
  }

  if (!event) {
    return html`<${Heading}>Speeddate</${Heading}>${message ? html`<${MessageNotice} message=${message} />` : html`<p aria-busy="true">De speeddate wordt geladen…</p>`}`;
  }
  const conversations = [...event.conversations].sort(
    (a, b) => a.slot - b.slot || a.employerName.localeCompare(b.employerName),
  );
  const open = conversations.filter((c) => c.tookPlace === null).length;
  // Outcomes are logged from the day the event is held, not before (the API refuses them too).
  const held = event.heldOn <= today();
  const sectors = event.sectorFocus.map((code) => SECTOR_NAMES[code] ?? code).join(', ');
  const planning = html`
    <${Invitations} event=${event} busy=${busy} run=${run} />
    <${ScheduleEditor} event=${event} busy=${busy} run=${run} say=${say} />`;
  return html`
    <p class="crumbs"><a href="#/speeddates">← Speeddates</a></p>
    <${Heading}>${event.title}</${Heading}>
    <p class="meta">${asDate(event.heldOn)} · ${event.startsAt} uur · ${event.place} · ${event.slotCount} rondes van ${event.slotMinutes} minuten${sectors ? ` · ${sectors}` : ''}</p>
    <${MessageNotice} message=${message} />
    ${
      held && conversations.length > 0
        ? html`<details class="planning"><summary>Uitnodigen en schema</summary>${planning}</details>`
        : planning
    }
    ${
      !held &&
      html`
      <section aria-labelledby="conversations-heading">
        <h2 id="conversations-heading">Gesprekken</h2>
        <p>Uitkomsten legt u vast vanaf de dag van de speeddate, ${asDate(event.heldOn)}.</p>
        ${conversations.length === 0 ? html`<p>Er is nog geen schema opgeslagen.</p>` : html`<${PlannedSchedule} event=${{ ...event, conversations }} />`}
      </section>`
    }
    ${
      held &&
      (conversations.length === 0
        ? html`<p>Er is nog geen schema voor deze speeddate.</p>`
        : html`
        <p>${conversations.length} gesprekken · ${open} nog vast te leggen</p>
        <ol class="cards conversations">
          ${conversations.map((c) => html`<${Conversation} key=${c.id} conversation=${c} followUp=${followUps.get(c.id)} busy=${busy} onSave=${save} />`)}
        </ol>`)
    }`;
}
