// Agreements with employers (level 5): placements against the target, and which fall behind. The
// accountmanager makes and changes them (on the version read) and links the parties' vacancies.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, asPercent, INSTRUMENT_NAMES, problemText, SECTOR_NAMES, VACANCY_STATUS_NAMES } from '../text.js';
import { Bar, Heading, MessageNotice, Notice, navigateWithNotice, takeNotice, useMessage } from '../ui.js';
import { candidateReferenceOf, KIND_NAMES } from './placements.js';

const canKeep = (session) => ['accountmanager', 'admin'].includes(session.role);

function Progress({ agreement }) {
  const { placed, target, expectedByNow, behind } = agreement.progress;
  return html`
    <p class="progress-line">
      <${Bar} value=${target ? placed / target : 0} tone=${behind ? 'warn' : 'ok'} label=${`${placed} van ${target} plaatsingen`} />
      <span class="number">${placed} van ${target} plaatsingen (${asPercent(target ? placed / target : 0)})</span>
    </p>
    <p>${
      behind
        ? html`<strong class="behind-label">Loopt achter:</strong> naar rato hadden er nu ${expectedByNow.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} moeten zijn.`
        : html`Op schema (naar rato nu ${expectedByNow.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}).`
    }</p>`;
}

function Agreement({ agreement }) {
  return html`
    <li class="card agreement ${agreement.progress.behind ? 'behind' : ''}">
      <h2><a href=${`#/akkoorden/${agreement.id}`}>${agreement.name}</a></h2>
      <p class="meta">${asDate(agreement.startsOn)} – ${asDate(agreement.endsOn)}${agreement.uwvPartner ? ' · met UWV' : ''} · ${agreement.vacancyIds.length} ${agreement.vacancyIds.length === 1 ? 'vacature' : 'vacatures'}</p>
      <${Progress} agreement=${agreement} />
    </li>`;
}

/** The form's values from an agreement (or empty for a new one). */
const valuesOf = (agreement) => ({
  name: agreement?.name ?? '',
  region: agreement?.region ?? '',
  startsOn: agreement?.startsOn ?? '',
  endsOn: agreement?.endsOn ?? '',
  targetPlacements: agreement ? String(agreement.targetPlacements) : '',
  employerIds: agreement?.employerIds ?? [],
  uwvPartner: agreement?.uwvPartner ?? false,
  sectors: agreement?.sectors ?? [],
  instruments: agreement?.instruments ?? [],
});

const FIELDS = {
  name: 'Naam van het akkoord',
  region: 'Arbeidsmarktregio',
  startsOn: 'Begindatum',
  endsOn: 'Einddatum',
  targetPlacements: 'Aantal plaatsingen in betaald werk (doel)',
  employerIds: 'Werkgevers die meedoen',
  sectors: 'Sectoren',
  instruments: 'Instrumenten',
};

/** The form's own wording, where the general text would say too little. */
const OWN_TEXT = {
  targetPlacements: { 'field.too-small': 'Spreek minstens één plaatsing af.', 'field.required': 'Vul het doel in.' },
  employerIds: { 'field.too-few-items': 'Kies minstens één werkgever.' },
};

/** Toggles one value in a list. */
const toggled = (list, value, on) => (on ? [...list, value] : list.filter((item) => item !== value));

/**
 * A new agreement, or a change of one on the version read. Occupations and contact persons are kept
 * as they are. A change made meanwhile by someone else is shown, not overwritten.
 */
export function AgreementForm({ agreement, employers, regions, onSaved, onCancel }) {
  const prefix = agreement ? `agreement-${agreement.id}` : 'new-agreement';
  const id = (field) => `${prefix}-${field}`;
  const [values, setValues] = useState(valuesOf(agreement));
  const [version, setVersion] = useState(agreement?.version);
  const [busy, setBusy] = useState(false);
  const [message, say] = useMessage();
  const { errors, show, clear } = useFieldErrors((name) => {
    const field = name.replace(/\[\d+\]$/, '');
    return FIELDS[field] ? id(field) : null;
  }, OWN_TEXT);
  const set = (field, value) => {
    clear(id(field));
    setValues((all) => ({ ...all, [field]: value }));
  };

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    const body = {
      ...values,
      name: values.name.trim(),
      targetPlacements: values.targetPlacements === '' ? undefined : Number(values.targetPlacements),
      region: values.region || undefined,
      startsOn: values.startsOn || undefined,
      endsOn: values.endsOn || undefined,
      occupations: agreement?.occupations ?? [],
      contacts: agreement?.contacts ?? [],
      ...(agreement ? { version } : {}),
    };
    try {
      const saved = await api(agreement ? `/agreements/${agreement.id}` : '/agreements', {
        method: agreement ? 'PUT' : 'POST',
        body,
      });
      show(null);
      onSaved(saved);
    } catch (e) {
      if (e.status === 409 && e.problem?.current) {
        setValues(valuesOf(e.problem.current));
        setVersion(e.problem.current.version);
        say(
          'error',
          'Iemand anders heeft dit akkoord intussen gewijzigd. U ziet nu die versie; breng uw wijziging opnieuw aan.',
        );
      } else if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const text = (field, type = 'text', extra = {}) => html`
    <p>
      <label for=${id(field)}>${FIELDS[field]}</label><br />
      <input id=${id(field)} type=${type} value=${values[field]} aria-required="true" autocomplete="off" ...${extra}
        onInput=${(e) => set(field, e.currentTarget.value)} ...${invalidAttributes(errors, id(field))} />
      <${FieldError} errors=${errors} id=${id(field)} />
    </p>`;
  // A group of checkboxes: its error is beside the legend's group, which takes the focus.
  const group = (field, options) => html`
    <fieldset id=${id(field)} tabindex="-1" aria-describedby=${errors.has(id(field)) ? `${id(field)}-error` : undefined}>
      <legend>${FIELDS[field]}</legend>
      <${FieldError} errors=${errors} id=${id(field)} />
      ${options.map(
        ([code, name]) => html`
        <label class="choice" key=${code}><input type="checkbox" checked=${values[field].includes(code)}
          onChange=${(e) => set(field, toggled(values[field], code, e.currentTarget.checked))} /> ${name}</label>`,
      )}
    </fieldset>`;

  return html`
    <form class="agreement-form" onSubmit=${submit} novalidate aria-labelledby=${id('title')}>
      <h2 id=${id('title')}>${agreement ? 'Akkoord wijzigen' : 'Nieuw akkoord'}</h2>
      <${MessageNotice} message=${message} />
      ${text('name')}
      <p>
        <label for=${id('region')}>${FIELDS.region}</label><br />
        <select id=${id('region')} value=${values.region} aria-required="true"
          onChange=${(e) => set('region', e.currentTarget.value)} ...${invalidAttributes(errors, id('region'))}>
          <option value="">Kies een regio</option>
          ${regions.map((region) => html`<option value=${region.code}>${region.name}</option>`)}
        </select>
        <${FieldError} errors=${errors} id=${id('region')} />
      </p>
      ${text('startsOn', 'date')}
      ${text('endsOn', 'date')}
      ${text('targetPlacements', 'number', { min: 1, inputmode: 'numeric' })}
      ${group(
        'employerIds',
        employers.map((employer) => [employer.id, employer.name]),
      )}
      <p><label class="choice"><input type="checkbox" checked=${values.uwvPartner}
        onChange=${(e) => set('uwvPartner', e.currentTarget.checked)} /> UWV doet mee</label></p>
      ${group('sectors', Object.entries(SECTOR_NAMES))}
      ${group('instruments', Object.entries(INSTRUMENT_NAMES))}
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>${agreement ? 'Wijzigingen opslaan' : 'Akkoord vastleggen'}</button>
        ${onCancel && html`<button type="button" disabled=${busy} onClick=${onCancel}>Annuleren</button>`}
      </div>
    </form>`;
}

export function AgreementsScreen({ session }) {
  const [agreements, setAgreements] = useState(null);
  const [behind, setBehind] = useState([]);
  const [employers, setEmployers] = useState([]);
  const [regions, setRegions] = useState([]);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState('');
  const [message, , setMessage] = useMessage();

  useEffect(() => {
    const left = takeNotice();
    if (left) setMessage({ kind: 'ok', text: left });
    Promise.all([
      apiAll('/agreements'),
      apiAll('/agreements/behind'),
      canKeep(session) ? apiAll('/employers') : [],
      canKeep(session) ? api('/taxonomy/regions') : [],
    ])
      .then(([all, late, parties, known]) => {
        setAgreements(all);
        setBehind(late);
        setEmployers(parties);
        setRegions(known);
      })
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  return html`
    <${Heading}>Akkoorden met werkgevers</${Heading}>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!agreements && !error && html`<p aria-busy="true">Akkoorden worden geladen…</p>`}
    ${
      agreements &&
      canKeep(session) &&
      (creating
        ? html`<${AgreementForm} employers=${employers} regions=${regions} onCancel=${() => setCreating(false)}
            onSaved=${(saved) => navigateWithNotice(`/akkoorden/${saved.id}`, `Akkoord “${saved.name}” is vastgelegd.`)} />`
        : html`<p><button type="button" onClick=${() => setCreating(true)}>Nieuw akkoord</button></p>`)
    }
    ${
      agreements &&
      html`
      <section aria-labelledby="behind-heading">
        <h2 id="behind-heading">Lopen achter (${behind.length})</h2>
        ${behind.length === 0 ? html`<p>Alle akkoorden liggen op schema.</p>` : html`<ul class="cards">${behind.map((a) => html`<${Agreement} key=${a.id} agreement=${a} />`)}</ul>`}
      </section>
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">Alle akkoorden (${agreements.length})</h2>
        <ul class="cards">${agreements.map((a) => html`<${Agreement} key=${a.id} agreement=${a} />`)}</ul>
      </section>`
    }`;
}

/** The vacancies linked to the agreement, and those of its parties that can still be linked. */
function LinkedVacancies({ agreement, vacancies, onChanged, say }) {
  const [choice, setChoice] = useState('');
  const [choiceError, setChoiceError] = useState('');
  const [busy, setBusy] = useState(false);
  const linked = vacancies.filter((vacancy) => agreement.vacancyIds.includes(vacancy.id));
  const linkable = vacancies.filter(
    (vacancy) => !vacancy.agreementId && !['closed', 'expired'].includes(vacancy.status),
  );

  async function change(path, method, body, text) {
    setBusy(true);
    try {
      onChanged(await api(`/agreements/${agreement.id}/vacancies${path}`, { method, body }), text);
      setChoice('');
      setChoiceError('');
    } catch (e) {
      const [param] = e.problem?.invalidParams ?? [];
      if (param) setChoiceError(problemText({ code: param.code }));
      else say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  function link(event) {
    event.preventDefault();
    if (!choice) return setChoiceError('Kies een vacature.');
    const vacancy = vacancies.find((v) => v.id === choice);
    change('', 'POST', { vacancyIds: [choice] }, `Vacature “${vacancy.title}” hoort nu bij dit akkoord.`);
  }

  return html`
    <section aria-labelledby="linked-heading">
      <h2 id="linked-heading">Vacatures bij dit akkoord (${linked.length})</h2>
      ${linked.length === 0 && html`<p>Er zijn nog geen vacatures gekoppeld.</p>`}
      <ul class="linked-vacancies">
        ${linked.map(
          (vacancy) => html`
          <li key=${vacancy.id}>${vacancy.title} <span class="meta">(${VACANCY_STATUS_NAMES[vacancy.status] ?? vacancy.status})</span>${' '}
            <button type="button" disabled=${busy} aria-label=${`Ontkoppelen: ${vacancy.title}`}
              onClick=${() => change(`/${vacancy.id}`, 'DELETE', undefined, `Vacature “${vacancy.title}” is losgekoppeld.`)}>
              Ontkoppelen
            </button>
          </li>`,
        )}
      </ul>
      <form class="link-vacancy" onSubmit=${link} novalidate>
        <p>
          <label for="link-vacancy">Vacature van een deelnemende werkgever koppelen</label><br />
          <select id="link-vacancy" value=${choice} onChange=${(e) => {
            setChoice(e.currentTarget.value);
            setChoiceError('');
          }} ...${choiceError ? { 'aria-invalid': 'true', 'aria-describedby': 'link-vacancy-error' } : {}}>
            <option value="">Kies een vacature</option>
            ${linkable.map((vacancy) => html`<option value=${vacancy.id}>${vacancy.title} (${vacancy.employerName})</option>`)}
          </select>
          ${choiceError && html`<p class="field-error" id="link-vacancy-error">${choiceError}</p>`}
        </p>
        <button type="submit" disabled=${busy}>Vacature koppelen</button>
      </form>
    </section>`;
}

/** One agreement: its terms and progress, a change of them, its vacancies and the placements under it. */
export function AgreementScreen({ session, params: [id] }) {
  const [agreement, setAgreement] = useState(null);
  const [employers, setEmployers] = useState([]);
  const [regions, setRegions] = useState([]);
  const [vacancies, setVacancies] = useState([]);
  const [placements, setPlacements] = useState([]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const [message, say, setMessage] = useMessage();
  const keeps = canKeep(session);

  /** The parties' vacancies, each with its employer's name. */
  async function loadVacancies(current, known) {
    const names = new Map(known.map((employer) => [employer.id, employer.name]));
    const lists = await Promise.all(
      current.employerIds.map((employerId) => apiAll(`/vacancies?employerId=${employerId}`)),
    );
    setVacancies(lists.flat().map((vacancy) => ({ ...vacancy, employerName: names.get(vacancy.employerId) ?? '' })));
  }

  useEffect(() => {
    const left = takeNotice();
    if (left) setMessage({ kind: 'ok', text: left });
    (async () => {
      const [current, known, regionList, under] = await Promise.all([
        api(`/agreements/${id}`),
        apiAll('/employers'),
        keeps ? api('/taxonomy/regions') : [],
        apiAll(`/placements?agreementId=${id}`),
      ]);
      setEmployers(known);
      setRegions(regionList);
      setPlacements(under);
      await loadVacancies(current, known);
      setAgreement(current);
    })().catch((e) => setError(problemText(e.problem)));
  }, [id]);

  const nameOf = (employerId) => employers.find((employer) => employer.id === employerId)?.name ?? employerId;
  const regionName = (code) => regions.find((region) => region.code === code)?.name ?? code;

  async function changed(next, text) {
    setAgreement(next);
    setEditing(false);
    say('ok', text);
    await loadVacancies(next, employers).catch((e) => say('error', problemText(e.problem)));
  }

  return html`
    <p><a href="#/akkoorden">Alle akkoorden</a></p>
    <${Heading}>${agreement ? agreement.name : 'Akkoord'}</${Heading}>
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!agreement && !error && html`<p aria-busy="true">Akkoord wordt geladen…</p>`}
    ${
      agreement &&
      html`
      <section class="card agreement" aria-labelledby="terms-heading">
        <h2 id="terms-heading">Afspraken</h2>
        <dl class="terms">
          <dt>Periode</dt><dd>${asDate(agreement.startsOn)} – ${asDate(agreement.endsOn)}</dd>
          <dt>Regio</dt><dd>${regionName(agreement.region)}</dd>
          <dt>Doel</dt><dd>${agreement.targetPlacements} plaatsingen in betaald werk</dd>
          <dt>Werkgevers</dt><dd>${agreement.employerIds.map(nameOf).join(', ')}</dd>
          <dt>UWV</dt><dd>${agreement.uwvPartner ? 'doet mee' : 'doet niet mee'}</dd>
          <dt>Sectoren</dt><dd>${agreement.sectors.map((code) => SECTOR_NAMES[code] ?? code).join(', ') || 'alle'}</dd>
          <dt>Instrumenten</dt><dd>${agreement.instruments.map((code) => INSTRUMENT_NAMES[code] ?? code).join(', ') || 'geen'}</dd>
          ${agreement.contacts.length > 0 && html`<dt>Contactpersonen</dt><dd>${agreement.contacts.map((c) => `${c.name} (${c.organisation})`).join(', ')}</dd>`}
        </dl>
        <${Progress} agreement=${agreement} />
        ${keeps && !editing && html`<button type="button" onClick=${() => setEditing(true)}>Akkoord wijzigen</button>`}
      </section>
      ${
        editing &&
        html`<${AgreementForm} agreement=${agreement} employers=${employers} regions=${regions}
          onCancel=${() => setEditing(false)} onSaved=${(saved) => changed(saved, `Akkoord “${saved.name}” is gewijzigd.`)} />`
      }
      ${keeps && html`<${LinkedVacancies} agreement=${agreement} vacancies=${vacancies} say=${say} onChanged=${changed} />`}
      <section aria-labelledby="placements-heading">
        <h2 id="placements-heading">Plaatsingen onder dit akkoord (${placements.length})</h2>
        ${placements.length === 0 && html`<p>Nog geen plaatsingen.</p>`}
        <ul>
          ${placements.map(
            (p) =>
              html`<li key=${p.id}>${KIND_NAMES[p.kind]} · ${candidateReferenceOf(p.candidateId)} bij ${nameOf(p.employerId)}, vanaf ${asDate(p.startsOn)}</li>`,
          )}
        </ul>
        ${keeps && html`<p><a href="#/plaatsingen">Naar plaatsingen en vervolgstappen</a></p>`}
      </section>`
    }`;
}
