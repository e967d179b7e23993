import { addDays, addMonths, dutchDay } from '@werkbrug/common';
import { DemoDataLoader } from '../apps/api/src/demo/demo-data.loader';
import { TestApp } from './support/test-app';

describe('scratch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.get(DemoDataLoader).loadIfEmpty();
  }, 180_000);
  afterAll(() => t?.close());
  it('prints', async () => {
    const today = dutchDay(new Date());
    const token = await t.token({ role: 'admin' });
    for (const q of [`from=${addDays(addMonths(today, -12), 1)}&to=${today}`, `from=${addMonths(today,-1)}&to=${today}`]) {
      for (const name of ['levels', 'funnel', 'placements', 'durations', 'agreements', 'staff']) {
        const body = (await t.as(token, '/api/v1').get(`/reports/${name}?${q}`).expect(200)).body;
        console.log(name, q, JSON.stringify(body));
      }
    }
    console.log(JSON.stringify(await t.dataSource.query(`SELECT p.kind, p.starts_on::text, c.benefit_started_on::text, c.created_at FROM placements p JOIN candidates c ON c.id = p.candidate_id`)));
  });
});
