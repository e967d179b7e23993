// Development sign-in: pick a role (and an employer) and get a token, where the API has it switched on (DEV_SIGN_IN).
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, saveSession } from '../api.js';
import { html } from '../html.js';
import { problemText, ROLE_NAMES } from '../text.js';
import { Notice } from '../ui.js';

export function SignInScreen({ onSignedIn }) {
  const [role, setRole] = useState('accountmanager');
  const [employers, setEmployers] = useState(null);
  const [employerId, setEmployerId] = useState('');
  const [error, setError] = useState('');
  const [unavailable, setUnavailable] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.querySelector('main h1')?.focus();
    api('/dev/sign-in/employers')
      .then(setEmployers)
      .catch((e) =>
        e instanceof ApiError && e.status === 404 ? setUnavailable(true) : setError(problemText(e.problem)),
      );
  }, []);

  async function submit(event) {
    event.preventDefault();
    if (role === 'employer' && !employerId) return setError('Kies de werkgever waarvoor u zich aanmeldt.');
    setBusy(true);
    setError('');
    try {
      const session = await api('/dev/sign-in', {
        method: 'POST',
        body: role === 'employer' ? { role, employerId } : { role },
      });
      saveSession(session);
      onSignedIn(session);
    } catch (e) {
      setError(problemText(e.problem));
    } finally {
      setBusy(false);
    }
  }

  return html`
    <main id="inhoud" class="sign-in">
      <h1 tabindex="-1">Aanmelden bij Werkbrug</h1>
      ${
        unavailable
          ? html`<${Notice}>
              Aanmelden op deze pagina staat uit: die aanmelding is alleen voor ontwikkeling en demonstraties.
              Vraag de beheerder van Werkbrug hoe u zich aanmeldt.
            </${Notice}>`
          : html`
          <p>Dit is de aanmelding voor ontwikkeling en demonstratie: kies met welke rol u Werkbrug wilt gebruiken.</p>
          <form onSubmit=${submit} novalidate>
            <fieldset>
              <legend>Rol</legend>
              ${Object.entries(ROLE_NAMES).map(
                ([value, label]) => html`
                <label class="choice">
                  <input type="radio" name="role" value=${value} checked=${role === value} onChange=${() => setRole(value)} />
                  ${label}
                </label>`,
              )}
            </fieldset>
            ${
              role === 'employer' &&
              html`
              <label for="employer">Werkgever</label>
              <select id="employer" value=${employerId} onChange=${(e) => setEmployerId(e.currentTarget.value)} aria-describedby=${error ? 'sign-in-error' : undefined}>
                <option value="">Kies een werkgever</option>
                ${(employers ?? []).map((employer) => html`<option value=${employer.id}>${employer.name}</option>`)}
              </select>`
            }
            ${error && html`<p id="sign-in-error" class="error" role="alert">${error}</p>`}
            <button type="submit" class="primary" disabled=${busy}>Aanmelden</button>
          </form>`
      }
    </main>`;
}
