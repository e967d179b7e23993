// The employer's "Mijn kandidaten": every candidate proposed to them, per vacancy, with its state
// (voorgesteld, uitgenodigd, nu niet, afgewezen, geplaatst, ingetrokken) and what happens next; an
// anonymised profile each, and an answer in one click while the employer is to answer. A candidate
// is named by the reference the accountmanager sees too.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import {
  NEXT_FOR_EMPLOYER,
  PROPOSAL_STATES,
  STATE_TONES,
  stateCounts,
  stateOf,
  stateText,
} from '../candidate-states.js';
import { html } from '../html.js';
import { useLabels } from '../taxonomy.js';
import { ANSWERS, COMPETENCE_LEVELS, problemText } from '../text.js';
import { Heading, MessageNotice, useMessage } from '../ui.js';
import { RejectChoices } from './reject-choices.js';

const candidateName = (proposal) => `Kandidaat ${proposal.candidateReference}`;
const EMPLOYER_REJECTIONS = ['belastbaarheid', 'travel', 'hours', 'candidate-not-available'];
/** The employer answers a proposal still open to an answer: proposed, or put off ("nu niet"). */
const awaitsAnswer = (proposal) => proposal.status === 'proposed' || proposal.status === 'not-now';
/** Those to answer first, then the rest by the order of the states. */
const ORDER = ['proposed', 'not-now', 'invited', 'placed', 'rejected', 'withdrawn'];

function Profile({ profile }) {
  const fit = profile.belastbaarheid;
  return html`
    <dl class="profile">
      <div><dt>Vaardigheden</dt><dd>
        <ul class="plain">${profile.competences.map(
          (c) => html`
          <li>${c.label} (${COMPETENCE_LEVELS[c.level] ?? c.level}${c.years ? `, ${c.years} jaar ervaring` : ''})</li>`,
        )}</ul>
      </dd></div>
      <div><dt>Opleiding</dt><dd>${profile.education ?? 'Niet opgegeven'}</dd></div>
      <div><dt>Uren per week</dt><dd>${profile.hoursPerWeek.min} tot ${profile.hoursPerWeek.max} uur</dd></div>
      ${profile.ageBand && html`<div><dt>Leeftijd</dt><dd>${profile.ageBand === '55+' ? '55 jaar of ouder' : `${profile.ageBand} jaar`}</dd></div>`}
    </dl>
    <h4>Waarom deze kandidaat past</h4>
    <ul class="reasons">${profile.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
    ${
      profile.toDiscuss.length > 0 &&
      html`
      <h4>Om te bespreken in het gesprek</h4>
      <ul class="reasons">${profile.toDiscuss.map((point) => html`<li>${point}</li>`)}</ul>`
    }
    <p class=${fit.fitsDemands ? 'fit ok' : 'fit warn'}><strong>Belastbaarheid:</strong> ${fit.summary}</p>
    ${
      fit.adjustments.length > 0 &&
      html`
      <p><strong>Aanpassingen die de kandidaat wil delen:</strong> ${fit.adjustments.join('; ')}</p>`
    }`;
}

export function EmployerProposalsScreen() {
  const [proposals, setProposals] = useState(null);
  const [vacancies, setVacancies] = useState(new Map());
  const [message, say, setMessage] = useMessage();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(new Set());

  const codes = [
    ...new Set([
      ...[...vacancies.values()].flatMap((vacancy) => (vacancy.requiredCompetences ?? []).map(({ code }) => code)),
      ...(proposals ?? []).flatMap((p) => (p.answerCompetence ? [p.answerCompetence] : [])),
    ]),
  ];
  const labels = useLabels('competence', codes);

  async function load() {
    const [all, own] = await Promise.all([apiAll('/proposals'), apiAll('/vacancies')]);
    setVacancies(new Map(own.map((vacancy) => [vacancy.id, vacancy])));
    setProposals(all);
  }

  useEffect(() => {
    load().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  async function answer(proposal, body) {
    setBusy(true);
    try {
      const saved = await api(`/proposals/${proposal.id}/answer`, {
        method: 'POST',
        body: { ...body, version: proposal.version },
      });
      setProposals((current) => current.map((p) => (p.id === saved.id ? saved : p)));
      say('success', `${candidateName(proposal)}: ${ANSWERS[body.answer]}. ${NEXT_FOR_EMPLOYER[stateOf(saved)]}`);
    } catch (e) {
      if (e.status === 409) await load().catch(() => undefined);
      say('error', `${candidateName(proposal)}: ${problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  // Grouped per vacancy, so the employer compares candidates for the same job side by side.
  const groups = new Map();
  for (const proposal of proposals ?? [])
    groups.set(proposal.vacancyId, [...(groups.get(proposal.vacancyId) ?? []), proposal]);
  const waiting = (proposals ?? []).filter(awaitsAnswer).length;

  return html`
    <${Heading}>Mijn kandidaten</${Heading}>
    <p>Werkbrug stelt kandidaten voor zonder naam: u ziet wat ze kunnen en wat ze zoeken, onder een referentie die ook uw accountmanager gebruikt. Nodigt u iemand uit, dan regelt de accountmanager het gesprek.</p>
    <${MessageNotice} message=${message} />
    ${!proposals && !message && html`<p aria-busy="true">Uw kandidaten worden geladen…</p>`}
    ${proposals && proposals.length === 0 && html`<p>Er zijn u nog geen kandidaten voorgesteld.</p>`}
    ${proposals && proposals.length > 0 && html`<p class="found">${waiting === 0 ? 'Geen kandidaten wachten op uw antwoord.' : `${waiting} ${waiting === 1 ? 'kandidaat wacht' : 'kandidaten wachten'} op uw antwoord.`}</p>`}
    ${[...groups].map(([vacancyId, list]) => {
      const sorted = [...list].sort((a, b) => ORDER.indexOf(stateOf(a)) - ORDER.indexOf(stateOf(b)));
      return html`
      <section aria-labelledby=${`v-${vacancyId}`} key=${vacancyId}>
        <h2 id=${`v-${vacancyId}`}>${vacancies.get(vacancyId)?.title ?? 'Vacature'} (${list.length})</h2>
        <p class="meta">${stateCounts(list)}</p>
        <ul class="rows candidates">
          ${sorted.map((proposal) => {
            const state = stateOf(proposal);
            const expanded = awaitsAnswer(proposal) || open.has(proposal.id);
            return html`
              <li class="row candidate ${STATE_TONES[state] === 'accepted' || state === 'placed' ? 'accepted' : state === 'rejected' ? 'rejected' : ''}" key=${proposal.id} aria-labelledby=${`p-${proposal.id}`}>
                <div class="row-head">
                  <h3 id=${`p-${proposal.id}`}>${candidateName(proposal)}</h3>
                  <span class="tag ${STATE_TONES[state]}">${PROPOSAL_STATES[state]}</span>
                  ${
                    !awaitsAnswer(proposal) &&
                    html`<button type="button" class="link" aria-expanded=${expanded} aria-controls=${`profiel-${proposal.id}`} onClick=${() => toggle(proposal.id)}>
                      ${expanded ? 'Profiel verbergen' : 'Profiel tonen'}<span class="visually-hidden"> van ${candidateName(proposal)}</span>
                    </button>`
                  }
                </div>
                <p class="answer">${stateText(proposal, labels)}. <strong>Wat nu:</strong> ${NEXT_FOR_EMPLOYER[state]}</p>
                <div id=${`profiel-${proposal.id}`} hidden=${!expanded}>
                  ${expanded && html`<${Profile} profile=${proposal.profile} />`}
                </div>
                ${
                  awaitsAnswer(proposal) &&
                  html`
                  <div class="actions">
                    <button type="button" class="primary" disabled=${busy} onClick=${() => answer(proposal, { answer: 'invite' })}>Uitnodigen</button>
                    ${proposal.status === 'proposed' && html`<button type="button" disabled=${busy} onClick=${() => answer(proposal, { answer: 'not-now' })}>Nu niet</button>`}
                    <${RejectChoices} id=${proposal.id} subject=${candidateName(proposal)} competences=${vacancies.get(vacancyId)?.requiredCompetences ?? []}
                      reasons=${EMPLOYER_REJECTIONS} busy=${busy} onReject=${(fields) => answer(proposal, { answer: 'reject', ...fields })} />
                  </div>`
                }
              </li>`;
          })}
        </ul>
      </section>`;
    })}`;
}
