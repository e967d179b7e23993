import { PassThrough } from 'node:stream';
import { eventually, TestApp } from './support/test-app';

type LogLine = {
  msg?: string;
  req?: { method?: string; url?: string; headers?: Record<string, unknown> };
  res?: { statusCode?: number; headers?: Record<string, unknown> };
};

/** The request log, as the API writes it (JSON lines at LOG_LEVEL=info): credentials never reach it. */
describe('the request log', () => {
  let t: TestApp;
  const lines: LogLine[] = [];
  const text = () => lines.map((line) => JSON.stringify(line)).join('\n');
  /** The completed-request lines of one method and path, once written (pino-http writes when the answer is sent). */
  const logOf = (method: string, url: string, count = 1) =>
    eventually(() => {
      const found = lines.filter((line) => line.req?.method === method && line.req.url === url && line.res);
      return Promise.resolve(found.length >= count ? found : undefined);
    });

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) =>
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as LogLine),
      ),
    );
    t = await TestApp.start({ withMatcher: false, env: { LOG_LEVEL: 'info' }, log: stream });
  });

  afterAll(() => t?.close());

  it('writes no bearer token, cookie or proxy credential a request carried, accepted or refused', async () => {
    const token = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    await t.http
      .get('/api/v1/employers')
      .set('Authorization', token)
      .set('Cookie', 'werkbrug_queue_dashboard=a-session-in-a-cookie; theme=donker')
      .set('Proxy-Authorization', 'Basic cHJveHktdXNlcjpwcm94eS1zZWNyZXQ=')
      .expect(200);
    await t.http.get('/api/v1/employers').set('Authorization', 'Bearer a-made-up-token-value').expect(401);

    const [accepted, refused] = await logOf('GET', '/api/v1/employers', 2);
    expect(accepted.req?.headers).toMatchObject({
      authorization: '[Redacted]',
      cookie: '[Redacted]',
      'proxy-authorization': '[Redacted]',
    });
    expect(accepted.res?.statusCode).toBe(200);
    expect(refused.req?.headers).toMatchObject({ authorization: '[Redacted]' });
    for (const secret of [
      token.slice('Bearer '.length),
      'a-session-in-a-cookie',
      'cHJveHktdXNlcjpwcm94eS1zZWNyZXQ=',
      'a-made-up-token-value',
    ])
      expect({ secret, inLog: text().includes(secret) }).toEqual({ secret, inLog: false });
  });

  it('writes no session cookie the API hands out (the queue dashboard, with Redis)', async () => {
    if (!process.env.REDIS_URL) return; // embedded: no dashboard, and no other answer sets a cookie
    const opened = await t.http
      .post('/api/v1/queues/dashboard-session')
      .set('Authorization', await t.token({ role: 'admin' }))
      .expect(204);
    const [cookie] = opened.headers['set-cookie'] as unknown as string[];
    const session = cookie.split(';')[0];
    await t.http.get('/admin/queues/api/queues').set('Cookie', session).expect(200);

    const [handedOut] = await logOf('POST', '/api/v1/queues/dashboard-session');
    expect(handedOut.res?.headers).toMatchObject({ 'set-cookie': '[Redacted]' });
    expect(text()).not.toContain(session.split('=')[1]);
  });
});
