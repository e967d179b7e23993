// The jobhunter's speeddates: the events, and per event the schedule with big buttons to log each conversation's outcome.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { SaveStatus, useSaveStatus } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, dutchDay, fieldProblemText, problemText, WITHDRAWN_BECAUSE } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';

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

/** The API's messages on an outcome, as a jobhunter between two conversations needs to read them. */
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
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!events && !error && html`<p aria-busy="true">Speeddates worden geladen…</p>`}
    ${events && events.length === 0 && html`<p>Er zijn nog geen speeddates.</p>`}
    ${coming.length > 0 && html`<section aria-labelledby="coming-heading"><h2 id="coming-heading">Vandaag en later</h2>${list(coming)}</section>`}
    ${past.length > 0 && html`<section aria-labelledby="past-heading"><h2 id="past-heading">Geweest</h2>${list(past)}</section>`}`;
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
  return `${parts.join(' · ')}${conversation.reason ? ` (${conversation.reason})` : ''}`;
}

function OutcomeForm({ conversation, busy, onSave, onCancel }) {
  const logged = conversation.tookPlace !== null;
  const [tookPlace, setTookPlace] = useState(logged ? conversation.tookPlace : null);
  const [interest, setInterest] = useState(conversation.interest);
  const [nextStep, setNextStep] = useState(conversation.nextStep);
  const [reason, setReason] = useState(conversation.reason ?? '');
  const reasonNeeded = tookPlace === true && (nextStep === 'no-match' || interest === 'none');
  const complete =
    tookPlace === false || (tookPlace === true && interest && nextStep && (!reasonNeeded || reason.trim().length >= 2));
  const reasonId = `reason-${conversation.id}`;

  function submit(event) {
    event.preventDefault();
    if (!complete) return;
    const outcome = tookPlace
      ? { conversationId: conversation.id, tookPlace, interest, nextStep }
      : { conversationId: conversation.id, tookPlace };
    if (reason.trim().length >= 2) outcome.reason = reason.trim();
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
    load().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [eventId]);

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
  return html`
    <p class="crumbs"><a href="#/speeddates">← Speeddates</a></p>
    <${Heading}>${event.title}</${Heading}>
    <p class="meta">${asDate(event.heldOn)} · ${event.startsAt} uur · ${event.place} · rondes van ${event.slotMinutes} minuten</p>
    <${MessageNotice} message=${message} />
    ${
      conversations.length === 0
        ? html`<p>Er is nog geen schema voor deze speeddate.</p>`
        : html`
        <p>${conversations.length} gesprekken · ${open} nog vast te leggen</p>
        <ol class="cards conversations">
          ${conversations.map((c) => html`<${Conversation} key=${c.id} conversation=${c} followUp=${followUps.get(c.id)} busy=${busy} onSave=${save} />`)}
        </ol>`
    }`;
}
