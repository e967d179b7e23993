import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../apps/api/src/partners/webhook-signature';
import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';

/**
 * Partners over real HTTP: the WSP administrator registers a partner and gives it a key; the key
 * reads the feed and nothing else; revoked, it is refused at once; a webhook receiver that is down
 * for a while then receives every event once, signed.
 */
describe('partners: API keys, scopes and webhooks', () => {
  let t: TestApp;
  let wspAdmin: string;
  let accountmanager: string;
  let employerId: string;
  let partnerId: string;

  const admin = () => t.as(wspAdmin, '/api/v1');
  const withKey = (key: string) => t.as(`Bearer ${key}`, '/api/v1');
  const newKey = async (scopes: string[], extra: object = {}) =>
    (
      await admin()
        .post(`/partners/${partnerId}/api-keys`, { name: 'Koppeling', scopes, ...extra })
        .expect(201)
    ).body;
  const postVacancy = async (title: string) =>
    (await t.as(accountmanager, '/api/v1').post('/vacancies', vacancyBody({ title, employerId })).expect(201)).body
      .id as string;

  beforeAll(async () => {
    t = await TestApp.start();
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    wspAdmin = await t.token({ role: 'admin', subject: 'willem', organisationId: wsp.id });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    employerId = (
      await t
        .as(accountmanager, '/api/v1')
        .post('/employers', {
          name: 'Schoonmaakbedrijf Helder',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    partnerId = (
      await admin()
        .post('/partners', { name: 'Vacaturesite Flevoland', kind: 'job-site', contactEmail: 'api@vacatures.example' })
        .expect(201)
    ).body.id;
  });

  afterAll(() => t?.close());

  it('lets only the administrator of the werkgeversservicepunt administer partners', async () => {
    const municipalAdmin = await t.token({ role: 'admin', subject: 'beheer-almere' });
    const refused = await t.as(municipalAdmin, '/api/v1').get('/partners').expect(403);
    expect(refused.body.code).toBe('partner.wsp-administrator-only');
    await t.as(accountmanager, '/api/v1').get('/partners').expect(403);
    expect((await admin().get('/partners').expect(200)).body.map((p: { id: string }) => p.id)).toEqual([partnerId]);
  });

  it('reads the feed and a JobPosting with a feed key, and nothing else; a revoked key is refused at once', async () => {
    const vacancyId = await postVacancy('Schoonmaker kantoren');
    const created = await newKey(['vacancy-feed:read']);
    expect(created.key).toMatch(/^wbp_[0-9a-f]{8}_/);
    expect(JSON.stringify((await admin().get(`/partners/${partnerId}/api-keys`).expect(200)).body)).not.toContain(
      created.key,
    );

    const page = await withKey(created.key).get('/vacancy-feed').expect(200);
    expect(page.body.items.map((item: { id: string }) => item.id)).toContain(vacancyId);
    const posting = await withKey(created.key).get(`/vacancies/${vacancyId}/job-posting`).expect(200);
    expect(posting.body).toMatchObject({ '@type': 'JobPosting', title: 'Schoonmaker kantoren' });
    // Candidate data and the rest of the API: the role gate.
    for (const path of ['/candidates', `/vacancies/${vacancyId}`, `/vacancies/${vacancyId}/shortlist`, '/partners']) {
      const refused = await withKey(created.key).get(path);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({
        path,
        status: 403,
        code: 'auth.role-not-allowed',
      });
    }
    const listed = (await admin().get(`/partners/${partnerId}/api-keys`).expect(200)).body;
    expect(listed.find((key: { id: string }) => key.id === created.id).lastUsedAt).not.toBeNull();

    await admin().post(`/partners/${partnerId}/api-keys/${created.id}/revoke`, {}).expect(200);
    const refused = await withKey(created.key).get('/vacancy-feed').expect(401);
    expect(refused.body.code).toBe('auth.unauthenticated');
  });

  it('refuses a key without the scope an endpoint needs (403), and a key that is not one (401)', async () => {
    const importKey = await newKey(['vacancies:write']);
    const refused = await withKey(importKey.key).get('/vacancy-feed').expect(403);
    expect(refused.body.code).toBe('auth.scope-missing');
    await withKey(`${importKey.key.slice(0, -2)}xx`)
      .get('/vacancy-feed')
      .expect(401);
  });

  it("counts a key's requests against its own budget, not the staff limit", async () => {
    const small = await newKey(['vacancy-feed:read'], { rateLimitPerMinute: 2 });
    await withKey(small.key).get('/vacancy-feed').expect(200);
    await withKey(small.key).get('/vacancy-feed').expect(200);
    await withKey(small.key).get('/vacancy-feed').expect(429);
    // Another key of the same partner, and staff, have budgets of their own.
    const other = await newKey(['vacancy-feed:read']);
    await withKey(other.key).get('/vacancy-feed').expect(200);
    await t.as(accountmanager, '/api/v1').get('/vacancy-feed').expect(200);
  });

  it('delivers each event once, signed, to a receiver that was down for a while, with no personal data', async () => {
    // A port nobody listens on yet: the receiver is down.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));

    const subscription = (
      await admin()
        .post(`/partners/${partnerId}/webhook-subscriptions`, {
          url: `http://127.0.0.1:${port}/hook`,
          events: ['vacancy.created', 'vacancy.changed', 'vacancy.removed'],
        })
        .expect(201)
    ).body;
    expect(subscription.secret).toMatch(/^whsec_/);
    const klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    await t
      .as(klantmanager, '/api/v1')
      .post('/candidates', candidateProfile({ name: 'Ans Geheimhouder' }))
      .expect(201);
    const een = await postVacancy('Schoonmaker Een');
    const twee = await postVacancy('Schoonmaker Twee');
    const { version } = (await t.as(accountmanager, '/api/v1').get(`/vacancies/${een}`).expect(200)).body;
    await t
      .as(accountmanager, '/api/v1')
      .put(`/vacancies/${een}`, { ...vacancyBody({ title: 'Schoonmaker Een (32 uur)', hoursPerWeek: 32 }), version })
      .expect(200);

    type Delivery = { status: string; attempts: number; lastError: string | null };
    const deliveries = (query = '') =>
      admin()
        .get(`/partners/${partnerId}/webhook-subscriptions/${subscription.id}/deliveries${query}`)
        .expect(200)
        .then((answer) => answer.body as Delivery[]);
    /** The deliveries once `check` holds for them. */
    const deliveriesWhen = (check: (list: Delivery[]) => boolean) =>
      eventually(async () => {
        const list = await deliveries();
        return check(list) ? list : undefined;
      });
    // Every delivery tried at least twice while nobody listens.
    await deliveriesWhen((list) => list.length === 3 && list.every((d) => d.attempts >= 2));
    const failing = (await admin().get(`/partners/${partnerId}/webhook-subscriptions`).expect(200)).body[0];
    expect(failing).toMatchObject({ id: subscription.id, failing: true, pendingDeliveries: 3 });

    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    const receiver: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(port, '127.0.0.1', () => done()));
    try {
      await deliveriesWhen((list) => list.every((d) => d.status === 'delivered'));
      const events = received.map(({ body }) => JSON.parse(body));
      expect(new Set(events.map((event) => event.id)).size).toBe(received.length);
      // A created event carries the vacancy as it was when the event was made: before or after the change.
      expect(events.map((event) => [event.type, event.data.id]).sort()).toEqual(
        [
          ['vacancy.created', een],
          ['vacancy.created', twee],
          ['vacancy.changed', een],
        ].sort(),
      );
      expect(events.find((event) => event.type === 'vacancy.changed').data).toMatchObject({
        title: 'Schoonmaker Een (32 uur)',
        hoursPerWeek: 32,
        employer: { name: 'Schoonmaakbedrijf Helder' },
      });
      expect(received).toHaveLength(3);
      const now = Math.floor(Date.now() / 1000);
      for (const { headers, body } of received) {
        expect(headers['webhook-id']).toBe(JSON.parse(body).id);
        const signed = {
          timestamp: String(headers['webhook-timestamp']),
          signature: String(headers['webhook-signature']),
        };
        expect(verifyWebhook(subscription.secret, signed, body, now)).toBe(true);
        expect(body).not.toMatch(/Ans Geheimhouder|p\.jansen/);
      }
      expect((await admin().get(`/partners/${partnerId}/webhook-subscriptions`).expect(200)).body[0]).toMatchObject({
        failing: false,
        pendingDeliveries: 0,
        failedDeliveries: 0,
      });
      expect(await deliveries('?status=failed')).toEqual([]);
    } finally {
      await new Promise<void>((done) => receiver.close(() => done()));
    }
  });
});
