// Employers and their account teams: an accountmanager opens on their own employers (all of them: their
// own first), searches them, registers one, and opens one for its register, vacancies, contact persons,
// team and history (screens/employer.js).
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { html } from '../html.js';
import { problemText, SECTOR_NAMES, USER_STATUSES } from '../text.js';
import { Heading, MessageNotice, navigateWithNotice, Notice, useMessage } from '../ui.js';
import { RegisterEmployerForm } from './employer.js';

/** The employer's users, who sign in for it: its account team and administrators invite them. */
function EmployerUsers({ employer, say }) {
  const [people, setPeople] = useState(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field) => `user-${employer.id}-${field}`;

  useEffect(() => {
    apiAll(`/employers/${employer.id}/users`)
      .then(setPeople)
      .catch((e) => say('error', problemText(e.problem)));
  }, []);

  async function invite(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const person = await api(`/employers/${employer.id}/users`, { method: 'POST', body: { name, email } });
      setPeople((all) => [...(all ?? []), person]);
      setName('');
      setEmail('');
      say('ok', `${person.name} is uitgenodigd als gebruiker van ${employer.name}.`);
    } catch (e) {
      say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <div>
      ${!people && html`<p aria-busy="true">Gebruikers worden geladen…</p>`}
      ${people && people.length === 0 && html`<p>Nog geen gebruikers.</p>`}
      ${
        people &&
        people.length > 0 &&
        html`<ul>${people.map((person) => html`<li key=${person.id}>${person.name}, ${person.email} (${USER_STATUSES[person.status]})</li>`)}</ul>`
      }
      <form onSubmit=${invite}>
        <p>
          <label for=${id('name')}>Naam gebruiker</label><br />
          <input id=${id('name')} autocomplete="off" required value=${name} onInput=${(e) => setName(e.currentTarget.value)} />
        </p>
        <p>
          <label for=${id('email')}>E-mailadres gebruiker</label><br />
          <input id=${id('email')} type="email" autocomplete="off" required value=${email} onInput=${(e) => setEmail(e.currentTarget.value)} />
        </p>
        <button type="submit" disabled=${busy}>Gebruiker uitnodigen</button>
      </form>
    </div>`;
}

function EmployerCard({ employer, team, me, canJoin, admin, onTeam, say }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const onIt = team.some((member) => member.userId === me);

  async function join() {
    setBusy(true);
    try {
      const next = await api(`/employers/${employer.id}/account-team`, {
        method: 'PUT',
        body: { userIds: [...team.map((member) => member.userId), me] },
      });
      onTeam(employer.id, next);
      say('ok', `U zit nu in het accountteam van ${employer.name}.`);
    } catch (e) {
      say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <li class="card employer">
      <h2><a href=${`#/werkgevers/${employer.id}`}>${employer.name}</a></h2>
      <p class="meta">${SECTOR_NAMES[employer.sector] ?? employer.sector} · ${employer.postcode}${employer.kvkNumber ? ` · KvK ${employer.kvkNumber}${employer.illustrative ? ' (verzonnen, demo)' : ''}` : ' · nog geen KvK-nummer'}${employer.followedFrom ? ` · regio ${employer.followedFrom}` : ''}</p>
      <p>
        <strong>Accountteam:</strong>
        ${team.length ? team.map((member) => `${member.name} (${member.organisationName})`).join(', ') : ' nog niemand'}
      </p>
      ${
        canJoin &&
        !onIt &&
        html`<button type="button" disabled=${busy} onClick=${join}>Ik neem ${employer.name} in mijn accountteam</button>`
      }
      ${
        (admin || onIt) &&
        html`
        <details onToggle=${(e) => setOpen(e.currentTarget.open)}>
          <summary>Gebruikers van ${employer.name} (melden zich aan bij Werkbrug)</summary>
          ${open && html`<${EmployerUsers} employer=${employer} say=${say} />`}
        </details>`
      }
    </li>`;
}

export function EmployersScreen({ session }) {
  const accountmanager = session.role === 'accountmanager';
  const [mine, setMine] = useState(accountmanager);
  const [employers, setEmployers] = useState(null);
  const [teams, setTeams] = useState(new Map());
  const [me, setMe] = useState(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');
  const [message, say] = useMessage();

  useEffect(() => {
    setEmployers(null);
    Promise.all([apiAll(mine ? '/employers?team=mine' : '/employers'), api('/users/me')])
      .then(async ([list, profile]) => {
        const entries = await Promise.all(
          list.map(async (employer) => [employer.id, await apiAll(`/employers/${employer.id}/account-team`)]),
        );
        setMe(profile.id);
        setTeams(new Map(entries));
        setEmployers(list);
      })
      .catch((e) => setError(problemText(e.problem)));
  }, [mine]);

  const onTeam = (id, team) => setTeams((all) => new Map(all).set(id, team));
  const ownFirst = (list) => {
    const own = (employer) => (teams.get(employer.id) ?? []).some((member) => member.userId === me);
    return [...list.filter(own), ...list.filter((employer) => !own(employer))];
  };
  // Searched in what the list holds: a name, a KvK number (spaces as typed) or a postcode.
  const wanted = search.trim().toLowerCase();
  const digits = wanted.replace(/\s/g, '');
  const shown =
    employers &&
    ownFirst(employers).filter(
      (employer) =>
        !wanted ||
        employer.name.toLowerCase().includes(wanted) ||
        (/^\d+$/.test(digits) && `${employer.kvkNumber ?? ''}|${employer.postcode}`.includes(digits)),
    );

  return html`
    <${Heading}>${mine ? 'Mijn werkgevers' : 'Alle werkgevers'}</${Heading}>
    <${MessageNotice} message=${message} />
    <p>
      <label class="choice">
        <input type="checkbox" checked=${mine} onChange=${(e) => setMine(e.currentTarget.checked)} />
        Alleen werkgevers in mijn accountteam
      </label>
    </p>
    <${RegisterEmployerForm} say=${say}
      onRegistered=${(employer) => navigateWithNotice(`/werkgevers/${employer.id}`, `${employer.name} is geregistreerd.`)} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!employers && !error && html`<p aria-busy="true">Werkgevers worden geladen…</p>`}
    ${employers && employers.length === 0 && html`<p>${mine ? 'U zit nog in geen enkel accountteam.' : 'Er zijn nog geen werkgevers.'}</p>`}
    ${
      employers &&
      employers.length > 0 &&
      html`<p>
        <label for="employer-search">Zoeken op naam, KvK-nummer of postcode</label><br />
        <input id="employer-search" type="search" autocomplete="off" value=${search} aria-describedby="employer-search-count"
          onInput=${(e) => setSearch(e.currentTarget.value)} />
        <span id="employer-search-count" class="meta" role="status">
          ${' '}${shown.length} van ${employers.length} ${employers.length === 1 ? 'werkgever' : 'werkgevers'}${!mine && accountmanager ? ', die van uw accountteam eerst' : ''}
        </span>
      </p>`
    }
    ${employers && employers.length > 0 && shown.length === 0 && html`<p>Geen werkgever gevonden met ‘${search.trim()}’.</p>`}
    ${
      shown &&
      shown.length > 0 &&
      html`<ul class="cards employers">
        ${shown.map(
          (employer) =>
            html`<${EmployerCard} key=${employer.id} employer=${employer} team=${teams.get(employer.id) ?? []} me=${me} canJoin=${accountmanager} admin=${session.role === 'admin'} onTeam=${onTeam} say=${say} />`,
        )}
      </ul>`
    }`;
}
