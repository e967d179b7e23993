import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OrganisationsService } from '../apps/api/src/organisations/organisations.service';
import { eventually } from './support/eventually';
import { candidateProfile, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

interface FeedItem {
  id: string;
  removed: boolean;
  vacancy?: { title: string };
}

/** A port free now on 127.0.0.1: nothing listens on it until the test starts something there. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/**
 * The exchange between two deployments over real HTTP, each on its own database: Flevoland (A)
 * imports vacancies and publishes them; Regio Zwolle (B) follows A's feed as A's partner, matches
 * A's vacancy in Dronten for its own candidate in Kampen across the regional border, and sees a
 * vacancy closed in A go, a restart of B in the middle included. A job site reads A's feed in pages
 * and takes A's webhooks through an outage.
 */
describe('the vacancy exchange between two regions', () => {
  let a: TestApp;
  let b: TestApp;
  let followEnv: Record<string, string>;
  let aAccountmanager: string;
  let bKlantmanager: string;
  let bAccountmanager: string;
  let candidateId: string;
  const imported = new Map<string, string>();

  const inA = () => a.as(aAccountmanager, '/api/v1');
  const inB = () => b.as(bAccountmanager, '/api/v1');
  /** B's vacancies followed from A, by A's id (their reference), with their status here. */
  const followedInB = async () => {
    const list: { id: string; externalReference: string; source: string; status: string; title: string }[] = (
      await inB().get('/vacancies?limit=200').expect(200)
    ).body;
    return new Map(list.filter((v) => v.source === 'feed:flevoland').map((v) => [v.externalReference, v]));
  };
  const bVacanciesFor = async (id: string) =>
    (
      await b
        .as(await b.token({ role: 'jobhunter', subject: 'jh-jan', organisationId: kampenId }), '/api/v1')
        .get(`/candidates/${id}/vacancies`)
        .set('X-Purpose', 'zoeken naar werk')
        .expect(200)
    ).body.vacancies as { vacancyId: string }[];
  let kampenId: string;

  beforeAll(async () => {
    a = await TestApp.start({ env: { WEBHOOK_BACKOFF_MS: '200', WEBHOOK_ATTEMPTS: '50' } });
    await a.app.listen(0, '127.0.0.1');
    const aUrl = `http://127.0.0.1:${(a.app.getHttpServer().address() as AddressInfo).port}/api/v1`;
    aAccountmanager = await a.token({ role: 'accountmanager', subject: 'am-anna' });
    // A gives B a key to read its feed, as its administrator gives any partner one.
    const key = (await a.partnerKey(['vacancy-feed:read'])).replace(/^Bearer /, '');
    followEnv = {
      FOLLOWED_FEEDS: JSON.stringify([{ name: 'flevoland', url: aUrl, key }]),
      FEED_FOLLOW_INTERVAL_SECONDS: '1',
    };
    b = await TestApp.start({ env: followEnv });
    await b.organisation({
      slug: 'wsp-regio-zwolle',
      name: 'WSP Regio Zwolle',
      kind: 'wsp',
      regionCode: 'regio-zwolle',
    });
    kampenId = (
      await b.organisation({
        slug: 'kampen',
        name: 'Gemeente Kampen',
        municipalityCode: 'GM0166',
        regionCode: 'regio-zwolle',
      })
    ).id;
    bKlantmanager = await b.token({ role: 'klantmanager', subject: 'km-kim', organisationId: kampenId });
    bAccountmanager = await b.token({ role: 'accountmanager', subject: 'am-bert', organisationId: kampenId });
    // Lives in Kampen, goes by car up to 25 km: Dronten, across the border of the region, is in reach.
    candidateId = (
      await b
        .as(bKlantmanager, '/api/v1')
        .post('/candidates', candidateProfile({ name: 'Gerda', postcode: '8261', travel: { mode: 'car', maxKm: 25 } }))
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('imports into A with a repeated reference and bad rows: each good row once, each bad one named', async () => {
    const employer = { kvkNumber: '30123456', name: 'Schoonmaakbedrijf Polder', sector: 'N', postcode: '8251' };
    const row = (reference: string, overrides: object = {}) => ({
      ...vacancyBody({ title: `Schoonmaker ${reference}`, postcode: '8251' }),
      source: 'ats-polder',
      externalReference: reference,
      employer,
      ...overrides,
    });
    const rows = [
      row('P-1'),
      row('P-2', { postcode: '1316' }),
      row('P-1', { title: 'Nog eens P-1' }),
      row('P-3', { hoursPerWeek: 90 }),
      row('P-4', { occupation: 'astronaut' }),
      row('P-5', { postcode: '8252' }),
    ];
    const answer = (await inA().post('/vacancy-imports', rows).expect(201)).body;
    expect(answer.counts).toEqual({ created: 3, updated: 0, unchanged: 0, refused: 3 });
    expect(
      answer.rows
        .filter((r: { outcome: string }) => r.outcome === 'refused')
        .map((r: { index: number; invalidParams: { name: string }[] }) => [r.index, r.invalidParams[0].name]),
    ).toEqual([
      [2, 'externalReference'],
      [3, 'hoursPerWeek'],
      [4, 'occupation'],
    ]);
    for (const r of answer.rows.filter((r: { outcome: string }) => r.outcome === 'created'))
      imported.set(r.externalReference, r.vacancyId);
    // The same import again changes nothing and duplicates nothing.
    const again = (await inA().post('/vacancy-imports', [rows[0], rows[1], rows[5]]).expect(201)).body;
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
  });

  it("reads A's feed in pages: every published vacancy once, then each change, removals as removals", async () => {
    const reader = a.as(await a.partnerKey(['vacancy-feed:read']), '/api/v1');
    const readAll = async (cursor?: string) => {
      const items: FeedItem[] = [];
      for (;;) {
        const query = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = (await reader.get(`/vacancy-feed${query}`).expect(200)).body;
        const ids = page.items.map((item: FeedItem) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        items.push(...page.items);
        cursor = page.nextCursor;
        if (!page.more) return { items, cursor: cursor! };
      }
    };
    const first = await readAll();
    // The snapshot: A's three vacancies, each once; what follows it may repeat one (never lose one).
    expect(new Set(first.items.map((item) => item.id))).toEqual(new Set(imported.values()));

    const [p1, p2] = [imported.get('P-1')!, imported.get('P-2')!];
    const { version } = (await inA().get(`/vacancies/${p2}`).expect(200)).body;
    await inA().post(`/vacancies/${p2}/closure`, { reason: 'filled-elsewhere', version }).expect(200);
    const current = (await inA().get(`/vacancies/${p1}`).expect(200)).body;
    await inA()
      .put(`/vacancies/${p1}`, {
        ...vacancyBody({ title: 'Schoonmaker P-1 (32 uur)', postcode: '8251', hoursPerWeek: 32 }),
        version: current.version,
      })
      .expect(200);

    const next = await eventually(async () => {
      const read = await readAll(first.cursor);
      return read.items.length >= 2 ? read : undefined;
    });
    expect(next.items).toEqual(
      expect.arrayContaining([
        { id: p2, removed: true },
        expect.objectContaining({
          id: p1,
          removed: false,
          vacancy: expect.objectContaining({ title: 'Schoonmaker P-1 (32 uur)' }),
        }),
      ]),
    );
    // Nothing but the two changes, unless a transaction elsewhere on the server was still running as
    // the snapshot began (its horizon): then what follows the snapshot repeats some of it, each as it is now.
    const last = (id: string) => next.items.filter((item) => item.id === id).at(-1);
    expect(last(p2)).toEqual({ id: p2, removed: true });
    expect(last(p1)).toMatchObject({ removed: false, vacancy: { title: 'Schoonmaker P-1 (32 uur)' } });
    for (const item of next.items) expect([...imported.values()]).toContain(item.id);
    // Caught up: the same cursor again gives nothing new.
    expect((await readAll(next.cursor)).items).toEqual([]);
  });

  it("follows A in B: A's open vacancies are external vacancies in B, matched for B's candidate across the border", async () => {
    // P-2 closed in A before or after B read it: in B it is not open either way.
    const open = await eventually(async () => {
      const map = new Map([...(await followedInB())].filter(([, vacancy]) => vacancy.status === 'open'));
      return map.size === 2 && map.get(imported.get('P-1')!)?.title === 'Schoonmaker P-1 (32 uur)' ? map : undefined;
    });
    expect([...open.keys()].sort()).toEqual([imported.get('P-1'), imported.get('P-5')].sort());
    const p1 = open.get(imported.get('P-1')!)!;

    // Gerda, of Kampen (Regio Zwolle), is on the shortlist of A's vacancy in Dronten (Flevoland).
    const shortlist = await eventually(async () => {
      const answer = await inB().get(`/vacancies/${p1.id}/shortlist`).set('X-Purpose', 'shortlist beoordelen');
      return answer.status === 200 && answer.body.status === 'ready' ? answer.body : undefined;
    });
    expect(shortlist.entries.map((entry: { candidateId: string }) => entry.candidateId)).toContain(candidateId);
    expect((await bVacanciesFor(candidateId)).map((v) => v.vacancyId)).toContain(p1.id);

    // The vacancy is A's: B neither changes it nor proposes candidates to its employer.
    const changed = await inB().put(`/vacancies/${p1.id}`, { ...vacancyBody({ postcode: '8251' }), version: 1 });
    expect([changed.status, changed.body.code]).toEqual([409, 'vacancy.followed']);
    const proposed = await inB().post(`/vacancies/${p1.id}/proposals`, { candidateIds: [candidateId] });
    expect([proposed.status, proposed.body.code]).toEqual([409, 'proposal.followed-vacancy']);
    // B's own feed does not pass A's vacancies on.
    const bFeed = (await inB().get('/vacancy-feed?limit=200').expect(200)).body.items as FeedItem[];
    expect(bFeed.map((item) => item.id)).not.toContain(p1.id);
    const feeds = (await b.as(bAccountmanager, '/api/v1').get('/followed-feeds').expect(200)).body;
    expect(feeds).toEqual([expect.objectContaining({ name: 'flevoland', started: true, lastError: null })]);
  });

  it('closes in B what A closes, also when B was down meanwhile, and takes it off B’s lists', async () => {
    const [p1, p5] = [imported.get('P-1')!, imported.get('P-5')!];
    const local = (await followedInB()).get(p1)!;
    await b.app.close();

    const { version } = (await inA().get(`/vacancies/${p1}`).expect(200)).body;
    await inA().post(`/vacancies/${p1}/closure`, { reason: 'filled-elsewhere', version }).expect(200);
    const current = (await inA().get(`/vacancies/${p5}`).expect(200)).body;
    await inA()
      .put(`/vacancies/${p5}`, {
        ...vacancyBody({ title: 'Schoonmaker P-5 (avond)', postcode: '8252' }),
        version: current.version,
      })
      .expect(200);

    await b.restart(followEnv);
    const after = await eventually(async () => {
      const map = await followedInB();
      return map.get(p1)?.status === 'closed' && map.get(p5)?.title === 'Schoonmaker P-5 (avond)' ? map : undefined;
    });
    expect(after.get(p1)!.id).toBe(local.id);
    expect((await bVacanciesFor(candidateId)).map((v) => v.vacancyId)).not.toContain(local.id);
    const shortlists = (await inB().get('/shortlists?limit=200').expect(200)).body as { vacancyId: string }[];
    expect(shortlists.map((shortlist) => shortlist.vacancyId)).not.toContain(local.id);
  });

  it('brings a vacancy A pauses and resumes back to B as a new generation of it', async () => {
    const p5 = imported.get('P-5')!;
    const before = (await followedInB()).get(p5)!;
    const setStatus = async (status: string) => {
      const { version } = (await inA().get(`/vacancies/${p5}`).expect(200)).body;
      await inA().put(`/vacancies/${p5}/status`, { status, version }).expect(200);
    };
    await setStatus('on-hold');
    await eventually(async () => ((await followedInB()).get(p5)?.status === 'closed' ? true : undefined));
    await setStatus('open');
    const generations = await eventually(async () => {
      const list: { id: string; externalReference: string; status: string; reopenedFrom: string | null }[] = (
        await inB().get('/vacancies?limit=200').expect(200)
      ).body;
      const mine = list.filter((vacancy) => vacancy.externalReference === p5);
      return mine.some((vacancy) => vacancy.status === 'open') ? mine : undefined;
    });
    expect(generations).toHaveLength(2);
    expect(generations.find((vacancy) => vacancy.status === 'open')).toMatchObject({ reopenedFrom: before.id });
    expect(generations.find((vacancy) => vacancy.id === before.id)).toMatchObject({ status: 'closed' });
  });

  it('delivers A’s webhook events to a job site whose endpoint was down, each once', async () => {
    const port = await freePort();
    const wsp = (await a.app.get(OrganisationsService).findBySlug('wsp-flevoland'))!;
    const admin = a.as(await a.token({ role: 'admin', subject: 'beheer-wsp', organisationId: wsp.id }), '/api/v1');
    const partner = (
      await admin
        .post('/partners', { name: 'Banensite', kind: 'job-site', contactEmail: 'api@banen.example' })
        .expect(201)
    ).body;
    const subscription = (
      await admin
        .post(`/partners/${partner.id}/webhook-subscriptions`, {
          url: `http://127.0.0.1:${port}/hook`,
          events: ['vacancy.created', 'vacancy.changed', 'vacancy.removed'],
        })
        .expect(201)
    ).body;
    const p3 = (
      await inA()
        .post('/vacancy-imports', [
          {
            ...vacancyBody({ title: 'Schoonmaker P-6', postcode: '8251' }),
            source: 'ats-polder',
            externalReference: 'P-6',
            employer: { kvkNumber: '30123456' },
          },
        ])
        .expect(201)
    ).body.rows[0].vacancyId as string;
    const deliveries = async () =>
      (await admin.get(`/partners/${partner.id}/webhook-subscriptions/${subscription.id}/deliveries`).expect(200))
        .body as { status: string; attempts: number }[];
    // Each change its own event: the creation is on its way before the vacancy is closed.
    await eventually(async () => ((await deliveries()).length === 1 ? true : undefined));
    const { version } = (await inA().get(`/vacancies/${p3}`).expect(200)).body;
    await inA().post(`/vacancies/${p3}/closure`, { reason: 'withdrawn', version }).expect(200);
    await eventually(async () => {
      const list = await deliveries();
      return list.length === 2 && list.every((d) => d.attempts >= 2) ? list : undefined;
    });

    const received: string[] = [];
    const receiver: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(port, '127.0.0.1', () => done()));
    try {
      await eventually(async () => ((await deliveries()).every((d) => d.status === 'delivered') ? true : undefined));
      const events = received.map(
        (body) => JSON.parse(body) as { id: string; type: string; occurredAt: string; data: { id: string } },
      );
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
      const inOrder = [...events].sort((x, y) => x.occurredAt.localeCompare(y.occurredAt));
      expect(inOrder.map((event) => [event.type, event.data.id])).toEqual([
        ['vacancy.created', p3],
        ['vacancy.removed', p3],
      ]);
    } finally {
      await new Promise<void>((done) => receiver.close(() => done()));
    }
  });
});
