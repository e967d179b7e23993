// The klantmanager's "Kandidaten importeren": a CSV (as Excel saves it) or JSON export of the case
// system, tried first (nothing stored) or imported, all or nothing or per row. The API imports it as a
// job; the screen asks after it every second for a progress bar, then shows the counts and every
// refused row by its line and field, in Dutch from the codes.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { contentTypeOf, ImportFileField, rowPosition, uploadProblemText } from '../imports.js';
import { candidateImportFieldName, fieldProblemText, problemText } from '../text.js';
import { Heading, announce } from '../ui.js';

/** How often the screen asks how far the import is. */
const POLL_MS = 1000;
/** Refused rows shown in the table; the counts say how many there are in all. */
const MOST_ROWS_SHOWN = 500;

const number = new Intl.NumberFormat('nl-NL');
const finished = (run) => run.status === 'done' || run.status === 'failed';

const countsText = ({ created, updated, unchanged, left, refused }) =>
  `${number.format(created)} nieuw, ${number.format(updated)} bijgewerkt, ${number.format(unchanged)} ongewijzigd, ` +
  `${number.format(left)} uitgestroomd, ${number.format(refused)} geweigerd`;

/** What the import did (or, tried or refused as a whole, would have done), in one sentence. */
function outcomeText(run) {
  const counts = countsText(run.counts);
  if (run.status === 'failed' && run.errorCode === 'candidate-import.rows-refused')
    return `Er is niets geïmporteerd. Zo zou de import zijn gegaan: ${counts}. ${problemText({ code: run.errorCode })}`;
  if (run.status === 'failed') return `${problemText({ code: run.errorCode })} Tot dan verwerkt: ${counts}.`;
  if (run.dryRun) return `Geprobeerd: ${counts}. Er is niets opgeslagen.`;
  return `Geïmporteerd: ${counts}.`;
}

const progressText = (run) => {
  if (run.status === 'queued') return 'De import wacht op zijn beurt…';
  const { processed, total } = run.progress;
  const done = `${number.format(processed)} van ${number.format(total)} regels verwerkt`;
  return run.phase === 'writing' ? `${done}; alles wordt nu in één keer opgeslagen…` : done;
};

function Progress({ run }) {
  return html`
    <div class="import-progress">
      <label for="import-voortgang">Voortgang van de import</label><br />
      <progress id="import-voortgang" max=${Math.max(run.progress.total, 1)} value=${run.progress.processed}
        aria-describedby="import-voortgang-tekst"></progress>
      <p id="import-voortgang-tekst" role="status" aria-live="polite">${progressText(run)}</p>
    </div>`;
}

/** Every refused row, one line per field that is not right. */
function RefusedRows({ run }) {
  const rows = run.refusedRows.slice(0, MOST_ROWS_SHOWN);
  if (!rows.length) return null;
  const lines = rows.flatMap((row) =>
    row.fields.length
      ? row.fields.map((field, at) => ({ row, field, first: at === 0, span: row.fields.length }))
      : [{ row, field: { name: '', code: row.code }, first: true, span: 1 }],
  );
  return html`
    <div class="table-scroll">
      <table>
        <caption>Geweigerde regels${run.refusedRows.length > rows.length ? ` (de eerste ${number.format(rows.length)})` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Regel</th>
            <th scope="col">Veld</th>
            <th scope="col">Wat er mis is</th>
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            ({ row, field, first, span }) => html`
            <tr key=${`${rowPosition(row)}-${field.name}`}>
              ${first && html`<th scope="row" rowspan=${span}>${rowPosition(row)}</th>`}
              <td>${field.name ? candidateImportFieldName(field.name) : 'hele regel'}</td>
              <td>${fieldProblemText({ name: field.name, code: field.code })}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function Outcome({ run }) {
  const failed = run.status === 'failed';
  return html`
    <section aria-labelledby="import-uitkomst">
      <h2 id="import-uitkomst">${run.dryRun ? 'Uitkomst van de proef' : 'Uitkomst van de import'}</h2>
      <div class="notice ${failed ? 'error' : run.counts.refused ? 'info' : 'success'}">
        <p>${outcomeText(run)}</p>
      </div>
      <dl class="import-counts">
        <div><dt>Nieuw</dt><dd>${number.format(run.counts.created)}</dd></div>
        <div><dt>Bijgewerkt</dt><dd>${number.format(run.counts.updated)}</dd></div>
        <div><dt>Ongewijzigd</dt><dd>${number.format(run.counts.unchanged)}</dd></div>
        <div><dt>Uitgestroomd</dt><dd>${number.format(run.counts.left)}</dd></div>
        <div><dt>Geweigerd</dt><dd>${number.format(run.counts.refused)}</dd></div>
      </dl>
      <${RefusedRows} run=${run} />
      ${
        !run.dryRun &&
        run.status === 'done' &&
        html`<p>
          Geïmporteerde kandidaten staan nog in geen caseload: u vindt ze onder${' '}
          <a href="#/kandidaten">Kandidaten</a>, bij ‘Hele organisatie’.
        </p>`
      }
    </section>`;
}

function ColumnsHint() {
  return html`
    <details class="import-columns">
      <summary>Welke kolommen kan het bestand hebben?</summary>
      <p>
        Een CSV-bestand zoals Excel het opslaat (‘CSV UTF-8’, puntkomma's ertussen), met de kolomnamen op de
        eerste regel. Elke regel heeft een <strong>klantnummer</strong> uit uw eigen systeem: hetzelfde
        klantnummer nog eens werkt die kandidaat bij, er komt geen tweede bij.
      </p>
      <ul>
        <li>verplicht: klantnummer, naam, geboortejaar, postcode (4 cijfers), uren min, uren max (1–40), uitkering sinds, participatieladder (1–6)</li>
        <li>contact: e-mail, telefoon</li>
        <li>reizen: vervoer (fiets, ov, auto, lopen), max km, max minuten</li>
        <li>werk: opleidingsniveau (bijvoorbeeld mbo2), competenties (code:niveau:jaren), gewenste beroepen, sectoren, contractvormen (vast, tijdelijk, oproep, uitzendwerk)</li>
        <li>belastbaarheid (item:niveau), belastbaarheid bron, belastbaarheid datum</li>
        <li>beschikbaarheid (beschikbaar, tijdelijk niet beschikbaar, geplaatst), uitgestroomd op</li>
      </ul>
      <p>
        Meer dan één waarde in een cel: zet er een komma of een | tussen. Datums als 31-1-2027. Een JSON-bestand
        is een lijst van kandidaten met dezelfde gegevens.
      </p>
    </details>`;
}

export function CandidateImportsScreen() {
  const [file, setFile] = useState(null);
  const [dryRun, setDryRun] = useState(true);
  const [mode, setMode] = useState('all-or-nothing');
  const [run, setRun] = useState(null);
  const [sending, setSending] = useState(false);
  const [pollError, setPollError] = useState('');
  // The API's problem with the upload as a whole (400, 413, 415): beside the file field.
  const [uploadProblem, setUploadProblem] = useState(null);
  const fileId = 'import-bestand';
  const { errors, show } = useFieldErrors((field) => (field === 'file' ? fileId : undefined));

  useEffect(() => {
    if (uploadProblem) document.getElementById(fileId)?.focus();
  }, [uploadProblem]);

  // While the import runs: ask after it every second, until it has finished.
  const runId = run && !finished(run) ? run.id : null;
  useEffect(() => {
    if (!runId) return undefined;
    let stopped = false;
    let timer;
    const ask = async () => {
      try {
        const latest = await api(`/candidate-imports/${runId}`);
        if (stopped) return;
        setRun(latest);
        if (finished(latest)) announce(outcomeText(latest));
        else timer = setTimeout(ask, POLL_MS);
      } catch (e) {
        if (!stopped) setPollError(problemText(e.problem));
      }
    };
    timer = setTimeout(ask, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId]);

  async function send() {
    if (!file) {
      show({ invalidParams: [{ name: 'file', code: 'field.required' }] });
      return;
    }
    setSending(true);
    setUploadProblem(null);
    setRun(null);
    setPollError('');
    try {
      const query = new URLSearchParams({ mode });
      if (dryRun) query.set('dryRun', 'true');
      const accepted = await api(`/candidate-imports?${query}`, {
        method: 'POST',
        raw: await file.text(),
        contentType: contentTypeOf(file),
      });
      show(null);
      setRun(accepted);
    } catch (e) {
      // What is wrong with the upload as a whole: said beside the file field, where the focus goes.
      show(null);
      setUploadProblem(e.problem);
    } finally {
      setSending(false);
    }
  }

  const fieldErrors = uploadProblem ? new Map([[fileId, uploadProblemText(uploadProblem)]]) : errors;
  const running = sending || (run && !finished(run));

  return html`
    <${Heading}>Kandidaten importeren</${Heading}>
    <p>
      Neem kandidaten over uit het systeem van uw gemeente: een CSV- of JSON-bestand met een regel per kandidaat.
      Probeer het bestand eerst; dan ziet u wat er zou gebeuren en wordt er nog niets opgeslagen.
    </p>
    <${ColumnsHint} />
    <form onSubmit=${(event) => {
      event.preventDefault();
      send();
    }}>
      <${ImportFileField} id=${fileId} errors=${fieldErrors} accept=".csv,.json,text/csv,application/json"
        hint="Een CSV-bestand (.csv) of een JSON-bestand (.json), hoogstens 100.000 regels."
        onFile=${(chosen) => {
          setFile(chosen);
          setUploadProblem(null);
          show(null);
          setRun(null);
        }} />
      <fieldset>
        <legend>Wat wilt u doen?</legend>
        <label class="choice"><input type="radio" name="import-doel" checked=${dryRun} onChange=${() => setDryRun(true)} />
          Eerst proberen (niets wordt opgeslagen)</label>
        <label class="choice"><input type="radio" name="import-doel" checked=${!dryRun} onChange=${() => setDryRun(false)} />
          Importeren</label>
      </fieldset>
      <fieldset>
        <legend>Als een regel niet klopt</legend>
        <label class="choice"><input type="radio" name="import-wijze" checked=${mode === 'all-or-nothing'}
          onChange=${() => setMode('all-or-nothing')} /> Alles of niets</label>
        <label class="choice"><input type="radio" name="import-wijze" checked=${mode === 'per-row'}
          onChange=${() => setMode('per-row')} /> Per regel (goede regels worden opgeslagen, foute overgeslagen)</label>
      </fieldset>
      <p><button type="submit" class="primary" disabled=${running}>${dryRun ? 'Proberen' : 'Importeren'}</button></p>
    </form>
    ${pollError && html`<div class="notice error" role="alert">${pollError}</div>`}
    ${run && !finished(run) && html`<${Progress} run=${run} />`}
    ${run && finished(run) && html`<${Outcome} run=${run} />`}`;
}
