// The accountmanager's "Vacatures importeren": a CSV (as Excel saves it) or a JSON file, checked first
// (a trial run that writes nothing: what would be new, changed, unchanged or refused, and why, per
// line), then imported. Every refused line is named with its fields, in Dutch from the codes.
import { useState } from 'preact/hooks';
import { api, downloadCsv } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { contentTypeOf, ImportFileField, rowPosition as where } from '../imports.js';
import { IMPORT_FIELD_NAMES, IMPORT_OUTCOMES, fieldProblemText, problemText } from '../text.js';
import { Heading, MessageNotice, useMessage } from '../ui.js';

/** Why a row is refused: each field by its column name, with the Dutch for its code. */
function Reasons({ row }) {
  if (row.outcome === 'updated')
    return html`Verandert: ${row.changedFields.map((field) => IMPORT_FIELD_NAMES[field] ?? field).join(', ')}`;
  if (row.outcome === 'created' && row.employerRegistered) return 'De werkgever wordt ook ingeschreven.';
  if (row.outcome !== 'refused') return '';
  return html`<ul class="reasons">
    ${row.invalidParams.map(
      (param) => html`<li>
        ${param.name && html`<strong>${IMPORT_FIELD_NAMES[param.name] ?? param.name}</strong>: `}${fieldProblemText(param)}
      </li>`,
    )}
  </ul>`;
}

function ResultTable({ result }) {
  const { counts } = result;
  const caption = result.dryRun ? 'Controle: wat de import zou doen' : 'Resultaat van de import';
  return html`
    <p>
      ${counts.created} nieuw, ${counts.updated} gewijzigd, ${counts.unchanged} ongewijzigd,
      ${counts.refused} geweigerd.
    </p>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">Regel</th>
          <th scope="col">Referentie</th>
          <th scope="col">Uitkomst</th>
          <th scope="col">Toelichting</th>
        </tr>
      </thead>
      <tbody>
        ${result.rows.map(
          (row) => html`
          <tr key=${where(row)} class=${row.outcome === 'refused' ? 'refused' : ''}>
            <th scope="row">${where(row)}</th>
            <td>${row.externalReference ?? ''}</td>
            <td>${IMPORT_OUTCOMES[row.outcome]}</td>
            <td><${Reasons} row=${row} /></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

export function VacancyImportsScreen() {
  const [file, setFile] = useState(null);
  const [source, setSource] = useState('');
  const [result, setResult] = useState(null);
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const ids = { source: 'import-source', file: 'import-file' };
  const { errors, show } = useFieldErrors((field) => ids[field]);

  async function send(dryRun) {
    if (!file) {
      show({ invalidParams: [{ name: 'file', code: 'field.required' }] });
      return;
    }
    setBusy(true);
    try {
      const query = new URLSearchParams();
      if (dryRun) query.set('dryRun', 'true');
      if (source.trim()) query.set('source', source.trim());
      const answer = await api(`/vacancy-imports${query.toString() ? `?${query}` : ''}`, {
        method: 'POST',
        raw: await file.text(),
        contentType: contentTypeOf(file),
      });
      show(null);
      setResult(answer);
      const { created, updated, unchanged, refused } = answer.counts;
      say(
        refused ? 'error' : 'ok',
        dryRun
          ? `Gecontroleerd: ${created} nieuw, ${updated} gewijzigd, ${unchanged} ongewijzigd, ${refused} geweigerd. Er is nog niets opgeslagen.`
          : `Geïmporteerd: ${created} nieuw, ${updated} gewijzigd, ${unchanged} ongewijzigd, ${refused} geweigerd.`,
      );
    } catch (e) {
      setResult(null);
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  async function template() {
    try {
      await downloadCsv('/vacancy-imports/template', 'vacatures-import.csv');
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  return html`
    <${Heading}>Vacatures importeren</${Heading}>
    <p>
      Lever vacatures aan als CSV-bestand (zoals Excel het opslaat, met puntkomma's) of als JSON. Elke regel heeft
      een bron en een referentie: dezelfde referentie nog eens wijzigt die vacature, er komt geen tweede bij.
      Controleer het bestand eerst; er wordt dan nog niets opgeslagen.
    </p>
    <p><button type="button" class="link" onClick=${template}>Sjabloon downloaden (CSV)</button></p>
    <${MessageNotice} message=${message} />
    <form onSubmit=${(event) => {
      event.preventDefault();
      send(true);
    }}>
      <${ImportFileField} id=${ids.file} errors=${errors} accept=".csv,.json,.jsonld,text/csv,application/json"
        onFile=${(chosen) => {
          setFile(chosen);
          setResult(null);
        }} />
      <p>
        <label for=${ids.source}>Bron voor alle regels (als het bestand geen kolom ‘bron’ heeft)</label><br />
        <span class="hint" id=${`${ids.source}-hint`}>Bijvoorbeeld de naam van het systeem van de werkgever: ats-bakkerij</span><br />
        <input id=${ids.source} autocomplete="off" value=${source} onInput=${(event) => setSource(event.currentTarget.value)}
          ...${invalidAttributes(errors, ids.source, `${ids.source}-hint`)} />
        <${FieldError} errors=${errors} id=${ids.source} />
      </p>
      <p>
        <button type="submit" disabled=${busy}>Controleren</button>
        ${' '}
        <button type="button" disabled=${busy || !result?.dryRun} onClick=${() => send(false)}>Importeren</button>
      </p>
    </form>
    ${result && html`<section aria-label="Uitkomst per regel"><${ResultTable} result=${result} /></section>`}`;
}
