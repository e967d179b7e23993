// The employer's speeddates: when and where, and whom they meet, each candidate by reference only.
import { useEffect, useState } from 'preact/hooks';
import { apiAll } from '../api.js';
import { html } from '../html.js';
import { asDate, dutchDay, problemText } from '../text.js';
import { Heading, Notice } from '../ui.js';

function EventCard({ event }) {
  const headingId = `event-${event.id}`;
  return html`
    <li class="card" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${event.title}</h3>
      <p class="meta">${asDate(event.heldOn)} · ${event.startsAt} uur · ${event.place} · gesprekken van ${event.slotMinutes} minuten</p>
      ${
        event.conversations.length === 0
          ? html`<p>Het schema volgt nog.</p>`
          : html`
          <div class="table-scroll">
            <table>
              <caption>Uw gesprekken</caption>
              <thead><tr><th scope="col">Tijd</th><th scope="col">Kandidaat</th><th scope="col">Vacature</th></tr></thead>
              <tbody>
                ${event.conversations.map(
                  (c) =>
                    html`<tr><td>${c.startsAt}</td><td>${c.candidateReference}</td><td>${c.vacancyTitle ?? 'Kennismaking'}</td></tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
    </li>`;
}

export function EmployerSpeeddatesScreen({ session }) {
  const [events, setEvents] = useState(null);
  const [error, setError] = useState('');
  const employerId = session.employer?.id;

  useEffect(() => {
    if (!employerId) return;
    apiAll(`/employers/${employerId}/speeddates`)
      .then(setEvents)
      .catch((e) => setError(problemText(e.problem)));
  }, [employerId]);

  const today = dutchDay();
  const coming = (events ?? []).filter((event) => event.heldOn >= today).reverse();
  const past = (events ?? []).filter((event) => event.heldOn < today);
  const list = (items) =>
    html`<ul class="cards events">${items.map((event) => html`<${EventCard} key=${event.id} event=${event} />`)}</ul>`;

  return html`
    <${Heading}>Speeddates</${Heading}>
    <p>De speeddates waarvoor u bent uitgenodigd. U ziet kandidaten met hun kenmerk (zoals K-1A2B-3C4D); hun naam hoort u op de speeddate zelf.</p>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!events && !error && html`<p aria-busy="true">Speeddates worden geladen…</p>`}
    ${events && events.length === 0 && html`<p>U bent nog niet uitgenodigd voor een speeddate.</p>`}
    ${coming.length > 0 && html`<section aria-labelledby="coming-heading"><h2 id="coming-heading">Vandaag en later</h2>${list(coming)}</section>`}
    ${past.length > 0 && html`<section aria-labelledby="past-heading"><h2 id="past-heading">Geweest</h2>${list(past)}</section>`}`;
}
