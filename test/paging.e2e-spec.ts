import { candidateProfile } from './support/fixtures';
import { routesOf } from './support/routes';
import { TestApp } from './support/test-app';

/** Lists that cannot grow with the data, or that carry their own bound, and why. */
const BOUNDED: Record<string, string> = {
  '/api/v1/problems': "the API's own catalogue of error codes",
  '/api/v1/taxonomy/demands': 'the fixed catalogue of belastbaarheid items',
  '/api/v1/taxonomy/regions': "CBS's 35 arbeidsmarktregio's",
  '/api/v1/taxonomy/search': 'a search answering at most its own limit (25) of suggestions',
  '/api/v1/taxonomy/competence-suggestions': "at most the taxonomy's own competences, for one occupation",
  '/api/v1/queues/matching/failed': 'the most recent failed jobs, at most its own limit',
  '/api/v1/followed-feeds': 'the feeds FOLLOWED_FEEDS names, set in configuration',
};

/** Every list of the API is paged: `limit` (at most 200) and `offset`, with a `Link rel="next"` while more follow. */
describe('paging of every list', () => {
  let t: TestApp;
  let klantmanager: string;

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    for (const name of ['Ans', 'Bram', 'Cor', 'Dirk', 'Eva'])
      await t.as(klantmanager).post('/api/v1/candidates', candidateProfile({ name })).expect(201);
  });

  afterAll(() => t?.close());

  it('pages every GET route that answers a list, derived from the routes of the running API', () => {
    const lists = routesOf(t).filter((route) => route.method === 'GET' && route.list);
    expect(lists.length).toBeGreaterThan(15);
    const unpaged = lists.filter((route) => !route.paged && !BOUNDED[route.path]);
    expect(unpaged.map((route) => route.path)).toEqual([]);
  });

  it('refuses a limit above the maximum on every paged list, naming the field', async () => {
    const admin = await t.token({ role: 'admin', subject: 'admin-ada' });
    const paged = routesOf(t).filter((route) => route.paged);
    // A candidate of the organisation: a candidate that does not exist (or is another organisation's) is not found before the query is read.
    const [candidate] = (await t.as(klantmanager).get('/api/v1/candidates?limit=1').expect(200)).body;
    for (const route of paged) {
      const path = route.path
        .replace(/\/candidates\/:(id|candidateId)/, `/candidates/${candidate.id}`)
        .replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      const role = route.roles.includes('admin') ? admin : await t.token({ role: route.roles[0], subject: 'someone' });
      const answer = await t.as(role).get(`${path}?limit=201`).set('X-Purpose', 'paging test');
      expect({ route: route.path, status: answer.status, params: answer.body.invalidParams }).toEqual({
        route: route.path,
        status: 400,
        params: [expect.objectContaining({ name: 'limit', code: 'field.too-large' })],
      });
    }
  });

  it('walks the candidates page by page along the Link header, each once', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/api/v1/candidates?limit=2';
    let pages = 0;
    while (next) {
      const answer: { body: { name: string }[]; headers: Record<string, string> } = await t
        .as(klantmanager)
        .get(next)
        .expect(200);
      expect(answer.body.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.map((candidate) => candidate.name));
      next = /<([^>]+)>; rel="next"/.exec(answer.headers.link ?? '')?.[1];
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Ans', 'Bram', 'Cor', 'Dirk', 'Eva']);
    const all = await t.as(klantmanager).get('/api/v1/candidates').expect(200);
    expect(all.body).toHaveLength(5);
    expect(all.headers.link).toBeUndefined();
  });
});
