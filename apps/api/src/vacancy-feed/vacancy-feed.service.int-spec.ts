import type { Principal } from '@werkbrug/common';
import { ServiceTest } from '../../../../test/support/service-test';
import { eventually } from '../../../../test/support/eventually';
import { principal } from '../../../../test/support/principals';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { decodeCursor, encodeCursor } from './feed-cursor';
import { VacancyFeedModule } from './vacancy-feed.module';
import { VacancyFeedService } from './vacancy-feed.service';
import type { VacancyFeedItem, VacancyFeedPage } from './vacancy-feed.response';
import { uniqueKvkNumber, vacancyInput } from '../../../../test/support/fixtures';

describe('VacancyFeedService on real repositories', () => {
  let t: ServiceTest;
  let feed: VacancyFeedService;
  let vacancies: VacanciesService;
  let employerId: string;
  let kvkNumber: string;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');

  const body = (title: string) => vacancyInput(employerId, { title });
  const post = async (title: string, status: 'open' | 'draft' = 'open') =>
    (await vacancies.create({ ...body(title), status }, accountmanager)).id;
  const versionOf = async (id: string) => (await vacancies.get(id, accountmanager)).version;
  const retitle = async (id: string, title: string) => {
    const { employerId: _employer, status: _status, ...fields } = body(title);
    await vacancies.update(id, { ...fields, version: await versionOf(id) }, accountmanager);
  };
  // The lifecycle's own changes: the trigger records them without the feed being called.
  const hold = async (id: string) =>
    vacancies.changeStatus(id, { status: 'on-hold', version: await versionOf(id) }, accountmanager);
  const resume = async (id: string) =>
    vacancies.changeStatus(id, { status: 'open', version: await versionOf(id) }, accountmanager);
  const close = async (id: string) =>
    vacancies.close(id, { reason: 'filled-elsewhere', version: await versionOf(id) }, accountmanager);

  /**
   * Every page from a cursor until the reader has caught up and holds at least `atLeast` items. The
   * feed serves a change only once every transaction older than it has ended, anywhere on the
   * database server (other tests' databases too), so a reader may have to come back for the rest.
   */
  async function readOn(cursor: string | undefined, limit: number, atLeast = 0) {
    // From the start: after every change made so far, so none of them turns up behind the cursor later.
    if (cursor === undefined) await settled();
    const pages: VacancyFeedPage[] = [];
    await eventually(async () => {
      // Coming back: the empty page at the head is read again.
      if (pages.at(-1)?.items.length === 0) pages.pop();
      for (let more = true; more;) {
        const page = await feed.read({ cursor, limit });
        pages.push(page);
        ({ more, nextCursor: cursor } = page);
      }
      return pages.flatMap((page) => page.items).length >= atLeast ? true : undefined;
    });
    return { pages, cursor: cursor! };
  }
  /** Until every transaction begun so far on the server has ended: the feed has then served every change made so far. */
  async function settled() {
    const [{ now }] = await t.db.manager.query(`SELECT pg_current_xact_id()::text AS now`);
    await eventually(async () => {
      const [{ horizon }] = await t.db.manager.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
      return BigInt(horizon) > BigInt(now) ? true : undefined;
    });
  }
  const summary = (item: VacancyFeedItem) =>
    item.removed ? `${item.id} removed` : `${item.id} ${item.vacancy!.title}`;

  beforeEach(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule, VacancyFeedModule] });
    feed = t.get(VacancyFeedService);
    vacancies = t.get(VacanciesService);
    kvkNumber = uniqueKvkNumber();
    employerId = (
      await t
        .get(EmployersService)
        .create({ name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', kvkNumber })
    ).id;
  });

  afterEach(() => t?.close());

  it('starts with a snapshot of the published vacancies by id, in pages, then goes on with the changes since', async () => {
    const ids = [await post('Een'), await post('Twee'), await post('Drie')];
    await hold(ids[2]);
    const { pages } = await readOn(undefined, 1);
    const snapshot = pages.filter((page) => page.phase === 'snapshot');
    expect(snapshot.map((page) => page.items.length)).toEqual([1, 1]);
    expect(snapshot.flatMap((page) => page.items.map((item) => item.id))).toEqual(ids.slice(0, 2).sort());
    expect(snapshot[0].items[0]).toMatchObject({
      removed: false,
      vacancy: { employer: { name: 'Schoonmaakbedrijf Helder', sector: 'N', kvkNumber }, place: 'Almere' },
    });
    // The first look at the changes finds what the snapshot already showed, or nothing: never less.
    const changes = pages.filter((page) => page.phase === 'changes');
    expect(changes.at(-1)!.more).toBe(false);
  });

  it('gives every change exactly once across pages, in order, removals as an id, and nothing new on a read at the head', async () => {
    const { cursor: start } = await readOn(undefined, 50);
    const een = await post('Een');
    const twee = await post('Twee');
    await retitle(een, 'Een (24 uur)');
    await close(twee);
    await hold(een);
    await resume(een);
    await post('Concept', 'draft'); // a draft is nobody's business: it writes nothing
    const drie = await post('Drie');
    await hold(drie);

    // One change a page: each change once, in the order they were made, showing the vacancy as it is now.
    const { pages, cursor } = await readOn(start, 1, 8);
    expect(pages.flatMap((page) => page.items).map(summary)).toEqual([
      `${een} Een (24 uur)`, // created
      `${twee} removed`, // created, but closed by now
      `${een} Een (24 uur)`, // retitled
      `${twee} removed`, // closed
      `${een} Een (24 uur)`, // put on hold, but open again by now
      `${een} Een (24 uur)`, // open again
      `${drie} removed`, // posted open...
      `${drie} removed`, // ...then put on hold: a job site takes it down
    ]);
    expect(pages.every((page) => page.items.length <= 1)).toBe(true);
    // Asked again at the head: nothing, the same cursor, nothing more.
    expect(await feed.read({ cursor })).toEqual({ items: [], nextCursor: cursor, more: false, phase: 'changes' });

    // In one page each vacancy appears once, as it is now, in the order of its latest change.
    const page = await feed.read({ cursor: start, limit: 50 });
    expect(page.items.map(summary)).toEqual([`${twee} removed`, `${een} Een (24 uur)`, `${drie} removed`]);
    expect(page).toMatchObject({ nextCursor: cursor, more: false });
  });

  it('reports the open vacancies of an employer as changed when its name changes', async () => {
    const een = await post('Een');
    const closed = await post('Twee');
    await close(closed);
    const { cursor } = await readOn(undefined, 50);
    await t.db.manager.query(
      `UPDATE employers SET name = 'Helder Schoon BV', contact_email = 'x@y.example' WHERE id = $1`,
      [employerId],
    );
    const [page] = (await readOn(cursor, 50, 1)).pages;
    expect(page.items).toEqual([
      {
        id: een,
        removed: false,
        vacancy: expect.objectContaining({ employer: expect.objectContaining({ name: 'Helder Schoon BV' }) }),
      },
    ]);
    // The contact e-mail alone changes nothing that the feed shows.
    await t.db.manager.query(`UPDATE employers SET contact_email = 'z@y.example' WHERE id = $1`, [employerId]);
    expect((await feed.read({ cursor: page.nextCursor })).items).toEqual([]);
  });

  it('shows nothing personal: no contact e-mail of the employer', async () => {
    await t.db.manager.query(`UPDATE employers SET contact_email = 'p.jansen@helder.example' WHERE id = $1`, [
      employerId,
    ]);
    await post('Een');
    const { pages } = await readOn(undefined, 50);
    const text = JSON.stringify(pages);
    expect(text).toContain(kvkNumber);
    expect(text).not.toMatch(/jansen|@helder/);
  });

  it('refuses a cursor it did not give, naming the field', async () => {
    await expect(feed.read({ cursor: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({
      code: 'field.wrong-format',
      details: { invalidParams: [expect.objectContaining({ name: 'cursor', code: 'field.wrong-format' })] },
    });
  });

  it('refuses a cursor beyond its history (a restore), so that the reader starts again instead of skipping', async () => {
    await post('Een');
    const { cursor } = await readOn(undefined, 50);
    const position = decodeCursor(cursor);
    expect(position).toMatchObject({ phase: 'changes' });
    const { xid } = position as { xid: string };
    const beyond = [
      encodeCursor({ phase: 'changes', xid: String(BigInt(xid) + 1_000_000n), position: '0' }),
      encodeCursor({ phase: 'changes', xid, position: '1000000' }),
      encodeCursor({ phase: 'snapshot', horizon: String(BigInt(xid) + 1_000_000n), afterId: null }),
    ];
    for (const text of beyond)
      await expect(feed.read({ cursor: text })).rejects.toMatchObject({
        code: 'vacancy-feed.cursor-from-another-history',
      });
    await expect(feed.read({ cursor })).resolves.toMatchObject({ items: [], more: false });
  });

  // PGlite has one connection: two transactions cannot be open at once there.
  (process.env.DATABASE_URL ? it : it.skip)(
    'never passes a change that commits later with a lower position (read by transaction, below the oldest still running)',
    async () => {
      const een = await post('Een');
      const twee = await post('Twee');
      const { cursor } = await readOn(undefined, 50);
      const older = t.db.dataSource.createQueryRunner();
      const younger = t.db.dataSource.createQueryRunner();
      await Promise.all([older.connect(), younger.connect()]);
      try {
        // Two transactions: the older one takes its id first...
        await older.startTransaction();
        await older.query(`SELECT pg_current_xact_id()`);
        await younger.startTransaction();
        await younger.query(`SELECT pg_current_xact_id()`);
        // ...the younger writes first (the lower position) and stays open...
        await younger.query(`UPDATE vacancies SET title = 'Twee (jong)' WHERE id = $1`, [twee]);
        // ...the older writes after it (the higher position) and commits.
        await older.query(`UPDATE vacancies SET title = 'Een (oud)' WHERE id = $1`, [een]);
        await older.commitTransaction();

        // The reader takes the committed change; the younger one is not yet to be seen.
        const meanwhile = await eventually(async () => {
          const page = await feed.read({ cursor });
          return page.items.length > 0 ? page : undefined;
        });
        expect(meanwhile.items.map(summary)).toEqual([`${een} Een (oud)`]);

        // The younger commits, with a position below the one the reader has passed: it still comes.
        await younger.commitTransaction();
        const positions: { title: string }[] = await t.db.manager.query(
          `SELECT v.title FROM vacancy_changes c JOIN vacancies v ON v.id = c.vacancy_id ORDER BY c.position DESC LIMIT 2`,
        );
        expect(positions).toEqual([{ title: 'Een (oud)' }, { title: 'Twee (jong)' }]);
        const { pages } = await readOn(meanwhile.nextCursor, 1, 1);
        expect(pages.flatMap((page) => page.items).map(summary)).toEqual([`${twee} Twee (jong)`]);
      } finally {
        for (const runner of [older, younger]) if (runner.isTransactionActive) await runner.rollbackTransaction();
        await Promise.all([older.release(), younger.release()]);
      }
    },
  );
});
