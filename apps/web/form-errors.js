// Errors beside the fields that caused them: each invalid field is marked (aria-invalid), its message
// sits next to it (aria-describedby), and the focus moves to the first one, so someone who submits a
// long form at its bottom is taken to what went wrong.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { fieldProblemText } from './text.js';

/** The first of these elements in the order of the page. */
function firstInPage(ids) {
  const elements = ids.map((id) => document.getElementById(id)).filter(Boolean);
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}

/**
 * A form's field errors from a problem answer. `fieldIdOf(name)` gives the id of the input an API
 * field (`hoursPerWeek`, `demands[2].level`) belongs to, or nothing; `own` holds the form's own
 * wording per field and code. `show(problem)` marks the fields and returns how many it marked.
 */
export function useFieldErrors(fieldIdOf, own = {}) {
  const [errors, setErrors] = useState(new Map());
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (shown) firstInPage([...errors.keys()])?.focus();
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
