// The werkvoorraad: what is the signed-in person's to do and their team's (their organisation's),
// overdue first, each item linking to where it is done; most can be marked done here with a note.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, SaveStatus, useFieldErrors, useSaveStatus } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, problemText, workItemLinkText, workItemText } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';

const SCOPES = { mine: 'Mijn werk', team: 'Team' };
const NOTE_TEXT = {
  note: {
    'field.required': 'Schrijf kort op wat er gedaan is.',
    'field.wrong-length': 'Schrijf ten minste twee tekens, hoogstens 1000.',
  },
};

export function WorklistScreen() {
  const [scope, setScope] = useState('mine');
  const [items, setItems] = useState(null);
  const [message, say, setMessage] = useMessage();

  useEffect(() => {
    setItems(null);
    apiAll(`/worklist?scope=${scope}`)
      .then(setItems)
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, [scope]);

  const done = (item) => {
    setItems((before) => before.filter((other) => other.id !== item.id));
    say('success', `Afgerond: ${workItemText(item)}`);
    // The focus was on the form that is gone: the heading is where the list starts again.
    document.querySelector('main h1')?.focus();
  };

  const overdue = items?.filter((item) => item.overdue).length ?? 0;
  return html`
    <${Heading}>Werkvoorraad</${Heading}>
    <div class="actions" role="group" aria-label="Welk werk">
      ${Object.entries(SCOPES).map(
        ([key, label]) => html`
        <button type="button" aria-pressed=${scope === key ? 'true' : 'false'} class=${scope === key ? 'primary' : ''}
          onClick=${() => {
            setMessage(null);
            setScope(key);
          }}>${label}</button>`,
      )}
    </div>
    <${MessageNotice} message=${message} />
    ${!items && message?.kind !== 'error' && html`<p aria-busy="true">Werkvoorraad wordt geladen…</p>`}
    ${items && items.length === 0 && html`<${Notice}>${scope === 'mine' ? 'U heeft niets openstaan.' : 'Uw team heeft niets openstaan.'}</${Notice}>`}
    ${items && items.length > 0 && html`<p class="counts">${items.length} open, waarvan ${overdue} te laat</p>`}
    ${
      items &&
      items.length > 0 &&
      html`<ul class="cards worklist" aria-label=${SCOPES[scope]}>
        ${items.map((item) => html`<${WorkItem} key=${item.id} item=${item} team=${scope === 'team'} onDone=${done} />`)}
      </ul>`
    }`;
}

function WorkItem({ item, team, onDone }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const noteId = `notitie-${item.id}`;
  const { errors, show, clear } = useFieldErrors((name) => (name === 'note' ? noteId : undefined), NOTE_TEXT);
  const save = useSaveStatus();

  const submit = async (event) => {
    event?.preventDefault();
    setBusy(true);
    save.clear();
    try {
      // Nothing typed is nothing given: the API names it as missing, not as too short.
      const body = { note: note.trim() ? note : undefined, version: item.version };
      await api(`/worklist/items/${item.id}/done`, { method: 'PUT', body });
      onDone(item);
    } catch (e) {
      if (save.interrupted(e, () => submit())) return;
      if (!show(e.problem)) save.error(problemText(e.problem));
    } finally {
      setBusy(false);
    }
  };

  return html`
    <li class="card work-item">
      <p class="due">
        <span class=${`tag ${item.overdue ? 'rejected' : 'pending'}`}>${item.overdue ? 'Te laat' : 'Open'}</span>
        ${' '}uiterlijk ${asDate(item.dueOn)}
      </p>
      <p>${workItemText(item)}</p>
      ${team && html`<p class="meta">${item.assigneeName ? `Voor ${item.assigneeName}` : 'Voor het team'}</p>`}
      ${item.link && html`<p><a href=${item.link}>${workItemLinkText(item)}</a></p>`}
      ${item.completable && !open && html`<button type="button" onClick=${() => setOpen(true)}>Afgerond</button>`}
      ${
        item.completable &&
        open &&
        html`<form onSubmit=${submit} noValidate>
          <label for=${noteId}>Wat is er gedaan?</label>
          <textarea id=${noteId} rows="2" maxLength="1000" value=${note}
            onInput=${(event) => {
              setNote(event.currentTarget.value);
              clear(noteId);
            }} ...${invalidAttributes(errors, noteId)}></textarea>
          <${FieldError} errors=${errors} id=${noteId} />
          <div class="actions">
            <button type="submit" class="primary" disabled=${busy}>Afgerond</button>
            <button type="button" disabled=${busy} onClick=${() => setOpen(false)}>Annuleren</button>
          </div>
          <${SaveStatus} save=${save} />
        </form>`
      }
    </li>`;
}
