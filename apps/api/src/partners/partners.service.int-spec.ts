import type { Principal } from '@werkbrug/common';
import { Organisation, User } from '@werkbrug/database';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '../../../../test/support/eventually';
import { principal } from '../../../../test/support/principals';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { PartnersModule } from './partners.module';
import { PartnersService } from './partners.service';
import { verifyWebhook } from './webhook-signature';
import { WebhookAttemptFailed, WebhooksService } from './webhooks.service';
import { uniqueKvkNumber, vacancyInput } from '../../../../test/support/fixtures';

/** A receiver on this machine: what it was sent, and whether it answers 200 or 503 now. */
function receiver() {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const state = { up: true };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (state.up) received.push({ headers: request.headers, body });
      response.writeHead(state.up ? 200 : 503).end();
    });
  });
  return {
    received,
    state,
    server,
    listen: () =>
      new Promise<string>((done) =>
        server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)),
      ),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('PartnersService and WebhooksService on real repositories', () => {
  let t: ServiceTest;
  let partners: PartnersService;
  let webhooks: WebhooksService;
  let wspAdmin: Principal;
  let municipalityAdmin: Principal;
  const accountmanager = principal('accountmanager', 'am-anna');

  beforeEach(async () => {
    t = await ServiceTest.start({
      imports: [EmployersModule, VacanciesModule, PartnersModule],
      env: { WEBHOOK_ATTEMPTS: '2' },
    });
    partners = t.get(PartnersService);
    webhooks = t.get(WebhooksService);
    const wsp = await t.db.manager.getRepository(Organisation).save({
      slug: 'wsp-flevoland',
      kind: 'wsp',
      name: 'WSP Flevoland',
      municipalityCode: null,
      regionCode: 'flevoland',
    });
    const users = t.db.manager.getRepository(User);
    const admin = await users.save({
      organisationId: wsp.id,
      employerId: null,
      email: 'w@wsp.example',
      name: 'Willem',
      roles: ['admin'],
      status: 'active',
    });
    const other = await users.save({
      organisationId: t.owner.organisationId,
      employerId: null,
      email: 'a@almere.example',
      name: 'Anna',
      roles: ['admin'],
      status: 'active',
    });
    wspAdmin = principal('admin', 'willem', { userId: admin.id, organisationId: wsp.id });
    municipalityAdmin = principal('admin', 'anna', { userId: other.id, organisationId: t.owner.organisationId });
  });

  afterEach(() => t?.close());

  const partner = () =>
    partners.create(wspAdmin, {
      name: 'Vacaturesite Flevoland',
      kind: 'job-site',
      contactEmail: 'api@vacatures.example',
    });

  it("is the werkgeversservicepunt's administrators' only: another organisation's administrator is refused", async () => {
    await expect(partner()).resolves.toMatchObject({ name: 'Vacaturesite Flevoland' });
    await expect(
      partners.create(municipalityAdmin, { name: 'X', kind: 'ats', contactEmail: 'x@x.example' }),
    ).rejects.toMatchObject({ code: 'partner.wsp-administrator-only' });
    await expect(partners.list(municipalityAdmin, { limit: 10, offset: 0 })).rejects.toMatchObject({
      code: 'partner.wsp-administrator-only',
    });
  });

  it('keeps only the hash of a key, shown once, and resolves it to the partner with its scopes', async () => {
    const { id: partnerId } = await partner();
    const created = await partners.createKey(wspAdmin, partnerId, { name: 'Feed', scopes: ['vacancy-feed:read'] });
    expect(created.key).toMatch(new RegExp(`^wbp_${created.publicId}_[A-Za-z0-9_-]{43}$`));
    const [row] = await t.db.manager.query(`SELECT row_to_json(k)::text AS text, key_hash FROM partner_api_keys k`);
    expect(row.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(row.text).not.toContain(created.key.split('_')[2]);
    const listed = (await partners.listKeys(wspAdmin, partnerId, { limit: 10, offset: 0 })).items;
    expect(JSON.stringify(listed)).not.toContain(created.key);

    const resolved = await partners.resolve(created.key);
    expect(resolved).toMatchObject({
      publicId: created.publicId,
      rateLimitPerMinute: 120,
      principal: {
        role: 'partner',
        partnerId,
        scopes: ['vacancy-feed:read'],
        subject: `partner-key:${created.publicId}`,
      },
    });
    // One character off, or no key at all: nobody.
    const last = created.key.at(-1) === 'A' ? 'B' : 'A';
    expect(await partners.resolve(created.key.slice(0, -1) + last)).toBeUndefined();
    expect(await partners.resolve('wbp_00000000_nothing')).toBeUndefined();
  });

  it('refuses a revoked key from the next lookup on, and keeps who revoked it and when', async () => {
    const { id: partnerId } = await partner();
    const created = await partners.createKey(wspAdmin, partnerId, { name: 'Feed', scopes: ['vacancy-feed:read'] });
    expect(await partners.resolve(created.key)).toBeDefined();
    const revoked = await partners.revokeKey(wspAdmin, partnerId, created.id);
    expect(revoked).toMatchObject({ revokedBy: wspAdmin.userId, revokedAt: t.clock.now(), createdBy: wspAdmin.userId });
    expect(await partners.resolve(created.key)).toBeUndefined();
    // Another partner's key is not found under this one.
    const { id: otherPartner } = await partners.create(wspAdmin, {
      name: 'UWV',
      kind: 'uwv',
      contactEmail: 'u@uwv.example',
    });
    await expect(partners.revokeKey(wspAdmin, otherPartner, created.id)).rejects.toMatchObject({
      code: 'partner.api-key-not-found',
    });
  });

  it('writes the last use at most once a minute', async () => {
    const { id: partnerId } = await partner();
    const created = await partners.createKey(wspAdmin, partnerId, { name: 'Feed', scopes: ['vacancy-feed:read'] });
    const lastUse = async () =>
      (await partners.listKeys(wspAdmin, partnerId, { limit: 10, offset: 0 })).items[0].lastUsedAt?.toISOString();
    expect(await lastUse()).toBeUndefined();
    const first = t.clock.now().toISOString();
    await partners.resolve(created.key);
    expect(await lastUse()).toBe(first);
    t.clock.advance(30_000);
    await partners.resolve(created.key);
    expect(await lastUse()).toBe(first);
    t.clock.advance(31_000);
    await partners.resolve(created.key);
    expect(await lastUse()).toBe(t.clock.now().toISOString());
  });

  describe('webhooks', () => {
    const hook = receiver();
    let url: string;
    beforeAll(async () => (url = await hook.listen()));
    afterAll(() => hook.close());
    beforeEach(() => {
      hook.received.length = 0;
      hook.state.up = true;
    });

    async function vacancy(title: string): Promise<string> {
      const employer = await t
        .get(EmployersService)
        .create({ name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
      const created = await t.get(VacanciesService).create(vacancyInput(employer.id, { title }), accountmanager);
      return created.id;
    }
    const pendingDeliveryIds = async (): Promise<string[]> =>
      (
        await t.db.manager.query(`SELECT id FROM webhook_deliveries WHERE status = 'pending' ORDER BY created_at, id`)
      ).map((row: { id: string }) => row.id);

    /** The pending deliveries once there are `count`: the pump sees a change once every older transaction on the database server has ended. */
    const fannedOut = (count: number) =>
      eventually(async () => {
        while ((await webhooks.fanOut()) > 0);
        const pending = await pendingDeliveryIds();
        return pending.length >= count ? pending : undefined;
      });

    it('turns each change after the subscription into one signed delivery, sent once', async () => {
      await vacancy('Before the subscription');
      const { id: partnerId } = await partner();
      const subscription = await webhooks.subscribe(wspAdmin, partnerId, {
        url,
        events: ['vacancy.created', 'vacancy.removed'],
      });
      expect(subscription.secret).toMatch(/^whsec_/);
      const id = await vacancy('Schoonmaker kantoren');
      await fannedOut(1);
      await t.db.manager.query(`UPDATE vacancies SET status = 'on-hold' WHERE id = $1`, [id]);
      const deliveries = await fannedOut(2);
      expect(deliveries).toHaveLength(2);
      for (const delivery of deliveries) await webhooks.deliver(delivery);
      // A job that comes again sends nothing more.
      for (const delivery of deliveries) await webhooks.deliver(delivery);
      expect(hook.received).toHaveLength(2);
      const bodies = hook.received.map(({ body }) => JSON.parse(body));
      expect(bodies.map((body) => [body.type, body.data.id])).toEqual([
        ['vacancy.created', id],
        ['vacancy.removed', id],
      ]);
      expect(bodies[0].data).toMatchObject({
        title: 'Schoonmaker kantoren',
        employer: { name: 'Schoonmaakbedrijf Helder' },
      });
      expect(bodies[1].data).toEqual({ id, removed: true });
      const now = Math.floor(t.clock.now().getTime() / 1000);
      for (const { headers, body } of hook.received) {
        expect(headers['webhook-id']).toBe(JSON.parse(body).id);
        const signed = {
          timestamp: String(headers['webhook-timestamp']),
          signature: String(headers['webhook-signature']),
        };
        expect(verifyWebhook(subscription.secret, signed, body, now)).toBe(true);
        expect(verifyWebhook('whsec_another', signed, body, now)).toBe(false);
        expect(verifyWebhook(subscription.secret, signed, body, now + 301)).toBe(false);
      }
      // The cursor has moved on: nothing is made twice.
      expect(await webhooks.fanOut()).toBe(0);
      expect(await pendingDeliveryIds()).toEqual([]);
    });

    it('fails a delivery after its attempts, shows the subscription failing, and replays it with the same event id', async () => {
      const { id: partnerId } = await partner();
      const subscription = await webhooks.subscribe(wspAdmin, partnerId, { url, events: ['vacancy.created'] });
      await vacancy('Schoonmaker');
      const [deliveryId] = await fannedOut(1);
      hook.state.up = false;
      await expect(webhooks.deliver(deliveryId)).rejects.toBeInstanceOf(WebhookAttemptFailed);
      await webhooks.deliver(deliveryId); // the second of WEBHOOK_ATTEMPTS=2: failed for good, no retry asked
      const page = { limit: 10, offset: 0 };
      const [failed] = (await webhooks.deliveries(wspAdmin, partnerId, subscription.id, { status: 'failed' }, page))
        .items;
      expect(failed).toMatchObject({ id: deliveryId, status: 'failed', attempts: 2, lastStatusCode: 503, round: 1 });
      const [listed] = (await webhooks.subscriptions(wspAdmin, partnerId, page)).items;
      expect(listed).toMatchObject({ failedDeliveries: 1 });
      // Failed for good: on the werkvoorraad of the WSP's beheerders, written with the failure.
      const items = await t.db.manager.query(
        `SELECT source_key, role, organisation_id, link, params FROM work_items WHERE kind = 'webhook-failed'`,
      );
      expect(items).toEqual([
        {
          source_key: `webhook-delivery:${deliveryId}:1`,
          role: 'admin',
          organisation_id: wspAdmin.organisationId,
          link: '#/partners',
          params: { eventType: 'vacancy.created', partnerId },
        },
      ]);

      hook.state.up = true;
      const replayed = await webhooks.replay(wspAdmin, partnerId, subscription.id, deliveryId);
      expect(replayed).toMatchObject({ status: 'pending', round: 2, attempts: 0 });
      await expect(webhooks.replay(wspAdmin, partnerId, subscription.id, deliveryId)).rejects.toMatchObject({
        code: 'partner.delivery-not-failed',
      });
      await webhooks.deliver(deliveryId);
      expect(hook.received.map(({ body }) => JSON.parse(body).id)).toEqual([failed.eventId]);
      const [delivered] = (await webhooks.deliveries(wspAdmin, partnerId, subscription.id, {}, page)).items;
      expect(delivered).toMatchObject({ status: 'delivered', round: 2 });
    });

    // PGlite has one connection: two transactions cannot be open at once there.
    (process.env.DATABASE_URL ? it : it.skip)(
      'never passes a change that commits later with a lower position: the feed’s rule',
      async () => {
        const { id: partnerId } = await partner();
        await webhooks.subscribe(wspAdmin, partnerId, { url, events: ['vacancy.changed'] });
        const een = await vacancy('Een');
        const twee = await vacancy('Twee');
        await eventually(async () => ((await webhooks.fanOut()) > 0 ? true : undefined));
        while ((await webhooks.fanOut()) > 0);
        const older = t.db.dataSource.createQueryRunner();
        const younger = t.db.dataSource.createQueryRunner();
        await Promise.all([older.connect(), younger.connect()]);
        const events = async () =>
          (await t.db.manager.query(`SELECT data->>'title' AS title FROM webhook_events ORDER BY change_position`)).map(
            (row: { title: string }) => row.title,
          );
        try {
          await older.startTransaction();
          await older.query(`SELECT pg_current_xact_id()`);
          await younger.startTransaction();
          await younger.query(`SELECT pg_current_xact_id()`);
          // The younger writes first (the lower position) and stays open; the older writes after it and commits.
          await younger.query(`UPDATE vacancies SET title = 'Twee (jong)' WHERE id = $1`, [twee]);
          await older.query(`UPDATE vacancies SET title = 'Een (oud)' WHERE id = $1`, [een]);
          await older.commitTransaction();
          const eventsOnce = (count: number) =>
            eventually(async () => {
              while ((await webhooks.fanOut()) > 0);
              const made = await events();
              return made.length >= count ? made : undefined;
            });
          expect(await eventsOnce(1)).toEqual(['Een (oud)']);
          await younger.commitTransaction();
          expect((await eventsOnce(2)).sort()).toEqual(['Een (oud)', 'Twee (jong)']);
        } finally {
          for (const runner of [older, younger]) if (runner.isTransactionActive) await runner.rollbackTransaction();
          await Promise.all([older.release(), younger.release()]);
        }
      },
    );

    it('refuses plain http to anywhere but this machine', async () => {
      const { id: partnerId } = await partner();
      await expect(
        webhooks.subscribe(wspAdmin, partnerId, {
          url: 'http://vacatures.example.nl/hook',
          events: ['vacancy.created'],
        }),
      ).rejects.toMatchObject({ code: 'partner.webhook-url-not-allowed' });
    });
  });
});
