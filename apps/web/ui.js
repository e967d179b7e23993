// Small pieces every screen uses.
import { useState } from 'preact/hooks';
import { html } from './html.js';

/** Says something to screen reader users without moving their focus. */
export function announce(message) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // Set after a tick, so that a repeated message is read again.
  setTimeout(() => (region.textContent = message), 50);
}

export function navigate(path) {
  location.hash = `#${path}`;
}

let notice = null;

/** Goes to another screen with a message for it, as a form does that returns to its list once saved. */
export function navigateWithNotice(path, text) {
  notice = text;
  announce(text);
  navigate(path);
}

/** The message the previous screen left, once. */
export function takeNotice() {
  const text = notice;
  notice = null;
  return text;
}

/** A screen's heading: focusable by script (tabindex -1), so a new screen starts there. */
export const Heading = ({ children }) => html`<h1 tabindex="-1">${children}</h1>`;

/** A bar for a share from 0 to 1, with the number in text beside it (never colour alone). */
export function Bar({ value, label, tone = '' }) {
  const share = Math.max(0, Math.min(1, value));
  return html`
    <span class="bar ${tone}" role="img" aria-label=${label}>
      <span class="bar-fill" style=${{ width: `${Math.round(share * 100)}%` }}></span>
    </span>`;
}

export const Notice = ({ kind = 'info', children }) =>
  html`<div class="notice ${kind}" role=${kind === 'error' ? 'alert' : undefined}>${children}</div>`;

/**
 * A screen's message ({ kind, text }): `say` shows it and reads it out to screen reader users;
 * `setMessage` only shows it (a load error the screen shows in place of its content).
 */
export function useMessage() {
  const [message, setMessage] = useState(null);
  const say = (kind, text) => {
    setMessage({ kind, text });
    announce(text);
  };
  return [message, say, setMessage];
}

/** The screen's message as a notice, or nothing. */
export const MessageNotice = ({ message }) =>
  message && html`<${Notice} kind=${message.kind}>${message.text}</${Notice}>`;
