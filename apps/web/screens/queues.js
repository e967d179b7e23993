// The beheerder's "Wachtrijen": the work Werkbrug does in the background (matching shortlists,
// webhooks), what waits and what failed, and failed jobs started again. With Redis the queue's own
// dashboard is a link away; embedded, jobs run in the process itself and are retried until they succeed.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { problemText, QUEUE_NAMES } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { BeheerNav } from './beheer.js';

const JOB_NAMES = {
  'match-vacancy': 'Shortlist van een vacature opnieuw matchen',
  'deliver-webhook': 'Webhook afleveren',
};
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});
const when = (value) => (value ? moment.format(new Date(value)) : '');

/** How long ago, in words, from seconds. */
function age(seconds) {
  if (seconds < 120) return `${Math.round(seconds)} seconden`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minuten`;
  return `${Math.round(seconds / 3600)} uur`;
}

function FailedJobs({ jobs, onRetry, onRetryAll, busy }) {
  if (!jobs.length) return html`<p>Er zijn geen mislukte taken.</p>`;
  return html`
    <p><button type="button" disabled=${busy} onClick=${onRetryAll}>Alle mislukte taken opnieuw starten</button></p>
    <div class="table-scroll">
      <table>
        <caption>Mislukte taken van de matching (nieuwste eerst)</caption>
        <thead>
          <tr>
            <th scope="col">Taak</th>
            <th scope="col">Mislukt op</th>
            <th scope="col">Pogingen</th>
            <th scope="col">Technische melding (voor ontwikkelaars)</th>
            <th scope="col"><span class="visually-hidden">Opnieuw starten</span></th>
          </tr>
        </thead>
        <tbody>
          ${jobs.map(
            (job) => html`
            <tr key=${job.id}>
              <th scope="row">${JOB_NAMES[job.name] ?? job.name}<br /><span class="hint">${job.id}</span></th>
              <td>${when(job.failedAt)}</td>
              <td>${job.attemptsMade}</td>
              <td lang="en">${job.failedReason}</td>
              <td><button type="button" disabled=${busy} aria-label=${`Taak ${job.id} opnieuw starten`} onClick=${() => onRetry(job)}>Opnieuw starten</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export function QueuesScreen() {
  const [overview, setOverview] = useState(null);
  const [failed, setFailed] = useState([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [message, say] = useMessage();

  async function load() {
    try {
      const answer = await api('/queues');
      setOverview(answer);
      setFailed(answer.mode === 'bullmq' ? await api('/queues/matching/failed?limit=100') : []);
      setError('');
    } catch (e) {
      setError(problemText(e.problem));
    }
  }

  useEffect(() => {
    load();
  }, []);

  async function act(request, done) {
    setBusy(true);
    try {
      say('ok', done(await request()));
      await load();
    } catch (e) {
      say('error', problemText(e.problem));
      await load();
    } finally {
      setBusy(false);
    }
  }

  async function openDashboard() {
    try {
      await api('/queues/dashboard-session', { method: 'POST' });
      window.open('/admin/queues', '_blank', 'noopener');
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  const inProcess = overview?.mode === 'in-process';
  return html`
    <${Heading}>Wachtrijen</${Heading}>
    <${BeheerNav} current="/beheer/wachtrijen" />
    <p>Het werk dat Werkbrug op de achtergrond doet: shortlists opnieuw matchen na elke wijziging, en webhooks naar partners.</p>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!overview && !error && html`<p aria-busy="true">De wachtrijen worden geladen…</p>`}
    ${
      overview &&
      html`
      ${
        inProcess
          ? html`<${Notice}>
              Werkbrug draait zonder wachtrijserver (Redis): de taken lopen in het proces zelf. Een taak die mislukt wordt
              vanzelf later opnieuw geprobeerd, tot ze lukt; daarom zijn er hier geen mislukte taken en is er geen dashboard.
            </${Notice}>`
          : html`<p>
              Werkbrug gebruikt een wachtrijserver (Redis).
              ${' '}<button type="button" class="link" onClick=${openDashboard}>Dashboard van de wachtrij openen (nieuw venster)</button>
            </p>`
      }
      <section aria-labelledby="wachtrijen-kop">
        <h2 id="wachtrijen-kop">Taken per wachtrij</h2>
        <div class="table-scroll">
          <table>
            <caption>Taken per wachtrij en toestand</caption>
            <thead>
              <tr>
                <th scope="col">Wachtrij</th>
                <th scope="col">Wachtend</th>
                <th scope="col">Bezig</th>
                <th scope="col">Wacht op nieuwe poging</th>
                <th scope="col">Mislukt</th>
                <th scope="col">Afgerond (laatste dag)</th>
              </tr>
            </thead>
            <tbody>
              ${overview.queues.map(
                (queue) => html`
                <tr key=${queue.name}>
                  <th scope="row">${QUEUE_NAMES[queue.name] ?? queue.name}</th>
                  <td>${queue.waiting}</td>
                  <td>${queue.active}</td>
                  <td>${queue.delayed}</td>
                  <td>${queue.failed}</td>
                  <td>${queue.completed ?? 'niet bijgehouden'}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <p>
          ${
            overview.outboxPending === 0
              ? 'Alle wijzigingen zijn aan de wachtrij doorgegeven.'
              : `${overview.outboxPending} ${overview.outboxPending === 1 ? 'wijziging wacht' : 'wijzigingen wachten'} nog om ${inProcess ? 'te worden uitgevoerd' : 'aan de wachtrij te worden doorgegeven'}; de oudste sinds ${age(overview.outboxOldestPendingSeconds ?? 0)}.`
          }
        </p>
        <p><button type="button" disabled=${busy} onClick=${() => (say('ok', 'De wachtrijen zijn ververst.'), load())}>Vernieuwen</button></p>
      </section>
      ${
        !inProcess &&
        html`
        <section aria-labelledby="mislukt-kop">
          <h2 id="mislukt-kop">Mislukte taken</h2>
          <p>Taken die na alle pogingen niet lukten. Opnieuw starten geeft ze weer alle pogingen.</p>
          <${FailedJobs} jobs=${failed} busy=${busy}
            onRetry=${(job) =>
              act(
                () => api(`/queues/matching/failed/${encodeURIComponent(job.id)}/retry`, { method: 'POST' }),
                () => `Taak ${job.id} is opnieuw gestart.`,
              )}
            onRetryAll=${() =>
              act(
                () => api('/queues/matching/failed/retry-all', { method: 'POST' }),
                (r) => `${r.retried} ${r.retried === 1 ? 'taak is' : 'taken zijn'} opnieuw gestart.`,
              )} />
        </section>`
      }`
    }`;
}
