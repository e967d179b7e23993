// Errors beside the fields that caused them: each invalid field is marked (aria-invalid), its message
// sits next to it (aria-describedby), and the focus moves to the first one, so someone who submits a
// long form at its bottom is taken to what went wrong. A long form can instead put a summary at its
// top, linked to the fields, and move the focus there (`summaryId`).
import { useEffect, useRef, useState } from 'preact/hooks';
import { isConnectionProblem } from './api.js';
import { html } from './html.js';
import { fieldProblemText } from './text.js';

/** These elements in the order of the page. */
function inPageOrder(ids) {
  const elements = ids.map((id) => document.getElementById(id)).filter(Boolean);
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
const firstInPage = (ids) => inPageOrder(ids)[0];

/**
 * A form's field errors from a problem answer. `fieldIdOf(name)` gives the id of the input an API
 * field (`hoursPerWeek`, `demands[2].level`) belongs to, or nothing; `own` holds the form's own
 * wording per field and code. `show(problem)` marks the fields and returns how many it marked.
 * With `summaryId` the focus goes to the form's ErrorSummary of that id instead of the first field.
 */
export function useFieldErrors(fieldIdOf, own = {}, { summaryId } = {}) {
  const [errors, setErrors] = useState(new Map());
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (!shown) return;
    const summary = summaryId && document.getElementById(summaryId);
    (summary || firstInPage([...errors.keys()]))?.focus();
  }, [shown]);

  function show(problem) {
    const found = new Map();
    for (const param of problem?.invalidParams ?? []) {
      const id = fieldIdOf(param.name);
      if (id && !found.has(id)) found.set(id, fieldProblemText(param, own));
    }
    setErrors(found);
    if (found.size) setShown((count) => count + 1);
    return found.size;
  }

  const clear = (id) => {
    if (!errors.has(id)) return;
    const rest = new Map(errors);
    rest.delete(id);
    setErrors(rest);
  };

  return { errors, show, clear };
}

/** The attributes that tie an input to its error message (with its hint, if it has one). */
export function invalidAttributes(errors, id, hintId) {
  if (!errors.has(id)) return hintId ? { 'aria-describedby': hintId } : {};
  return { 'aria-invalid': 'true', 'aria-describedby': [hintId, `${id}-error`].filter(Boolean).join(' ') };
}

/** The message beside a field, when it has one. */
export const FieldError = ({ errors, id }) =>
  errors.has(id) ? html`<p class="field-error" id=${`${id}-error`}>${errors.get(id)}</p>` : null;

/**
 * What is wrong, at the top of a long form: one link per field, in the order of the page, that
 * takes the focus to it (not through the address: the app's router owns the hash). `labels` names
 * the fields by input id.
 */
export function ErrorSummary({ id, errors, labels = {}, title = 'Nog niet opgeslagen' }) {
  if (!errors.size) return null;
  const ids = [...errors.keys()];
  const ordered = inPageOrder(ids).map((element) => element.id);
  const rest = ids.filter((field) => !ordered.includes(field));
  return html`
    <div class="notice error error-summary" id=${id} tabindex="-1" aria-labelledby=${`${id}-title`}>
      <h2 id=${`${id}-title`}>${title}: ${errors.size === 1 ? 'één veld is' : `${errors.size} velden zijn`} niet goed ingevuld</h2>
      <ul>
        ${[...ordered, ...rest].map(
          (field) => html`
          <li><a href=${`#${field}`} onClick=${(event) => {
            event.preventDefault();
            document.getElementById(field)?.focus();
          }}>${labels[field] ? `${labels[field]}: ` : ''}${errors.get(field)}</a></li>`,
        )}
      </ul>
    </div>`;
}

/** A save that did not reach Werkbrug: what was typed is still there, and can be sent again. */
export const CONNECTION_LOST =
  'Geen verbinding met Werkbrug. Wat u invulde staat er nog. Probeer het opnieuw zodra u weer verbinding heeft.';

/**
 * What became of a form's save, shown by SaveStatus beside the button that was pressed: on a phone
 * the top of the form is far out of view. `error(text)` shows the form's own words for a refusal.
 * `interrupted(error, retry)` handles what is no refusal of what was typed, and is true when it was
 * one: a lost connection (offline, or a gateway's 502-504) offers to try again (`retry` sends the
 * form again as it is now, which is the same request unless the user changed something since); an
 * ended session (401) needs nothing here: the app keeps the form's draft and asks to sign in again.
 */
export function useSaveStatus() {
  const [status, setStatus] = useState(null);
  const [count, setCount] = useState(0);
  const showing = (shown) => {
    setStatus(shown);
    setCount((n) => n + 1);
  };
  return {
    status,
    count,
    clear: () => setStatus(null),
    error: (text) => showing({ text }),
    interrupted(error, retry) {
      if (error?.status === 401) return true;
      if (!isConnectionProblem(error)) return false;
      showing({ text: CONNECTION_LOST, retry });
      return true;
    },
  };
}

/**
 * The save's message beside the form's buttons, scrolled into view and read out (role alert, anew
 * for each attempt); with a button to try again after a lost connection, which takes the focus when
 * the pressed button lost it (disabled while saving), so keyboard users stay where they were.
 */
export function SaveStatus({ save }) {
  const region = useRef(null);
  useEffect(() => {
    if (!save.status) return;
    region.current?.scrollIntoView({ block: 'nearest' });
    const focus = document.activeElement;
    if (save.status.retry && (!focus || focus === document.body || focus.disabled))
      region.current?.querySelector('button')?.focus();
  }, [save.count]);
  if (!save.status) return null;
  const { text, retry } = save.status;
  return html`<div key=${save.count} ref=${region} class="notice error save-status" role="alert"><p>${text}</p>${retry && html`<button type="button" onClick=${retry}>Opnieuw proberen</button>`}</div>`;
}
