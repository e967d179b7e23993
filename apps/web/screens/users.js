// The administrator's "Gebruikers": their organisation's people, invited by e-mail, with roles and access.
import { useEffect, useState } from 'preact/hooks';
import { api, apiAll } from '../api.js';
import { FieldError, invalidAttributes, useFieldErrors } from '../form-errors.js';
import { html } from '../html.js';
import { fieldProblemText, problemText, ROLE_NAMES, USER_STATUSES } from '../text.js';
import { Heading, MessageNotice, Notice, useMessage } from '../ui.js';
import { BeheerNav } from './beheer.js';

const STAFF_ROLES = ['klantmanager', 'accountmanager', 'jobhunter', 'admin'];
const OWN_WORDING = { roles: { 'field.too-few-items': 'Kies minstens één rol.' } };

/** Checkboxes for a user's roles; `idPrefix` keeps the ids of several groups on one page apart. */
function RoleChoices({ legend, idPrefix, roles, onChange, errors }) {
  const toggle = (role, on) => onChange(on ? [...roles, role] : roles.filter((r) => r !== role));
  return html`
    <fieldset id=${`${idPrefix}-roles`} tabindex="-1" ...${invalidAttributes(errors ?? new Map(), `${idPrefix}-roles`)}>
      <legend>${legend}</legend>
      ${STAFF_ROLES.map(
        (role) => html`
        <label class="choice">
          <input type="checkbox" checked=${roles.includes(role)} onChange=${(e) => toggle(role, e.currentTarget.checked)} />
          ${ROLE_NAMES[role]}
        </label>`,
      )}
      ${errors && html`<${FieldError} errors=${errors} id=${`${idPrefix}-roles`} />`}
    </fieldset>`;
}

function InviteForm({ onInvited, say }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState([]);
  const [busy, setBusy] = useState(false);
  const fields = { name: 'invite-name', email: 'invite-email', roles: 'invite-roles' };
  const { errors, show, clear } = useFieldErrors((field) => fields[field.replace(/\[\d+\]$/, '')]);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const user = await api('/users', { method: 'POST', body: { name, email, roles } });
      setName('');
      setEmail('');
      setRoles([]);
      show(null);
      onInvited(user);
      say('ok', `${user.name} is uitgenodigd. De uitnodiging gaat per e-mail naar ${user.email}.`);
    } catch (e) {
      if (!show(e.problem)) say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Collega uitnodigen</h2>
      <form class="invite-form" onSubmit=${submit} noValidate>
        <p>
          <label for="invite-name">Naam</label><br />
          <input id="invite-name" autocomplete="off" value=${name} onInput=${(e) => (setName(e.currentTarget.value), clear('invite-name'))} ...${invalidAttributes(errors, 'invite-name')} />
          <${FieldError} errors=${errors} id="invite-name" />
        </p>
        <p>
          <label for="invite-email">E-mailadres</label><br />
          <input id="invite-email" type="email" autocomplete="off" value=${email} onInput=${(e) => (setEmail(e.currentTarget.value), clear('invite-email'))} ...${invalidAttributes(errors, 'invite-email')} />
          <${FieldError} errors=${errors} id="invite-email" />
        </p>
        <${RoleChoices} legend="Rollen" idPrefix="invite" roles=${roles} errors=${errors} onChange=${(next) => (setRoles(next), clear('invite-roles'))} />
        <button type="submit" disabled=${busy}>Uitnodigen</button>
      </form>
    </section>`;
}

function UserCard({ user, onChanged, say, error, onError }) {
  const [roles, setRoles] = useState(user.roles);
  const [busy, setBusy] = useState(false);

  async function change(path, body, done) {
    setBusy(true);
    try {
      const changed = await api(`/users/${user.id}/${path}`, {
        method: 'PUT',
        body: { ...body, version: user.version },
      });
      onError('');
      onChanged(changed);
      say('ok', done(changed));
    } catch (e) {
      // Said in the card too, beside the buttons: in a long list the top of the page is out of sight.
      const fields = e.problem?.invalidParams ?? [];
      onError(
        fields.length ? fields.map((param) => fieldProblemText(param, OWN_WORDING)).join(' ') : problemText(e.problem),
      );
      // A stale version: show the user as it is now, so the administrator can decide again.
      if (e.problem?.current) onChanged(e.problem.current);
      say('error', problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  const deactivated = user.status === 'deactivated';
  return html`
    <li class="card user">
      <h3>${user.name}</h3>
      <p class="meta">${user.email} · <span class="tag">${USER_STATUSES[user.status]}</span></p>
      <p>${user.roles.map((role) => ROLE_NAMES[role]).join(', ')}</p>
      ${
        !deactivated &&
        html`
        <${RoleChoices} legend=${`Rollen van ${user.name}`} idPrefix=${`user-${user.id}`} roles=${roles} onChange=${setRoles} />
        <button type="button" disabled=${busy} onClick=${() => change('roles', { roles }, (u) => `De rollen van ${u.name} zijn opgeslagen.`)}>
          Rollen opslaan
        </button>`
      }
      <button type="button" disabled=${busy} onClick=${() =>
        change('access', { access: deactivated ? 'active' : 'deactivated' }, (u) =>
          u.status === 'deactivated'
            ? `${u.name} is gedeactiveerd en kan niet meer bij Werkbrug.`
            : `${u.name} is weer actief.`,
        )}>
        ${deactivated ? `${user.name} weer activeren` : `${user.name} deactiveren`}
      </button>
      ${error && html`<p class="field-error">${error}</p>`}
    </li>`;
}

export function UsersScreen() {
  const [users, setUsers] = useState(null);
  const [error, setError] = useState('');
  const [message, say] = useMessage();
  // A refused change per user, kept here: the card is drawn anew when its user changes.
  const [cardErrors, setCardErrors] = useState({});

  useEffect(() => {
    apiAll('/users')
      .then(setUsers)
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  const replace = (changed) => setUsers((all) => all.map((user) => (user.id === changed.id ? changed : user)));

  return html`
    <${Heading}>Gebruikers</${Heading}>
    <${BeheerNav} current="/gebruikers" />
    <${MessageNotice} message=${message} />
    ${error && html`<${Notice} kind="error">${error}</${Notice}>`}
    ${!users && !error && html`<p aria-busy="true">Gebruikers worden geladen…</p>`}
    ${
      users &&
      html`
      <${InviteForm} say=${say} onInvited=${(user) => setUsers((all) => [...all, user].sort((a, b) => a.name.localeCompare(b.name, 'nl')))} />
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Gebruikers van uw organisatie (${users.length})</h2>
        <ul class="cards users">
          ${users.map(
            (user) => html`<${UserCard} key=${`${user.id}-${user.version}`} user=${user} onChanged=${replace} say=${say}
            error=${cardErrors[user.id] ?? ''} onError=${(text) => setCardErrors((all) => ({ ...all, [user.id]: text }))} />`,
          )}
        </ul>
      </section>`
    }`;
}
