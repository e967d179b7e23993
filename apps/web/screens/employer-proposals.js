// The employer's proposed candidates: an anonymised profile each, and an answer in one click.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { ANSWERS, asDate, COMPETENCE_LEVELS, problemText, WITHDRAWN_BECAUSE } from '../text.js';
import { Heading, MessageNotice, useMessage } from '../ui.js';
import { RejectChoices } from './reject-choices.js';

const candidateName = (index) => `Kandidaat ${index + 1}`;
const EMPLOYER_REJECTIONS = ['belastbaarheid', 'travel', 'hours', 'candidate-not-available'];

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
  const [withdrawn, setWithdrawn] = useState([]);
  const [vacancies, setVacancies] = useState(new Map());
  const [answered, setAnswered] = useState(new Map());
  const [message, say, setMessage] = useMessage();
  const [busy, setBusy] = useState(false);

  async function load() {
    const [open, own, gone] = await Promise.all([
      apiAll('/proposals?status=proposed'),
      apiAll('/vacancies'),
      apiAll('/proposals?status=withdrawn'),
    ]);
    setVacancies(new Map(own.map((vacancy) => [vacancy.id, vacancy])));
    setProposals(open);
    setWithdrawn(gone);
  }

  useEffect(() => {
    load().catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }, []);

  async function answer(proposal, index, body) {
    setBusy(true);
    try {
      const saved = await api(`/proposals/${proposal.id}/answer`, {
        method: 'POST',
        body: { ...body, version: proposal.version },
      });
      setAnswered(new Map([...answered, [proposal.id, saved.status]]));
      say('success', `${candidateName(index)}: ${ANSWERS[body.answer]}.`);
    } catch (e) {
      if (e.status === 409) await load().catch(() => undefined);
      say('error', `${candidateName(index)}: ${problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }

  // Grouped per vacancy, so the employer compares candidates for the same job side by side.
  const groups = new Map();
  (proposals ?? []).forEach((proposal, index) => {
    const list = groups.get(proposal.vacancyId) ?? [];
    list.push({ proposal, index });
    groups.set(proposal.vacancyId, list);
  });

  return html`
    <${Heading}>Voorgestelde kandidaten</${Heading}>
    <p>Werkbrug stelt kandidaten voor zonder naam: u ziet wat ze kunnen en wat ze zoeken. Nodigt u iemand uit, dan regelt de accountmanager het gesprek.</p>
    <${MessageNotice} message=${message} />
    ${!proposals && !message && html`<p aria-busy="true">Voorstellen worden geladen…</p>`}
    ${proposals && proposals.length === 0 && html`<p>Er zijn nu geen kandidaten voorgesteld die op uw antwoord wachten.</p>`}
    ${[...groups].map(
      ([vacancyId, entries]) => html`
      <section aria-labelledby=${`v-${vacancyId}`}>
        <h2 id=${`v-${vacancyId}`}>${vacancies.get(vacancyId)?.title ?? 'Vacature'} (${entries.length})</h2>
        <ul class="cards candidates">
          ${entries.map(({ proposal, index }) => {
            const status = answered.get(proposal.id);
            return html`
              <li class="card candidate ${status ? 'accepted' : ''}" key=${proposal.id} aria-labelledby=${`p-${proposal.id}`}>
                <div class="candidate-head">
                  <h3 id=${`p-${proposal.id}`}>${candidateName(index)}</h3>
                  ${status && html`<span class="tag ready">Beantwoord</span>`}
                </div>
                <${Profile} profile=${proposal.profile} />
                ${
                  !status &&
                  html`
                  <div class="actions">
                    <button type="button" class="primary" disabled=${busy} onClick=${() => answer(proposal, index, { answer: 'invite' })}>Uitnodigen</button>
                    <button type="button" disabled=${busy} onClick=${() => answer(proposal, index, { answer: 'not-now' })}>Nu niet</button>
                    <${RejectChoices} id=${proposal.id} subject=${candidateName(index)} competences=${vacancies.get(vacancyId)?.requiredCompetences ?? []}
                      reasons=${EMPLOYER_REJECTIONS} busy=${busy} onReject=${(fields) => answer(proposal, index, { answer: 'reject', ...fields })} />
                  </div>`
                }
              </li>`;
          })}
        </ul>
      </section>`,
    )}
    ${
      withdrawn.length > 0 &&
      html`
      <section aria-labelledby="withdrawn">
        <h2 id="withdrawn">Ingetrokken voorstellen (${withdrawn.length})</h2>
        <p>Deze kandidaten hoeft u niet meer te beantwoorden: hun voorstel is ingetrokken toen de vacature eindigde.</p>
        <ul class="plain withdrawn">
          ${withdrawn.map(
            (proposal) => html`
            <li key=${proposal.id}>
              <strong>${vacancies.get(proposal.vacancyId)?.title ?? 'Vacature'}</strong>: voorstel van ${asDate(proposal.proposedAt)}
              ingetrokken op ${asDate(proposal.withdrawnAt)}, omdat ${WITHDRAWN_BECAUSE[proposal.withdrawnReason] ?? 'de vacature is geëindigd'}.
            </li>`,
          )}
        </ul>
      </section>`
    }`;
}
