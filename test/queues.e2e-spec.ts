import { getQueueToken } from '@nestjs/bullmq';
import { JwtService } from '@nestjs/jwt';
import { MAIL_QUEUE, MATCH_VACANCY_JOB, MATCHING_QUEUE, matchingJobOptions, WEBHOOKS_QUEUE } from '@werkbrug/queue';
import type { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { candidateProfile, employerWithVacancy, readyShortlist } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';

const METRICS_TOKEN = 'scraper-token-of-at-least-32-characters';

/** The value of one sample in Prometheus text, e.g. `werkbrug_outbox_pending_messages` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the matching queue as administrators see it', () => {
  let t: TestApp;

  afterEach(() => t?.close());

  const admin = async () => t.as(await t.token({ role: 'admin' }), '/api/v1');

  it('with Redis: a job that fails all its attempts lands in the failed set with its error, and a retry puts it back', async () => {
    if (!process.env.REDIS_URL) return; // embedded: see the next test
    t = await TestApp.start({ env: { MATCH_JOB_ATTEMPTS: '2', MATCH_JOB_BACKOFF_MS: '50' } });
    // A job as the queue holds it, with data the handler refuses: what a bad release or a hand-edited Redis leaves.
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
    const jobId = 'match-vacancy.not-a-vacancy.g1';
    await queue.add(
      MATCH_VACANCY_JOB,
      { vacancyId: 'not-a-vacancy', generation: 1 },
      { ...matchingJobOptions(t.config.jobs), jobId },
    );

    const [failed] = await eventually(async () => {
      const list = (await (await admin()).get('/queues/matching/failed?limit=5').expect(200)).body;
      return list.length ? list : undefined;
    });
    expect(failed).toMatchObject({
      id: jobId,
      name: MATCH_VACANCY_JOB,
      data: { vacancyId: 'not-a-vacancy', generation: 1 },
      failedReason: 'Invalid match-vacancy job: vacancyId must be a UUID',
      attemptsMade: 2,
    });
    expect(Date.parse(failed.failedAt)).toBeGreaterThanOrEqual(Date.parse(failed.createdAt));
    expect((await (await admin()).get('/queues').expect(200)).body).toMatchObject({
      mode: 'bullmq',
      queues: [{ name: 'matching', failed: 1, waiting: 0 }],
    });

    // No worker, so the retried job stays where the retry put it.
    await t.stopMatcher();
    expect((await (await admin()).post(`/queues/matching/failed/${jobId}/retry`, {}).expect(200)).body).toEqual({
      id: jobId,
      state: 'waiting',
    });
    expect((await (await admin()).get('/queues').expect(200)).body.queues[0]).toMatchObject({ failed: 0, waiting: 1 });
    const again = await (await admin()).post(`/queues/matching/failed/${jobId}/retry`, {}).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.detail).toMatch(/is waiting, not failed/);
    expect(again.body.code).toBe('queue.job-not-failed');
    const unknown = await (
      await admin()
    )
      .post('/queues/matching/failed/match-vacancy.nothing.g1/retry', {})
      .expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.code).toBe('queue.job-not-found');
    expect(
      (await (await admin()).post('/queues/matching/failed/bad%20id/retry', {}).expect(400)).body.invalidParams,
    ).toEqual([expect.objectContaining({ name: 'jobId', code: 'queue.invalid-job-id' })]);
    expect((await (await admin()).get('/queues/matching/failed?limit=0').expect(400)).body.invalidParams).toEqual([
      expect.objectContaining({ name: 'limit' }),
    ]);

    // Back with a worker, it fails again (its data is still bad), and retry-all moves the whole failed set.
    await t.startMatcher();
    await eventually(async () =>
      (await (await admin()).get('/queues').expect(200)).body.queues[0].failed === 1 ? true : undefined,
    );
    await t.stopMatcher();
    expect((await (await admin()).post('/queues/matching/failed/retry-all', {}).expect(200)).body).toEqual({
      retried: 1,
    });
    expect((await (await admin()).get('/queues').expect(200)).body.queues[0]).toMatchObject({ failed: 0, waiting: 1 });
  });

  it('embedded: counts come from the outbox, and there is no failed set or dashboard to open', async () => {
    if (process.env.REDIS_URL) return;
    t = await TestApp.start({ env: { OUTBOX_RELAY: 'off' } });
    await employerWithVacancy(t.as(await t.token({ role: 'accountmanager' }), '/api/v1'));

    const view = (await (await admin()).get('/queues').expect(200)).body;
    expect(view).toMatchObject({
      mode: 'in-process',
      queues: [{ name: 'matching', waiting: 1, active: 0, delayed: 0, failed: 0, completed: null }],
      outboxPending: 1,
    });
    expect(view.outboxOldestPendingSeconds).toBeGreaterThanOrEqual(0);
    for (const [answer, code] of [
      [await (await admin()).get('/queues/matching/failed'), 'queue.no-failed-set'],
      [await (await admin()).post('/queues/matching/failed/match-vacancy.x.g1/retry', {}), 'queue.no-failed-set'],
      [await (await admin()).post('/queues/matching/failed/retry-all', {}), 'queue.no-failed-set'],
      [await (await admin()).post('/queues/dashboard-session', {}), 'queue.no-dashboard'],
    ] as const) {
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.body.detail).toMatch(/in-process/);
      expect(answer.body.code).toBe(code);
    }
  });
});

describe('metrics in Prometheus format', () => {
  let t: TestApp;

  afterEach(() => t?.close());

  const scrape = async () =>
    (
      await t.http
        .get('/metrics')
        .set('Authorization', `Bearer ${METRICS_TOKEN}`)
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;

  it('only for the scraper token or an administrator', async () => {
    t = await TestApp.start({ env: { METRICS_TOKEN } });
    const anonymous = await t.http.get('/metrics').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(anonymous.body.code).toBe('auth.unauthenticated');
    await t.http.get('/metrics').set('Authorization', 'Bearer not-the-scraper-token-but-as-long-as-it').expect(401);
    const staff = await t.http
      .get('/metrics')
      .set('Authorization', await t.token({ role: 'klantmanager' }))
      .expect(403);
    expect(staff.body.code).toBe('auth.role-not-allowed');
    await t.http
      .get('/metrics')
      .set('Authorization', await t.token({ role: 'admin' }))
      .expect(200);
    await t.http.get('/api/v1/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(404);
  });

  it('counts requests by route template, the outbox backlog, and the matching job once it ran', async () => {
    t = await TestApp.start({ env: { METRICS_TOKEN, OUTBOX_RELAY: 'off' } });
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }), '/api/v1');
    await klantmanager.post('/candidates', candidateProfile()).expect(201);
    const { vacancyId } = await employerWithVacancy(accountmanager);
    await accountmanager.get(`/vacancies/${vacancyId}`).expect(200);

    const before = await scrape();
    expect(
      sample(
        before,
        'werkbrug_http_request_duration_seconds_count{method="POST",route="/api/v1/vacancies",status="201"}',
      ),
    ).toBe(1);
    // The template, not the id: one series however many vacancies are read.
    expect(
      sample(
        before,
        'werkbrug_http_request_duration_seconds_count{method="GET",route="/api/v1/vacancies/:id",status="200"}',
      ),
    ).toBe(1);
    expect(before).not.toContain(vacancyId);
    expect(sample(before, 'werkbrug_outbox_pending_messages')).toBe(1);
    expect(sample(before, 'werkbrug_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(0);
    if (!t.usesRedis) expect(sample(before, 'werkbrug_queue_jobs{queue="matching",state="waiting"}')).toBe(1);

    await t.restart({ METRICS_TOKEN });
    await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);
    const after = await scrape();
    expect(sample(after, 'werkbrug_outbox_pending_messages')).toBe(0);
    expect(sample(after, 'werkbrug_queue_jobs{queue="matching",state="waiting"}')).toBe(0);
    expect(sample(after, 'werkbrug_queue_jobs{queue="matching",state="failed"}')).toBe(0);
    // The job ran in the matcher (Redis) or in the API (embedded): that process counts it.
    const jobs = t.usesRedis ? await t.matcher!.get(Registry).metrics() : after;
    expect(sample(jobs, 'werkbrug_matching_jobs_total{outcome="completed"}')).toBe(1);
    expect(sample(jobs, 'werkbrug_matching_job_duration_seconds_count{outcome="completed"}')).toBe(1);
  });
});

describe('the queue dashboard (bull-board) at /admin/queues', () => {
  let t: TestApp;

  afterAll(() => t?.close());

  it('opens only with an administrator’s session cookie', async () => {
    if (!process.env.REDIS_URL) return; // embedded: no BullMQ, no dashboard (the test above gets its 404)
    t = await TestApp.start({ withMatcher: false });
    const page = await t.http.get('/admin/queues').expect(401);
    expect(page.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.get('/admin/queues/api/queues').expect(401);
    // A bearer token is no dashboard session, in a cookie or in the header.
    const bearer = await t.token({ role: 'admin' });
    await t.http
      .get('/admin/queues')
      .set('Cookie', `werkbrug_queue_dashboard=${bearer.slice('Bearer '.length)}`)
      .expect(401);
    await t.http.get('/admin/queues').set('Authorization', bearer).expect(401);
    for (const role of ['klantmanager', 'accountmanager', 'jobhunter'] as const) {
      const refused = await t.http
        .post('/api/v1/queues/dashboard-session')
        .set('Authorization', await t.token({ role }))
        .expect(403);
      expect(refused.headers['set-cookie']).toBeUndefined();
    }

    const opened = await t.http.post('/api/v1/queues/dashboard-session').set('Authorization', bearer).expect(204);
    const [cookie] = opened.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(/^werkbrug_queue_dashboard=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=900/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; over HTTPS (request.secure) it is set
    const session = cookie.split(';')[0];

    const html = await t.http
      .get('/admin/queues')
      .set('Cookie', session)
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(html.text).toContain('<base href="/admin/queues/"');
    const csp = html.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("base-uri 'self'");
    const script = /src="(static\/js\/main\.[\w.]+\.js)"/.exec(html.text)![1];
    await t.http.get(`/admin/queues/${script}`).set('Cookie', session).expect(200);
    const queues = (await t.http.get('/admin/queues/api/queues').set('Cookie', session).expect(200)).body;
    // The webhook deliveries and mail the API sends itself too: their failed sets are retried from here.
    expect(queues.queues.map((q: { name: string }) => q.name)).toEqual([MATCHING_QUEUE, WEBHOOKS_QUEUE, MAIL_QUEUE]);
    // Tampered: refused.
    await t.http
      .get('/admin/queues')
      .set('Cookie', `${session.slice(0, -2)}xx`)
      .expect(401);
    // Signed right but without an expiry: it would be good forever, so refused.
    const unending = new JwtService({ secret: t.config.auth.jwtSecret }).sign(
      { sub: 'admin-ada', role: 'admin' },
      { algorithm: 'HS256', issuer: t.config.auth.issuer, audience: 'werkbrug-queue-dashboard' },
    );
    await t.http.get('/admin/queues').set('Cookie', `werkbrug_queue_dashboard=${unending}`).expect(401);
  });
});
