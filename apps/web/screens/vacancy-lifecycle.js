// What the employer and the accountmanager do with a vacancy's life: open a draft, pause and resume,
// close it with a reason, and reopen a closed or expired one as a new vacancy.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { asDate, CLOSE_REASON_NAMES, problemText, VACANCY_STATUS_NAMES } from '../text.js';

export const hasEnded = (vacancy) => vacancy.status === 'closed' || vacancy.status === 'expired';

/** Another region's vacancy, followed from its feed (source `feed:<name>`): that region changes and closes it. */
const followedFrom = (vacancy) => (vacancy.source?.startsWith('feed:') ? vacancy.source.slice('feed:'.length) : null);

/** The status in words, with the reason and the closing date. */
export function VacancyStatus({ vacancy }) {
  const name = VACANCY_STATUS_NAMES[vacancy.status] ?? vacancy.status;
  const reason = vacancy.closeReason && CLOSE_REASON_NAMES[vacancy.closeReason];
  return html`
    <span class=${`tag ${hasEnded(vacancy) ? 'done' : vacancy.status === 'open' ? '' : 'pending'}`}>${name}</span>
    ${reason && html` <span class="counts">${reason}</span>`}
    ${vacancy.status === 'expired' && html` <span class="counts">sluitingsdatum ${asDate(vacancy.validThrough)} verstreken</span>`}
    ${!hasEnded(vacancy) && html` <span class="counts">sluit na ${asDate(vacancy.validThrough)}</span>`}`;
}

/**
 * The buttons for one vacancy. `onChanged(vacancy, text)` gets the vacancy as it is now (for a
 * reopening: the new one) and what to tell the person; `onError(text)` what went wrong.
 */
export function VacancyActions({ vacancy, onChanged, onError }) {
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = vacancy.id;
  // The "Sluiten…" button gives way to the question why: the focus goes along to it, and back on cancel.
  const question = useRef(null);
  const opener = useRef(null);
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    if (!opened) return;
    (closing ? question.current?.querySelector('input') : opener.current)?.focus();
  }, [opened]);
  const showClosing = (open) => {
    setClosing(open);
    setReasonError('');
    setOpened((n) => n + 1);
  };

  async function run(path, method, body, text) {
    setBusy(true);
    try {
      const saved = await api(`/vacancies/${id}${path}`, { method, body });
      setClosing(false);
      onChanged(saved, text(saved));
    } catch (e) {
      onError(`${vacancy.title}: ${problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }
  const setStatus = (status, text) => run('/status', 'PUT', { status, version: vacancy.version }, () => text);

  function close(event) {
    event.preventDefault();
    if (!reason) {
      question.current?.querySelector('input')?.focus();
      return setReasonError('Kies waarom u de vacature sluit.');
    }
    run(
      '/closure',
      'POST',
      { reason, version: vacancy.version },
      () => `Vacature “${vacancy.title}” is gesloten. Openstaande voorstellen en gesprekken zijn ingetrokken.`,
    );
  }

  const region = followedFrom(vacancy);
  if (region)
    return html`<p class="hint">Vacature van een andere regio (${region}). Die regio wijzigt en sluit haar en houdt
      het contact met de werkgever; kandidaten solliciteren zoals de vacature aangeeft.</p>`;

  if (hasEnded(vacancy))
    return html`
      <div class="actions">
        <button type="button" disabled=${busy} onClick=${() =>
          run('/reopening', 'POST', {}, (next) => `Vacature “${next.title}” staat opnieuw open, als nieuwe vacature.`)}>
          Opnieuw openen als nieuwe vacature<span class="visually-hidden">: ${vacancy.title}</span>
        </button>
      </div>`;

  const label = (text) => html`${text}<span class="visually-hidden">: ${vacancy.title}</span>`;
  return html`
    <div class="actions">
      ${vacancy.status === 'draft' && html`<button type="button" class="primary" disabled=${busy} onClick=${() => setStatus('open', `Vacature “${vacancy.title}” staat open.`)}>${label('Openen')}</button>`}
      ${vacancy.status === 'open' && html`<button type="button" disabled=${busy} onClick=${() => setStatus('on-hold', `Vacature “${vacancy.title}” is gepauzeerd: er worden geen kandidaten voorgesteld of aangeboden.`)}>${label('Pauzeren')}</button>`}
      ${vacancy.status === 'on-hold' && html`<button type="button" disabled=${busy} onClick=${() => setStatus('open', `Vacature “${vacancy.title}” staat weer open.`)}>${label('Hervatten')}</button>`}
      ${!closing && html`<button type="button" ref=${opener} disabled=${busy} onClick=${() => showClosing(true)}>${label('Sluiten…')}</button>`}
    </div>
    ${
      closing &&
      html`
      <form class="close-vacancy" onSubmit=${close} novalidate>
        <fieldset ref=${question} aria-describedby=${reasonError ? `close-${id}-error` : undefined}>
          <legend>Waarom sluit u “${vacancy.title}”?</legend>
          ${Object.entries(CLOSE_REASON_NAMES).map(
            ([code, name]) => html`
            <label class="choice"><input type="radio" name=${`close-${id}`} value=${code} checked=${reason === code}
              onChange=${() => {
                setReason(code);
                setReasonError('');
              }} /> ${name}</label>`,
          )}
          ${reasonError && html`<p class="field-error" id=${`close-${id}-error`}>${reasonError}</p>`}
        </fieldset>
        <p class="hint">Openstaande voorstellen, aanbiedingen en geplande gesprekken voor deze vacature worden ingetrokken, met de reden erbij.
          Een gesloten vacature gaat niet meer open; u kunt haar wel opnieuw openen als nieuwe vacature.</p>
        <div class="actions">
          <button type="submit" class="primary" disabled=${busy}>Vacature sluiten</button>
          <button type="button" disabled=${busy} onClick=${() => showClosing(false)}>Annuleren</button>
        </div>
      </form>`
    }`;
}
