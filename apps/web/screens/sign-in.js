// Sign-in: a button per identity provider (the organisation's own, or the employers'); the provider
// sends the browser back signed in, or to `/?aanmelden=<code>` saying why not.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { html } from '../html.js';
import { problemText } from '../text.js';
import { Notice } from '../ui.js';

/** The reason a sign-in came back without a session, once: the address is cleaned after reading it. */
function refusal() {
  const params = new URLSearchParams(location.search);
  const code = params.get('aanmelden');
  if (!code) return '';
  history.replaceState(null, '', location.pathname + location.hash);
  return problemText({ code, status: 401 });
}

/** `notice`: why the user is here again (their session ended), and what became of their work. */
export function SignInScreen({ notice }) {
  const [providers, setProviders] = useState(null);
  const [error, setError] = useState(refusal);

  useEffect(() => {
    document.querySelector('main h1')?.focus();
    api('/sign-in/providers')
      .then((answer) => setProviders(answer.providers))
      .catch((e) => setError(problemText(e.problem)));
  }, []);

  const staff = (providers ?? []).filter((provider) => provider.kind === 'staff');
  const employers = (providers ?? []).filter((provider) => provider.kind === 'employer');
  return html`
    <main id="inhoud" class="sign-in">
      <h1 tabindex="-1">Aanmelden bij Werkbrug</h1>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${notice && html`<div class="notice" role="alert">${notice}</div>`}
      ${
        providers && providers.length === 0
          ? html`<${Notice}>
              Er is nog geen inlogdienst ingesteld. Vraag de beheerder van Werkbrug hoe u zich aanmeldt.
            </${Notice}>`
          : html`
          ${
            staff.length > 0 &&
            html`<section aria-labelledby="staff-heading">
              <h2 id="staff-heading">Medewerkers</h2>
              <p>Meld u aan via de inlogdienst van uw organisatie.</p>
              <ul class="sign-in-options">
                ${staff.map(
                  (provider) =>
                    html`<li><a class="button-link primary" href=${provider.signInUrl}>Aanmelden via ${provider.organisationName}</a></li>`,
                )}
              </ul>
            </section>`
          }
          ${
            employers.length > 0 &&
            html`<section aria-labelledby="employer-heading">
              <h2 id="employer-heading">Werkgevers</h2>
              <ul class="sign-in-options">
                ${employers.map(
                  (provider) =>
                    html`<li><a class="button-link primary" href=${provider.signInUrl}>Aanmelden als werkgever</a></li>`,
                )}
              </ul>
            </section>`
          }`
      }
    </main>`;
}
