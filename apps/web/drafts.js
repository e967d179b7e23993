// Drafts of forms that were being filled when the session ended or the page was left: kept in the
// browser under the user, the form and the record, put back in the form once the user is signed in
// again, and removed once saved (or when the user signs out or wipes them).
//
// Where a draft is kept is the form's choice. `local` (localStorage) outlives the tab, so an
// employer whose phone closed the tab, or who signs in again in another tab, finds their vacancy
// back. `session` (sessionStorage) ends with the tab: for forms with candidate data, and always for
// belastbaarheid, which is health data and must not stay on a (shared) computer after the tab is closed.
import { useEffect, useRef } from 'preact/hooks';
import { sessionUserId } from './api.js';
import { html } from './html.js';

const PREFIX = 'werkbrug:concept:';
const RETURN_KEY = 'werkbrug:terug-naar';
/** A draft older than this is no longer what the user was doing: it is dropped, not put back. */
const KEPT_MS = 24 * 3600 * 1000;

const stores = () => [window.localStorage, window.sessionStorage];
const storeOf = (kind) => (kind === 'session' ? window.sessionStorage : window.localStorage);
const keyOf = (form, record) => `${PREFIX}${sessionUserId()}:${form}:${record ?? 'nieuw'}`;

/** The forms on screen now, each able to write its draft. */
const open = new Set();

function read(store, key) {
  try {
    const kept = JSON.parse(store.getItem(key) ?? 'null');
    if (kept && Date.now() - kept.at < KEPT_MS) return kept.state;
    if (kept) store.removeItem(key);
  } catch {
    store.removeItem(key);
  }
  return null;
}

/** The draft of this form and record for the signed-in user, or null. */
export function readDraft(form, record) {
  if (!sessionUserId()) return null;
  for (const store of stores()) {
    const state = read(store, keyOf(form, record));
    if (state) return state;
  }
  return null;
}

export function discardDraft(form, record) {
  for (const store of stores()) store.removeItem(keyOf(form, record));
}

/**
 * Keeps this form's draft when the session ends or the page is left. `snapshot()` gives the form's
 * state as the form is started with (`initial`); a form nobody changed leaves no draft.
 */
export function useDraft({ form, record, storage = 'local', initial }, snapshot) {
  const latest = useRef(snapshot);
  latest.current = snapshot;
  useEffect(() => {
    const untouched = JSON.stringify(initial);
    const entry = () => {
      const state = latest.current();
      if (JSON.stringify(state) === untouched) return false;
      try {
        storeOf(storage).setItem(keyOf(form, record), JSON.stringify({ at: Date.now(), state }));
        return true;
      } catch {
        return false; // storage full or refused (private mode): nothing to keep it in
      }
    };
    open.add(entry);
    return () => open.delete(entry);
  }, [form, record]);
}

/**
 * Writes the draft of every form on screen, and remembers where the user was, so that signing in
 * again brings them back to it. How many forms had something to keep.
 */
export function keepDrafts() {
  let kept = 0;
  for (const entry of open) if (entry()) kept += 1;
  if (kept && sessionUserId())
    window.sessionStorage.setItem(RETURN_KEY, JSON.stringify({ user: sessionUserId(), path: location.hash.slice(1) }));
  return kept;
}

/** Where this user was when their session ended, once (and for nobody else). */
export function takeReturnPath(userId) {
  const stored = window.sessionStorage.getItem(RETURN_KEY);
  window.sessionStorage.removeItem(RETURN_KEY);
  try {
    const back = JSON.parse(stored ?? 'null');
    return back?.user === userId && back.path ? back.path : null;
  } catch {
    return null;
  }
}

/** Above a form that was put back from its draft: it is not saved yet, and can be wiped. */
export const DraftNotice = ({ onDiscard }) =>
  html`<div class="notice draft-notice"><p>Wat u eerder invulde, staat weer in het formulier. Het is nog niet opgeslagen.</p><button type="button" onClick=${onDiscard}>Teruggezette invoer wissen</button></div>`;

/** What the sign-in screen says when a session ended in the middle of the work. */
export const sessionEndedText = (kept) =>
  kept
    ? 'Uw sessie is verlopen. Meld u opnieuw aan. Wat u had ingevuld is bewaard: na het aanmelden staat het weer in het formulier.'
    : 'Uw sessie is verlopen. Meld u opnieuw aan.';

/** Signing out on purpose: nothing of this user's stays behind in the browser. */
export function discardAllDrafts() {
  const mine = `${PREFIX}${sessionUserId()}:`;
  for (const store of stores()) for (const key of Object.keys(store)) if (key.startsWith(mine)) store.removeItem(key);
  window.sessionStorage.removeItem(RETURN_KEY);
}

// Drafts past their time go at the start, whoever's they were.
for (const store of stores()) for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) read(store, key);

// Leaving the page (a reload, a closed tab, a phone that puts the browser away) keeps what was typed.
window.addEventListener('pagehide', keepDrafts);
