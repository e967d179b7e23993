import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** Sends a Buffer as it is: superagent would serialize one sent as application/json to JSON. */
const asIs = (raw: Buffer) => raw as unknown as string;

/** What every answer carries and what the API refuses before any handler runs: headers, CORS, size and rate limits. */
describe('HTTP hardening', () => {
  // A body the register takes; a KvK number of its own each time, as each employer needs one.
  const employer = () => ({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });

  describe('with the default configuration', () => {
    let t: TestApp;
    let accountmanager: string;

    beforeAll(async () => {
      t = await TestApp.start();
      accountmanager = await t.token({ role: 'accountmanager' });
    });

    afterAll(() => t.close());

    it('sends security headers and hides the framework', async () => {
      for (const response of [
        await t.http.get('/api/v1/employers').set('Authorization', accountmanager).expect(200),
        await t.http.get('/health/live').expect(200),
      ]) {
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(response.headers['content-security-policy']).toContain("default-src 'none'");
        expect(response.headers['x-powered-by']).toBeUndefined();
        expect(response.headers['api-version']).toBe('1.0.0');
        // Answers of the API hold personal data: no cache, shared or private, keeps them.
        expect(response.headers['cache-control']).toBe('no-store');
      }
      for (const path of ['/', '/api/v1/docs/']) {
        expect((await t.http.get(path).expect(200)).headers['x-frame-options']).toBe('DENY');
      }
      const problem = await t.http.get('/api/v1/nothing-here').expect(404);
      expect(problem.headers['cache-control']).toBe('no-store');
    });

    it('lets any origin read the OpenAPI document, and only that', async () => {
      const document = await t.http.get('/api/v1/openapi.json').set('Origin', 'https://portaal.example').expect(200);
      expect(document.headers['access-control-allow-origin']).toBe('*');
      expect(document.headers['cross-origin-resource-policy']).toBe('cross-origin');
      const api = await t.http
        .get('/api/v1/employers')
        .set('Authorization', accountmanager)
        .set('Origin', 'https://portaal.example')
        .expect(200);
      expect(api.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('gives each resource one address: a trailing slash is not found', async () => {
      await t.http.get('/api/v1/vacancies').set('Authorization', accountmanager).expect(200);
      for (const path of ['/api/v1/vacancies/', '/api/v1/employers/', '/health/live/']) {
        const response = await t.http.get(path).set('Authorization', accountmanager).expect(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ code: 'request.not-found', instance: path });
      }
      await t.http.post('/api/v1/employers/').set('Authorization', accountmanager).send(employer()).expect(404);
    });

    it('serves the Swagger UI under a policy that lets it load its own scripts and styles', async () => {
      const page = await t.http.get('/api/v1/docs/').expect(200);
      const policy = page.headers['content-security-policy'];
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self' https: 'unsafe-inline'");
      expect(policy).not.toContain("default-src 'none'");
      // Over plain HTTP on an intranet host, this would send the browser to HTTPS for the scripts: an empty page.
      expect(policy).not.toContain('upgrade-insecure-requests');
      // Every script the page loads comes from the same origin, and no script is inline.
      const scripts = [...page.text.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/src="\.\/[\w.-]+\.js"/);
        expect(body.trim()).toBe('');
      }
      await t.http.get('/api/v1/docs/swagger-ui-init.js').expect(200);
      await t.http.get('/api/v1/openapi.json').expect(200);
    });

    it('serves the web app under a strict policy: own origin only, no inline script but the import map by its hash', async () => {
      const page = await t.http.get('/').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const policy = page.headers['content-security-policy'];
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("img-src 'self' data:");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      const inline = [...page.text.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].filter(
        ([, , body]) => body.trim() !== '',
      );
      expect(inline.map(([, attributes]) => attributes.trim())).toEqual(['type="importmap"']);
      const hash = `'sha256-${createHash('sha256').update(inline[0][2], 'utf8').digest('base64')}'`;
      expect(policy).toMatch(new RegExp(`script-src 'self' ${hash.replace(/[+/]/g, '\\$&')}(;|$)`));
      // Every module the import map names is served from node_modules, as JavaScript.
      for (const url of Object.values<string>(JSON.parse(inline[0][2]).imports)) {
        const module = await t.http.get(url).expect(200);
        expect(module.headers['content-type']).toMatch(/javascript/);
      }
      await t.http
        .get('/app.js')
        .expect(200)
        .expect('content-type', /javascript/);
      await t.http.get('/styles.css').expect(200).expect('content-type', /css/);
      // The API keeps its own policy, and nothing outside the web app's folders is served.
      expect((await t.http.get('/api/v1/openapi.json')).headers['content-security-policy']).toBe(
        (await t.http.get('/health/live')).headers['content-security-policy'],
      );
      await t.http.get('/vendor/preact/package.json').expect(404);
      await t.http.get('/../package.json').expect(404);
    });

    it('sends the web app and larger answers gzipped to a browser that accepts it, for slow connections', async () => {
      for (const path of [
        '/vendor/preact/preact.mjs',
        '/screens/shortlist.js',
        '/styles.css',
        '/api/v1/openapi.json',
      ]) {
        const zipped = await t.http.get(path).set('Accept-Encoding', 'gzip').expect(200);
        expect([path, zipped.headers['content-encoding']]).toEqual([path, 'gzip']);
      }
      const plain = await t.http.get('/styles.css').set('Accept-Encoding', 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
    });

    it('sends no CORS headers, not even for a preflight', async () => {
      const simple = await t.http
        .get('/api/v1/employers')
        .set('Authorization', accountmanager)
        .set('Origin', 'https://elders.example')
        .expect(200);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t.http
        .options('/api/v1/employers')
        .set('Origin', 'https://elders.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    });

    it('refuses a JSON body over the limit with a 413 problem and writes nothing', async () => {
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM employers');
      const response = await t.http
        .post('/api/v1/employers')
        .set('Authorization', accountmanager)
        .send({ ...employer(), name: 'x'.repeat(300 * 1024) })
        .expect(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 413, title: 'Request too large', instance: '/api/v1/employers' });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM employers')).toEqual(before);
      // Just under the limit is parsed, and then validation (not the size) says what is wrong.
      const invalid = await t.http
        .post('/api/v1/employers')
        .set('Authorization', accountmanager)
        .send({ ...employer(), name: 'x'.repeat(200 * 1024) })
        .expect(400);
      expect(invalid.body.invalidParams.map((p: { name: string }) => p.name)).toContain('name');
    });

    describe('hostile input', () => {
      const rows = async () =>
        t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM employers) AS employers, (SELECT count(*)::int FROM vacancies) AS vacancies`,
        );
      const params = (response: { body: { invalidParams?: { name: string; code: string }[] } }) =>
        (response.body.invalidParams ?? []).map(({ name, code }) => [name, code]);
      let admin: string;
      let employerId: string;

      beforeAll(async () => {
        admin = await t.token({ role: 'admin' });
        employerId = (
          await t.http
            .post('/api/v1/employers')
            .set('Authorization', accountmanager)
            .send({ ...employer(), name: 'Bouw Lelystad' })
            .expect(201)
        ).body.id;
      });

      it('refuses a control character in a text field or a query parameter with a 400 naming it', async () => {
        const before = await rows();
        const nul = await t.http
          .post('/api/v1/employers')
          .set('Authorization', accountmanager)
          .send({ ...employer(), name: 'Schoon\u0000Almere' })
          .expect(400);
        expect(nul.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(params(nul)).toEqual([['name', 'field.control-character']]);
        const title = await t.http
          .post('/api/v1/vacancies')
          .set('Authorization', accountmanager)
          .send(vacancyBody({ employerId, title: 'Schoonmaker\u001b[2J' }))
          .expect(400);
        expect(params(title)).toEqual([['title', 'field.control-character']]);
        for (const [path, name, token] of [
          ['/api/v1/audit', 'actor', admin],
          ['/api/v1/kansrijkheid', 'region', admin],
          ['/api/v1/follow-ups', 'assignedTo', accountmanager],
        ]) {
          for (const value of ['a%00b', 'a%0Ab', '%7F']) {
            const response = await t.http.get(`${path}?${name}=${value}`).set('Authorization', token).expect(400);
            expect([path, params(response)]).toEqual([path, [[name, 'field.control-character']]]);
          }
        }
        expect(await rows()).toEqual(before);
        // Tab and line breaks belong in free text.
        await t.http
          .post('/api/v1/employers')
          .set('Authorization', accountmanager)
          .send({ ...employer(), name: 'Schoon\tAlmere\r\nNoord' })
          .expect(201);
      });

      it('refuses a compressed body that does not decompress with a 400, and reads one that does', async () => {
        const before = await rows();
        const json = () => Buffer.from(JSON.stringify({ ...employer(), name: 'Gezipt Almere' }));
        for (const [encoding, body] of [
          ['gzip', Buffer.from('not gzip at all')],
          ['gzip', gzipSync(json()).subarray(0, 20)],
          ['br', Buffer.from('not brotli')],
          ['deflate', Buffer.from([0x78, 0x9c, 0xff, 0xff])],
        ] as const) {
          const response = await t.http
            .post('/api/v1/employers')
            .set('Authorization', accountmanager)
            .set('Content-Type', 'application/json')
            .set('Content-Encoding', encoding)
            .serialize(asIs)
            .send(body)
            .expect(400);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.body).toMatchObject({ code: 'request.malformed-body', status: 400 });
        }
        expect(await rows()).toEqual(before);
        for (const [encoding, body] of [
          ['gzip', gzipSync(json())],
          ['br', brotliCompressSync(json())],
          ['deflate', deflateSync(json())],
        ] as const) {
          await t.http
            .post('/api/v1/employers')
            .set('Authorization', accountmanager)
            .set('Content-Type', 'application/json')
            .set('Content-Encoding', encoding)
            .serialize(asIs)
            .send(body)
            .expect(201);
        }
      });

      it('refuses __proto__, constructor and prototype keys at any depth as unknown fields, writing nothing', async () => {
        const before = await rows();
        const vacancy = JSON.stringify(vacancyBody({ employerId }));
        for (const [body, name] of [
          [`{"__proto__":{"isAdmin":true},${JSON.stringify(employer()).slice(1)}`, '__proto__'],
          [`{"constructor":{"prototype":{"x":1}},${JSON.stringify(employer()).slice(1)}`, 'constructor'],
          [`{"prototype":1,${JSON.stringify(employer()).slice(1)}`, 'prototype'],
        ]) {
          const response = await t.http
            .post('/api/v1/employers')
            .set('Authorization', accountmanager)
            .set('Content-Type', 'application/json')
            .send(body)
            .expect(400);
          expect(params(response)).toEqual([[name, 'field.unknown']]);
        }
        const deep = vacancy.replace('"requiredCompetences":[{', '"requiredCompetences":[{"__proto__":{"level":9},');
        expect(deep).not.toBe(vacancy);
        const response = await t.http
          .post('/api/v1/vacancies')
          .set('Authorization', accountmanager)
          .set('Content-Type', 'application/json')
          .send(deep)
          .expect(400);
        expect(params(response)).toEqual([['requiredCompetences[0].__proto__', 'field.unknown']]);
        expect(await rows()).toEqual(before);
      });

      it('refuses query parameters an endpoint does not know, naming them', async () => {
        for (const [path, token] of [
          ['/api/v1/employers', accountmanager],
          ['/api/v1/vacancies', accountmanager],
          ['/api/v1/kansrijkheid', admin],
          ['/api/v1/follow-ups', accountmanager],
          ['/api/v1/audit', admin],
        ]) {
          const response = await t.http.get(`${path}?sort=name&bogus=5`).set('Authorization', token).expect(400);
          expect([path, params(response)]).toEqual([
            path,
            [
              ['sort', 'field.unknown'],
              ['bogus', 'field.unknown'],
            ],
          ]);
        }
        await t.http.get(`/api/v1/vacancies?employerId=${employerId}`).set('Authorization', accountmanager).expect(200);
        await t.http.get('/api/v1/kansrijkheid?region=Flevoland').set('Authorization', admin).expect(200);
      });

      it('refuses a list longer than its field allows before checking its items, with a small answer', async () => {
        const before = await rows();
        const vacancy = vacancyBody({ employerId }) as Record<string, unknown>;
        for (const huge of [
          { ...vacancy, requiredCompetences: Array(60_000).fill({}) },
          { ...vacancy, demands: Array(50_000).fill('x') },
          { ...vacancy, unknownList: Array(60_000).fill({}) },
          Array(60_000).fill({}),
        ]) {
          const response = await t.http
            .post('/api/v1/vacancies')
            .set('Authorization', accountmanager)
            .send(huge)
            .expect(400);
          expect(response.text.length).toBeLessThan(1024);
          expect(response.body.invalidParams).toHaveLength(1);
        }
        // Many failing items within the bound: at most 50 named, the answer a few KB.
        const many = await t.http
          .post('/api/v1/vacancies')
          .set('Authorization', accountmanager)
          .send({ ...vacancy, requiredCompetences: Array(30).fill({ code: 'x'.repeat(2000), level: 'hoog' }) })
          .expect(400);
        expect(many.body.invalidParams.length).toBeLessThanOrEqual(50);
        expect(many.text.length).toBeLessThan(16 * 1024);
        expect(await rows()).toEqual(before);
      });
    });

    it('does not throttle a busy client at the default limit', async () => {
      for (let i = 0; i < 100; i++) await t.http.get('/health/live').expect(200);
      const responses = [];
      for (let i = 0; i < 50; i++)
        responses.push(await t.http.get('/api/v1/employers').set('Authorization', accountmanager));
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(Number(responses[49].headers['x-ratelimit-limit'])).toBe(1200);
    });
  });

  describe('with CORS origins and a small rate limit configured', () => {
    const allowed = 'https://werkgevers.almere.example';
    let t: TestApp;

    beforeAll(async () => {
      t = await TestApp.start({
        env: { CORS_ORIGINS: `${allowed}, https://beheer.almere.example`, RATE_LIMIT_PER_MINUTE: '5' },
      });
    });

    afterAll(() => t.close());

    it('allows exactly the configured origins', async () => {
      const token = await t.token({ role: 'accountmanager', subject: 'am-cors' });
      const preflight = await t.http
        .options('/api/v1/employers')
        .set('Origin', allowed)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type')
        .expect(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(allowed);
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const simple = await t.http
        .get('/api/v1/employers')
        .set('Authorization', token)
        .set('Origin', allowed)
        .expect(200);
      expect(simple.headers['access-control-allow-origin']).toBe(allowed);
      expect(simple.headers['access-control-expose-headers']).toMatch(/Retry-After/);
      const unknown = await t.http
        .get('/api/v1/employers')
        .set('Authorization', token)
        .set('Origin', 'https://elders.example')
        .expect(200);
      expect(unknown.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('answers 429 with Retry-After once a client used its minute, and only to that client', async () => {
      const busy = await t.token({ role: 'accountmanager', subject: 'am-busy' });
      const other = await t.token({ role: 'accountmanager', subject: 'am-other' });
      // Different endpoints share one budget per client.
      for (let i = 0; i < 3; i++) await t.http.get('/api/v1/employers').set('Authorization', busy).expect(200);
      await t.http.post('/api/v1/employers').set('Authorization', busy).send(employer()).expect(201);
      await t.http.get('/api/v1/vacancies').set('Authorization', busy).expect(200);
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM employers');

      const refused = await t.http.post('/api/v1/employers').set('Authorization', busy).send(employer()).expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, title: 'Too many requests', instance: '/api/v1/employers' });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM employers')).toEqual(before);

      // Another subject from the same address, and the health probes, carry on.
      await t.http.get('/api/v1/employers').set('Authorization', other).expect(200);
      for (let i = 0; i < 10; i++) await t.http.get('/health/live').expect(200);
    });

    it('counts requests without a valid token against the address, before they are turned away', async () => {
      const statuses = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await t.http.get('/api/v1/employers').set('Authorization', `Bearer guess-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      // A caller with a valid token is not held back by what others did from the same address.
      await t.http
        .get('/api/v1/employers')
        .set('Authorization', await t.token({ role: 'klantmanager', subject: 'km-fresh' }))
        .expect(200);
    });
  });
});
