// Placements and what follows them: recording one (paid work, a proefplaatsing, werken met behoud),
// the decision after a proefplaatsing's two months, and the six-month check of paid work (duurzame
// uitstroom), with the follow-ups that fall due first. The levels a placement counts at are not
// asked: Werkbrug derives them from what led to it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, CONTRACT_NAMES, dutchDay, INSTRUMENT_NAMES, problemText } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';

export const KIND_NAMES = {
  'paid-work': 'Betaald werk',
  proefplaatsing: 'Proefplaatsing',
  'werken-met-behoud': 'Werken met behoud van uitkering',
};

const UITSTROOM_NAMES = { full: 'Volledig uit de uitkering', partial: 'Gedeeltelijk (aanvulling blijft)' };

/** Paid work's contracts: a proefplaatsing is a kind of placement of its own, not a contract. */
const { proefplaatsing: _trial, ...PAID_CONTRACTS } = CONTRACT_NAMES;

const LEVEL_NAMES = {
  1: '1 vacatures aanbieden',
  2: '2 in contact brengen',
  3: '3 opleiden voor vacature',
  4: '4 vacature zoeken voor klant',
  5: '5 afspraken met werkgevers',
};

/** The follow-ups of placements this screen is for, and what each asks. */
export const FOLLOW_UP_NAMES = {
  'placement-expected': 'Plaatsing vastleggen na opleiding met baangarantie',
  'proefplaatsing-decision': 'Besluit na de proefplaatsing',
  'six-month-check': 'Controle na zes maanden (duurzame uitstroom)',
};

/** The candidate's pseudonymous reference, as the API derives it from the id (K-1A2B-3C4D). */
export function candidateReferenceOf(candidateId) {
  const hex = candidateId.replace(/-/g, '').toUpperCase();
  return `K-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/** The day `months` later, the month's last day when it has no such day (as the API counts). */
export function addMonths(day, months) {
  const [year, month, date] = day.split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, month - 1 + months, Math.min(date, last)));
  return target.toISOString().slice(0, 10);
}

/** Field errors of a small form whose inputs are `${prefix}-${field}`. */
const formErrors = (prefix, fields, own) =>
  useFieldErrors((name) => (fields.includes(name) ? `${prefix}-${name}` : null), own);

/** A form that opens by a click takes the focus to its heading, so one knows where one is. */
function useFocusOnOpen() {
  const ref = useRef(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

const PLACEMENT_FIELDS = [
  'employerId',
  'vacancyId',
  'candidateId',
  'kind',
  'startsOn',
  'hoursPerWeek',
  'contractType',
  'uitstroom',
  'instruments',
  'levels',
];

const OWN_PLACEMENT_TEXT = {
  candidateId: { 'field.required': 'Kies de kandidaat.' },
  employerId: { 'field.required': 'Kies de werkgever.' },
  hoursPerWeek: { 'field.too-large': 'Hoogstens 40 uur per week.', 'field.too-small': 'Minstens 1 uur per week.' },
};

/**
 * Records a placement. The candidates offered are those something in Werkbrug brought to this
 * employer: proposed to it, or with a follow-up about it (a training with baangarantie, a speeddate).
 */
function PlacementForm({ employers, vacancies, followUps, prefill, onSaved, onCancel }) {
  const prefix = 'placement';
  const id = (field) => `${prefix}-${field}`;
  const heading = useFocusOnOpen();
  const [values, setValues] = useState({
    employerId: prefill?.employerId ?? '',
    vacancyId: prefill?.vacancyId ?? '',
    candidateId: prefill?.candidateId ?? '',
    kind: 'paid-work',
    startsOn: dutchDay(),
    hoursPerWeek: '24',
    contractType: '',
    uitstroom: '',
    instruments: [],
  });
  const [candidates, setCandidates] = useState([]);
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const { errors, show, clear } = formErrors(prefix, PLACEMENT_FIELDS, OWN_PLACEMENT_TEXT);
  const set = (field, value) => {
    clear(id(field));
    setValues((all) => ({ ...all, [field]: value }));
  };

  // The employer's candidates: from its proposals and from the open follow-ups about it.
  useEffect(() => {
    if (!values.employerId) return setCandidates([]);
    apiAll(`/proposals?employerId=${values.employerId}`)
      .then((proposals) => {
        const found = new Map();
        for (const f of followUps.filter((f) => f.employerId === values.employerId))
          found.set(f.candidateId, f.candidateName ?? f.candidateReference);
        for (const p of proposals.filter((p) => p.candidateId && !['rejected', 'withdrawn'].includes(p.status)))
          found.set(
            p.candidateId,
            p.candidate?.name ?? p.candidate?.candidateReference ?? candidateReferenceOf(p.candidateId),
          );
        setCandidates([...found].sort((a, b) => a[1].localeCompare(b[1], 'nl')));
      })
      .catch((e) => say('error', problemText(e.problem)));
  }, [values.employerId]);

  async function submit(event) {
    event.preventDefault();
    const paid = values.kind === 'paid-work';
    const body = {
      candidateId: values.candidateId || undefined,
      employerId: values.employerId || undefined,
      ...(values.vacancyId ? { vacancyId: values.vacancyId } : {}),
      kind: values.kind,
      startsOn: values.startsOn || undefined,
      hoursPerWeek: values.hoursPerWeek === '' ? undefined : Number(values.hoursPerWeek),
      ...(paid ? { contractType: values.contractType || undefined, uitstroom: values.uitstroom || undefined } : {}),
      instruments: values.instruments,
    };
    setBusy(true);
    try {
      const saved = await api('/placements', { method: 'POST', body });
      show(null);
      onSaved(saved, candidates.find(([candidateId]) => candidateId === saved.candidateId)?.[1]);
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const employerVacancies = vacancies.filter(
    (v) => v.employerId === values.employerId && !['closed', 'expired'].includes(v.status),
  );
  const select = (field, label, options, placeholder) => html`
    <p>
      <label for=${id(field)}>${label}</label><br />
      <select id=${id(field)} value=${values[field]} onChange=${(e) => set(field, e.currentTarget.value)}
        ...${invalidAttributes(errors, id(field))}>
        <option value="">${placeholder}</option>
        ${options.map(([code, name]) => html`<option value=${code}>${name}</option>`)}
      </select>
      <${FieldError} errors=${errors} id=${id(field)} />
    </p>`;
  const radios = (field, legend, options) => html`
    <fieldset id=${id(field)} tabindex="-1" aria-describedby=${errors.has(id(field)) ? `${id(field)}-error` : undefined}>
      <legend>${legend}</legend>
      <${FieldError} errors=${errors} id=${id(field)} />
      ${Object.entries(options).map(
        ([code, name]) => html`
        <label class="choice" key=${code}><input type="radio" name=${id(field)} value=${code} checked=${values[field] === code}
          onChange=${() => set(field, code)} /> ${name}</label>`,
      )}
    </fieldset>`;

  return html`
    <form class="placement-form card" onSubmit=${submit} novalidate aria-labelledby="placement-form-title">
      <h2 id="placement-form-title" tabindex="-1" ref=${heading}>Plaatsing vastleggen</h2>
      <${MessageNotice} message=${message} />
      ${select(
        'employerId',
        'Werkgever',
        employers.map((e) => [e.id, e.name]),
        'Kies de werkgever',
      )}
      ${select(
        'vacancyId',
        'Vacature (als de plaatsing op een vacature is)',
        employerVacancies.map((v) => [v.id, v.title]),
        'Geen vacature',
      )}
      ${select('candidateId', 'Kandidaat', candidates, values.employerId ? 'Kies de kandidaat' : 'Kies eerst de werkgever')}
      <p class="hint" id="placement-candidates-hint">U ziet de kandidaten die aan deze werkgever zijn voorgesteld of over wie een vervolgstap met deze werkgever openstaat.</p>
      ${radios('kind', 'Soort plaatsing', KIND_NAMES)}
      <p>
        <label for=${id('startsOn')}>${values.kind === 'proefplaatsing' ? 'Begint op (de proefplaatsing duurt twee maanden)' : 'Begint op'}</label><br />
        <input id=${id('startsOn')} type="date" value=${values.startsOn} onInput=${(e) => set('startsOn', e.currentTarget.value)}
          ...${invalidAttributes(errors, id('startsOn'))} />
        <${FieldError} errors=${errors} id=${id('startsOn')} />
      </p>
      <p>
        <label for=${id('hoursPerWeek')}>Uren per week</label><br />
        <input id=${id('hoursPerWeek')} type="number" min="1" max="40" inputmode="numeric" value=${values.hoursPerWeek}
          onInput=${(e) => set('hoursPerWeek', e.currentTarget.value)} ...${invalidAttributes(errors, id('hoursPerWeek'))} />
        <${FieldError} errors=${errors} id=${id('hoursPerWeek')} />
      </p>
      ${values.kind === 'paid-work' && select('contractType', 'Contract', Object.entries(PAID_CONTRACTS), 'Kies het contract')}
      ${values.kind === 'paid-work' && radios('uitstroom', 'Uitstroom uit de uitkering', UITSTROOM_NAMES)}
      <fieldset id=${id('instruments')} tabindex="-1" aria-describedby=${errors.has(id('instruments')) ? `${id('instruments')}-error` : undefined}>
        <legend>Instrumenten die worden ingezet</legend>
        <${FieldError} errors=${errors} id=${id('instruments')} />
        ${Object.entries(INSTRUMENT_NAMES).map(
          ([code, name]) => html`
          <label class="choice" key=${code}><input type="checkbox" checked=${values.instruments.includes(code)}
            onChange=${(e) =>
              set(
                'instruments',
                e.currentTarget.checked ? [...values.instruments, code] : values.instruments.filter((i) => i !== code),
              )} /> ${name}</label>`,
        )}
      </fieldset>
      <p class="hint" id=${id('levels')} tabindex="-1">Op welk niveau de plaatsing telt, leidt Werkbrug af uit wat eraan voorafging: een aangeboden vacature, een voorstel of speeddate, een opleiding, een zoektocht van de jobhunter of een akkoord.</p>
      <${FieldError} errors=${errors} id=${id('levels')} />
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Plaatsing vastleggen</button>
        <button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>
      </div>
    </form>`;
}

const DECISION_FIELDS = ['decision', 'decidedOn', 'uitstroom', 'contractType', 'hoursPerWeek'];

/** The employer's decision at the end of a proefplaatsing: a contract (paid work from that day) or none. */
function DecisionForm({ placement, label, onSaved, onCancel }) {
  const prefix = `decision-${placement.id}`;
  const id = (field) => `${prefix}-${field}`;
  const heading = useFocusOnOpen();
  const [values, setValues] = useState({
    decision: '',
    decidedOn: dutchDay(),
    uitstroom: '',
    contractType: '',
    hoursPerWeek: String(placement.hoursPerWeek),
  });
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const { errors, show, clear } = formErrors(prefix, DECISION_FIELDS, {
    decision: {
      'field.required': 'Kies of er een contract komt.',
      'field.not-allowed-value': 'Kies of er een contract komt.',
    },
  });
  const set = (field, value) => {
    clear(id(field));
    setValues((all) => ({ ...all, [field]: value }));
  };
  const contract = values.decision === 'contract';

  async function submit(event) {
    event.preventDefault();
    const body = {
      decision: values.decision || undefined,
      decidedOn: values.decidedOn || undefined,
      version: placement.version,
      ...(contract
        ? {
            uitstroom: values.uitstroom || undefined,
            contractType: values.contractType || undefined,
            hoursPerWeek: values.hoursPerWeek === '' ? undefined : Number(values.hoursPerWeek),
          }
        : {}),
    };
    setBusy(true);
    try {
      const decided = await api(`/placements/${placement.id}/proefplaatsing-decision`, { method: 'POST', body });
      onSaved(decided);
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="decision-form" onSubmit=${submit} novalidate aria-label=${`Besluit na de proefplaatsing: ${label}`}>
      <h3 tabindex="-1" ref=${heading}>Besluit na de proefplaatsing</h3>
      <${MessageNotice} message=${message} />
      <fieldset id=${id('decision')} tabindex="-1" aria-describedby=${errors.has(id('decision')) ? `${id('decision')}-error` : undefined}>
        <legend>Biedt de werkgever een contract aan?</legend>
        <${FieldError} errors=${errors} id=${id('decision')} />
        <label class="choice"><input type="radio" name=${id('decision')} checked=${contract} onChange=${() => set('decision', 'contract')} /> Ja, een contract</label>
        <label class="choice"><input type="radio" name=${id('decision')} checked=${values.decision === 'no-contract'} onChange=${() => set('decision', 'no-contract')} /> Nee, geen contract</label>
      </fieldset>
      <p>
        <label for=${id('decidedOn')}>${contract ? 'Datum besluit (het betaald werk begint dan)' : 'Datum besluit'}</label><br />
        <input id=${id('decidedOn')} type="date" value=${values.decidedOn} onInput=${(e) => set('decidedOn', e.currentTarget.value)}
          ...${invalidAttributes(errors, id('decidedOn'))} />
        <${FieldError} errors=${errors} id=${id('decidedOn')} />
      </p>
      ${
        contract &&
        html`
        <p>
          <label for=${id('contractType')}>Contract</label><br />
          <select id=${id('contractType')} value=${values.contractType} onChange=${(e) => set('contractType', e.currentTarget.value)}
            ...${invalidAttributes(errors, id('contractType'))}>
            <option value="">Kies het contract</option>
            ${Object.entries(PAID_CONTRACTS).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
          </select>
          <${FieldError} errors=${errors} id=${id('contractType')} />
        </p>
        <fieldset id=${id('uitstroom')} tabindex="-1" aria-describedby=${errors.has(id('uitstroom')) ? `${id('uitstroom')}-error` : undefined}>
          <legend>Uitstroom uit de uitkering</legend>
          <${FieldError} errors=${errors} id=${id('uitstroom')} />
          ${Object.entries(UITSTROOM_NAMES).map(
            ([code, name]) => html`
            <label class="choice" key=${code}><input type="radio" name=${id('uitstroom')} checked=${values.uitstroom === code}
              onChange=${() => set('uitstroom', code)} /> ${name}</label>`,
          )}
        </fieldset>
        <p>
          <label for=${id('hoursPerWeek')}>Uren per week in het contract</label><br />
          <input id=${id('hoursPerWeek')} type="number" min="1" max="40" inputmode="numeric" value=${values.hoursPerWeek}
            onInput=${(e) => set('hoursPerWeek', e.currentTarget.value)} ...${invalidAttributes(errors, id('hoursPerWeek'))} />
          <${FieldError} errors=${errors} id=${id('hoursPerWeek')} />
        </p>`
      }
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Besluit vastleggen</button>
        <button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>
      </div>
    </form>`;
}

/** Six months after the start of paid work: does it still last (duurzame uitstroom)? */
function CheckForm({ placement, label, onSaved, onCancel }) {
  const prefix = `check-${placement.id}`;
  const id = (field) => `${prefix}-${field}`;
  const heading = useFocusOnOpen();
  const [lasted, setLasted] = useState(null);
  const [checkedOn, setCheckedOn] = useState(dutchDay());
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const { errors, show, clear } = formErrors(prefix, ['lasted', 'checkedOn'], {
    lasted: { any: 'Kies of de kandidaat nog werkt.' },
  });

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const body = { lasted: lasted ?? undefined, checkedOn: checkedOn || undefined, version: placement.version };
      onSaved(await api(`/placements/${placement.id}/six-month-check`, { method: 'POST', body }));
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="check-form" onSubmit=${submit} novalidate aria-label=${`Controle na zes maanden: ${label}`}>
      <h3 tabindex="-1" ref=${heading}>Controle na zes maanden</h3>
      <${MessageNotice} message=${message} />
      <fieldset id=${id('lasted')} tabindex="-1" aria-describedby=${errors.has(id('lasted')) ? `${id('lasted')}-error` : undefined}>
        <legend>Werkt de kandidaat hier nog?</legend>
        <${FieldError} errors=${errors} id=${id('lasted')} />
        <label class="choice"><input type="radio" name=${id('lasted')} checked=${lasted === true} onChange=${() => {
          clear(id('lasted'));
          setLasted(true);
        }} /> Ja, werkt er nog (duurzame uitstroom)</label>
        <label class="choice"><input type="radio" name=${id('lasted')} checked=${lasted === false} onChange=${() => {
          clear(id('lasted'));
          setLasted(false);
        }} /> Nee, werkt er niet meer</label>
      </fieldset>
      <p>
        <label for=${id('checkedOn')}>Datum controle</label><br />
        <input id=${id('checkedOn')} type="date" value=${checkedOn} onInput=${(e) => {
          clear(id('checkedOn'));
          setCheckedOn(e.currentTarget.value);
        }} ...${invalidAttributes(errors, id('checkedOn'))} />
        <${FieldError} errors=${errors} id=${id('checkedOn')} />
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>Controle vastleggen</button>
        <button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>
      </div>
    </form>`;
}

/** What became of a placement so far, in words. */
function stateOf(placement) {
  if (placement.kind === 'proefplaatsing') {
    if (placement.proefplaatsingDecision === 'contract')
      return `Contract aangeboden op ${asDate(placement.decidedOn)}.`;
    if (placement.proefplaatsingDecision === 'no-contract')
      return `Geen contract (besloten op ${asDate(placement.decidedOn)}).`;
    return `Loopt tot ${asDate(placement.endsOn)}; dan besluit de werkgever over een contract.`;
  }
  if (placement.kind === 'paid-work') {
    if (placement.lasted === true)
      return `Werkt er na zes maanden nog (gecontroleerd op ${asDate(placement.followedUpOn)}).`;
    if (placement.lasted === false)
      return `Werkt er na zes maanden niet meer (gecontroleerd op ${asDate(placement.followedUpOn)}).`;
    return `Controle na zes maanden vanaf ${asDate(addMonths(placement.startsOn, 6))}.`;
  }
  return '';
}

function PlacementCard({ placement, names, open, onOpen, onSaved }) {
  const label = `${names.candidate(placement.candidateId)} bij ${names.employer(placement.employerId)}`;
  const deciding = placement.kind === 'proefplaatsing' && !placement.proefplaatsingDecision;
  const checking = placement.kind === 'paid-work' && placement.lasted === null;
  const checkDue = checking && addMonths(placement.startsOn, 6) <= dutchDay();
  const levels = placement.levels ?? [];
  return html`
    <li class="card placement" id=${`placement-${placement.id}`}>
      <h3>${KIND_NAMES[placement.kind]}: ${label}</h3>
      <p class="meta">
        Vanaf ${asDate(placement.startsOn)} · ${placement.hoursPerWeek} uur per week${placement.contractType ? ` · ${CONTRACT_NAMES[placement.contractType]}` : ''}${placement.vacancyId ? ` · vacature ${names.vacancy(placement.vacancyId)}` : ''}
      </p>
      <p>${
        levels.length
          ? `Telt op niveau ${levels.map((level) => LEVEL_NAMES[level]).join(', ')}.`
          : 'Telt op geen niveau: er ging in Werkbrug niets aan vooraf.'
      }${placement.agreementId ? ' Telt mee voor een akkoord.' : ''}</p>
      <p>${stateOf(placement)}</p>
      ${
        deciding &&
        (open === 'decision'
          ? html`<${DecisionForm} placement=${placement} label=${label} onSaved=${onSaved} onCancel=${() => onOpen(null)} />`
          : html`<button type="button" aria-label=${`Besluit vastleggen: ${label}`} onClick=${() => onOpen('decision')}>Besluit vastleggen</button>`)
      }
      ${
        checkDue &&
        (open === 'check'
          ? html`<${CheckForm} placement=${placement} label=${label} onSaved=${onSaved} onCancel=${() => onOpen(null)} />`
          : html`<button type="button" aria-label=${`Controle vastleggen: ${label}`} onClick=${() => onOpen('check')}>Controle vastleggen</button>`)
      }
    </li>`;
}

export function PlacementsScreen() {
  const [placements, setPlacements] = useState(null);
  const [followUps, setFollowUps] = useState([]);
  const [employers, setEmployers] = useState([]);
  const [vacancies, setVacancies] = useState([]);
  const [recording, setRecording] = useState(null);
  const [open, setOpen] = useState({ id: null, what: null });
  const [error, setError] = useState('');
  const [message, say] = useMessage();

  async function load() {
    const [list, due, known, posted] = await Promise.all([
      apiAll('/placements'),
      // All of them, done ones too: they name the candidates of the placements below.
      apiAll('/follow-ups?due=all'),
      apiAll('/employers'),
      apiAll('/vacancies'),
    ]);
    setFollowUps(due);
    setEmployers(known);
    setVacancies(posted);
    setPlacements(list);
  }

  useEffect(() => {
    load().catch((e) => setError(problemText(e.problem)));
  }, []);

  const known = new Map(followUps.map((f) => [f.candidateId, f.candidateName ?? f.candidateReference]));
  const names = {
    candidate: (candidateId) => known.get(candidateId) ?? candidateReferenceOf(candidateId),
    employer: (employerId) => employers.find((e) => e.id === employerId)?.name ?? 'onbekende werkgever',
    vacancy: (vacancyId) => vacancies.find((v) => v.id === vacancyId)?.title ?? '',
  };
  const openFollowUps = followUps.filter((f) => !f.doneAt);
  const due = openFollowUps.filter((f) => FOLLOW_UP_NAMES[f.kind]);

  async function saved(text) {
    setOpen({ id: null, what: null });
    setRecording(null);
    say('ok', text);
    await load().catch((e) => say('error', problemText(e.problem)));
  }

  const act = (f) => {
    const who = f.candidateName ?? f.candidateReference;
    if (f.kind === 'placement-expected')
      return html`<button type="button" aria-label=${`Plaatsing vastleggen: ${who}`}
        onClick=${() => setRecording({ candidateId: f.candidateId, employerId: f.employerId, vacancyId: f.vacancyId ?? '' })}>
        Plaatsing vastleggen</button>`;
    const placement = placements?.find((p) => p.id === f.sourceId);
    if (!placement) return null;
    const what = f.kind === 'six-month-check' ? 'check' : 'decision';
    if (what === 'check' && f.dueOn > dutchDay()) return null;
    const text = what === 'check' ? 'Controle vastleggen' : 'Besluit vastleggen';
    return html`<button type="button" aria-label=${`${text}: ${who}`} onClick=${() => setOpen({ id: placement.id, what })}>${text}</button>`;
  };

  return html`
    <${Heading}>Plaatsingen</${Heading}>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!placements && !error && html`<p aria-busy="true">Plaatsingen worden geladen…</p>`}
    ${
      placements &&
      html`
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Vervolgstappen (${due.length})</h2>
        ${due.length === 0 && html`<p>Er staan geen vervolgstappen van plaatsingen open.</p>`}
        <ul class="follow-ups">
          ${due.map(
            (f) => html`
            <li key=${f.id} class=${f.overdue ? 'overdue' : ''}>
              <strong>${FOLLOW_UP_NAMES[f.kind]}</strong>: ${f.candidateName ?? f.candidateReference}${f.employerName ? ` bij ${f.employerName}` : ''}${f.vacancyTitle ? ` (${f.vacancyTitle})` : ''}, ${f.overdue ? html`<strong>te laat</strong>, was uiterlijk ${asDate(f.dueOn)}` : `uiterlijk ${asDate(f.dueOn)}`}.${' '}
              ${act(f)}
            </li>`,
          )}
        </ul>
      </section>
      ${
        recording
          ? html`<${PlacementForm} key=${JSON.stringify(recording)} employers=${employers} vacancies=${vacancies} followUps=${openFollowUps}
              prefill=${recording} onCancel=${() => setRecording(null)}
              onSaved=${(placement, who) => saved(`${KIND_NAMES[placement.kind]} van ${who ?? names.candidate(placement.candidateId)} bij ${names.employer(placement.employerId)} is vastgelegd.`)} />`
          : html`<p><button type="button" onClick=${() => setRecording({})}>Nieuwe plaatsing</button></p>`
      }
      <section aria-labelledby="placements-heading">
        <h2 id="placements-heading">Alle plaatsingen (${placements.length})</h2>
        ${placements.length === 0 && html`<p>Er zijn nog geen plaatsingen.</p>`}
        <ul class="cards placements">
          ${placements.map(
            (p) => html`<${PlacementCard} key=${p.id} placement=${p} names=${names}
              open=${open.id === p.id ? open.what : null} onOpen=${(what) => setOpen({ id: p.id, what })}
              onSaved=${(result) =>
                saved(
                  result.proefplaatsing
                    ? result.contract
                      ? 'Het besluit is vastgelegd: er is een contract, het betaald werk staat hieronder.'
                      : 'Het besluit is vastgelegd: geen contract. De kandidaat is weer beschikbaar.'
                    : result.lasted
                      ? 'De controle is vastgelegd: de kandidaat werkt er na zes maanden nog.'
                      : 'De controle is vastgelegd: de kandidaat werkt er niet meer en is weer beschikbaar.',
                )} />`,
          )}
        </ul>
      </section>`
    }`;
}
