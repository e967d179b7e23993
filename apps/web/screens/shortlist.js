// A vacancy's shortlist: a compact row per ranked candidate to sort and filter, details on demand,
// the accountmanager's decisions (a rejection confirmed first, and undone as easily), and the
// employer's answer on every proposed candidate, under the reference the employer sees too.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import {
  foundText,
  NEXT_FOR_STAFF,
  PROPOSAL_STATES,
  STATE_TONES,
  stateCounts,
  stateOf,
  stateText,
} from '../candidate-states.js';
import { html } from '../html.js';
import { useLabels } from '../taxonomy.js';
import { asPercent, DECISIONS, fieldProblemText, LIMITS, PART_NAMES, problemText, REJECTION_REASONS } from '../text.js';
import { Bar, Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { RejectChoices } from './reject-choices.js';
import { IllustrativeKansrijkheidNotice } from './kansrijkheid.js';
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
const STAFF_REJECTIONS = ['belastbaarheid', 'travel', 'hours', 'candidate-not-available', 'candidate-declined'];

const FILTERS = {
  all: 'Alle kandidaten',
  undecided: 'Nog niet besloten',
  accepted: 'Geaccepteerd, nog niet voorgesteld',
  'set-aside': 'Opzijgezet',
  rejected: 'Afgewezen',
  proposed: 'Voorgesteld aan de werkgever',
};
const MINIMUM_SCORES = { 0: 'Elke match', 0.9: '90% of meer', 0.75: '75% of meer', 0.5: '50% of meer' };
const SORTS = {
  rank: 'Beste match eerst',
  travel: 'Reisafstand: best passend eerst',
  undecided: 'Nog niet besloten eerst',
  name: 'Naam of referentie',
};

/** Where a row stands for filtering: proposed outranks the decision that led to it. */
function standingOf(entry, proposalOf) {
  if (proposalOf.has(entry.candidateId)) return 'proposed';
  return entry.decision?.decision ?? 'undecided';
}

function sortRows(rows, sort, proposalOf) {
  const byRank = (a, b) => a.rank - b.rank;
  const comparators = {
    rank: byRank,
    travel: (a, b) => (b.parts.travel ?? 0) - (a.parts.travel ?? 0) || byRank(a, b),
    undecided: (a, b) =>
      Number(standingOf(a, proposalOf) !== 'undecided') - Number(standingOf(b, proposalOf) !== 'undecided') ||
      byRank(a, b),
    name: (a, b) => candidateName(a).localeCompare(candidateName(b), 'nl') || byRank(a, b),
  };
  return [...rows].sort(comparators[sort] ?? byRank);
}

/**
 * The part scores that tell the listed candidates apart; a part equal for all of them says nothing
 * about one candidate against another, so it is named once above the list instead of on every row.
 */
export function distinctParts(rows) {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.parts)))];
  const differing = [];
  const equal = [];
  for (const name of names) {
    const values = new Set(rows.map((row) => Math.round((row.parts[name] ?? 0) * 100)));
    (values.size > 1 ? differing : equal).push([name, rows[0]?.parts[name] ?? 0]);
  }
  return { differing: differing.map(([name]) => name), equal };
}

function Exclusions({ shortlist }) {
  const excluded = shortlist.candidatesConsidered - shortlist.candidatesEligible;
  const reasons = Object.entries(shortlist.exclusions)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a);
  return html`
    <section class="panel" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading">Niet op de lijst</h2>
      <p>${shortlist.candidatesEligible} van ${shortlist.candidatesConsidered} kandidaten voldoen aan alle harde eisen; ${excluded} ${excluded === 1 ? 'valt' : 'vallen'} af op een harde grens.</p>
      ${
        reasons.length > 0 &&
        html`
        <ul class="exclusions">
          ${reasons.map(([limit, count]) => html`<li><span>${LIMITS[limit] ?? 'een andere grens'}</span> <strong>${count}</strong></li>`)}
        </ul>
        <p class="hint">Eén kandidaat kan op meer dan één grens afvallen.</p>`
      }
    </section>`;
}

function Parts({ parts, names }) {
  if (!names.length) return null;
  return html`
    <dl class="parts compact">
      ${names.map(
        (name) => html`
        <div class="part">
          <dt>${PART_NAMES[name] ?? 'Overig'}</dt>
          <dd><${Bar} value=${parts[name] ?? 0} label=${`${PART_NAMES[name] ?? 'Overig'}: ${asPercent(parts[name] ?? 0)}`} /> <span class="number">${asPercent(parts[name] ?? 0)}</span></dd>
        </div>`,
      )}
    </dl>`;
}

/**
 * Who records the missing consent: a person who may open the candidate's dossier (an administrator,
 * for a candidate of their own organisation) is taken there; anyone else is told whom to ask, and can
 * ask them here: the request lands on the klantmanager's werkvoorraad until the consent is recorded.
 */
function NoConsent({ entry, session, vacancyId }) {
  if (session?.role === 'admin' && entry.candidate.name)
    return html`<p class="fit warn"><strong>Nog geen toestemming</strong> om het profiel aan werkgevers te laten zien. <a href=${`#/kandidaten/${entry.candidateId}`}>Leg de toestemming vast in het dossier van ${entry.candidate.name}</a>; daarna kunt u voorstellen.</p>`;
  const who = entry.candidate.klantmanager
    ? `de klantmanager (${entry.candidate.klantmanager.name})`
    : 'de klantmanager';
  return html`<p class="fit warn"><strong>Nog geen toestemming</strong> om het profiel aan werkgevers te laten zien: voorstellen kan pas als ${who} die heeft vastgelegd.</p>
    <${AskConsent} entry=${entry} vacancyId=${vacancyId} />`;
}

/** Asks the candidate's klantmanager for the consent, with what came of it beside the button. */
function AskConsent({ entry, vacancyId }) {
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState(null);
  const [error, setError] = useState('');
  const errorId = `toestemming-fout-${entry.candidateId}`;
  const ask = async () => {
    setBusy(true);
    setError('');
    try {
      setAsked(await api(`/candidates/${entry.candidateId}/consent-requests`, { method: 'POST', body: { vacancyId } }));
    } catch (e) {
      setError(problemText(e.problem));
    } finally {
      setBusy(false);
    }
  };
  if (asked)
    return html`<p class="fit ok" role="status">Gevraagd: de klantmanager ziet het in de werkvoorraad${asked.klantmanagerAssigned ? '' : ' van het team'} en legt de toestemming vast; daarna kunt u voorstellen.</p>`;
  return html`<p>
      <button type="button" disabled=${busy} onClick=${ask} aria-describedby=${error ? errorId : undefined}>
        Vraag de klantmanager om toestemming<span class="visually-hidden"> voor ${candidateName(entry)}</span>
      </button>
    </p>
    ${error && html`<p class="field-error" id=${errorId} role="alert">${error}</p>`}`;
}

/** The reason of a rejection in words, e.g. "Mist een vaardigheid: kantoorschoonmaak". */
function rejectionText(fields, labels) {
  const reason = REJECTION_REASONS[fields.reason] ?? REJECTION_REASONS.other;
  if (fields.reason === 'competence-missing') return `${reason}: ${labels.get(fields.competence) ?? '…'}`;
  if (fields.reason === 'other' && fields.note) return `${reason}: ${fields.note}`;
  return reason;
}

/** Asks once more before a rejection, which takes the candidate off this shortlist. */
function ConfirmReject({ entry, fields, labels, busy, onConfirm, onCancel }) {
  const confirm = useRef(null);
  useEffect(() => confirm.current?.focus(), []);
  const id = `bevestig-${entry.candidateId}`;
  return html`
    <div class="confirm" role="group" aria-labelledby=${id}>
      <p id=${id}><strong>${candidateName(entry)} afwijzen?</strong> Reden: ${rejectionText(fields, labels)}.
        De kandidaat verdwijnt van deze shortlist en de reden telt mee bij het matchen. U kunt het daarna nog ongedaan maken.</p>
      <div class="actions">
        <button type="button" class="danger" ref=${confirm} disabled=${busy} onClick=${onConfirm}>Ja, afwijzen</button>
        <button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>
      </div>
    </div>`;
}

function StateTag({ entry, proposal }) {
  if (proposal) {
    const state = stateOf(proposal);
    return html`<span class="tag ${STATE_TONES[state]}">${state === 'proposed' ? 'Voorgesteld, wacht op werkgever' : `Werkgever: ${PROPOSAL_STATES[state].toLowerCase()}`}</span>`;
  }
  const decision = entry.decision?.decision;
  return decision
    ? html`<span class="tag ${decision}">${DECISIONS[decision]}</span>`
    : html`<span class="tag">Nog niet besloten</span>`;
}

function Row({ entry, vacancy, proposal, parts, labels, busy, open, onToggle, onDecide, onWithdraw, session }) {
  const [rejecting, setRejecting] = useState(null);
  const decision = entry.decision?.decision;
  const fit = entry.belastbaarheid;
  const headingId = `c-${entry.candidateId}`;
  const detailsId = `d-${entry.candidateId}`;
  const reference = entry.candidate.candidateReference;
  return html`
    <li class="row candidate ${proposal ? 'proposed' : (decision ?? '')}" aria-labelledby=${headingId}>
      <div class="row-head">
        <span class="rank"><span class="visually-hidden">Plaats </span>${entry.rank}</span>
        <h3 id=${headingId}>${candidateName(entry)}</h3>
        ${entry.candidate.name && html`<span class="reference">${reference}</span>`}
        <span class="score">Match ${asPercent(entry.score)}</span>
        <${StateTag} entry=${entry} proposal=${proposal} />
        ${!entry.mayBeProposed && !proposal && html`<span class="tag rejected">Geen toestemming</span>`}
        <button type="button" class="link" aria-expanded=${open} aria-controls=${detailsId} onClick=${onToggle}>
          ${open ? 'Minder' : 'Details'}<span class="visually-hidden"> van ${candidateName(entry)}</span>
        </button>
      </div>
      <${Parts} parts=${entry.parts} names=${parts} />
      <${SpeeddateInterest} meeting=${entry.speeddate} />
      ${proposal && html`<p class="answer">${stateText(proposal, labels)}. ${NEXT_FOR_STAFF[stateOf(proposal)]}</p>`}
      <div id=${detailsId} hidden=${!open}>
        ${
          open &&
          html`
          <h4>Waarom deze kandidaat</h4>
          <ul class="reasons">${entry.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
          <p class=${fit.fitsDemands ? 'fit ok' : 'fit warn'}>
            <strong>Belastbaarheid:</strong> ${fit.fitsDemands ? 'kan de belasting van dit werk aan' : 'past niet bij wat dit werk vraagt'}
            ${fit.toDiscuss.length > 0 && html` · te bespreken: ${fit.toDiscuss.join('; ')}`}
          </p>
          ${!entry.mayBeProposed && !proposal && html`<${NoConsent} entry=${entry} session=${session} vacancyId=${vacancy.id} />`}
          ${
            !proposal &&
            decision &&
            html`<p class="meta">Besluit: ${DECISIONS[decision].toLowerCase()}${decision === 'rejected' && entry.decision.reason ? ` (${rejectionText(entry.decision, labels)})` : ''}.</p>`
          }
          ${
            !proposal &&
            (rejecting
              ? html`<${ConfirmReject} entry=${entry} fields=${rejecting} labels=${labels} busy=${busy}
                  onConfirm=${() => onDecide(entry, { decision: 'rejected', ...rejecting }).then(() => setRejecting(null))}
                  onCancel=${() => setRejecting(null)} />`
              : html`
              <div class="actions">
                ${
                  decision !== 'rejected' &&
                  html`
                  <button type="button" class="primary" disabled=${busy || decision === 'accepted'} onClick=${() => onDecide(entry, { decision: 'accepted' })}>Accepteren</button>
                  <button type="button" disabled=${busy || decision === 'set-aside'} onClick=${() => onDecide(entry, { decision: 'set-aside' })}>Opzijzetten</button>
                  <${RejectChoices} id=${entry.candidateId} subject=${candidateName(entry)} competences=${vacancy.requiredCompetences} reasons=${STAFF_REJECTIONS}
                    busy=${busy} onReject=${setRejecting} />`
                }
                ${decision && html`<button type="button" disabled=${busy} onClick=${() => onWithdraw(entry)}>Besluit intrekken</button>`}
              </div>`)
          }`
        }
      </div>
    </li>`;
}

/** Candidates proposed to the employer, each with the employer's answer and what happens next. */
function Proposed({ proposals, labels }) {
  if (!proposals.length) return null;
  return html`
    <section aria-labelledby="proposed-heading">
      <h2 id="proposed-heading">Voorgesteld aan de werkgever (${proposals.length})</h2>
      <p class="meta">${stateCounts(proposals)}. De werkgever ziet elke kandidaat onder dezelfde referentie.</p>
      <ul class="rows">
        ${proposals.map((proposal) => {
          const state = stateOf(proposal);
          const name = proposal.candidate ? candidateName(proposal) : proposal.candidateReference;
          return html`
            <li class="row" key=${proposal.id} aria-labelledby=${`p-${proposal.id}`}>
              <div class="row-head">
                <h3 id=${`p-${proposal.id}`}>${name}</h3>
                ${proposal.candidate?.name && html`<span class="reference">${proposal.candidateReference}</span>`}
                <span class="tag ${STATE_TONES[state]}">${PROPOSAL_STATES[state]}</span>
              </div>
              <p class="answer">${stateText(proposal, labels)}. ${NEXT_FOR_STAFF[state]}</p>
            </li>`;
        })}
      </ul>
    </section>`;
}

/** Rejections that took the candidate off the list, to withdraw when one was a mistake. */
function RejectedOffList({ decisions, labels, busy, onWithdraw }) {
  const rejected = decisions.filter((decision) => decision.decision === 'rejected');
  if (!rejected.length) return null;
  return html`
    <section aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">Afgewezen, niet meer op de lijst (${rejected.length})</h2>
      <ul class="rows">
        ${rejected.map(
          (decision) => html`
          <li class="row rejected" key=${decision.candidateId}>
            <div class="row-head">
              <strong>${candidateName(decision)}</strong>
              <span>${rejectionText(decision, labels)}</span>
              <button type="button" disabled=${busy} onClick=${() => onWithdraw(decision)}>Afwijzing intrekken<span class="visually-hidden"> van ${candidateName(decision)}</span></button>
            </div>
          </li>`,
        )}
      </ul>
    </section>`;
}

export function ShortlistScreen({ params: [vacancyId], session }) {
  const [vacancy, setVacancy] = useState(null);
  const [shortlist, setShortlist] = useState(null);
  const [proposals, setProposals] = useState([]);
  const [message, say, setMessage] = useMessage();
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState('all');
  const [minimum, setMinimum] = useState('0');
  const [sort, setSort] = useState('rank');
  const [open, setOpen] = useState(new Set());
  const [undo, setUndo] = useState(null);
  const timer = useRef(null);

  const competenceCodes = [
    ...new Set([
      ...(vacancy?.requiredCompetences ?? []).map(({ code }) => code),
      ...proposals.flatMap((p) => (p.answerCompetence ? [p.answerCompetence] : [])),
      ...(shortlist?.decisionsOffList ?? []).flatMap((d) => (d.competence ? [d.competence] : [])),
    ]),
  ];
  const labels = useLabels('competence', competenceCodes);

  async function load() {
    const [loadedVacancy, loadedShortlist, loadedProposals] = await Promise.all([
      api(`/vacancies/${vacancyId}`),
      api(`/vacancies/${vacancyId}/shortlist`),
      apiAll(`/vacancies/${vacancyId}/proposals`),
    ]);
    setVacancy(loadedVacancy);
    setShortlist(loadedShortlist);
    setProposals(loadedProposals);
    return loadedShortlist;
  }

  /** Loads, and keeps loading while the matcher works on a new ranking. */
  function poll() {
    clearTimeout(timer.current);
    return load()
      .then((loaded) => {
        if (loaded.status === 'pending') timer.current = setTimeout(poll, 2000);
      })
      .catch((e) => setMessage({ kind: 'error', text: problemText(e.problem) }));
  }

  useEffect(() => {
    poll();
    return () => clearTimeout(timer.current);
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
    replace({ ...(previous ?? {}), ...change });
    setBusy(true);
    try {
      const saved = await api(`/vacancies/${vacancyId}/shortlist/decisions/${entry.candidateId}`, {
        method: 'PUT',
        body,
      });
      replace(saved);
      say('info', `${candidateName(entry)}: ${DECISIONS[saved.decision].toLowerCase()}.`);
      // A rejection takes the candidate off the list at the re-match it asks for; until then it can be undone here.
      setUndo(saved.decision === 'rejected' ? { ...entry, decision: saved } : null);
      if (saved.decision === 'rejected') poll();
    } catch (e) {
      replace(previous);
      if (e.status === 409) {
        await load().catch(() => undefined);
        say('error', `${candidateName(entry)}: ${problemText(e.problem?.code ? e.problem : { status: 409 })}`);
      } else {
        say('error', `${candidateName(entry)}: ${problemText(e.problem)}`);
      }
    } finally {
      setBusy(false);
    }
  }

  /** Withdraws a decision on the version read: the undo of a rejection, or a change of mind. */
  async function withdraw(subject) {
    const decision = subject.decision && typeof subject.decision === 'object' ? subject.decision : subject;
    setBusy(true);
    try {
      await api(`/vacancies/${vacancyId}/shortlist/decisions/${subject.candidateId}?version=${decision.version}`, {
        method: 'DELETE',
      });
      setUndo(null);
      say('info', `${candidateName(subject)}: besluit ingetrokken, weer nog niet besloten.`);
      await poll();
    } catch (e) {
      if (e.status === 409 || e.status === 404) await load().catch(() => undefined);
      say('error', `${candidateName(subject)}: ${problemText(e.problem)}`);
    } finally {
      setBusy(false);
    }
  }

  const proposalOf = new Map(proposals.map((proposal) => [proposal.candidateId, proposal]));
  const entries = shortlist?.entries ?? [];
  const acceptedNotProposed = entries.filter(
    (entry) => entry.decision?.decision === 'accepted' && !proposalOf.has(entry.candidateId),
  );
  // Without the candidate's consent a proposal is refused: those wait, the others go.
  const toPropose = acceptedNotProposed.filter((entry) => entry.mayBeProposed);
  const waitingForConsent = acceptedNotProposed.length - toPropose.length;

  async function propose() {
    setBusy(true);
    try {
      const proposed = await api(`/vacancies/${vacancyId}/proposals`, {
        method: 'POST',
        body: { candidateIds: toPropose.map((entry) => entry.candidateId) },
      });
      setProposals([...proposed, ...proposals]);
      say(
        'success',
        `${proposed.length} ${proposed.length === 1 ? 'kandidaat' : 'kandidaten'} voorgesteld aan de werkgever.`,
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
  const shown = sortRows(
    entries.filter(
      (entry) => entry.score >= Number(minimum) && (filter === 'all' || standingOf(entry, proposalOf) === filter),
    ),
    sort,
    proposalOf,
  );
  const { differing, equal } = distinctParts(shown.length > 1 ? shown : entries);
  const toggle = (candidateId) => {
    const next = new Set(open);
    if (next.has(candidateId)) next.delete(candidateId);
    else next.add(candidateId);
    setOpen(next);
  };
  return html`
    <p class="crumbs"><a href="#/vacatures">← Open vacatures</a></p>
    <${Heading}>Shortlist: ${vacancy.title}</${Heading}>
    <p class="meta">${vacancy.hoursPerWeek} uur per week · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · postcode ${vacancy.postcode}</p>
    <${MessageNotice} message=${message} />
    <${IllustrativeKansrijkheidNotice} illustrative=${shortlist.kansrijkheidIllustrative} />
    ${
      undo &&
      html`<p class="undo">${candidateName(undo)} is afgewezen. <button type="button" disabled=${busy} onClick=${() => withdraw(undo)}>Afwijzing ongedaan maken</button></p>`
    }
    ${shortlist.status === 'pending' && html`<${Notice}>De kandidaten worden (opnieuw) gematcht. Deze pagina ververst vanzelf.</${Notice}>`}
    ${
      shortlist.matchedGeneration !== null &&
      html`
      <p class="found">${foundText(shortlist)}. De werkgever ziet hetzelfde aantal.</p>
      <div class="propose-bar">
        <p>${toPropose.length} geaccepteerd en nog niet voorgesteld · ${proposals.length} voorgesteld${waitingForConsent > 0 ? ` · ${waitingForConsent} wacht${waitingForConsent === 1 ? '' : 'en'} op toestemming` : ''}</p>
        <button type="button" class="primary" disabled=${busy || toPropose.length === 0} onClick=${propose}>Voorstellen aan werkgever</button>
      </div>
      <div class="shortlist-layout">
        <div>
          <${Proposed} proposals=${proposals} labels=${labels} />
          <section aria-labelledby="ranked-heading">
            <h2 id="ranked-heading">Kandidaten op de shortlist</h2>
            <div class="list-controls">
              <div>
                <label for="toon">Toon</label>
                <select id="toon" value=${filter} onChange=${(e) => setFilter(e.currentTarget.value)}>
                  ${Object.entries(FILTERS).map(([code, text]) => html`<option value=${code}>${text}</option>`)}
                </select>
              </div>
              <div>
                <label for="minimale-match">Minimale match</label>
                <select id="minimale-match" value=${minimum} onChange=${(e) => setMinimum(e.currentTarget.value)}>
                  ${Object.entries(MINIMUM_SCORES).map(([value, text]) => html`<option value=${value}>${text}</option>`)}
                </select>
              </div>
              <div>
                <label for="sorteer">Sorteren</label>
                <select id="sorteer" value=${sort} onChange=${(e) => setSort(e.currentTarget.value)}>
                  ${Object.entries(SORTS).map(([code, text]) => html`<option value=${code}>${text}</option>`)}
                </select>
              </div>
            </div>
            <p class="meta" role="status">${shown.length} van ${entries.length} kandidaten getoond.</p>
            ${
              equal.length > 0 &&
              html`<p class="hint">Gelijk voor alle getoonde kandidaten, en daarom niet per kandidaat getoond: ${equal
                .map(([name, value]) => `${(PART_NAMES[name] ?? 'overig').toLowerCase()} ${asPercent(value)}`)
                .join(', ')}.</p>`
            }
            <ol class="rows candidates">
              ${shown.map(
                (entry) => html`
                <${Row} key=${entry.candidateId} entry=${entry} vacancy=${vacancy} proposal=${proposalOf.get(entry.candidateId)}
                  parts=${differing} labels=${labels} busy=${busy} open=${open.has(entry.candidateId)}
                  onToggle=${() => toggle(entry.candidateId)} onDecide=${decide} onWithdraw=${withdraw} session=${session} />`,
              )}
            </ol>
          </section>
          <${RejectedOffList} decisions=${shortlist.decisionsOffList ?? []} labels=${labels} busy=${busy} onWithdraw=${withdraw} />
        </div>
        <${Exclusions} shortlist=${shortlist} />
      </div>`
    }`;
}
