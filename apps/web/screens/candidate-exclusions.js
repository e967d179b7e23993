// "Waarom staat mijn kandidaat op geen lijst": the open vacancies of the region the candidate is
// kept off, grouped by the limit that keeps them off, and what a different limit would change.
// The API answers in codes and numbers; every sentence is made here, in Dutch.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { LIMITS, problemText } from '../text.js';

const vacancies = (count) => `${count} ${count === 1 ? 'vacature' : 'vacatures'}`;

/** A level of a belastbaarheid item in words, as the profile form names it ("10 kg", "gemiddeld"). */
function levelWord(demandItems, item, level) {
  const found = demandItems?.find((d) => d.code === item)?.levels.find((l) => l.level === level);
  return found?.label ?? String(level);
}

function groupText(group, demandItems) {
  if (group.limit === 'travel') return `reisafstand meer dan ${group.limitKm} km`;
  if (group.limit === 'rejected' || group.limit === 'availability-unconfirmed') return LIMITS[group.limit];
  return `${LIMITS[group.limit] ?? group.limit}: vraagt meer dan de kandidaat kan (${levelWord(demandItems, group.limit, group.level)})`;
}

function whatIfText(entry, demandItems) {
  if (entry.limit === 'travel') return `met ${entry.limitKm} km reisafstand: ${vacancies(entry.moreVacancies)} meer`;
  return `als ${LIMITS[entry.limit] ?? entry.limit} tot ${levelWord(demandItems, entry.limit, entry.level)} kan: ${vacancies(entry.moreVacancies)} meer`;
}

const NOT_MATCHED = {
  'not-available': 'De kandidaat is niet beschikbaar en wordt daarom voor geen enkele vacature gematcht.',
  'profile-incomplete':
    'Het profiel is niet compleet; tot het compleet is, wordt de kandidaat voor geen enkele vacature gematcht.',
};

export function ExclusionsSection({ candidate, request, demandItems }) {
  const [answer, setAnswer] = useState(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    request
      .get(`/candidates/${candidate.id}/exclusions`)
      .then(setAnswer)
      .catch((e) => setProblem(problemText(e.problem)));
  }, [candidate]);

  if (problem) return html`<p class="notice error" role="alert">${problem}</p>`;
  if (!answer) return html`<p aria-busy="true">Wordt nagegaan…</p>`;
  if (answer.notMatched) return html`<p>${NOT_MATCHED[answer.notMatched]}</p>`;
  const moves = answer.whatIf.filter((entry) => entry.moreVacancies > 0);
  return html`
    <p>Van de ${vacancies(answer.considered)} die in de regio openstaan, past de kandidaat binnen de grenzen van
      ${answer.eligible.length}; op de shortlist van ${answer.rankedFor.length}.</p>
    ${
      answer.rankedFor.length > 0 &&
      html`<h3>Op de shortlist van</h3>
      <ul>${answer.rankedFor.map((v) => html`<li key=${v.vacancyId}>${v.title} (plaats ${v.rank})</li>`)}</ul>`
    }
    ${
      answer.excluded.length > 0
        ? html`<h3>Buiten de lijst gehouden</h3>
          <ul class="exclusions">${answer.excluded.map(
            (
              group,
            ) => html`<li key=${group.limit}><strong>${vacancies(group.count)}</strong>: ${groupText(group, demandItems)}
              <details><summary>Welke vacatures<span class="visually-hidden">: ${groupText(group, demandItems)}</span></summary>
                <ul>${group.vacancies.map((v) => html`<li key=${v.vacancyId}>${v.title}${v.distanceKm !== undefined ? ` (${v.distanceKm.toLocaleString('nl-NL')} km)` : ''}</li>`)}</ul>
              </details></li>`,
          )}</ul>`
        : html`<p>Geen open vacature houdt de kandidaat buiten de lijst op een harde grens.</p>`
    }
    ${
      moves.length > 0 &&
      html`<h3>Wat een andere grens zou opleveren</h3>
      <ul>${moves.map((entry) => html`<li key=${`${entry.limit}-${entry.limitKm ?? entry.level}`}>${whatIfText(entry, demandItems)}</li>`)}</ul>
      <p class="hint">Alleen vacatures waarvoor die ene grens het enige bezwaar is. Belastbaarheid verandert alleen na een nieuwe beoordeling.</p>`
    }`;
}
