import { DemoDataLoader } from '../apps/api/src/demo/demo-data.loader';
import { Route, routesOf } from './support/routes';
import { TestApp } from './support/test-app';

/**
 * Not audited on purpose, with the reason. The audit log itself: reading it is the administrator's
 * oversight of the log, which would otherwise log itself on every read.
 */
const NOT_PERSONAL_DATA: Record<string, string> = {
  'GET /api/v1/audit': 'the audit log itself (ids only, administrators only)',
};

/** Routes that cannot answer 200 here, and why. */
const EXPECTED_REFUSALS: Record<string, string> = {
  'GET /api/v1/queues/matching/failed': 'without Redis there is no set of failed jobs (404)',
  'GET /api/v1/session': 'a browser session; with a bearer token there is none (404); it shows no candidate',
  'GET /api/v1/users/:id':
    "a user is their administrators' to see: an accountmanager sees only their employers' contact persons (404 for a colleague); no candidate",
  'GET /api/v1/employers/:employerId/users':
    "an employer's contact persons are its account team's to see: the walking accountmanager is on none (403); they are no candidates",
};

const CANDIDATE_FIELD = /^(candidateId|candidateIds|candidateName|candidateReference|identity)$/;

/** Whether a documented answer type, followed through its nested types, carries candidate data. */
function carriesCandidateData(type: unknown, seen = new Set<unknown>()): boolean {
  const klass = Array.isArray(type) ? type[0] : type;
  if (typeof klass !== 'function' || seen.has(klass)) return false;
  seen.add(klass);
  const names = ((Reflect.getMetadata('swagger/apiModelPropertiesArray', klass.prototype) as string[]) ?? []).map(
    (name) => name.replace(/^:/, ''),
  );
  return names.some((name) => {
    if (CANDIDATE_FIELD.test(name)) return true;
    const property = Reflect.getMetadata('swagger/apiModelProperties', klass.prototype, name) as
      { type?: unknown } | undefined;
    return carriesCandidateData(property?.type, seen);
  });
}

/**
 * Every read of a candidate's personal data is audited, derived from the API itself: every route
 * whose documented answer carries candidate data declares an audit, and every GET route (and every
 * route declared as a read) is called over HTTP, as each role it admits, on the demo data: whenever
 * an answer shows a candidate (by id, proposal, name or reference), an audit row for that candidate
 * must have been written by that request. A new route that shows candidates without an audit fails.
 */
describe('audit of every read of personal data', () => {
  let t: TestApp;
  let routes: Route[];
  const ids: Record<string, string> = {};
  let employerOfProposal: string;
  /** A partner's API key, with every scope. */
  let partnerKey: string;
  /** Text by which an answer shows a candidate → that candidate. */
  const shows = new Map<string, string>();

  beforeAll(async () => {
    t = await TestApp.start({ env: { EMPLOYER_PROFILE_VIEWS_PER_DAY: '100000' } });
    await t.app.get(DemoDataLoader).loadIfEmpty();
    routes = routesOf(t);
    const one = async (sql: string) => {
      const [row] = await t.dataSource.query(sql);
      if (!row) throw new Error(`The demo data has nothing for: ${sql}`);
      return row as Record<string, string>;
    };
    // A proposal the employer sees (the candidate consented to show the profile) is the centre.
    const proposal = await one(`
      SELECT p.id, p.candidate_id, p.vacancy_id, p.employer_id FROM proposals p
       WHERE EXISTS (SELECT 1 FROM candidate_consents c WHERE c.candidate_id = p.candidate_id
                      AND c.kind = 'show-anonymised-profile' AND c.withdrawn_at IS NULL)
       ORDER BY p.id LIMIT 1`);
    employerOfProposal = proposal.employer_id;
    Object.assign(ids, {
      proposal: proposal.id,
      vacancyWithProposals: proposal.vacancy_id,
      candidate: proposal.candidate_id,
      employer: proposal.employer_id,
      vacancyWithShortlist: (await one(`SELECT vacancy_id FROM shortlist_entries LIMIT 1`)).vacancy_id,
      candidateWithOffers: (await one(`SELECT candidate_id FROM vacancy_offers LIMIT 1`)).candidate_id,
      candidateWithOutcomes: (await one(`SELECT candidate_id FROM candidate_outcomes LIMIT 1`)).candidate_id,
      candidateWithOutreach: (await one(`SELECT candidate_id FROM outreach_contacts LIMIT 1`)).candidate_id,
      candidateWithPlan: (await one(`SELECT candidate_id FROM training_plans LIMIT 1`)).candidate_id,
      candidateWithConsents: (await one(`SELECT candidate_id FROM candidate_consents LIMIT 1`)).candidate_id,
      placement: (await one(`SELECT id FROM placements ORDER BY id LIMIT 1`)).id,
      employerOfPlacement: (await one(`SELECT employer_id FROM placements ORDER BY id LIMIT 1`)).employer_id,
      speeddate: (await one(`SELECT event_id FROM speeddate_conversations LIMIT 1`)).event_id,
      agreement: (
        await one(`SELECT agreement_id FROM placement_agreement_employers ORDER BY agreement_id, employer_id LIMIT 1`)
      ).agreement_id,
      employerOfAgreement: (
        await one(`SELECT employer_id FROM placement_agreement_employers ORDER BY agreement_id, employer_id LIMIT 1`)
      ).employer_id,
      vacancy: proposal.vacancy_id,
      user: await t.user({ role: 'klantmanager', subject: 'audit-walk-colleague' }),
    });
    // The werkgeversservicepunt's partners are its administrators' (the demo's WSP Flevoland).
    const [wsp] = await t.dataSource.query(`SELECT id FROM organisations WHERE kind = 'wsp' ORDER BY slug LIMIT 1`);
    const wspAdmin = t.as(
      await t.token({ role: 'admin', subject: 'audit-walk-admin', organisationId: wsp.id }),
      '/api/v1',
    );
    const partner = { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' };
    const partnerId = (await wspAdmin.post('/partners', partner).expect(201)).body.id as string;
    const hook = { url: 'http://127.0.0.1:9/hook', events: ['vacancy.created'] };
    const subscription = await wspAdmin.post(`/partners/${partnerId}/webhook-subscriptions`, hook).expect(201);
    Object.assign(ids, { wsp: wsp.id, partner: partnerId, subscription: subscription.body.id });
    // A partner's import on record, which it and staff may read (its one row refused: the record holds no candidate either way).
    partnerKey = await t.partnerKey(['vacancy-feed:read', 'vacancies:write']);
    const imported = await t.http
      .post('/api/v1/vacancy-imports')
      .set('Authorization', partnerKey)
      .send([{ externalReference: 'walk-1' }])
      .expect(201);
    ids.vacancyImport = imported.body.id;
    // A candidate import of the test's organisation; its record names rows by line and code, never a candidate.
    const candidateImport = await t
      .as(await t.token({ role: 'klantmanager', subject: 'audit-walk-klantmanager' }))
      .post('/api/v1/candidate-imports?dryRun=true', [{ clientNumber: 'walk-1' }])
      .expect(202);
    ids.candidateImport = candidateImport.body.id;
    for (const row of await t.dataSource.query(
      `SELECT c.id, i.name FROM candidates c LEFT JOIN candidate_identities i ON i.candidate_id = c.id`,
    )) {
      shows.set(row.id, row.id);
      shows.set(`K-${row.id.slice(0, 4)}-${row.id.slice(4, 8)}`.toUpperCase(), row.id);
      if (row.name) shows.set(row.name, row.id);
    }
    for (const row of await t.dataSource.query(`SELECT id, candidate_id FROM proposals`))
      shows.set(row.id, row.candidate_id);
  }, 180_000);

  afterAll(() => t?.close());

  it('finds the routes of the running API, with their roles and audit declarations', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContainEqual(
      expect.objectContaining({ method: 'GET', path: '/api/v1/candidates/:id/consents', audit: [expect.anything()] }),
    );
  });

  it('declares an audit on every route whose answer carries candidate data', () => {
    const undeclared = routes
      .filter((route) => carriesCandidateData(route.answerType) && route.audit.length === 0)
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !NOT_PERSONAL_DATA[route]);
    expect(undeclared).toEqual([]);
  });

  /** The value for a route parameter: the resource the route is about, from the demo data. */
  function fill(path: string): string {
    const forId: [RegExp, string][] = [
      [/\/candidates\/:id\/consents$/, ids.candidateWithConsents],
      [/\/candidates\/:id/, ids.candidate],
      [/\/placements\/:id/, ids.placement],
      [/\/proposals\/:id/, ids.proposal],
      [/\/speeddates\/:id/, ids.speeddate],
      [/\/vacancies\/:id/, ids.vacancy],
      [/\/employers\/:id/, ids.employer],
      [/\/agreements\/:id/, ids.agreement],
      [/\/users\/:id/, ids.user],
      [/\/partners\/:id/, ids.partner],
      [/\/vacancy-imports\/:id/, ids.vacancyImport],
      [/\/candidate-imports\/:id/, ids.candidateImport],
    ];
    const candidateOf: [RegExp, string][] = [
      [/\/offers$/, ids.candidateWithOffers],
      [/\/outcomes$/, ids.candidateWithOutcomes],
      [/\/outreach$/, ids.candidateWithOutreach],
      [/\/training-plans$/, ids.candidateWithPlan],
      [/\/vacancies$/, ids.candidate],
      [/\/exclusions$/, ids.candidate],
      [/\/timeline$/, ids.candidateWithOffers],
    ];
    return path
      .replace(':id', forId.find(([pattern]) => pattern.test(path))?.[1] ?? ':id')
      .replace(':candidateId', candidateOf.find(([pattern]) => pattern.test(path))?.[1] ?? ':candidateId')
      .replace(':vacancyId', ids.vacancyWithProposals)
      .replace(':employerId', ids.employer)
      .replace(':partnerId', ids.partner)
      .replace(':subscriptionId', ids.subscription)
      .replace(':code', 'audit.purpose-required');
  }

  /** Query parameters a route requires. */
  const QUERIES: [RegExp, string][] = [
    [/\/taxonomy\/search$/, '?q=schoon&kind=occupation'],
    [/\/taxonomy\/competence-suggestions$/, '?occupation=cleaner'],
    [/\/reports\//, '?from=2025-01-01&to=2026-12-31'],
  ];

  /** An employer user of the employer the resource belongs to (another employer gets 404). */
  function employerFor(path: string): string {
    if (path.startsWith('/api/v1/placements/:id')) return ids.employerOfPlacement;
    if (path.startsWith('/api/v1/agreements/:id')) return ids.employerOfAgreement;
    return employerOfProposal;
  }

  /** Staff of the organisation whose candidate the path names (another organisation's gets 404), the WSP's for its partners; else of the test's. */
  async function organisationFor(path: string): Promise<string | undefined> {
    if (path.startsWith('/api/v1/partners')) return ids.wsp;
    const candidateId = /\/candidates\/([0-9a-f-]{36})/.exec(path)?.[1];
    if (!candidateId) return undefined;
    const [row] = await t.dataSource.query(`SELECT organisation_id FROM candidates WHERE id = $1`, [candidateId]);
    return row.organisation_id;
  }

  const maxAuditId = async () =>
    Number((await t.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM audit_log`))[0].id);

  it('writes an audit row for every candidate an answer shows, on every read route, for every role it admits', async () => {
    const reads = routes.filter(
      (route) => route.method === 'GET' || route.audit.some((spec) => spec.action === 'read'),
    );
    expect(reads.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/speeddates/:id',
        'POST /api/v1/speeddates/:id/schedule/suggestion',
        'GET /api/v1/follow-ups',
        'GET /api/v1/candidates/:id/consents',
      ]),
    );
    const unaudited: string[] = [];
    const unanswered: string[] = [];
    let showingCandidates = 0;
    for (const route of reads) {
      const path = fill(route.path) + (QUERIES.find(([pattern]) => pattern.test(route.path))?.[1] ?? '');
      expect({ route: route.path, unfilled: /:[a-zA-Z]+/.test(path) }).toEqual({ route: route.path, unfilled: false });
      for (const role of route.roles) {
        const token =
          role === 'partner'
            ? partnerKey
            : role === 'employer'
              ? await t.token({ role, subject: 'audit-walk-employer', employerId: employerFor(route.path) })
              : await t.token({ role, subject: `audit-walk-${role}`, organisationId: await organisationFor(path) });
        const before = await maxAuditId();
        const call = route.method === 'GET' ? t.as(token).get(path) : t.as(token).post(path, {});
        const answer = await call.set('X-Purpose', 'audit walk');
        const where = `${route.method} ${route.path} as ${role}`;
        if (answer.status >= 300 && !EXPECTED_REFUSALS[`${route.method} ${route.path}`]) {
          unanswered.push(`${where}: ${answer.status} ${answer.body?.code ?? ''}`);
          continue;
        }
        if (NOT_PERSONAL_DATA[`${route.method} ${route.path}`]) continue;
        const text = answer.text;
        const shown = new Set([...shows].filter(([key]) => text.includes(key)).map(([, candidate]) => candidate));
        if (shown.size === 0) continue;
        showingCandidates++;
        const rows: { candidate_ids: string[]; route: string }[] = await t.dataSource.query(
          `SELECT candidate_ids, route FROM audit_log WHERE id > $1`,
          [before],
        );
        const audited = new Set(rows.flatMap((row) => row.candidate_ids));
        const missing = [...shown].filter((candidate) => !audited.has(candidate));
        if (missing.length) {
          const how = [...shows].find(([key, candidate]) => candidate === missing[0] && text.includes(key))!;
          const at = text.indexOf(how[0]);
          unaudited.push(
            `${where}: ${missing.length} of ${shown.size} candidates shown without audit, e.g. …${text.slice(at - 100, at + 60)}…`,
          );
        } else expect(rows.every((row) => row.route === `${route.method} ${route.path}`)).toBe(true);
      }
    }
    expect(unanswered).toEqual([]);
    expect(unaudited).toEqual([]);
    // The walk saw candidates on the routes that show them: it tested something.
    expect(showingCandidates).toBeGreaterThan(20);
  }, 120_000);
});
