// The beheerder's "Kansrijkheid": the labour-market tension per region and sector (or occupation
// group) that the matching uses to favour kansrijke directions. Viewed per region and sector, changed
// one value at a time, or replaced from a CSV file (`;` as Dutch Excel writes it, or `,`). Rows of the
// shipped table are illustrative, and the screen says so until they are replaced.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { ImportFileField, uploadProblemText } from '../imports.js';
import { asDate, fieldProblemText, ILLUSTRATIVE_KANSRIJKHEID, KANSRIJKHEID_COLUMNS, problemText } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { BeheerNav } from './beheer.js';

const TENSIONS = { 1: 'zeer ruim', 2: 'ruim', 3: 'gemiddeld', 4: 'krap', 5: 'zeer krap' };
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/** A row's sector, or its occupation group (sector `*`), in words. */
const whatOf = (row) =>
  row.occupationGroup
    ? `Beroepsgroep ${row.occupationGroupLabel ?? row.occupationGroup}`
    : (row.sectorLabel ?? row.sector);
/** The filter value of a row: its sector, or its occupation group. */
const keyOf = (row) => (row.occupationGroup ? `*|${row.occupationGroup}` : row.sector);

/** A refused line's place and field in Dutch: `line 3: region` becomes "Regel 3, regio". */
export function refusedLineText(param) {
  const [, line, field] = /^line (\d+)(?:: (.+))?$/.exec(param.name ?? '') ?? [];
  const where = line ? `Regel ${line}${field ? `, ${KANSRIJKHEID_COLUMNS[field] ?? field}` : ''}` : param.name;
  return `${where}: ${fieldProblemText({ ...param, name: field ?? '' })}`;
}

function ImportForm({ onImported, say }) {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState([]);
  const { errors, show } = useFieldErrors((field) => (field === 'file' ? 'kansrijkheid-bestand' : undefined));

  async function submit(event) {
    event.preventDefault();
    setRefused([]);
    if (!file) return show({ invalidParams: [{ name: 'file', code: 'field.required' }] });
    setBusy(true);
    try {
      const result = await api('/kansrijkheid/import', {
        method: 'POST',
        raw: await file.text(),
        contentType: 'text/csv',
      });
      show(null);
      onImported();
      say(
        'ok',
        `${result.rows} ${result.rows === 1 ? 'regel' : 'regels'} ingelezen. ` +
          `${result.vacanciesRematched} open ${result.vacanciesRematched === 1 ? 'vacature wordt' : 'vacatures worden'} opnieuw gematcht.`,
      );
    } catch (e) {
      const problem = e.problem ?? {};
      if (problem.code === 'kansrijkheid.invalid-file') {
        show(null);
        setRefused(problem.invalidParams ?? []);
        say('error', problemText(problem));
      } else if (problem.status === 400 || problem.status === 413 || problem.status === 415) {
        show({ invalidParams: [{ name: 'file', code: problem.code }] });
        say('error', uploadProblemText(problem));
      } else say('error', problemText(problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section aria-labelledby="kansrijkheid-import-kop">
      <h2 id="kansrijkheid-import-kop">Tabel importeren</h2>
      <p>
        Een CSV-bestand zoals Excel het opslaat, met puntkomma’s (en decimale komma’s) of met komma’s. De eerste regel
        noemt de kolommen: <code>regio;sector;beroepsgroep;spanning;verhouding;bron</code> (of in het Engels${' '}
        <code>region,sector,occupation_group,tension,ratio,source</code>). Regio als naam (<code>flevoland</code>) of
        CBS-code (<code>AM11</code>); sector als SBI-letter, of <code>*</code> met een beroepsgroep; spanning 1 (zeer ruim)
        tot 5 (zeer krap), of de verhouding vacatures per werkzoekende. Klopt één regel niet, dan wordt niets ingelezen.
      </p>
      <form onSubmit=${submit} noValidate>
        <${ImportFileField} id="kansrijkheid-bestand" errors=${errors} accept=".csv,text/csv"
          hint="Bijvoorbeeld de spanningsindicator van UWV voor uw regio, als CSV opgeslagen."
          onFile=${(chosen) => (setFile(chosen), setRefused([]))} />
        <button type="submit" class="primary" disabled=${busy}>Importeren</button>
      </form>
      ${
        refused.length > 0 &&
        html`
        <div class="notice error" id="kansrijkheid-geweigerd">
          <h3>Niet ingelezen: deze regels kloppen niet</h3>
          <ul>${refused.map((param) => html`<li>${refusedLineText(param)}</li>`)}</ul>
        </div>`
      }
    </section>`;
}

function EditForm({ row, onSaved, onCancel, say }) {
  const [tension, setTension] = useState(String(row.tension));
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { tension: 'wijzig-spanning', source: 'wijzig-bron' };
  const { errors, show } = useFieldErrors((field) => ids[field]);

  useEffect(() => document.getElementById(ids.tension)?.focus(), [row]);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const body = { region: row.region, sector: row.sector, tension: Number(tension), source };
      if (row.occupationGroup) body.occupationGroup = row.occupationGroup;
      await api('/kansrijkheid', { method: 'PUT', body });
      show(null);
      say('ok', `De kansrijkheid van ${whatOf(row).toLowerCase()} in ${row.regionName} is nu ${TENSIONS[tension]}.`);
      onSaved();
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="panel" onSubmit=${submit} noValidate aria-labelledby="wijzig-kop">
      <h3 id="wijzig-kop">${whatOf(row)} in ${row.regionName} wijzigen</h3>
      <p>
        <label for=${ids.tension}>Spanning</label><br />
        <select id=${ids.tension} value=${tension} onChange=${(e) => setTension(e.currentTarget.value)} ...${invalidAttributes(errors, ids.tension)}>
          ${Object.entries(TENSIONS).map(([value, label]) => html`<option value=${value}>${value} – ${label}</option>`)}
        </select>
        <${FieldError} errors=${errors} id=${ids.tension} />
      </p>
      <p>
        <label for=${ids.source}>Bron</label><br />
        <span class="hint" id=${`${ids.source}-hint`}>Waar de waarde vandaan komt, bijvoorbeeld: UWV spanningsindicator, 3e kwartaal 2026</span><br />
        <input id=${ids.source} autocomplete="off" value=${source} onInput=${(e) => setSource(e.currentTarget.value)}
          ...${invalidAttributes(errors, ids.source, `${ids.source}-hint`)} />
        <${FieldError} errors=${errors} id=${ids.source} />
      </p>
      <button type="submit" class="primary" disabled=${busy}>Opslaan</button>
      ${' '}<button type="button" onClick=${onCancel}>Annuleren</button>
    </form>`;
}

export function KansrijkheidScreen() {
  const [rows, setRows] = useState(null);
  const [regions, setRegions] = useState([]);
  const [region, setRegion] = useState('');
  const [what, setWhat] = useState('');
  const [editing, setEditing] = useState(null);
  const [error, setError] = useState('');
  const [message, say] = useMessage();

  // The whole table is reference data of about a thousand rows: loaded once, filtered here.
  const load = () =>
    apiAll('/kansrijkheid')
      .then(setRows)
      .catch((e) => setError(problemText(e.problem)));

  useEffect(() => {
    load();
    api('/taxonomy/regions')
      .then((all) => {
        setRegions(all);
        setRegion((chosen) => chosen || (all.find((r) => r.code === 'flevoland') ?? all[0])?.code || '');
      })
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  const inRegion = (rows ?? []).filter((row) => row.region === region);
  const shown = inRegion.filter((row) => !what || keyOf(row) === what);
  const illustrativeHere = inRegion.filter((row) => row.illustrative).length;
  const regionName = regions.find((r) => r.code === region)?.name ?? region;

  return html`
    <${Heading}>Kansrijkheid</${Heading}>
    <${BeheerNav} current="/beheer/kansrijkheid" />
    <p>
      Hoe krap de arbeidsmarkt is per arbeidsmarktregio en sector (of beroepsgroep). De matching geeft kansrijke
      richtingen voorrang, vooral als een kandidaat langer dan twee maanden zoekt.
    </p>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    <${ImportForm} say=${say} onImported=${() => (setEditing(null), load())} />
    <section aria-labelledby="kansrijkheid-tabel-kop">
      <h2 id="kansrijkheid-tabel-kop">De tabel</h2>
      <div class="report-filters">
        <p>
          <label for="kansrijkheid-regio">Regio</label><br />
          <select id="kansrijkheid-regio" value=${region} onChange=${(e) => (setRegion(e.currentTarget.value), setEditing(null))}>
            ${regions.map((r) => html`<option value=${r.code}>${r.name}</option>`)}
          </select>
        </p>
        <p>
          <label for="kansrijkheid-sector">Sector of beroepsgroep</label><br />
          <select id="kansrijkheid-sector" value=${what} onChange=${(e) => (setWhat(e.currentTarget.value), setEditing(null))}>
            <option value="">Alle</option>
            ${inRegion.map((row) => html`<option value=${keyOf(row)}>${whatOf(row)}</option>`)}
          </select>
        </p>
      </div>
      ${
        illustrativeHere > 0 &&
        html`<${Notice}>
          <strong>${ILLUSTRATIVE_KANSRIJKHEID}.</strong>
          ${' '}In ${regionName} komen ${illustrativeHere} van de ${inRegion.length} regels uit de meegeleverde tabel: een
          voorbeeld naar het patroon van UWV’s spanningsindicator, niet de cijfers van UWV. Vervang ze door de actuele
          spanningsindicator van uw regio.
        </${Notice}>`
      }
      ${
        rows &&
        illustrativeHere === 0 &&
        inRegion.length > 0 &&
        html`<p>In ${regionName} heeft een beheerder de hele tabel vervangen.</p>`
      }
      ${!rows && !error && html`<p aria-busy="true">De tabel wordt geladen…</p>`}
      ${
        rows &&
        html`
        <div class="table-scroll">
          <table>
            <caption>Kansrijkheid in ${regionName} (${shown.length} ${shown.length === 1 ? 'regel' : 'regels'})</caption>
            <thead>
              <tr>
                <th scope="col">Sector of beroepsgroep</th>
                <th scope="col">Spanning</th>
                <th scope="col">Verhouding</th>
                <th scope="col">Bron</th>
                <th scope="col">Herkomst</th>
                <th scope="col"><span class="visually-hidden">Wijzigen</span></th>
              </tr>
            </thead>
            <tbody>
              ${shown.map(
                (row) => html`
                <tr key=${keyOf(row)}>
                  <th scope="row">${whatOf(row)}</th>
                  <td>${row.tension} – ${row.tensionLabel}</td>
                  <td>${row.ratio === null ? '' : number.format(row.ratio)}</td>
                  <td>${row.illustrative ? 'Meegeleverde voorbeeldtabel' : row.source}</td>
                  <td>${row.illustrative ? html`<span class="tag illustrative">Illustratief</span>` : `Vervangen op ${asDate(row.replacedAt)}`}</td>
                  <td><button type="button" class="link" aria-label=${`${whatOf(row)} wijzigen`} onClick=${() => setEditing(row)}>Wijzigen</button></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      }
      ${
        editing &&
        html`<${EditForm} key=${keyOf(editing) + editing.region} row=${editing} say=${say}
          onCancel=${() => setEditing(null)} onSaved=${() => (setEditing(null), load())} />`
      }
    </section>`;
}

/**
 * Said on a screen whose scores or reasons use the shipped kansrijkheid table (`illustrative`, as the
 * API answers it), so nobody tells an employer "zeer krap in deze regio" from example figures.
 */
export const IllustrativeKansrijkheidNotice = ({ illustrative }) =>
  illustrative
    ? html`<p class="notice illustrative-kansrijkheid">
        <strong>${ILLUSTRATIVE_KANSRIJKHEID}.</strong> Wat hier over kansrijke sectors staat (‘… is krap in deze regio’) komt
        uit een voorbeeldtabel, niet uit de cijfers van UWV.
      </p>`
    : null;
