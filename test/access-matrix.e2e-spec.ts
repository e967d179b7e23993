import { randomUUID } from 'node:crypto';
import { dutchDay, type Role } from '@werkbrug/common';
import { addMonths } from '@werkbrug/common';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * Every endpoint × every role × own versus someone else's resource. Each handler declares its roles
 * with @Roles, which the OpenAPI document shows as `x-roles`; the table below repeats them, so a new
 * endpoint, or a changed rule, fails here until someone has looked at it. Employers own theirs, and
 * another employer's resource answers exactly as one that does not exist: 404, never 403.
 * Candidates are their organisation's: every endpoint marked `x-candidate-scoped` in the document
 * (@CandidateScoped) answers staff of another municipality exactly as for a candidate that does not
 * exist, and a klantmanager outside their own caseload must state a purpose. The regional lists
 * (shortlists, proposals, speeddates) show another organisation's candidate by reference only.
 */
type Access = readonly Role[] | 'public';

interface Row {
  roles: Access;
  /** The path's ids are employer A's: B gets the answer a non-existent resource gets. */
  employerScoped?: boolean;
  /** Only the employer's account team (or an administrator) may: accountmanagers of other teams get 403. */
  accountTeamOnly?: boolean;
  /** Only an administrator of the werkgeversservicepunt may: administrators of a municipality get 403. */
  wspAdministratorOnly?: boolean;
  /** A body, or one made from the seeded ids when sent. */
  body?: object | ((ids: Record<string, string>) => object);
  query?: string;
}

const STAFF = ['accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const;
const today = dutchDay(new Date());
const period = `from=${addMonths(today, -12)}&to=${today}`;

const MATRIX: Record<string, Row> = {
  'GET /api/v1/audit': { roles: ['admin'] },
  'GET /api/v1/audit/flags': { roles: ['admin'] },
  'GET /api/v1/mail/outgoing': { roles: ['admin'] },
  'GET /api/v1/candidates/{id}/access-report': { roles: ['klantmanager', 'admin'] },
  'POST /api/v1/employers': { roles: ['accountmanager', 'admin'] },
  'GET /api/v1/employers': { roles: STAFF },
  'GET /api/v1/employers/{id}': { roles: ['employer', ...STAFF], employerScoped: true },
  'GET /api/v1/employers/{id}/account-team': { roles: ['employer', ...STAFF], employerScoped: true },
  'PUT /api/v1/employers/{id}/account-team': { roles: ['accountmanager', 'admin'] },
  'GET /api/v1/account-managers': { roles: ['accountmanager', 'admin'] },
  // A stale version: the owner gets 409 and nothing changes; another employer must still get 404.
  'PUT /api/v1/employers/{id}': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { name: 'Werkgever Alfa', sector: 'N', postcode: '1316', version: 99 },
  },
  'GET /api/v1/employers/{id}/history': { roles: ['employer', ...STAFF], employerScoped: true },
  'GET /api/v1/employers/{id}/contact-persons': { roles: ['employer', ...STAFF], employerScoped: true },
  'POST /api/v1/employers/{id}/contact-persons': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { name: 'Piet Alfa', jobTitle: 'Planner' },
  },
  'PUT /api/v1/employers/{id}/contact-persons/{contactPersonId}': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { name: 'Petra Alfa', version: 99 },
  },
  // Last of the contact persons' rows: employer A removes it, after which the others find nothing (404).
  'DELETE /api/v1/employers/{id}/contact-persons/{contactPersonId}': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
  },
  // The accountmanager is on employer A's account team; another accountmanager would get 403.
  'GET /api/v1/employers/{employerId}/users': { roles: ['accountmanager', 'admin'], accountTeamOnly: true },
  'POST /api/v1/employers/{employerId}/users': { roles: ['accountmanager', 'admin'], accountTeamOnly: true },
  'GET /api/v1/organisations': { roles: STAFF },
  // Only an administrator of the werkgeversservicepunt adds a member (others get 403 once the body is valid).
  'POST /api/v1/organisations': { roles: ['admin'] },
  'GET /api/v1/users/me': { roles: ['employer', ...STAFF] },
  'GET /api/v1/users': { roles: ['admin'] },
  'POST /api/v1/users': { roles: ['admin'] },
  // Staff users for their organisation's administrator; an employer's contact persons for its account team too.
  'GET /api/v1/users/{id}': { roles: ['accountmanager', 'admin'] },
  'PUT /api/v1/users/{id}/roles': { roles: ['admin'] },
  'PUT /api/v1/users/{id}/access': { roles: ['accountmanager', 'admin'] },
  'POST /api/v1/candidates': { roles: ['klantmanager', 'admin'] },
  'GET /api/v1/candidates': { roles: ['klantmanager', 'jobhunter', 'admin'] },
  // Assigned to whom holds them already: the klantmanager's caseload stays as the rows below need it.
  'PUT /api/v1/candidates/{id}/klantmanager': {
    roles: ['klantmanager', 'admin'],
    body: (ids) => ({ klantmanagerId: ids.klantmanagerUser }),
  },
  'PUT /api/v1/candidates/{id}/jobhunter': {
    roles: ['klantmanager', 'admin'],
    body: (ids) => ({ jobhunterId: ids.jobhunterUser }),
  },
  'GET /api/v1/caseloads': { roles: ['klantmanager', 'admin'] },
  'GET /api/v1/candidates/incomplete': { roles: ['klantmanager', 'admin'] },
  'GET /api/v1/candidates/{id}': { roles: ['klantmanager', 'admin'] },
  'PUT /api/v1/candidates/{id}': { roles: ['klantmanager', 'admin'] },
  'PUT /api/v1/candidates/{id}/availability': { roles: ['klantmanager', 'admin'] },
  'POST /api/v1/candidates/{id}/consents': { roles: ['klantmanager', 'admin'] },
  'GET /api/v1/candidates/{id}/consents': { roles: ['klantmanager', 'admin'] },
  'POST /api/v1/candidates/{id}/consents/{consentId}/withdraw': { roles: ['klantmanager', 'admin'] },
  'POST /api/v1/vacancies': { roles: ['employer', 'accountmanager', 'admin'] },
  'GET /api/v1/vacancies': { roles: ['employer', ...STAFF] },
  'GET /api/v1/vacancies/{id}': { roles: ['employer', ...STAFF], employerScoped: true },
  // A stale version: the owner gets 409 and nothing changes; another employer must still get 404.
  'PUT /api/v1/vacancies/{id}': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { ...vacancyBody(), version: 99 },
  },
  // Partners with a key scoped vacancy-feed:read too (published vacancies only: A's, filled below, is not found).
  'GET /api/v1/vacancies/{id}/job-posting': { roles: ['employer', ...STAFF, 'partner'], employerScoped: true },
  'GET /api/v1/vacancy-feed': { roles: [...STAFF, 'partner'] },
  'GET /api/v1/followed-feeds': { roles: ['accountmanager', 'admin'] },
  // Stale versions and a vacancy that has not ended: the owner gets 409 and nothing changes; another employer 404.
  'PUT /api/v1/vacancies/{id}/status': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { status: 'on-hold', version: 99 },
  },
  'POST /api/v1/vacancies/{id}/closure': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { reason: 'withdrawn', version: 99 },
  },
  'POST /api/v1/vacancies/{id}/reopening': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: {},
  },
  // Partners with a key scoped vacancies:write too; a dry run, so the matrix writes nothing.
  'POST /api/v1/vacancy-imports': {
    roles: ['accountmanager', 'admin', 'partner'],
    query: 'dryRun=true',
    body: [{ externalReference: 'M-2' }],
  },
  'GET /api/v1/vacancy-imports/template': { roles: ['accountmanager', 'admin'] },
  // A dry run: queued and counted, nothing written.
  'POST /api/v1/candidate-imports': {
    roles: ['klantmanager', 'admin'],
    query: 'dryRun=true',
    body: [{ clientNumber: 'M-2' }],
  },
  // The organisation's imports: its klantmanagers and administrators (another organisation's: 404).
  'GET /api/v1/candidate-imports/{id}': { roles: ['klantmanager', 'admin'] },
  // The import was the accountmanager's: a partner, who sees its own only, gets 404.
  'GET /api/v1/vacancy-imports/{id}': { roles: ['accountmanager', 'admin', 'partner'] },
  // Partners are the werkgeversservicepunt's administrators' (the matrix's administrators are a municipality's).
  'POST /api/v1/partners': {
    roles: ['admin'],
    wspAdministratorOnly: true,
    body: { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' },
  },
  'GET /api/v1/partners': { roles: ['admin'], wspAdministratorOnly: true },
  'GET /api/v1/partners/{id}': { roles: ['admin'], wspAdministratorOnly: true },
  'POST /api/v1/partners/{partnerId}/api-keys': {
    roles: ['admin'],
    wspAdministratorOnly: true,
    body: { name: 'Feed', scopes: ['vacancy-feed:read'] },
  },
  'GET /api/v1/partners/{partnerId}/api-keys': { roles: ['admin'], wspAdministratorOnly: true },
  'POST /api/v1/partners/{partnerId}/api-keys/{keyId}/revoke': { roles: ['admin'], wspAdministratorOnly: true },
  'POST /api/v1/partners/{partnerId}/webhook-subscriptions': {
    roles: ['admin'],
    wspAdministratorOnly: true,
    body: { url: 'http://127.0.0.1:9/hook', events: ['vacancy.created'] },
  },
  'GET /api/v1/partners/{partnerId}/webhook-subscriptions': { roles: ['admin'], wspAdministratorOnly: true },
  'DELETE /api/v1/partners/{partnerId}/webhook-subscriptions/{subscriptionId}': {
    roles: ['admin'],
    wspAdministratorOnly: true,
  },
  'GET /api/v1/partners/{partnerId}/webhook-subscriptions/{subscriptionId}/deliveries': {
    roles: ['admin'],
    wspAdministratorOnly: true,
  },
  'POST /api/v1/partners/{partnerId}/webhook-subscriptions/{subscriptionId}/deliveries/{deliveryId}/replay': {
    roles: ['admin'],
    wspAdministratorOnly: true,
  },
  'GET /api/v1/shortlists': { roles: ['accountmanager', 'jobhunter', 'admin'] },
  'GET /api/v1/vacancies/{vacancyId}/shortlist': {
    roles: ['employer', 'accountmanager', 'jobhunter', 'admin'],
    employerScoped: true,
  },
  'PUT /api/v1/vacancies/{vacancyId}/shortlist/decisions/{candidateId}': { roles: ['accountmanager', 'admin'] },
  'DELETE /api/v1/vacancies/{vacancyId}/shortlist/decisions/{candidateId}': {
    roles: ['accountmanager', 'admin'],
    query: 'version=99',
  },
  'POST /api/v1/vacancies/{vacancyId}/proposals': { roles: ['accountmanager', 'admin'] },
  'GET /api/v1/vacancies/{vacancyId}/proposals': {
    roles: ['employer', 'accountmanager', 'jobhunter', 'admin'],
    employerScoped: true,
  },
  'GET /api/v1/proposals': { roles: ['employer', 'accountmanager', 'jobhunter', 'admin'] },
  'GET /api/v1/proposals/{id}': { roles: ['employer', 'accountmanager', 'jobhunter', 'admin'], employerScoped: true },
  // A stale version: the owner gets 409 and nothing changes; another employer must still get 404.
  'POST /api/v1/proposals/{id}/answer': {
    roles: ['employer', 'accountmanager', 'admin'],
    employerScoped: true,
    body: { answer: 'invite', version: 99 },
  },
  'POST /api/v1/candidates/{candidateId}/offers': { roles: ['klantmanager', 'jobhunter', 'admin'] },
  'GET /api/v1/candidates/{candidateId}/offers': { roles: ['klantmanager', 'jobhunter', 'accountmanager', 'admin'] },
  'PUT /api/v1/offers/{id}/response': { roles: ['klantmanager', 'jobhunter', 'admin'] },
  'GET /api/v1/kansrijkheid': { roles: ['accountmanager', 'jobhunter', 'klantmanager', 'admin'] },
  'PUT /api/v1/kansrijkheid': { roles: ['admin'] },
  'POST /api/v1/kansrijkheid/import': { roles: ['admin'] },
  'GET /api/v1/taxonomy/search': { roles: ['employer', ...STAFF], query: 'q=schoon&kind=occupation' },
  'GET /api/v1/taxonomy/demands': { roles: ['employer', ...STAFF] },
  'GET /api/v1/taxonomy/regions': { roles: ['employer', ...STAFF] },
  'GET /api/v1/taxonomy/competence-suggestions': { roles: ['employer', ...STAFF], query: 'occupation=cleaner' },
  'GET /api/v1/candidates/{candidateId}/vacancies': { roles: ['jobhunter', 'klantmanager', 'accountmanager', 'admin'] },
  // Derived from belastbaarheid (health data): the candidate's klantmanager and the organisation's jobhunters.
  'GET /api/v1/candidates/{candidateId}/exclusions': { roles: ['klantmanager', 'jobhunter'] },
  'GET /api/v1/candidates/{candidateId}/timeline': { roles: ['klantmanager', 'jobhunter'] },
  'POST /api/v1/candidates/{candidateId}/training-plans': { roles: STAFF },
  'GET /api/v1/candidates/{candidateId}/training-plans': { roles: STAFF },
  'PATCH /api/v1/training-plans/{id}/status': { roles: STAFF },
  'POST /api/v1/candidates/{candidateId}/outreach': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'GET /api/v1/candidates/{candidateId}/outreach': { roles: ['jobhunter', 'accountmanager', 'klantmanager', 'admin'] },
  'POST /api/v1/speeddates': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'GET /api/v1/speeddates': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'GET /api/v1/speeddates/{id}': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'POST /api/v1/speeddates/{id}/participants': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'DELETE /api/v1/speeddates/{id}/participants/{participantId}': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'POST /api/v1/speeddates/{id}/schedule/suggestion': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'PUT /api/v1/speeddates/{id}/schedule': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  'POST /api/v1/speeddates/{id}/outcomes': { roles: ['jobhunter', 'accountmanager', 'admin'] },
  // The employer's own speeddates (its own conversations, candidates by reference): another employer's are not found.
  'GET /api/v1/employers/{employerId}/speeddates': {
    roles: ['employer', 'jobhunter', 'accountmanager', 'admin'],
    employerScoped: true,
  },
  'GET /api/v1/follow-ups': { roles: STAFF },
  'PUT /api/v1/follow-ups/{id}/done': { roles: STAFF },
  'GET /api/v1/worklist': { roles: STAFF, query: 'scope=team' },
  'GET /api/v1/worklist/counts': { roles: STAFF },
  // A stale version: Almere's staff get 409 and nothing changes; Lelystad's get 404 (another team's item).
  'PUT /api/v1/worklist/items/{id}/done': { roles: STAFF, body: { note: 'Gedaan', version: 99 } },
  'POST /api/v1/candidates/{id}/consent-requests': {
    roles: ['accountmanager', 'admin'],
    body: (ids) => ({ vacancyId: ids.vacancyId }),
  },
  // Each user's own: someone else's notification answers as one that does not exist (notifications e2e).
  'GET /api/v1/notifications': { roles: ['employer', ...STAFF] },
  'GET /api/v1/notifications/unread-count': { roles: ['employer', ...STAFF] },
  'PUT /api/v1/notifications/{id}/read': { roles: ['employer', ...STAFF] },
  'POST /api/v1/notifications/read-all': { roles: ['employer', ...STAFF] },
  'GET /api/v1/notifications/preferences': { roles: ['employer', ...STAFF] },
  'PUT /api/v1/notifications/preferences': {
    roles: ['employer', ...STAFF],
    body: { preferences: [] },
  },
  'POST /api/v1/agreements': { roles: ['accountmanager', 'admin'] },
  'GET /api/v1/agreements': { roles: ['employer', ...STAFF] },
  'GET /api/v1/agreements/behind': { roles: STAFF },
  'GET /api/v1/agreements/{id}': { roles: ['employer', ...STAFF], employerScoped: true },
  'PUT /api/v1/agreements/{id}': { roles: ['accountmanager', 'admin'] },
  'POST /api/v1/agreements/{id}/vacancies': { roles: ['accountmanager', 'admin'] },
  'DELETE /api/v1/agreements/{id}/vacancies/{vacancyId}': { roles: ['accountmanager', 'admin'] },
  'POST /api/v1/placements': { roles: STAFF },
  'GET /api/v1/placements': { roles: ['employer', ...STAFF] },
  'GET /api/v1/placements/{id}': { roles: ['employer', ...STAFF], employerScoped: true },
  'POST /api/v1/placements/{id}/proefplaatsing-decision': { roles: STAFF },
  'POST /api/v1/placements/{id}/six-month-check': { roles: STAFF },
  'POST /api/v1/candidates/{candidateId}/outcomes': { roles: STAFF },
  'GET /api/v1/candidates/{candidateId}/outcomes': { roles: STAFF },
  'GET /api/v1/reports/levels': { roles: STAFF, query: period },
  'GET /api/v1/reports/funnel': { roles: STAFF, query: period },
  'GET /api/v1/reports/placements': { roles: STAFF, query: period },
  'GET /api/v1/reports/durations': { roles: STAFF, query: period },
  'GET /api/v1/reports/agreements': { roles: STAFF, query: period },
  'GET /api/v1/reports/staff': { roles: STAFF, query: period },
  'POST /api/v1/candidates/{id}/erasure': { roles: ['klantmanager', 'admin'] },
  'POST /api/v1/retention/run': { roles: ['admin'] },
  'GET /api/v1/queues': { roles: ['admin'] },
  'GET /api/v1/queues/matching/failed': { roles: ['admin'], query: 'limit=10' },
  'POST /api/v1/queues/matching/failed/retry-all': { roles: ['admin'] },
  // An unknown job: 404 for the administrator (embedded: no failed set, also 404).
  'POST /api/v1/queues/matching/failed/{jobId}/retry': { roles: ['admin'] },
  'POST /api/v1/queues/dashboard-session': { roles: ['admin'] },
  // The browser's session: every role has one; with a bearer token (as here) there is none to see (404).
  'GET /api/v1/sign-in/providers': { roles: 'public' },
  'GET /api/v1/session': { roles: ['employer', ...STAFF] },
  'PUT /api/v1/session/role': { roles: ['employer', ...STAFF], body: { role: 'jobhunter' } },
  'DELETE /api/v1/session': { roles: ['employer', ...STAFF] },
  'GET /api/v1/problems': { roles: 'public' },
  'GET /api/v1/problems/{code}': { roles: 'public' },
  'GET /health/live': { roles: 'public' },
  'GET /health/ready': { roles: 'public' },
};

const CALLERS = [
  'employer A',
  'employer B',
  'accountmanager',
  'jobhunter',
  'klantmanager',
  'admin',
  // A partner's API key with every scope: past the role gate of the feed only.
  'partner',
  'no token',
] as const;
type Caller = (typeof CALLERS)[number];

/** Staff of another municipality of the region (Lelystad), and a colleague of the candidate's klantmanager. */
const OTHERS = [
  'accountmanager of Lelystad',
  'jobhunter of Lelystad',
  'klantmanager of Lelystad',
  'admin of Lelystad',
  'klantmanager colleague',
] as const;
type Other = (typeof OTHERS)[number];

const roleOf = (caller: Caller | Other): Role | undefined =>
  caller === 'no token' ? undefined : caller.startsWith('employer') ? 'employer' : (caller.split(' ')[0] as Role);

/** A municipality's administrator asking for the werkgeversservicepunt's partners: 403 with the code that says so. */
function expectNotWspAdministrator(context: { status: number }, code: string | undefined) {
  expect({ ...context, code }).toEqual({ ...context, status: 403, code: 'partner.wsp-administrator-only' });
}

describe('the access matrix: every endpoint × every role × own versus someone else’s resource', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller | Other, string | undefined>;
  /** The operations the document marks `x-candidate-scoped`. */
  const candidateScoped = new Set<string>();
  /** Ids to fill paths with: by parameter name, or for `{id}` by the collection before it. */
  const ids: Record<string, string> = {};
  /** What must never reach employer B: employer A's ids and names, and the candidate's identity. */
  const secretsOfA: string[] = [];
  /** Every answer, to check afterwards what each role was shown. */
  const answers: { caller: Caller; operation: string; status: number; text: string }[] = [];
  type ListedCandidate = { name?: string; candidateReference: string; organisationName: string };
  let shortlist: { entries: { candidateId: string; candidate: ListedCandidate }[] };
  let shortlistOfLelystad: typeof shortlist;
  /** Every answer to staff of Lelystad and to the colleague. */
  const otherAnswers: { caller: Other; operation: string; text: string }[] = [];
  let jobSearch: { vacancies: { vacancyId: string; belastbaarheid: unknown }[] };

  const as = (token: string) => t.as(token, '/api/v1');

  function fill(template: string, idOf: (id: string) => string = (id) => id): string {
    return template.replace(/\/([\w-]+)\/\{(\w+)\}/g, (_match, collection: string, param: string) => {
      const id = ids[param === 'id' ? collection : param];
      if (!id) throw new Error(`No seeded resource for {${param}} in ${template}: seed one in beforeAll`);
      return `/${collection}/${idOf(id)}`;
    });
  }

  function send(caller: Caller | Other, method: string, path: string, row: Row) {
    const url = row.query ? `${path}?${row.query}` : path;
    const request = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
    const token = tokens[caller];
    if (token) request.set('Authorization', token);
    const body = typeof row.body === 'function' ? row.body(ids) : (row.body ?? {});
    return method === 'GET' || method === 'DELETE' ? request : request.send(body);
  }

  /** Paths ids and a body naming other ids echo back: replaced, so two answers can be compared. */
  const normalise = (body: string, used: string[]) => used.reduce((out, id) => out.split(id).join('<id>'), body);

  /** The same request with fresh ids: the answer a resource that does not exist gets. */
  async function absentAnswer(caller: Caller | Other, method: string, template: string, row: Row) {
    const fresh = new Map<string, string>();
    const absentPath = fill(template, (id) => fresh.get(id) ?? fresh.set(id, randomUUID()).get(id)!);
    const absent = await send(caller, method, absentPath, row);
    return { absent, fresh };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    const ofLelystad = (role: Role, subject: string) => t.token({ role, subject, organisationId: lelystad.id });
    Object.assign(tokens, {
      'accountmanager of Lelystad': await ofLelystad('accountmanager', 'am-lotte'),
      'jobhunter of Lelystad': await ofLelystad('jobhunter', 'jh-lars'),
      'klantmanager of Lelystad': await ofLelystad('klantmanager', 'km-lotte'),
      'admin of Lelystad': await ofLelystad('admin', 'beheer-lelystad'),
      'klantmanager colleague': await t.token({ role: 'klantmanager', subject: 'km-kees' }),
    });
    const accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    const klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    const jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-joost' });
    const employerA = (
      await as(accountmanager)
        .post('/employers', { name: 'Werkgever Alfa', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    const employerB = (
      await as(accountmanager)
        .post('/employers', { name: 'Werkgever Beta', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await as(accountmanager)
      .put(`/employers/${employerA}/account-team`, { userIds: [t.idOf('am-anna')] })
      .expect(200);
    const contactPerson = (
      await as(accountmanager).post(`/employers/${employerA}/contact-persons`, { name: 'Petra Alfa' }).expect(201)
    ).body;
    Object.assign(tokens, {
      'employer A': await t.token({ role: 'employer', subject: 'wg-alfa', employerId: employerA }),
      'employer B': await t.token({ role: 'employer', subject: 'wg-beta', employerId: employerB }),
      accountmanager,
      jobhunter,
      klantmanager,
      admin: await t.token({ role: 'admin', subject: 'beheer' }),
      'no token': undefined,
    });
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    const wspAdmin = as(await t.token({ role: 'admin', subject: 'beheer-wsp', organisationId: wsp.id }));
    const partnerId = (
      await wspAdmin
        .post('/partners', { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' })
        .expect(201)
    ).body.id;
    const everyScope = { name: 'Alles', scopes: ['vacancy-feed:read', 'vacancies:write'], rateLimitPerMinute: 6000 };
    tokens.partner = `Bearer ${(await wspAdmin.post(`/partners/${partnerId}/api-keys`, everyScope).expect(201)).body.key}`;
    const keyId = (await wspAdmin.post(`/partners/${partnerId}/api-keys`, everyScope).expect(201)).body.id;
    const subscriptionId = (
      await wspAdmin
        .post(`/partners/${partnerId}/webhook-subscriptions`, {
          url: 'http://127.0.0.1:9/hook',
          events: ['vacancy.created'],
        })
        .expect(201)
    ).body.id;
    Object.assign(ids, { partners: partnerId, partnerId, keyId, subscriptionId, deliveryId: randomUUID() });

    // A candidate who can lift 10 kg and cannot work nights; employer A's job asks 10 kg of lifting and nothing at night.
    const limits = [
      { item: 'lifting', level: 10 },
      { item: 'night-work', level: 0 },
    ];
    const belastbaarheid = { source: 'arbeidsdeskundige', assessedOn: '2026-09-01', limits };
    const candidateId = (
      await as(klantmanager)
        .post('/candidates', candidateProfile({ name: 'Ans Geheimhouder', belastbaarheid }))
        .expect(201)
    ).body.id;
    await consentToProfile(t.as(klantmanager), candidateId);
    const ageBand = (
      await as(klantmanager).post(`/candidates/${candidateId}/consents`, { kind: 'share-age-band' }).expect(201)
    ).body;
    // Lelystad's candidate, in the regional pool too: on Alfa's shortlist beside Almere's.
    const lelystadCandidate = (
      await as(tokens['klantmanager of Lelystad']!)
        .post('/candidates', candidateProfile({ name: 'Bea Buurgemeente', email: 'bea@lelystad.example' }))
        .expect(201)
    ).body.id;
    await consentToProfile(t.as(tokens['klantmanager of Lelystad']!), lelystadCandidate);
    const liftingJob = vacancyBody({ title: 'Schoonmaker Alfa', demands: [{ item: 'lifting', level: 10 }] });
    const vacancyA = (await as(tokens['employer A']!).post('/vacancies', liftingJob).expect(201)).body.id;
    await as(tokens['employer B']!)
      .post('/vacancies', vacancyBody({ title: 'Schoonmaker Beta' }))
      .expect(201);
    // Read before the placement below takes the candidate off the shortlist and out of job search.
    shortlist = await readyShortlist(t.as(jobhunter), vacancyA);
    shortlistOfLelystad = await readyShortlist(t.as(tokens['accountmanager of Lelystad']!), vacancyA);
    jobSearch = (await as(jobhunter).get(`/candidates/${candidateId}/vacancies`).expect(200)).body;

    await as(accountmanager)
      .put(`/vacancies/${vacancyA}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
      .expect(200);
    const [proposal] = (
      await as(accountmanager)
        .post(`/vacancies/${vacancyA}/proposals`, { candidateIds: [candidateId] })
        .expect(201)
    ).body;
    const offer = (
      await as(klantmanager).post(`/candidates/${candidateId}/offers`, { vacancyId: vacancyA }).expect(201)
    ).body;
    const plan = (
      await as(klantmanager)
        .post(`/candidates/${candidateId}/training-plans`, {
          vacancyId: vacancyA,
          provider: 'ROC Flevoland',
          title: 'Schoonmaak niveau 2',
          costEur: 800,
          startsOn: today,
          endsOn: addMonths(today, 2),
          baangarantie: false,
        })
        .expect(201)
    ).body;
    const event = (
      await as(jobhunter)
        .post('/speeddates', {
          title: 'Speeddate Almere',
          heldOn: addMonths(today, 1),
          startsAt: '10:00',
          slotMinutes: 15,
          slotCount: 4,
          place: 'Stadhuis',
          region: 'flevoland',
          sectorFocus: ['N'],
        })
        .expect(201)
    ).body;
    const participants = { employerIds: [employerA, employerB], candidateIds: [candidateId] };
    const invited = (await as(jobhunter).post(`/speeddates/${event.id}/participants`, participants).expect(201)).body;
    const agreement = (
      await as(accountmanager)
        .post('/agreements', {
          name: 'Schoonmaakakkoord Alfa',
          region: 'flevoland',
          startsOn: addMonths(today, -1),
          endsOn: addMonths(today, 11),
          targetPlacements: 5,
          employerIds: [employerA],
          uwvPartner: false,
          sectors: ['N'],
          occupations: ['cleaner'],
          instruments: ['proefplaatsing'],
          contacts: [{ name: 'Piet Alfa', organisation: 'Werkgever Alfa' }],
        })
        .expect(201)
    ).body;
    await as(accountmanager)
      .post(`/agreements/${agreement.id}/vacancies`, { vacancyIds: [vacancyA] })
      .expect(201);
    const placement = (
      await as(accountmanager)
        .post('/placements', {
          candidateId,
          employerId: employerA,
          vacancyId: vacancyA,
          kind: 'paid-work',
          uitstroom: 'full',
          startsOn: today,
          hoursPerWeek: 24,
          contractType: 'permanent',
          instruments: [],
        })
        .expect(201)
    ).body;
    const [followUp] = (await as(accountmanager).get('/follow-ups').expect(200)).body;
    const vacancyImport = (
      await as(accountmanager)
        .post('/vacancy-imports?source=matrix', [{ externalReference: 'M-1' }])
        .expect(201)
    ).body;

    const candidateImport = (
      await as(klantmanager)
        .post('/candidate-imports?dryRun=true', [{ clientNumber: 'M-1' }])
        .expect(202)
    ).body;

    Object.assign(ids, {
      'candidate-imports': candidateImport.id,
      employers: employerA,
      employerId: employerA,
      contactPersonId: contactPerson.id,
      users: t.idOf('km-karin'),
      candidates: candidateId,
      candidateId,
      consentId: ageBand.id,
      vacancies: vacancyA,
      vacancyId: vacancyA,
      proposals: proposal.id,
      offers: offer.id,
      'training-plans': plan.id,
      speeddates: event.id,
      participantId: invited.employers.find((e: { employerId: string }) => e.employerId === employerB).participantId,
      'follow-ups': followUp.id,
      items: followUp.id,
      notifications: randomUUID(),
      'vacancy-imports': vacancyImport.id,
      agreements: agreement.id,
      placements: placement.id,
      lelystadCandidate,
      klantmanagerUser: t.idOf('km-karin'),
      jobhunterUser: t.idOf('jh-joost'),
      jobId: 'match-vacancy.00000000-0000-0000-0000-000000000000.g1',
      code: 'record.stale-version',
    });
    secretsOfA.push(
      employerA,
      contactPerson.id,
      'Petra Alfa',
      vacancyA,
      proposal.id,
      agreement.id,
      placement.id,
      candidateId,
      'Alfa',
      'Ans Geheimhouder',
    );
  });

  afterAll(() => t?.close());

  it('declares exactly the operations of the OpenAPI document, with the roles the document shows', async () => {
    const document = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
    const declared: Record<string, Access> = {};
    type Operation = { 'x-roles'?: Role[]; 'x-public'?: boolean; 'x-candidate-scoped'?: boolean };
    for (const [path, operations] of Object.entries<Record<string, Operation>>(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        declared[`${method.toUpperCase()} ${path}`] = operation['x-public'] ? 'public' : (operation['x-roles'] ?? []);
        if (operation['x-candidate-scoped']) candidateScoped.add(`${method.toUpperCase()} ${path}`);
      }
    }
    const sorted = (access: Access) => (access === 'public' ? access : [...access].sort());
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(declared).sort());
    for (const [operation, row] of Object.entries(MATRIX)) {
      expect({ operation, roles: sorted(declared[operation]) }).toEqual({ operation, roles: sorted(row.roles) });
    }
  });

  describe.each(Object.entries(MATRIX))('%s', (operation, row) => {
    const [method, template] = operation.split(' ');

    it.each(CALLERS)('as %s', async (caller) => {
      const path = fill(template);
      const response = await send(caller, method, path, row);
      const text = JSON.stringify(response.body ?? response.text ?? '');
      answers.push({ caller, operation, status: response.status, text });
      const role = roleOf(caller);
      const allowed = row.roles === 'public' || (role !== undefined && row.roles.includes(role));
      const context = { operation, caller, status: response.status, body: response.body };

      expect(response.status).toBeLessThan(500);
      if (!allowed) {
        expect(context).toEqual({ ...context, status: role ? 403 : 401 });
        return;
      }
      if (row.wspAdministratorOnly) return expectNotWspAdministrator(context, response.body?.code);
      expect(context).toEqual({
        ...context,
        status: [401, 403].includes(response.status) ? 'past the role gate' : response.status,
      });
      if (role !== 'employer' || !row.employerScoped) return;

      if (caller === 'employer A') {
        if (method === 'GET') expect(context).toEqual({ ...context, status: 200 });
        else expect(context).toEqual({ ...context, status: response.status === 404 ? 'found' : response.status });
        return;
      }
      // Employer B: A's resource answers as one that does not exist, to the letter.
      const { absent, fresh } = await absentAnswer(caller, method, template, row);
      expect(context).toEqual({ ...context, status: 404 });
      expect(normalise(text, [...fresh.keys()])).toBe(normalise(JSON.stringify(absent.body), [...fresh.values()]));
    });

    // Run after the callers above, so a change that one of them makes cannot hide a refusal here.
    it.each(OTHERS)('as %s', async (caller) => {
      const role = roleOf(caller)!;
      if (row.roles !== 'public' && !row.roles.includes(role)) return; // the role gate is the same for every organisation
      const scoped = candidateScoped.has(operation);
      const response = await send(caller, method, fill(template), row);
      const text = JSON.stringify(response.body ?? response.text ?? '');
      otherAnswers.push({ caller, operation, text });
      const context = { operation, caller, status: response.status, body: response.body };
      expect(response.status).toBeLessThan(500);

      if (caller === 'klantmanager colleague') {
        // Same organisation, another klantmanager's caseload: only with a stated purpose (see the test below).
        const expected = scoped ? 403 : [401, 403].includes(response.status) ? 'past the role gate' : response.status;
        expect(context).toEqual({ ...context, status: expected });
        if (scoped) expect(response.body.code).toBe('caseload.reason-required');
        return;
      }
      if (row.wspAdministratorOnly) return expectNotWspAdministrator(context, response.body?.code);
      if (row.accountTeamOnly && role === 'accountmanager') {
        // An employer's contact persons are its account team's to manage: Lelystad's accountmanager is not on
        // Almere's. A body that does not hold comes first (400).
        const refusal = response.status === 400 ? 'request.invalid-input' : 'user.not-on-account-team';
        expect({ ...context, code: response.body?.code }).toEqual({
          ...context,
          status: response.status === 400 ? 400 : 403,
          code: refusal,
        });
        return;
      }
      if (!scoped) {
        // A regional endpoint (vacancies, shortlists, reports, …): open to staff of every member.
        expect(context).toEqual({
          ...context,
          status: [401, 403].includes(response.status) ? 'past the role gate' : response.status,
        });
        return;
      }
      // Almere's candidate answers staff of Lelystad as a candidate that does not exist, to the letter.
      const { absent, fresh } = await absentAnswer(caller, method, template, row);
      expect(context).toEqual({ ...context, status: 404 });
      expect(normalise(text, [...fresh.keys()])).toBe(normalise(JSON.stringify(absent.body), [...fresh.values()]));
    });
  });

  it('marks every endpoint that names a candidate in its path as candidate-scoped, but the regional shortlist decision and consent request', () => {
    // Accountmanagers of every member decide on the regional shortlist, and ask the candidate's own klantmanager for consent.
    const regional = [
      'PUT /api/v1/vacancies/{vacancyId}/shortlist/decisions/{candidateId}',
      'DELETE /api/v1/vacancies/{vacancyId}/shortlist/decisions/{candidateId}',
      'POST /api/v1/candidates/{id}/consent-requests',
    ];
    const namingCandidate = Object.keys(MATRIX).filter(
      (operation) => /\/candidates\/\{(id|candidateId)\}/.test(operation) || operation.includes('{candidateId}'),
    );
    expect(
      namingCandidate.filter((operation) => !regional.includes(operation) && !candidateScoped.has(operation)),
    ).toEqual([]);
    // Records of one candidate reached by their own id are scoped too.
    expect(candidateScoped).toContain('PUT /api/v1/offers/{id}/response');
    expect(candidateScoped).toContain('PATCH /api/v1/training-plans/{id}/status');
  });

  it('never shows staff of another municipality the name of Almere’s candidate', () => {
    const leaked = otherAnswers.filter(
      ({ caller, text }) => caller !== 'klantmanager colleague' && text.includes('Ans Geheimhouder'),
    );
    expect(leaked.map(({ caller, operation }) => `${caller}: ${operation}`)).toEqual([]);
  });

  it('lists only the caller’s own caseload, or with caseload=organisation their own organisation’s candidates', async () => {
    const idsIn = async (caller: Caller | Other, query = '') =>
      ((await as(tokens[caller]!).get(`/candidates${query}`).expect(200)).body as { id: string }[]).map((c) => c.id);
    expect(await idsIn('klantmanager')).toContain(ids.candidateId);
    expect(await idsIn('klantmanager colleague')).not.toContain(ids.candidateId);
    expect(await idsIn('klantmanager colleague', '?caseload=organisation')).toContain(ids.candidateId);
    expect(await idsIn('admin')).toContain(ids.candidateId);
    expect(await idsIn('jobhunter')).toContain(ids.candidateId); // assigned to jh-joost above
    for (const caller of ['klantmanager of Lelystad', 'admin of Lelystad'] as const) {
      const theirs = await idsIn(caller, '?caseload=organisation');
      expect(theirs).toContain(ids.lelystadCandidate);
      expect(theirs).not.toContain(ids.candidateId);
    }
    expect(await idsIn('admin')).not.toContain(ids.lelystadCandidate);
    const refused = await as(tokens.jobhunter!).get('/candidates?caseload=organisation').expect(403);
    expect(refused.body.code).toBe('candidate.organisation-list-not-allowed');
    // Level 4 for anyone: a jobhunter finds any of the organisation's candidates by name or postcode,
    // never another organisation's, and the search is audited as an identity read.
    const found = await idsIn('jobhunter', '?caseload=organisation&search=geheimh');
    expect(found).toEqual([ids.candidateId]);
    expect(await idsIn('jobhunter of Lelystad', '?caseload=organisation&search=geheimh')).toEqual([]);
    const audited = await t.dataSource.query(
      `SELECT resource FROM audit_log WHERE actor_id = $1 AND $2 = ANY(candidate_ids) AND route LIKE 'GET /api/v1/candidates%'`,
      [t.idOf('jh-joost'), ids.candidateId],
    );
    expect(audited).toContainEqual({ resource: 'candidate-identity' });
    const tooShort = await as(tokens.jobhunter!).get('/candidates?caseload=organisation&search=a').expect(400);
    expect(tooShort.body.invalidParams).toEqual([expect.objectContaining({ name: 'search' })]);
  });

  it('opens a colleague’s candidate with a stated purpose, and keeps the purpose in the audit log', async () => {
    const purpose = 'Vervanging tijdens verlof van Karin';
    const opened = await as(tokens['klantmanager colleague']!)
      .get(`/candidates/${ids.candidateId}`)
      .set('X-Purpose', purpose)
      .expect(200);
    expect(opened.body.name).toBe('Ans Geheimhouder');
    const rows = await t.dataSource.query(
      `SELECT reason FROM audit_log WHERE actor_id = $1 AND $2 = ANY(candidate_ids)`,
      [t.idOf('km-kees'), ids.candidateId],
    );
    expect(rows).toContainEqual({ reason: purpose });
    // Staff of another municipality cannot state their way in.
    await as(tokens['klantmanager of Lelystad']!)
      .get(`/candidates/${ids.candidateId}`)
      .set('X-Purpose', purpose)
      .expect(404);
  });

  it('shows Lelystad’s candidate on Almere’s regional shortlist by reference, organisation and klantmanager; Almere’s by name', () => {
    const own = shortlist.entries.find((e) => e.candidateId === ids.candidateId);
    const other = shortlist.entries.find((e) => e.candidateId === ids.lelystadCandidate);
    expect(own?.candidate).toMatchObject({ name: 'Ans Geheimhouder', organisationName: 'Gemeente Almere' });
    expect(other?.candidate).toEqual({
      candidateReference: expect.stringMatching(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/),
      organisationName: 'Gemeente Lelystad',
      klantmanager: { name: 'km-lotte', email: expect.stringContaining('km-lotte') },
    });
    expect(JSON.stringify(other)).not.toMatch(/Bea|bea@lelystad/);
    // And the other way round: Lelystad's accountmanager reviewing the same shortlist.
    const seenFromLelystad = shortlistOfLelystad.entries.find((e) => e.candidateId === ids.candidateId);
    expect(seenFromLelystad?.candidate).toEqual({
      candidateReference: expect.any(String),
      organisationName: 'Gemeente Almere',
      klantmanager: { name: 'km-karin', email: expect.stringContaining('km-karin') },
    });
    expect(shortlistOfLelystad.entries.find((e) => e.candidateId === ids.lelystadCandidate)?.candidate.name).toBe(
      'Bea Buurgemeente',
    );
  });

  it('never shows employer B anything of employer A or of the candidate', () => {
    const ofB = answers.filter((answer) => answer.caller === 'employer B');
    expect(ofB.length).toBe(Object.keys(MATRIX).length);
    for (const answer of ofB) {
      // An id B sent itself (echoed in a 404) is not A's data.
      const echoed = fill(answer.operation.split(' ')[1]);
      const leaked = secretsOfA.filter((secret) => !echoed.includes(secret) && answer.text.includes(secret));
      expect({ operation: answer.operation, leaked }).toEqual({ operation: answer.operation, leaked: [] });
    }
  });

  it('does not let employer B reach A through a query or a body either, nor tell A from an employer that does not exist', async () => {
    const b = as(tokens['employer B']!);
    const { employers: employerA, candidates: candidateId, agreements: agreementId } = ids;
    // The filter is ignored for an employer, who always gets its own: B's list, never A's.
    for (const path of [
      `/vacancies?employerId=${employerA}`,
      `/proposals?employerId=${employerA}`,
      `/placements?employerId=${employerA}`,
      `/placements?candidateId=${candidateId}`,
      `/placements?agreementId=${agreementId}`,
    ]) {
      const answer = await b.get(path);
      expect({
        path,
        status: answer.status,
        leaked: secretsOfA.filter((secret) => !path.includes(secret) && JSON.stringify(answer.body).includes(secret)),
      }).toEqual({ path, status: answer.status, leaked: [] });
      expect({ path, status: answer.status }).toEqual({ path, status: answer.status === 200 ? 200 : 400 });
    }
    const posted = (employerId: string) => b.post('/vacancies', vacancyBody({ employerId }));
    const [forA, forNobody] = [await posted(employerA), await posted(randomUUID())];
    expect(forA.status).toBe(400);
    expect(forA.body.invalidParams).toEqual(forNobody.body.invalidParams);
  });

  it('never shows belastbaarheid details (the limits themselves) to accountmanagers, jobhunters or employers', () => {
    const raw = /"limits"|"assessedOn"|2026-09-01|arbeidsdeskundige|nachtwerk|night-work/;
    // The catalogue of demand items names every item (night-work too) and holds nobody's data.
    const catalogue = ['GET /api/v1/taxonomy/demands'];
    const shown = answers.filter(
      (answer) =>
        ['accountmanager', 'jobhunter', 'employer A', 'employer B'].includes(answer.caller) &&
        !catalogue.includes(answer.operation) &&
        raw.test(answer.text),
    );
    expect(shown.map(({ caller, operation }) => `${caller}: ${operation}`)).toEqual([]);
    // The check can see them: the candidate's klantmanager does get the assessment.
    const ofKlantmanager = answers.find(
      (answer) => answer.caller === 'klantmanager' && answer.operation === 'GET /api/v1/candidates/{id}',
    );
    expect(ofKlantmanager?.text).toMatch(raw);
  });

  it('shows accountmanagers and jobhunters the fit with the job and only the demand that comes close to a limit', () => {
    const entry = shortlist.entries.find((e) => e.candidateId === ids.candidateId);
    const fit = { fitsDemands: true, toDiscuss: ['tillen en dragen: de vacature vraagt 10 kg, dicht bij de grens'] };
    expect(entry).toMatchObject({
      reasons: expect.arrayContaining(['kan de belasting van dit werk aan']),
      belastbaarheid: fit,
    });
    expect(jobSearch.vacancies.find((v) => v.vacancyId === ids.vacancyId)?.belastbaarheid).toEqual(fit);
  });
});
