// One employer: the register (KvK, vestigingsnummer, address), its vacancies (for staff), its contact
// persons, its account team and its history. The accountmanager and the administrator keep all of it; the employer's own users see it and
// change their contact e-mail and contact persons.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { asDate, problemText, REJECTION_REASONS, SECTOR_NAMES } from '../text.js';
import { Heading, MessageNotice, Notice, takeNotice, useMessage } from '../ui.js';
import { ShortlistState } from './vacancies.js';
import { hasEnded, VacancyActions, VacancyStatus } from './vacancy-lifecycle.js';

const REGISTER_FIELDS = [
  ['name', 'Naam'],
  ['sector', 'Sector'],
  ['postcode', 'Postcode (4 cijfers)'],
  ['address', 'Adres (straat, nummer, plaats)'],
  ['kvkNumber', 'KvK-nummer (8 cijfers)'],
  ['establishmentNumber', 'Vestigingsnummer (12 cijfers, als u het weet)'],
  ['contactEmail', 'E-mailadres voor contact'],
];

/** The register as a form sends it: empty optional fields left out. */
function registerBody(values) {
  const body = {};
  for (const [field] of REGISTER_FIELDS) {
    const value = (values[field] ?? '').trim();
    if (value) body[field] = value;
  }
  return body;
}

const registerValues = (employer) =>
  Object.fromEntries(REGISTER_FIELDS.map(([field]) => [field, employer?.[field] ?? '']));

/** A link to the employer that already has the KvK number, for a 409 that names it. */
export const ExistingEmployerLink = ({ id }) =>
  id &&
  html`<p class="existing-employer"><a href=${`#/werkgevers/${id}`}>Open de werkgever die dit KvK-nummer al heeft</a></p>`;

/** What a change of the register must keep; a new registration also names its KvK number. */
const REQUIRED_FIELDS = ['name', 'sector', 'postcode'];
const REQUIRED_TO_REGISTER = [...REQUIRED_FIELDS, 'kvkNumber'];

/**
 * The register's fields with their errors beside them. `editable(field)` says which the user may
 * change; `required` which must be filled in; `existingId` is the employer a KvK number already belongs to.
 */
export function RegisterFields({
  idPrefix,
  values,
  onChange,
  errors,
  editable = () => true,
  required = REQUIRED_FIELDS,
  existingId,
}) {
  const id = (field) => `${idPrefix}-${field}`;
  return REGISTER_FIELDS.map(([field, label]) => {
    const common = {
      id: id(field),
      disabled: !editable(field),
      'aria-required': required.includes(field) ? 'true' : undefined,
      onInput: (e) => onChange(field, e.currentTarget.value),
      ...invalidAttributes(errors, id(field)),
    };
    const input =
      field === 'sector'
        ? html`<select ...${common} value=${values.sector} onChange=${common.onInput}>
            <option value="">Kies een sector</option>
            ${Object.entries(SECTOR_NAMES).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
          </select>`
        : html`<input ...${common} value=${values[field]} autocomplete="off"
            type=${field === 'contactEmail' ? 'email' : 'text'}
            inputmode=${['kvkNumber', 'establishmentNumber', 'postcode'].includes(field) ? 'numeric' : undefined} />`;
    return html`
      <p key=${field}>
        <label for=${id(field)}>${label}</label><br />
        ${input}
        <${FieldError} errors=${errors} id=${id(field)} />
        ${field === 'kvkNumber' && errors.has(id(field)) && html`<${ExistingEmployerLink} id=${existingId} />`}
      </p>`;
  });
}

/** The accountmanager registers an employer; a KvK number registered before links to that employer. */
export function RegisterEmployerForm({ onRegistered, say }) {
  const [values, setValues] = useState(registerValues(null));
  const [existingId, setExistingId] = useState(null);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear } = useFieldErrors((field) => `register-${field}`);

  async function submit(event) {
    event.preventDefault();
    setExistingId(null);
    setBusy(true);
    try {
      const employer = await api('/employers', { method: 'POST', body: registerBody(values) });
      setValues(registerValues(null));
      show(null);
      onRegistered(employer);
    } catch (e) {
      setExistingId(e.problem?.existingId ?? null);
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <details class="register-employer">
      <summary>Werkgever registreren</summary>
      <form onSubmit=${submit} noValidate>
        <${RegisterFields} idPrefix="register" values=${values} errors=${errors} existingId=${existingId}
          required=${REQUIRED_TO_REGISTER}
          onChange=${(field, value) => (setValues((all) => ({ ...all, [field]: value })), clear(`register-${field}`))} />
        <button type="submit" disabled=${busy}>Registreren</button>
      </form>
    </details>`;
}

function RegisterSection({ employer, ownUser, onSaved, say }) {
  const [values, setValues] = useState(registerValues(employer));
  const [existingId, setExistingId] = useState(null);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear } = useFieldErrors((field) => `employer-${field}`);

  async function save(event) {
    event.preventDefault();
    setBusy(true);
    setExistingId(null);
    try {
      const saved = await api(`/employers/${employer.id}`, {
        method: 'PUT',
        body: { ...registerBody(values), version: employer.version },
      });
      show(null);
      onSaved(saved);
      say('ok', 'De gegevens zijn opgeslagen.');
    } catch (e) {
      setExistingId(e.problem?.existingId ?? null);
      // Changed meanwhile: show the employer as it is now, so the change can be made again on it.
      if (e.problem?.current) {
        onSaved(e.problem.current);
        setValues(registerValues(e.problem.current));
      }
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Gegevens</h2>
      ${
        employer.illustrative &&
        html`<p class="illustrative">Demowerkgever: het KvK-nummer en het vestigingsnummer zijn verzonnen.</p>`
      }
      ${
        employer.followedFrom &&
        html`<p class="hint">Werkgever van de regio ${employer.followedFrom}: hier geregistreerd voor haar vacatures. Het contact met deze werkgever loopt via het werkgeversservicepunt van die regio.</p>`
      }
      ${ownUser && html`<p>Uw accountmanager past de andere gegevens aan; u kunt hier uw e-mailadres voor contact wijzigen.</p>`}
      <form onSubmit=${save} noValidate>
        <${RegisterFields} idPrefix="employer" values=${values} errors=${errors} existingId=${existingId}
          editable=${(field) => !ownUser || field === 'contactEmail'}
          onChange=${(field, value) => (setValues((all) => ({ ...all, [field]: value })), clear(`employer-${field}`))} />
        <button type="submit" disabled=${busy}>Gegevens opslaan</button>
      </form>
    </section>`;
}

const CONTACT_FIELDS = [
  ['name', 'Naam'],
  ['jobTitle', 'Functie'],
  ['email', 'E-mailadres'],
  ['phone', 'Telefoonnummer'],
];

function ContactPersonForm({ employerId, person, onSaved, onCancel, say }) {
  const prefix = person ? `contact-${person.id}` : 'contact-new';
  const empty = Object.fromEntries(CONTACT_FIELDS.map(([field]) => [field, person?.[field] ?? '']));
  const [values, setValues] = useState(empty);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear } = useFieldErrors((field) => `${prefix}-${field}`);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    const body = Object.fromEntries(
      CONTACT_FIELDS.map(([field]) => [field, values[field].trim()]).filter(([, value]) => value),
    );
    if (person?.userId) body.userId = person.userId;
    try {
      const saved = person
        ? await api(`/employers/${employerId}/contact-persons/${person.id}`, {
            method: 'PUT',
            body: { ...body, version: person.version },
          })
        : await api(`/employers/${employerId}/contact-persons`, { method: 'POST', body });
      show(null);
      if (!person) setValues(Object.fromEntries(CONTACT_FIELDS.map(([field]) => [field, ''])));
      onSaved(saved);
      say('ok', `${saved.name} is ${person ? 'bijgewerkt' : 'toegevoegd als contactpersoon'}.`);
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <form class="contact-person-form" onSubmit=${submit} noValidate>
      ${CONTACT_FIELDS.map(
        ([field, label]) => html`
        <p key=${field}>
          <label for=${`${prefix}-${field}`}>${label}${person ? ` van ${person.name}` : ' contactpersoon'}</label><br />
          <input id=${`${prefix}-${field}`} autocomplete="off" value=${values[field]}
            type=${field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            onInput=${(e) => (setValues((all) => ({ ...all, [field]: e.currentTarget.value })), clear(`${prefix}-${field}`))}
            ...${invalidAttributes(errors, `${prefix}-${field}`)} />
          <${FieldError} errors=${errors} id=${`${prefix}-${field}`} />
        </p>`,
      )}
      <button type="submit" disabled=${busy}>${person ? 'Opslaan' : 'Contactpersoon toevoegen'}</button>
      ${person && html` <button type="button" class="link" onClick=${onCancel}>Annuleren</button>`}
    </form>`;
}

function ContactPersonsSection({ employer, say }) {
  const [people, setPeople] = useState(null);
  const [editing, setEditing] = useState(null);

  useEffect(() => {
    apiAll(`/employers/${employer.id}/contact-persons`)
      .then(setPeople)
      .catch((e) => say('error', problemText(e.problem)));
  }, []);

  const saved = (person) => {
    setPeople((all) =>
      [...all.filter((p) => p.id !== person.id), person].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    );
    setEditing(null);
  };

  async function remove(person) {
    try {
      await api(`/employers/${employer.id}/contact-persons/${person.id}`, { method: 'DELETE' });
      setPeople((all) => all.filter((p) => p.id !== person.id));
      say('ok', `${person.name} is geen contactpersoon meer.`);
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  return html`
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contactpersonen</h2>
      <p>De mensen bij ${employer.name} met wie het werkgeversservicepunt contact heeft. Alleen medewerkers van het werkgeversservicepunt en de werkgever zelf zien ze.</p>
      ${!people && html`<p aria-busy="true">Contactpersonen worden geladen…</p>`}
      ${people && people.length === 0 && html`<p>Nog geen contactpersonen.</p>`}
      ${
        people &&
        people.length > 0 &&
        html`<ul class="contact-persons">
          ${people.map((person) =>
            editing === person.id
              ? html`<li key=${person.id}><${ContactPersonForm} employerId=${employer.id} person=${person} onSaved=${saved} onCancel=${() => setEditing(null)} say=${say} /></li>`
              : html`<li key=${person.id}>
                  <strong>${person.name}</strong>${' '}
                  <span class="meta">${[person.jobTitle, person.email, person.phone, person.userId && 'meldt zich ook aan bij Werkbrug'].filter(Boolean).join(' · ')}</span>${' '}
                  <button type="button" class="link" onClick=${() => setEditing(person.id)}>${person.name} wijzigen</button>
                  <button type="button" class="link" onClick=${() => remove(person)}>${person.name} verwijderen</button>
                </li>`,
          )}
        </ul>`
      }
      <h3>Contactpersoon toevoegen</h3>
      <${ContactPersonForm} employerId=${employer.id} onSaved=${saved} say=${say} />
    </section>`;
}

function AccountTeamSection({ employer, session, say }) {
  const [team, setTeam] = useState(null);
  const [eligible, setEligible] = useState([]);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const manages = ['accountmanager', 'admin'].includes(session.role);

  useEffect(() => {
    apiAll(`/employers/${employer.id}/account-team`)
      .then(setTeam)
      .catch((e) => say('error', problemText(e.problem)));
    // Accountmanagers of every member organisation can be on the team.
    if (manages)
      apiAll('/account-managers')
        .then(setEligible)
        .catch((e) => say('error', problemText(e.problem)));
  }, []);

  async function setMembers(userIds, done) {
    setBusy(true);
    try {
      const next = await api(`/employers/${employer.id}/account-team`, { method: 'PUT', body: { userIds } });
      setTeam(next);
      say('ok', done);
    } catch (e) {
      say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const ids = (team ?? []).map((member) => member.userId);
  const onIt = ids.includes(session.userId);
  return html`
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Accountteam</h2>
      ${!team && html`<p aria-busy="true">Het accountteam wordt geladen…</p>`}
      ${team && team.length === 0 && html`<p>Nog niemand in het accountteam.</p>`}
      ${
        team &&
        team.length > 0 &&
        html`<ul>
          ${team.map(
            (member) => html`<li key=${member.userId}>
              ${member.name} (${member.organisationName}), ${member.email}
              ${
                manages &&
                team.length > 1 &&
                html` <button type="button" class="link" disabled=${busy}
                  onClick=${() =>
                    setMembers(
                      ids.filter((id) => id !== member.userId),
                      `${member.name} is uit het accountteam gehaald.`,
                    )}>
                  ${member.name} uit het accountteam halen
                </button>`
              }
            </li>`,
          )}
        </ul>`
      }
      ${
        manages &&
        team &&
        html`<form class="add-member" onSubmit=${(event) => {
          event.preventDefault();
          const member = eligible.find((m) => m.userId === chosen);
          if (member)
            setMembers([...ids, member.userId], `${member.name} zit nu in het accountteam van ${employer.name}.`).then(
              () => setChosen(''),
            );
        }}>
          <label for="team-add">Accountmanager toevoegen (van elke gemeente of organisatie in de regio)</label><br />
          <select id="team-add" value=${chosen} onChange=${(e) => setChosen(e.currentTarget.value)}>
            <option value="">Kies een accountmanager</option>
            ${eligible
              .filter((m) => !ids.includes(m.userId))
              .map((m) => html`<option value=${m.userId}>${m.name} (${m.organisationName})</option>`)}
          </select>
          <button type="submit" disabled=${busy || !chosen}>Toevoegen aan accountteam</button>
        </form>`
      }
      ${
        session.role === 'accountmanager' &&
        team &&
        !onIt &&
        html`<button type="button" disabled=${busy} onClick=${() => setMembers([...ids, session.userId], `U zit nu in het accountteam van ${employer.name}.`)}>
          Ik neem ${employer.name} in mijn accountteam
        </button>`
      }
    </section>`;
}

/** How a vacancy ended: its close reason, or expiry. */
const VACANCY_ENDS = {
  'filled-here': 'vervuld via het werkgeversservicepunt',
  'filled-elsewhere': 'op een andere manier vervuld',
  withdrawn: 'ingetrokken',
  expired: 'verlopen',
};
const ANSWERED = { invited: 'uitgenodigd', 'not-now': 'nu niet', rejected: 'afgewezen', proposed: 'nog geen antwoord' };
const INTEREST = {
  both: 'interesse van beide kanten',
  'employer-only': 'interesse van de werkgever',
  'candidate-only': 'interesse van de kandidaat',
  none: 'geen interesse',
};
const PLACEMENT_KINDS = {
  'paid-work': 'betaald werk',
  proefplaatsing: 'proefplaatsing',
  'werken-met-behoud': 'werken met behoud van uitkering',
};
const CHANGES = {
  registered: 'Geregistreerd',
  'register-updated': 'Gegevens gewijzigd',
  'contact-person-added': 'Contactpersoon toegevoegd',
  'contact-person-updated': 'Contactpersoon gewijzigd',
  'contact-person-removed': 'Contactpersoon verwijderd',
  'account-team-set': 'Accountteam gewijzigd',
};
const FIELD_NAMES = {
  name: 'naam',
  sector: 'sector',
  postcode: 'postcode',
  address: 'adres',
  contactEmail: 'e-mailadres',
  kvkNumber: 'KvK-nummer',
  establishmentNumber: 'vestigingsnummer',
  jobTitle: 'functie',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  userId: 'gebruiker',
  userIds: 'leden',
};

/** The candidate as this reader may know them: the name for staff of their own organisation, else the reference. */
const candidateOf = (entry) => entry.candidate?.name ?? entry.candidateReference;

function describe(entry) {
  const vacancy = entry.vacancyTitle ? `„${entry.vacancyTitle}”` : '';
  switch (entry.kind) {
    case 'vacancy-created':
      return `Vacature ${vacancy} geplaatst`;
    case 'vacancy-closed':
      return `Vacature ${vacancy} ${VACANCY_ENDS[entry.outcome] ?? 'gesloten'}`;
    case 'candidate-proposed':
      return `Kandidaat ${candidateOf(entry)} voorgesteld voor ${vacancy}`;
    case 'proposal-answered': {
      const reason = entry.reason ? ` (${(REJECTION_REASONS[entry.reason] ?? '').toLowerCase()})` : '';
      return `Antwoord op kandidaat ${candidateOf(entry)} voor ${vacancy}: ${ANSWERED[entry.outcome] ?? ''}${reason}`;
    }
    case 'speeddate-invited':
      return `Uitgenodigd voor speeddate „${entry.title}” op ${asDate(entry.outcome)}`;
    case 'speeddate-conversation':
      return `Gesprek met kandidaat ${candidateOf(entry)} op speeddate „${entry.title}”: ${INTEREST[entry.outcome] ?? ''}`;
    case 'agreement-made':
      return `Akkoord „${entry.title}”`;
    case 'placement':
      return `Kandidaat ${candidateOf(entry)} geplaatst${vacancy ? ` op ${vacancy}` : ''}: ${PLACEMENT_KINDS[entry.outcome] ?? ''}`;
    case 'register-changed': {
      const fields = entry.fields.map((field) => FIELD_NAMES[field] ?? field).join(', ');
      return `${CHANGES[entry.outcome] ?? 'Gewijzigd'}${fields ? ` (${fields})` : ''}`;
    }
    default:
      return '';
  }
}

/** Another region's vacancy (from its feed) is changed there, not here. */
const isFollowed = (vacancy) => vacancy.source?.startsWith('feed:');

/**
 * The employer's vacancies for the accountmanager: each with its shortlist, changed or closed here;
 * and a vacancy entered on the employer's behalf (taken by phone) with the employer's own guided form.
 */
function VacanciesSection({ employer, say, onChanged }) {
  const [data, setData] = useState(null);

  async function load() {
    const [vacancies, overviews] = await Promise.all([
      apiAll(`/vacancies?employerId=${employer.id}`),
      apiAll('/shortlists'),
    ]);
    const ids = new Set(vacancies.map((vacancy) => vacancy.id));
    setData({
      vacancies,
      overviewOf: new Map(overviews.filter((o) => ids.has(o.vacancyId)).map((o) => [o.vacancyId, o])),
    });
  }

  useEffect(() => {
    load().catch((e) => say('error', problemText(e.problem)));
  }, []);

  function changed(_vacancy, text) {
    say('success', text);
    onChanged();
    load().catch((e) => say('error', problemText(e.problem)));
  }
  const failed = (text) => say('error', text);

  const active = data?.vacancies.filter((vacancy) => !hasEnded(vacancy)) ?? [];
  const ended = data?.vacancies.filter(hasEnded) ?? [];
  const card = (vacancy) => html`
    <li class="card" key=${vacancy.id} aria-label=${vacancy.title}>
      <h4>${hasEnded(vacancy) ? vacancy.title : html`<a href=${`#/vacatures/${vacancy.id}/shortlist`}>${vacancy.title}</a>`}</h4>
      <p class="meta">${vacancy.hoursPerWeek} uur · ${vacancy.positions} ${vacancy.positions === 1 ? 'plek' : 'plekken'} · postcode ${vacancy.postcode}</p>
      <p class="state">
        <${VacancyStatus} vacancy=${vacancy} />
        ${vacancy.status === 'open' && html`<${ShortlistState} overview=${data.overviewOf.get(vacancy.id)} />`}
      </p>
      ${
        !hasEnded(vacancy) &&
        !isFollowed(vacancy) &&
        html`<p><a href=${`#/werkgevers/${employer.id}/vacatures/${vacancy.id}`}>Vacature wijzigen<span class="visually-hidden">: ${vacancy.title}</span></a></p>`
      }
      <${VacancyActions} vacancy=${vacancy} onChanged=${changed} onError=${failed} />
    </li>`;

  return html`
    <section class="employer-vacancies" aria-labelledby="vacancies-heading">
      <h2 id="vacancies-heading">Vacatures</h2>
      ${
        !employer.followedFrom &&
        html`<p><a class="button-link primary" href=${`#/werkgevers/${employer.id}/vacatures/nieuw`}>Vacature invoeren voor ${employer.name}</a></p>`
      }
      ${!data && html`<p aria-busy="true">De vacatures worden geladen…</p>`}
      ${data && data.vacancies.length === 0 && html`<p>${employer.name} heeft nog geen vacatures.</p>`}
      ${
        active.length > 0 &&
        html`
        <h3>Lopend (${active.length})</h3>
        <p>Kies een open vacature om haar shortlist te beoordelen.</p>
        <ul class="cards vacancies">${active.map(card)}</ul>`
      }
      ${
        ended.length > 0 &&
        html`
        <h3>Gesloten en verlopen (${ended.length})</h3>
        <ul class="cards vacancies">${ended.map(card)}</ul>`
      }
    </section>`;
}

const PAGE = 20;

function HistorySection({ employer, say }) {
  const [entries, setEntries] = useState(null);
  const [more, setMore] = useState(false);

  async function load(offset) {
    try {
      const page = await api(`/employers/${employer.id}/history?limit=${PAGE + 1}&offset=${offset}`);
      setEntries((all) => [...(offset ? all : []), ...page.slice(0, PAGE)]);
      setMore(page.length > PAGE);
    } catch (e) {
      say('error', problemText(e.problem));
    }
  }

  useEffect(() => {
    load(0);
  }, []);

  return html`
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Geschiedenis</h2>
      ${!entries && html`<p aria-busy="true">De geschiedenis wordt geladen…</p>`}
      ${entries && entries.length === 0 && html`<p>Nog niets gebeurd.</p>`}
      ${
        entries &&
        entries.length > 0 &&
        html`<ol class="history">
          ${entries.map(
            (entry, index) => html`<li key=${`${entry.kind}-${entry.recordId}-${index}`}>
              <time datetime=${entry.at}>${asDate(entry.at)}</time> ${describe(entry)}
            </li>`,
          )}
        </ol>`
      }
      ${more && html`<button type="button" onClick=${() => load(entries.length)}>Oudere gebeurtenissen</button>`}
    </section>`;
}

/** `/werkgevers/{id}` for staff; `/mijn-gegevens` for the employer's own users. */
export function EmployerScreen({ params, session }) {
  const ownUser = session.role === 'employer';
  const id = ownUser ? session.employer?.id : params[0];
  const [employer, setEmployer] = useState(null);
  const [error, setError] = useState('');
  const [notice] = useState(takeNotice);
  const [message, say] = useMessage();
  // A vacancy closed or reopened here is in the history too: it is read again.
  const [vacancyChanges, setVacancyChanges] = useState(0);

  useEffect(() => {
    api(`/employers/${id}`)
      .then(setEmployer)
      .catch((e) => setError(problemText(e.problem)));
  }, [id]);

  return html`
    <${Heading}>${employer ? employer.name : ownUser ? 'Mijn gegevens' : 'Werkgever'}</${Heading}>
    ${notice && !message && html`<${Notice} kind="success">${notice}</${Notice}>`}
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!employer && !error && html`<p aria-busy="true">De werkgever wordt geladen…</p>`}
    ${
      employer &&
      html`
      ${!ownUser && html`<p><a href="#/werkgevers">Terug naar de werkgevers</a></p>`}
      <${RegisterSection} key=${employer.version} employer=${employer} ownUser=${ownUser} onSaved=${setEmployer} say=${say} />
      ${!ownUser && html`<${VacanciesSection} employer=${employer} say=${say} onChanged=${() => setVacancyChanges((n) => n + 1)} />`}
      <${ContactPersonsSection} employer=${employer} say=${say} />
      <${AccountTeamSection} employer=${employer} session=${session} say=${say} />
      <${HistorySection} key=${`history-${employer.version}-${vacancyChanges}`} employer=${employer} say=${say} />`
    }`;
}
