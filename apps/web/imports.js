// What the import screens (vacancies, candidates) share: the file field with its error beside it,
// the upload's media type from the file's name, and where a refused row stood in the file.
import { html } from './html.js';
import { FieldError, invalidAttributes } from './form-errors.js';
import { problemText } from './text.js';

/** The upload's media type by its name: .jsonld as JSON-LD, .json as JSON, anything else as CSV. */
export function contentTypeOf(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.jsonld')) return 'application/ld+json';
  if (name.endsWith('.json')) return 'application/json';
  return 'text/csv';
}

/** A refused row's place: its line as the spreadsheet shows it (CSV), else its number in the JSON list. */
export const rowPosition = (row) => (row.line !== undefined ? `Regel ${row.line}` : `Nummer ${row.index + 1}`);

/**
 * Dutch for a problem with the upload as a whole (400, 413, 415): said beside the file field. An
 * unknown column is named, so the user knows which header to correct.
 */
export function uploadProblemText(problem = {}) {
  const column = problem.code === 'candidate-import.unknown-column' ? problem.invalidParams?.[0]?.name : undefined;
  return column ? `Kolom ‘${column}’: ${problemText(problem)}` : problemText(problem);
}

/**
 * The file input of an import: labelled "Bestand", with its hint and its error (`errors`, a Map by
 * input id, as useFieldErrors keeps them) tied to it.
 */
export function ImportFileField({ id, errors, accept, hint, onFile }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return html`
    <p>
      <label for=${id}>Bestand</label><br />
      ${hint && html`<span class="hint" id=${hintId}>${hint}</span><br />`}
      <input id=${id} type="file" accept=${accept}
        onChange=${(event) => onFile(event.currentTarget.files[0] ?? null)}
        ...${invalidAttributes(errors, id, hintId)} />
      <${FieldError} errors=${errors} id=${id} />
    </p>`;
}
