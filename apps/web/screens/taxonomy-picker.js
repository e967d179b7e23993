// Search-as-you-type over the taxonomy: an ARIA combobox (arrow keys, Enter to pick, Escape to close).
// Occupations are ours and all of ESCO's (in Dutch); an ESCO occupation counts as the nearest of ours,
// and one that none of ours is near is shown but cannot be chosen yet.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { FieldError, invalidAttributes } from '../form-errors.js';
import { html } from '../html.js';
import { announce } from '../ui.js';

/** ESCO's licence asks for this credit wherever its data is shown. */
export const ESCO_CREDIT = 'Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.';

/** An ESCO occupation none of ours is near: shown, so people see it exists, but not to be chosen. */
const unavailable = (hit) => hit.countsAs === null && hit.isco !== null;

/** What an ESCO occupation means for matching, after its name in the list. */
function CountsAs({ hit }) {
  if (unavailable(hit)) return html`<span class="hint"> · nog niet te kiezen</span>`;
  if (hit.countsAs && hit.countsAs !== hit.code)
    return html`<span class="hint"> · telt als ${hit.countsAsLabel}</span>`;
  return '';
}

export function TaxonomyPicker({
  id,
  label,
  kind,
  hint,
  onPick,
  required = false,
  initialText = '',
  errors = new Map(),
}) {
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  // The label a pick just put in the field: already chosen, so not searched for again.
  const picked = useRef(null);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || text === picked.current) return setHits([]);
    // Wait for a pause in typing: one request per word, not per key, on a slow connection.
    const timer = setTimeout(() => {
      const ask = ++asked.current;
      api(`/taxonomy/search?kind=${kind}&q=${encodeURIComponent(query)}&limit=8`)
        .then((found) => {
          if (ask === asked.current) {
            setHits(found);
            setActive(-1);
          }
        })
        .catch(() => setHits([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [text, kind]);

  function pick(hit) {
    if (unavailable(hit)) {
      announce(
        `${hit.label} kan nog niet gekozen worden: Werkbrug zoekt nog geen kandidaten voor dit beroep. Kies een verwant beroep.`,
      );
      return;
    }
    onPick(hit);
    picked.current = kind === 'occupation' ? hit.label : '';
    setText(picked.current);
    setHits([]);
    setOpen(false);
  }

  function onKeyDown(event) {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && open && hits.length) {
      event.preventDefault();
      pick(hits[Math.max(active, 0)]);
    } else if (event.key === 'Escape') setOpen(false);
  }

  const listId = `${id}-options`;
  const expanded = open && hits.length > 0;
  return html`
    <div class="picker">
      <label for=${id}>${label}</label>
      ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
      <input id=${id} type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-required=${required ? 'true' : undefined}
        aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${listId} ...${invalidAttributes(errors, id, hint ? `${id}-hint` : undefined)}
        aria-activedescendant=${expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value=${text} maxLength="100" onInput=${(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }} onKeyDown=${onKeyDown}
        onBlur=${() => setTimeout(() => setOpen(false), 150)} />
      <${FieldError} errors=${errors} id=${id} />
      <ul id=${listId} role="listbox" aria-label=${label} class="picker-options" hidden=${!expanded}>
        ${hits.map(
          (hit, index) => html`
          <li id=${`${listId}-${index}`} role="option" aria-selected=${index === active ? 'true' : 'false'} aria-disabled=${unavailable(hit) ? 'true' : undefined}
            class=${[index === active ? 'active' : '', unavailable(hit) ? 'unavailable' : ''].join(' ').trim()}
            onMouseDown=${(e) => {
              e.preventDefault();
              pick(hit);
            }}>
            ${hit.label}${hit.matchedSynonym ? html` <span class="hint">(${hit.matchedSynonym})</span>` : ''}<${CountsAs} hit=${hit} />
          </li>`,
        )}
      </ul>
      ${kind === 'occupation' && html`<p class="hint credit">${ESCO_CREDIT}</p>`}
      <p class="visually-hidden" aria-live="polite">${open && text.trim().length >= 2 ? `${hits.length} ${hits.length === 1 ? 'suggestie' : 'suggesties'}` : ''}</p>
    </div>`;
}
