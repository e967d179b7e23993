// Reports for a period: the funnel (all levels or one), the work per level, placements per sector and age group, and durations.
import { useEffect, useState } from 'preact/hooks';
import { api, downloadCsv } from '../api.js';
import { html } from '../html.js';
import { asPercent, dutchDay, problemText, SECTOR_NAMES } from '../text.js';
import { Bar, Heading, Notice } from '../ui.js';

const LEVEL_NAMES = {
  1: 'Vacatures aanbieden',
  2: 'Kandidaat en werkgever samenbrengen',
  3: 'Opleiden voor een vacature',
  4: 'Werk zoeken voor één kandidaat',
  5: 'Plaatsingsakkoorden met werkgevers',
};

const STAGE_NAMES = {
  shortlisted: 'Beoordeeld op een shortlist',
  proposed: 'Voorgesteld aan een werkgever',
  invitedOrSpeeddate: 'Uitgenodigd of gesproken op een speeddate',
  startedWorkOrTraining: 'Begonnen met werk, proefplaatsing of opleiding',
  placed: 'Aan het werk',
  stillWorkingAfterSixMonths: 'Na zes maanden nog aan het werk',
};

/** What each stage of the funnel counts, in the words of the API's definition (reports.controller). */
const STAGE_MEANINGS = {
  shortlisted:
    'De accountmanager nam in deze periode een besluit over de kandidaat op een shortlist (geaccepteerd, opzijgezet of afgewezen). Hier begint de trechter.',
  proposed: 'Daarna voorgesteld aan een werkgever.',
  invitedOrSpeeddate: 'Daarna door de werkgever uitgenodigd, of gesproken op een speeddate.',
  startedWorkOrTraining:
    'Daarna begonnen met een proefplaatsing, werken met behoud van uitkering, betaald werk of een opleiding.',
  placed: 'Daarna begonnen met betaald werk, met of zonder proefplaatsing ervoor.',
  stillWorkingAfterSixMonths: 'Daarna bij de controle na zes maanden nog aan het werk.',
};

/** The durations: what each measures, and why a candidate may be left out of it. */
const DURATIONS = [
  {
    key: 'benefitStartToPaidWork',
    name: 'Van begin uitkering tot betaald werk',
    meaning:
      'Dagen vanaf de begindatum van de uitkering (in het profiel) tot de eerste dag van het eerste betaalde werk, voor eerste betaald werk dat in deze periode begon.',
    excluded:
      'uitkering begon volgens het profiel pas na de start van het werk: een fout in de gegevens, te herstellen in het profiel',
  },
  {
    key: 'firstProposalToPaidWork',
    name: 'Van eerste voorstel tot betaald werk',
    meaning:
      'Dagen vanaf het eerste voorstel aan een werkgever tot de eerste dag van het eerste betaalde werk, voor eerste betaald werk dat in deze periode begon.',
    excluded: 'niet voorgesteld voordat het werk begon: werk op een andere manier gevonden',
  },
];

const DURATION_STAGE_NAMES = {
  shortlisted: 'Beoordeeld op een shortlist',
  proposed: 'Voorgesteld',
  invited: 'Uitgenodigd of speeddate',
  placed: 'Aan het werk',
};

const AGE_GROUP_NAMES = { 'under-45': 'Jonger dan 45', '45-54': '45 tot 55 jaar', '55+': '55 jaar en ouder' };

/** The last twelve months up to today in the Netherlands (the API's days), whatever the browser's zone. */
function lastTwelveMonths() {
  const to = dutchDay();
  const [year, month, day] = to.split('-').map(Number);
  // Calendar arithmetic in UTC, where no clock change moves a day.
  const from = new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10);
  return { from, to };
}

/**
 * A bar chart drawn with HTML: every bar has its number beside it in text and a label for screen
 * readers, so it is readable without colour, without the bars, and when zoomed to 400%.
 */
function BarChart({ id, title, rows, note }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return html`
    <figure class="chart" aria-labelledby=${id}>
      <figcaption id=${id}>${title}</figcaption>
      ${
        rows.length === 0
          ? html`<p class="hint">Niets in deze periode.</p>`
          : html`
        <ul class="chart-rows">
          ${rows.map(
            (row) => html`
            <li>
              <span class="chart-label">${row.label}</span>
              <${Bar} value=${row.value / max} label=${`${row.label}: ${row.value}`} />
              <span class="number">${row.value}${row.extra ? html` <span class="hint">${row.extra}</span>` : ''}</span>
            </li>`,
          )}
        </ul>`
      }
      ${note && html`<p class="hint">${note}</p>`}
    </figure>`;
}

const days = (value) => (value === null ? 'geen' : `${value.toLocaleString('nl-NL')} dagen`);

/** The durations as a table: each row says what it measures and how many were left out, and why. */
function DurationsTable({ report }) {
  const rows = [
    ...DURATIONS.map((d) => ({ ...d, summary: report[d.key] })),
    ...report.stages.map((stage) => ({
      key: `${stage.stage}-${stage.until}`,
      name: `${DURATION_STAGE_NAMES[stage.stage]} → ${DURATION_STAGE_NAMES[stage.until].toLowerCase()}`,
      excluded: 'de volgende fase kwam eerder (een andere weg)',
      summary: stage,
    })),
  ];
  return html`
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="durations-title">
      <table>
        <caption id="durations-title">Doorlooptijden</caption>
        <thead>
          <tr><th scope="col">Doorlooptijd</th><th scope="col">Kandidaten</th><th scope="col">Mediaan</th><th scope="col">75% binnen</th><th scope="col">Niet meegeteld</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`
            <tr>
              <th scope="row">${row.name}${row.meaning ? html`<span class="hint">${row.meaning}</span>` : ''}</th>
              <td class="number">${row.summary.candidates}</td>
              <td class="number">${days(row.summary.medianDays)}</td>
              <td class="number">${days(row.summary.p75Days)}</td>
              <td>${row.summary.excluded}${row.summary.excluded > 0 ? html` <span class="hint">(${row.excluded})</span>` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="hint">
      Van fase tot fase: dagen vanaf de eerste dag in de ene fase tot de eerste dag in de volgende, voor wie de volgende fase in deze periode bereikte.
      Een doorlooptijd is nooit negatief: wie een begin heeft dat na het einde ligt, telt niet mee en staat bij "Niet meegeteld".
    </p>`;
}

export function ReportsScreen() {
  const [period, setPeriod] = useState(lastTwelveMonths);
  const [level, setLevel] = useState('');
  const [region, setRegion] = useState('');
  const [regions, setRegions] = useState([]);
  const [reports, setReports] = useState(null);
  const [error, setError] = useState('');

  // CBS's 35 arbeidsmarktregio's, each named with its CBS code (AMxx) as CBS's own tables do.
  useEffect(() => {
    api('/taxonomy/regions')
      .then((found) => setRegions([...found].sort((a, b) => a.name.localeCompare(b.name, 'nl'))))
      .catch(() => setRegions([]));
  }, []);

  const query = `from=${period.from}&to=${period.to}${region ? `&region=${region}` : ''}`;
  useEffect(() => {
    if (!period.from || !period.to) return undefined;
    // Only the answer to the latest choice is shown, whatever order the answers come in.
    let latest = true;
    setError('');
    Promise.all([
      api(`/reports/funnel?${query}${level ? `&level=${level}` : ''}`),
      api(`/reports/levels?${query}`),
      api(`/reports/placements?${query}`),
      api(`/reports/durations?${query}`),
    ])
      .then(
        ([funnel, levels, placements, durations]) => latest && setReports({ funnel, levels, placements, durations }),
      )
      .catch((e) => latest && setError(problemText(e.problem)));
    return () => {
      latest = false;
    };
  }, [query, level]);

  async function download(name) {
    try {
      await downloadCsv(
        `/reports/${name}?${query}${name === 'funnel' && level ? `&level=${level}` : ''}`,
        `werkbrug-${name}-${period.from}-${period.to}${region ? `-${region}` : ''}.csv`,
      );
    } catch (e) {
      setError(problemText(e.problem));
    }
  }

  const setDay = (name) => (event) => setPeriod({ ...period, [name]: event.currentTarget.value });
  return html`
    <${Heading}>Rapportages</${Heading}>
    <p>Alle cijfers komen uit het logboek van de vijf niveaus van dienstverlening. Ze tellen kandidaten en acties, nooit namen.</p>
    <form class="form-row report-filters" onSubmit=${(event) => event.preventDefault()}>
      <div><label for="from">Van</label><input id="from" type="date" value=${period.from} max=${period.to} onChange=${setDay('from')} /></div>
      <div><label for="to">Tot en met</label><input id="to" type="date" value=${period.to} min=${period.from} onChange=${setDay('to')} /></div>
      <div><label for="region">Arbeidsmarktregio</label>
        <select id="region" value=${region} onChange=${(event) => setRegion(event.currentTarget.value)}>
          <option value="">Alle regio's</option>
          ${regions.map((r) => html`<option value=${r.code}>${r.name} (${r.cbsCode})</option>`)}
        </select></div>
      <div><label for="level">Trechter voor</label>
        <select id="level" value=${level} onChange=${(event) => setLevel(event.currentTarget.value)}>
          <option value="">Alle niveaus</option>
          ${Object.entries(LEVEL_NAMES).map(([code, name]) => html`<option value=${code}>Niveau ${code}: ${name}</option>`)}
        </select></div>
    </form>
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!reports && !error && html`<p aria-busy="true">Rapportages worden geladen…</p>`}
    ${
      reports &&
      html`
      <p class="hint">${
        reports.levels.region
          ? `Arbeidsmarktregio ${reports.levels.regionName} (CBS-code ${reports.levels.regionCbsCode}).`
          : "Alle arbeidsmarktregio's."
      } Indeling in arbeidsmarktregio's: CBS.</p>
      <div class="charts">
        <section class="chart-panel">
          <${BarChart} id="funnel-title" title=${`Trechter${reports.funnel.level ? ` (niveau ${reports.funnel.level})` : ''}: kandidaten per fase`}
            rows=${reports.funnel.stages.map((stage) => ({
              label: STAGE_NAMES[stage.stage] ?? stage.stage,
              value: stage.candidates,
              extra:
                stage.conversionFromPrevious === null
                  ? ''
                  : `(${asPercent(stage.conversionFromPrevious)} van de fase ervoor)`,
            }))}
            note="De fasen zijn genest: elke fase telt alleen kandidaten die ook de fase ervoor haalden, op of na die dag en uiterlijk op de laatste dag van de periode. Zo is geen fase groter dan de fase ervoor." />
          <details>
            <summary>Wat telt elke fase?</summary>
            <dl class="stage-meanings">
              ${reports.funnel.stages.map(
                (stage) =>
                  html`<dt>${STAGE_NAMES[stage.stage] ?? stage.stage}</dt><dd>${STAGE_MEANINGS[stage.stage]}</dd>`,
              )}
            </dl>
            <p class="hint">De trechter volgt de weg via de shortlist (niveau 2). Kiest u één niveau, dan telt alleen wat op dat niveau is vastgelegd; wie zonder shortlist werk vond (bijvoorbeeld via niveau 4), staat bij "Kandidaten bereikt per niveau".</p>
          </details>
          <button type="button" class="link" onClick=${() => download('funnel')}>Trechter downloaden (CSV)</button>
        </section>
        <section class="chart-panel">
          <${BarChart} id="levels-title" title="Kandidaten bereikt per niveau"
            rows=${reports.levels.levels.map((row) => ({ label: `${row.level}. ${LEVEL_NAMES[row.level]}`, value: row.candidatesReached, extra: `(${row.actions} acties)` }))} />
          <button type="button" class="link" onClick=${() => download('levels')}>Niveaus downloaden (CSV)</button>
        </section>
        <section class="chart-panel">
          <${BarChart} id="sector-title" title=${`Plaatsingen per sector (${reports.placements.total} in totaal)`}
            rows=${reports.placements.bySector.map((row) => ({ label: SECTOR_NAMES[row.sector] ?? row.sector, value: row.placements }))} />
          <${BarChart} id="age-title" title="Plaatsingen per leeftijdsgroep"
            rows=${reports.placements.byAgeGroup.map((row) => ({ label: AGE_GROUP_NAMES[row.ageGroup] ?? row.ageGroup, value: row.placements }))}
            note=${`Na zes maanden nog aan het werk: ${reports.placements.lasted.lasted}; niet meer: ${reports.placements.lasted.notLasted}; nog niet nagegaan: ${reports.placements.lasted.notYetChecked}.`} />
          <button type="button" class="link" onClick=${() => download('placements')}>Plaatsingen downloaden (CSV)</button>
        </section>
        <section class="chart-panel durations-panel">
          <${DurationsTable} report=${reports.durations} />
          <button type="button" class="link" onClick=${() => download('durations')}>Doorlooptijden downloaden (CSV)</button>
        </section>
      </div>`
    }`;
}
