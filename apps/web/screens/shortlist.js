// A vacancy's shortlist: ranked candidates, why they fit, and the accountmanager's decisions and proposals.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { asPercent, DECISIONS, fieldProblemText, LIMITS, PART_NAMES, problemText } from '../text.js';
import { Bar, Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { RejectChoices } from './reject-choices.js';
import { SpeeddateInterest } from './speeddate-interest.js';

/**
 * A candidate of the caller's own organisation by name; another organisation's by reference, with
 * the organisation and the klantmanager to contact ("K-1A2B-3C4D · Gemeente Lelystad · contact: Lotte Mulder").
 */
function candidateName({ candidate }) {
  if (candidate.name) return candidate.name;
  const contact = candidate.klantmanager ? ` · contact: ${candidate.klantmanager.name}` : '';
  return `${candidate.candidateReference} · ${candidate.organisationName}${contact}`;
}
const humanise = (code) => code.replace(/-/g, ' ');
const STAFF_REJECTIONS = ['belastbaarheid', 'travel', 'hours', 'candidate-not-available', 'candidate-declined'];

function Exclusions({ shortlist }) {
  const excluded = shortlist.candidatesConsidered - shortlist.candidatesEligible;
  const reasons = Object.entries(shortlist.exclusions)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a);
  return html`
    <section class="panel" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">Niet op de lijst</h2>
      <p>${shortlist.candidatesEligible} van ${shortlist.candidatesConsidered} kandidaten komen in aanmerking; ${excluded} vallen af op een harde grens.</p>
      ${
        reasons.length > 0 &&
        html`
        <ul class="exclusions">
          ${reasons.map(([limit, count]) => html`<li><span>${LIMITS[limit] ?? humanise(limit)}</span> <strong>${count}</strong></li>`)}
        </ul>
        <p class="hint">Eén kandidaat kan op meer dan één grens afvallen.</p>`
      }
    </section>`;
}

function Parts({ parts }) {
  return html`
    <dl class="parts">
      ${Object.entries(parts).map(
        ([name, value]) => html`
        <div class="part">
          <dt>${PART_NAMES[name] ?? name}</dt>
          <dd><${Bar} value=${value} label=${`${PART_NAMES[name] ?? name}: ${asPercent(value)}`} /> <span class="number">${asPercent(value)}</span></dd>
        </div>`,
      )}
    </dl>`;
}

/**
 * Who records the missing consent: a person who may open the candidate's dossier (an administrator,
 * for a candidate of their own organisation) is taken there; anyone else is told whom to ask.
 */
function NoConsent({ entry, session }) {
  if (session?.role === 'admin' && entry.candidate.name)
    return html`<p class="fit warn"><strong>Nog geen toestemming</strong> om het profiel aan werkgevers te laten zien. <a href=${`#/kandidaten/${entry.candidateId}`}>Leg de toestemming vast in het dossier van ${entry.candidate.name}</a>; daarna kunt u voorstellen.</p>`;
  const who = entry.candidate.klantmanager
    ? `de klantmanager (${entry.candidate.klantmanager.name})`
    : 'de klantmanager';
  return html`<p class="fit warn"><strong>Nog geen toestemming</strong> om het profiel aan werkgevers te laten zien: voorstellen kan pas als ${who} die heeft vastgelegd.</p>`;
}

function Entry({ entry, vacancy, proposed, busy, onDecide, session }) {
  const decision = entry.decision?.decision;
  const fit = entry.belastbaarheid;
  return html`
    <li class="card candidate ${decision ?? ''}" aria-labelledby=${`c-${entry.candidateId}`}>
      <div class="candidate-head">
        <h3 id=${`c-${entry.candidateId}`}>${candidateName(entry)}</h3>
        <span class="score">Match ${asPercent(entry.score)}</span>
        ${proposed ? html`<span class="tag ready">Voorgesteld aan werkgever</span>` : decision && html`<span class="tag ${decision}">${DECISIONS[decision]}</span>`}
      </div>
      <${SpeeddateInterest} meeting=${entry.speeddate} />
      <${Parts} parts=${entry.parts} />
      <h4>Waarom deze kandidaat</h4>
      <ul class="reasons">${entry.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
      <p class=${fit.fitsDemands ? 'fit ok' : 'fit warn'}>
        <strong>Belastbaarheid:</strong> ${fit.fitsDemands ? 'kan de belasting van dit werk aan' : 'past niet bij wat dit werk vraagt'}
        ${fit.toDiscuss.length > 0 && html` · te bespreken: ${fit.toDiscuss.join('; ')}`}
      </p>
      ${!entry.mayBeProposed && !proposed && html`<${NoConsent} entry=${entry} session=${session} />`}
      ${
        !proposed &&
        decision !== 'rejected' &&
        html`
        <div class="actions">
          <button type="button" class="primary" disabled=${busy || decision === 'accepted'} onClick=${() => onDecide(entry, { decision: 'accepted' })}>Accepteren</button>
          <button type="button" disabled=${busy || decision === 'set-aside'} onClick=${() => onDecide(entry, { decision: 'set-aside' })}>Opzijzetten</button>
          <${RejectChoices} id=${entry.candidateId} subject=${candidateName(entry)} competences=${vacancy.requiredCompetences} reasons=${STAFF_REJECTIONS}
            busy=${busy} onReject=${(fields) => onDecide(entry, { decision: 'rejected', ...fields })} />
        </div>`
      }
    </li>`;
}

export function ShortlistScreen({ params: [vacancyId], session }) {
  const [vacancy, setVacancy] = useState(null);
  const [shortlist, setShortlist] = useState(null);
  const [proposedIds, setProposedIds] = useState(new Set());
  const [message, say, setMessage] = useMessage();
  const [busy, setBusy] = useState(false);

  async function load() {
    const [loadedVacancy, loadedShortlist, proposals] = await Promise.all([
      api(`/vacancies/${vacancyId}`),
      api(`/vacancies/${vacancyId}/shortlist`),
      apiAll(`/vacancies/${vacancyId}/proposals`),
    ]);
    setVacancy(loadedVacancy);
    setShortlist(loadedShortlist);
    setProposedIds(new Set(proposals.map((proposal) => proposal.candidateId)));
    return loadedShortlist;
  }

  useEffect(() => {
    let timer;
    const poll = () =>
      load()
        .then((loaded) => {
          if (loaded.status === 'pending') timer = setTimeout(poll, 2000);
        })
        .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
    poll();
    return () => clearTimeout(timer);
  }, [vacancyId]);

  async function decide(entry, change) {
    const previous = entry.decision;
    const body = { ...change, ...(previous ? { version: previous.version } : {}) };
    // Optimistic: show the decision at once, and put it right when the API says otherwise.
    const replace = (decision) =>
      setShortlist((current) => ({
        ...current,
        entries: current.entries.map((e) => (e.candidateId === entry.candidateId ? { ...e, decision } : e)),
      }));
    replace({ ...(previous ?? {}), decision: change.decision });
    setBusy(true);
    try {
      const saved = await api(`/vacancies/${vacancyId}/shortlist/decisions/${entry.candidateId}`, {
        method: 'PUT',
        body,
      });
      replace(saved);
      say('info', `${candidateName(entry)}: ${DECISIONS[saved.decision].toLowerCase()}.`);
    } catch (e) {
      replace(previous);
      if (e.status === 409) {
        await load().catch(() => undefined);
        say('error', `${candidateName(entry)}: ${problemText({ status: 409 })}`);
      } else {
        say('error', `${candidateName(entry)}: ${problemText(e.problem)}`);
      }
    } finally {
      setBusy(false);
    }
  }

  const acceptedNotProposed = (shortlist?.entries ?? []).filter(
    (entry) => entry.decision?.decision === 'accepted' && !proposedIds.has(entry.candidateId),
  );
  // Without the candidate's consent a proposal is refused: those wait, the others go.
  const toPropose = acceptedNotProposed.filter((entry) => entry.mayBeProposed);
  const waitingForConsent = acceptedNotProposed.length - toPropose.length;

  async function propose() {
    setBusy(true);
    try {
      const proposals = await api(`/vacancies/${vacancyId}/proposals`, {
        method: 'POST',
        body: { candidateIds: toPropose.map((entry) => entry.candidateId) },
      });
      setProposedIds(new Set([...proposedIds, ...proposals.map((proposal) => proposal.candidateId)]));
      say(
        'success',
        `${proposals.length} ${proposals.length === 1 ? 'kandidaat' : 'kandidaten'} voorgesteld aan de werkgever.`,
      );
    } catch (e) {
      // Each candidate that may not be proposed, with why; nothing was proposed then.
      const refused = (e.problem?.invalidParams ?? [])
        .map((param) => [toPropose[Number(/candidateIds\[(\d+)\]/.exec(param.name)?.[1])], param])
        .filter(([entry]) => entry)
        .map(([entry, param]) => `${candidateName(entry)}: ${fieldProblemText(param)}`);
      if (e.status === 409) await load().catch(() => undefined);
      say('error', `Niemand voorgesteld. ${refused.length ? refused.join(' ') : problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }

  if (!shortlist || !vacancy) {
    return html`<${Heading}>Shortlist</${Heading}>${message ? html`<${MessageNotice} message=${message} />` : html`<p aria-busy="true">De shortlist wordt geladen…</p>`}`;
  }
  return html`
    <p class="crumbs"><a href="#/vacatures">← Open vacatures</a></p>
    <${Heading}>Shortlist: ${vacancy.title}</${Heading}>
    <p class="meta">${vacancy.hoursPerWeek} uur per week · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · postcode ${vacancy.postcode}</p>
    <${MessageNotice} message=${message} />
    ${
      shortlist.status === 'pending'
        ? html`<${Notice}>De kandidaten worden gematcht. Deze pagina ververst vanzelf.</${Notice}>`
        : html`
        <div class="propose-bar">
          <p>${toPropose.length} geaccepteerd en nog niet voorgesteld · ${proposedIds.size} voorgesteld${waitingForConsent > 0 ? ` · ${waitingForConsent} wacht${waitingForConsent === 1 ? '' : 'en'} op toestemming` : ''}</p>
          <button type="button" class="primary" disabled=${busy || toPropose.length === 0} onClick=${propose}>Voorstellen aan werkgever</button>
        </div>
        <div class="shortlist-layout">
          <section aria-labelledby="ranked-heading">
            <h2 id="ranked-heading">${shortlist.entries.length} kandidaten, best passend eerst</h2>
            <ol class="cards candidates">
              ${shortlist.entries.map(
                (entry) => html`
                <${Entry} key=${entry.candidateId} entry=${entry} vacancy=${vacancy} proposed=${proposedIds.has(entry.candidateId)} busy=${busy} onDecide=${decide} session=${session} />`,
              )}
            </ol>
          </section>
          <${Exclusions} shortlist=${shortlist} />
        </div>`
    }`;
}
