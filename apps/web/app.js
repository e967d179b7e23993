// Werkbrug's web app: a hash router, the signed-in layout, and one module per screen.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSession, signOut as endSession, switchRole } from './api.js';
import { discardAllDrafts, keepDrafts, sessionEndedText, takeReturnPath } from './drafts.js';
import { html } from './html.js';
import { AgreementScreen, AgreementsScreen } from './screens/agreements.js';
import { AuditScreen } from './screens/audit.js';
import { BeheerScreen } from './screens/beheer.js';
import { OutgoingMailScreen } from './screens/outgoing-mail.js';
import { KansrijkheidScreen } from './screens/kansrijkheid.js';
import { NotificationPreferencesScreen, NotificationsLink, NotificationsScreen } from './screens/notifications.js';
import { QueuesScreen } from './screens/queues.js';
import { EmployerProposalsScreen } from './screens/employer-proposals.js';
import { EmployerVacanciesScreen, OnBehalfVacancyFormScreen, VacancyFormScreen } from './screens/employer-vacancies.js';
import { CandidateImportsScreen } from './screens/candidate-imports.js';
import { CandidateProfileScreen } from './screens/candidate-profile.js';
import { CaseloadScreen } from './screens/caseload.js';
import { EmployerScreen } from './screens/employer.js';
import { EmployersScreen } from './screens/employers.js';
import { HomeScreen } from './screens/home.js';
import { CandidatePickerScreen, JobSearchScreen } from './screens/job-search.js';
import { ReportsScreen } from './screens/reports.js';
import { ShortlistScreen } from './screens/shortlist.js';
import { SignInScreen } from './screens/sign-in.js';
import { NewSpeeddateScreen, SpeeddateScreen, SpeeddatesScreen } from './screens/speeddates.js';
import { EmployerSpeeddatesScreen } from './screens/employer-speeddates.js';
import { UsersScreen } from './screens/users.js';
import { PartnersScreen } from './screens/partners.js';
import { PlacementsScreen } from './screens/placements.js';
import { VacanciesScreen } from './screens/vacancies.js';
import { VacancyImportsScreen } from './screens/vacancy-imports.js';
import { WorklistScreen } from './screens/worklist.js';
import { ROLE_NAMES } from './text.js';
import { navigate } from './ui.js';

const EVERY_ROLE = ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin'];

const ROUTES = [
  {
    pattern: /^\/werkvoorraad$/,
    screen: WorklistScreen,
    roles: ['accountmanager', 'jobhunter', 'klantmanager', 'admin'],
  },
  { pattern: /^\/meldingen$/, screen: NotificationsScreen, roles: EVERY_ROLE },
  { pattern: /^\/meldingen\/voorkeuren$/, screen: NotificationPreferencesScreen, roles: EVERY_ROLE },
  { pattern: /^\/kandidaten$/, screen: CaseloadScreen, roles: ['klantmanager', 'admin'] },
  { pattern: /^\/kandidaten\/import$/, screen: CandidateImportsScreen, roles: ['klantmanager', 'admin'] },
  { pattern: /^\/kandidaten\/([0-9a-f-]{36})$/, screen: CandidateProfileScreen, roles: ['klantmanager', 'admin'] },
  { pattern: /^\/vacatures$/, screen: VacanciesScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/vacatures\/import$/, screen: VacancyImportsScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/vacatures\/([0-9a-f-]{36})\/shortlist$/, screen: ShortlistScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/akkoorden$/, screen: AgreementsScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/akkoorden\/([0-9a-f-]{36})$/, screen: AgreementScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/plaatsingen$/, screen: PlacementsScreen, roles: ['accountmanager', 'jobhunter', 'admin'] },
  { pattern: /^\/werkgevers$/, screen: EmployersScreen, roles: ['accountmanager', 'admin'] },
  { pattern: /^\/werkgevers\/([0-9a-f-]{36})$/, screen: EmployerScreen, roles: ['accountmanager', 'admin'] },
  {
    pattern: /^\/werkgevers\/([0-9a-f-]{36})\/vacatures\/(?:nieuw|([0-9a-f-]{36}))$/,
    screen: OnBehalfVacancyFormScreen,
    roles: ['accountmanager', 'admin'],
  },
  { pattern: /^\/mijn-gegevens$/, screen: EmployerScreen, roles: ['employer'] },
  { pattern: /^\/gebruikers$/, screen: UsersScreen, roles: ['admin'] },
  { pattern: /^\/partners$/, screen: PartnersScreen, roles: ['admin'] },
  { pattern: /^\/beheer$/, screen: BeheerScreen, roles: ['admin'] },
  { pattern: /^\/beheer\/kansrijkheid$/, screen: KansrijkheidScreen, roles: ['admin'] },
  { pattern: /^\/beheer\/audit$/, screen: AuditScreen, roles: ['admin'] },
  { pattern: /^\/beheer\/wachtrijen$/, screen: QueuesScreen, roles: ['admin'] },
  { pattern: /^\/beheer\/e-mail$/, screen: OutgoingMailScreen, roles: ['admin'] },
  { pattern: /^\/speeddates$/, screen: SpeeddatesScreen, roles: ['jobhunter', 'accountmanager', 'admin'] },
  { pattern: /^\/speeddates\/nieuw$/, screen: NewSpeeddateScreen, roles: ['jobhunter', 'accountmanager', 'admin'] },
  { pattern: /^\/mijn-speeddates$/, screen: EmployerSpeeddatesScreen, roles: ['employer'] },
  {
    pattern: /^\/speeddates\/([0-9a-f-]{36})$/,
    screen: SpeeddateScreen,
    roles: ['jobhunter', 'accountmanager', 'admin'],
  },
  { pattern: /^\/werk-zoeken$/, screen: CandidatePickerScreen, roles: ['jobhunter', 'accountmanager', 'admin'] },
  {
    pattern: /^\/werk-zoeken\/([0-9a-f-]{36})$/,
    screen: JobSearchScreen,
    roles: ['jobhunter', 'accountmanager', 'admin'],
  },
  {
    pattern: /^\/rapportages$/,
    screen: ReportsScreen,
    roles: ['accountmanager', 'jobhunter', 'klantmanager', 'admin'],
  },
  { pattern: /^\/mijn-vacatures$/, screen: EmployerVacanciesScreen, roles: ['employer'] },
  { pattern: /^\/mijn-vacatures\/nieuw$/, screen: VacancyFormScreen, roles: ['employer'] },
  { pattern: /^\/mijn-vacatures\/([0-9a-f-]{36})$/, screen: VacancyFormScreen, roles: ['employer'] },
  { pattern: /^\/voorstellen$/, screen: EmployerProposalsScreen, roles: ['employer'] },
];

const NAVIGATION = {
  employer: [
    ['/mijn-vacatures', 'Mijn vacatures'],
    ['/voorstellen', 'Mijn kandidaten'],
    ['/mijn-speeddates', 'Speeddates'],
    ['/mijn-gegevens', 'Mijn gegevens'],
  ],
  jobhunter: [
    ['/speeddates', 'Speeddates'],
    ['/werk-zoeken', 'Werk zoeken'],
    ['/rapportages', 'Rapportages'],
    ['/werkvoorraad', 'Werkvoorraad'],
  ],
  accountmanager: [
    ['/vacatures', 'Vacatures'],
    ['/vacatures/import', 'Vacature-import'],
    ['/werkgevers', 'Werkgevers'],
    ['/akkoorden', 'Akkoorden'],
    ['/plaatsingen', 'Plaatsingen'],
    ['/rapportages', 'Rapportages'],
    ['/werkvoorraad', 'Werkvoorraad'],
  ],
  klantmanager: [
    ['/kandidaten', 'Kandidaten'],
    ['/kandidaten/import', 'Kandidaten importeren'],
    ['/rapportages', 'Rapportages'],
    ['/werkvoorraad', 'Werkvoorraad'],
  ],
  admin: [
    ['/vacatures', 'Vacatures'],
    ['/vacatures/import', 'Vacature-import'],
    ['/kandidaten', 'Kandidaten'],
    ['/kandidaten/import', 'Kandidaten importeren'],
    ['/werkgevers', 'Werkgevers'],
    ['/akkoorden', 'Akkoorden'],
    ['/plaatsingen', 'Plaatsingen'],
    ['/speeddates', 'Speeddates'],
    ['/rapportages', 'Rapportages'],
    ['/gebruikers', 'Gebruikers'],
    ['/partners', 'Partners'],
    ['/beheer', 'Beheer'],
    ['/werkvoorraad', 'Werkvoorraad'],
  ],
};

const currentPath = () => location.hash.replace(/^#/, '') || '/';

function App() {
  const [path, setPath] = useState(currentPath());
  // undefined while asking the API who is signed in (the cookie is shared by every tab), null when nobody.
  const [session, setSession] = useState(undefined);
  const [sessionError, setSessionError] = useState('');
  const [sessionEnded, setSessionEnded] = useState('');

  useEffect(() => {
    loadSession()
      .then((loaded) => {
        setSession(loaded);
        // Arriving without an address in the app (back from the identity provider): the form whose
        // session ended, else the role's first screen.
        const back = loaded && takeReturnPath(loaded.userId);
        if (loaded && !location.hash) navigate(back ?? (NAVIGATION[loaded.role] ?? [['/']])[0][0]);
      })
      .catch(() => {
        setSession(null);
        setSessionError('Werkbrug is even niet bereikbaar. Laad de pagina over een paar seconden opnieuw.');
      });
    const onHash = () => setPath(currentPath());
    // The session ended under a form: its draft is kept (before the form goes), and the user told so.
    const onSignedOut = () => {
      const kept = keepDrafts() > 0;
      setSessionEnded((before) => (kept || !before ? sessionEndedText(kept) : before));
      setSession(null);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('werkbrug:signed-out', onSignedOut);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('werkbrug:signed-out', onSignedOut);
    };
  }, []);

  // A new screen: its heading gets the focus, so keyboard and screen reader users start there.
  useEffect(() => {
    document.querySelector('main h1')?.focus();
  }, [path, session]);

  if (session === undefined) return html`<main id="inhoud"><p>Laden…</p></main>`;
  if (!session) {
    return html`${sessionError && html`<p class="error" role="alert">${sessionError}</p>`}<${SignInScreen} notice=${sessionEnded} />`;
  }
  const route = ROUTES.find((candidate) => candidate.pattern.test(path) && candidate.roles.includes(session.role));
  const params = route ? path.match(route.pattern).slice(1) : [];
  const Screen = route?.screen ?? HomeScreen;
  const links = NAVIGATION[session.role] ?? [];
  // The link for this screen: the longest that leads here (on /kandidaten/import not /kandidaten too).
  const current = links
    .map(([href]) => href)
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  const signOut = async () => {
    discardAllDrafts();
    const atProvider = await endSession().catch(() => null);
    // On a shared computer the next person must not be signed in by the provider's session.
    if (atProvider) return window.location.assign(atProvider);
    setSession(null);
    navigate('/');
  };
  const changeRole = async (role) => {
    const changed = await switchRole(role).catch(() => null);
    if (!changed) return;
    setSession(changed);
    navigate((NAVIGATION[changed.role] ?? [['/']])[0][0]);
  };

  return html`
    <a class="skip-link" href="#inhoud" onClick=${(event) => {
      event.preventDefault();
      document.querySelector('main h1')?.focus();
    }}>Naar de inhoud</a>
    <header class="top">
      <a class="brand" href="#/">Werkbrug</a>
      <nav aria-label="Hoofdmenu">
        <ul>
          ${links.map(
            ([href, label]) => html`
            <li><a href=${`#${href}`} aria-current=${href === current ? 'page' : undefined}>${label}</a></li>`,
          )}
        </ul>
      </nav>
      <div class="who">
        <${NotificationsLink} path=${path} />
        <span>${session.name} · ${session.employerName ?? session.organisation?.name ?? ''}</span>
        ${
          session.roles.length > 1
            ? html`<label>
                <span class="visually-hidden">Rol</span>
                <select value=${session.role} onChange=${(event) => changeRole(event.currentTarget.value)}>
                  ${session.roles.map((role) => html`<option value=${role}>${ROLE_NAMES[role]}</option>`)}
                </select>
              </label>`
            : html`<span>${ROLE_NAMES[session.role]}</span>`
        }
        <button type="button" class="link" onClick=${signOut}>Afmelden</button>
      </div>
    </header>
    <main id="inhoud">
      <${Screen} key=${path} params=${params} session=${session} links=${links} />
    </main>`;
}

const root = document.getElementById('app');
root.textContent = ''; // the loading text; render() adds to what is there
render(html`<${App} />`, root);
