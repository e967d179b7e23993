import { findOccupation } from '@werkbrug/reference-data';
import { candidateProfile, vacancyBody } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';

type Item = { id: string; removed: boolean; vacancy?: { title: string } };
type Page = { items: Item[]; nextCursor: string; more: boolean; phase: string };

/** The exchange's outbound side over HTTP: the vacancy feed a partner reads, and a vacancy as schema.org JobPosting. */
describe('the vacancy feed and JobPosting', () => {
  let t: TestApp;
  let accountmanager: string;
  let employerA: string;
  let employerB: string;
  let employerAId: string;

  /** Follows the Link header from `path` until the reader has caught up. */
  /**
   * Every page from `path` until the reader has caught up and holds at least `atLeast` items. The
   * feed serves a change once every older transaction on the database server has ended (other
   * tests' databases too), so a reader may have to come back for the rest, from its cursor.
   */
  async function follow(path: string, atLeast = 0): Promise<{ pages: Page[]; cursor: string }> {
    const pages: Page[] = [];
    const limit = new URL(path, 'http://feed').searchParams.get('limit');
    // From the start: after every change made so far, so none of them turns up behind the cursor later.
    if (!path.includes('cursor=')) await settled();
    let next: string | undefined = path;
    let cursor = '';
    await eventually(async () => {
      // Coming back: the empty page at the head is read again.
      if (pages.at(-1)?.items.length === 0) pages.pop();
      next ??= `/api/v1/vacancy-feed?cursor=${cursor}${limit ? `&limit=${limit}` : ''}`;
      while (next) {
        const answer: { body: unknown; headers: Record<string, string> } = await t
          .as(accountmanager)
          .get(next)
          .expect(200);
        const page = answer.body as Page;
        pages.push(page);
        cursor = page.nextCursor;
        next = /<([^>]+)>; rel="next"/.exec(answer.headers.link ?? '')?.[1];
        expect(Boolean(next)).toBe(page.more);
      }
      return pages.flatMap((page) => page.items).length >= atLeast ? true : undefined;
    });
    return { pages, cursor };
  }
  /** Until every transaction begun so far on the server has ended: the feed has then served every change made so far. */
  async function settled() {
    const [{ now }] = await t.dataSource.query(`SELECT pg_current_xact_id()::text AS now`);
    await eventually(async () => {
      const [{ horizon }] = await t.dataSource.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
      return BigInt(horizon) > BigInt(now) ? true : undefined;
    });
  }
  const summary = (item: Item) => (item.removed ? `${item.id} removed` : `${item.id} ${item.vacancy!.title}`);
  const post = async (token: string, title: string) =>
    (await t.as(token).post('/api/v1/vacancies', vacancyBody({ title })).expect(201)).body.id as string;

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    const employer = async (name: string, kvkNumber: string) =>
      (
        await t
          .as(accountmanager)
          .post('/api/v1/employers', {
            name,
            sector: 'N',
            postcode: '1316',
            kvkNumber,
            contactEmail: 'p.jansen@helder.example',
          })
          .expect(201)
      ).body.id as string;
    employerAId = await employer('Schoonmaakbedrijf Helder', '12345678');
    employerA = await t.token({ role: 'employer', subject: 'wg-helder', employerId: employerAId });
    employerB = await t.token({
      role: 'employer',
      subject: 'wg-ander',
      employerId: await employer('Ander Bedrijf', '87654321'),
    });
    const klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    await t
      .as(klantmanager)
      .post('/api/v1/candidates', candidateProfile({ name: 'Ans Geheimhouder' }))
      .expect(201);
  });

  afterAll(() => t?.close());

  it('starts with the published vacancies, then gives each later change once across pages, removals by id', async () => {
    const een = await post(employerA, 'Schoonmaker Een');
    const twee = await post(employerA, 'Schoonmaker Twee');
    const drie = await post(employerB, 'Schoonmaker Drie');

    const snapshot = await follow('/api/v1/vacancy-feed?limit=2');
    const seen = snapshot.pages.flatMap((page) => page.items);
    expect(seen.map((item) => item.id).sort()).toEqual([een, twee, drie].sort());
    expect(seen.every((item) => !item.removed)).toBe(true);
    expect(snapshot.pages[0]).toMatchObject({ phase: 'snapshot', more: true });

    // A change through the API, and one as the vacancy lifecycle makes it (any writer is recorded).
    const { version } = (await t.as(employerA).get(`/api/v1/vacancies/${een}`).expect(200)).body;
    await t
      .as(employerA)
      .put(`/api/v1/vacancies/${een}`, {
        ...vacancyBody({ title: 'Schoonmaker Een (32 uur)', hoursPerWeek: 32 }),
        version,
      })
      .expect(200);
    const closing = {
      reason: 'withdrawn',
      version: (await t.as(accountmanager).get(`/api/v1/vacancies/${twee}`)).body.version,
    };
    await t.as(accountmanager).post(`/api/v1/vacancies/${twee}/closure`, closing).expect(200);
    const vier = await post(employerB, 'Schoonmaker Vier');

    const changes = await follow(`/api/v1/vacancy-feed?limit=1&cursor=${snapshot.cursor}`, 3);
    expect(changes.pages.flatMap((page) => page.items).map(summary)).toEqual([
      `${een} Schoonmaker Een (32 uur)`,
      `${twee} removed`,
      `${vier} Schoonmaker Vier`,
    ]);
    expect(changes.pages.every((page) => page.phase === 'changes' && page.items.length === 1)).toBe(true);
    expect(changes.pages.at(-1)!.more).toBe(false);
    // At the head: the same cursor again, nothing new.
    const again = await t.as(accountmanager).get(`/api/v1/vacancy-feed?cursor=${changes.cursor}`).expect(200);
    expect(again.body).toEqual({ items: [], nextCursor: changes.cursor, more: false, phase: 'changes' });
    expect(again.headers.link).toBeUndefined();
  });

  it('holds nothing personal: no candidate, no contact e-mail', async () => {
    const { pages } = await follow('/api/v1/vacancy-feed?limit=200');
    const text = JSON.stringify(pages);
    expect(text).toContain('Schoonmaakbedrijf Helder');
    expect(text).toContain('12345678');
    expect(text).not.toMatch(/Geheimhouder|jansen|@helder/);
  });

  it('lets a cache ask again cheaply: an unchanged page answers 304 to its ETag', async () => {
    const first = await t.as(accountmanager).get('/api/v1/vacancy-feed?limit=1').expect(200);
    const cursor = first.body.nextCursor as string;
    const page = await t.as(accountmanager).get(`/api/v1/vacancy-feed?cursor=${cursor}`).expect(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.headers.etag).toBeDefined();
    await t
      .as(accountmanager)
      .get(`/api/v1/vacancy-feed?cursor=${cursor}`)
      .set('If-None-Match', page.headers.etag)
      .expect(304);
  });

  it('refuses a cursor it did not give and a page beyond the maximum, naming the field', async () => {
    for (const [query, name, code] of [
      ['cursor=bm90LWEtY3Vyc29y', 'cursor', 'field.wrong-format'],
      ['cursor=not%20base64', 'cursor', 'field.wrong-format'],
      ['limit=201', 'limit', 'field.too-large'],
    ]) {
      const refused = await t.as(accountmanager).get(`/api/v1/vacancy-feed?${query}`).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.invalidParams).toEqual([expect.objectContaining({ name, code })]);
    }
  });

  it('is read by staff for now, not by employers', async () => {
    await t.as(employerA).get('/api/v1/vacancy-feed').expect(403);
    await t.http.get('/api/v1/vacancy-feed').expect(401);
  });

  it('answers a vacancy as schema.org JobPosting JSON-LD, with what Google requires that the vacancy has', async () => {
    const id = await post(employerA, 'Schoonmaker kantoren');
    const answer = await t.as(employerA).get(`/api/v1/vacancies/${id}/job-posting`).expect(200);
    expect(answer.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(answer.body).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Schoonmaker kantoren',
      description: expect.any(String),
      datePosted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      // Eight weeks after opening when the employer set no closing date: open all of that Dutch day.
      validThrough: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T2[23]:00:00\.000Z$/),
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Schoonmaakbedrijf Helder',
        identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: '12345678' },
      },
      jobLocation: { address: { postalCode: '1316', addressLocality: 'Almere', addressCountry: 'NL' } },
      employmentType: ['PART_TIME'],
      // A cleaner: ISCO-08 unit group 9112, through the occupation's ESCO match.
      occupationalCategory: {
        '@type': 'CategoryCode',
        inCodeSet: 'ISCO-08',
        codeValue: findOccupation('cleaner')!.isco,
      },
      directApply: false,
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/jansen|@helder/);
    await t.as(accountmanager).get(`/api/v1/vacancies/${id}/job-posting`).expect(200);
    // Another employer's vacancy is not found, exactly as one that does not exist.
    const hidden = await t.as(employerB).get(`/api/v1/vacancies/${id}/job-posting`).expect(404);
    expect(hidden.body.code).toBe('vacancy.not-found');
  });

  it('records the changes of vacancies of an employer that is renamed', async () => {
    const { cursor } = await follow('/api/v1/vacancy-feed?limit=200');
    await t.dataSource.query(`UPDATE employers SET name = 'Helder Schoon BV' WHERE id = $1`, [employerAId]);
    // Until the rename's changes are served: not while a transaction elsewhere on the server still runs.
    const { pages } = await follow(`/api/v1/vacancy-feed?cursor=${cursor}`, 1);
    const items = pages.flatMap((page) => page.items) as { vacancy?: { employer: { name: string } } }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.vacancy?.employer.name === 'Helder Schoon BV')).toBe(true);
  });
});
