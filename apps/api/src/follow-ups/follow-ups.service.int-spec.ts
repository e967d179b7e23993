import { randomUUID } from 'node:crypto';
import type { Principal } from '@werkbrug/common';
import { candidateProfile } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { FollowUpScheduler } from '../shared/follow-ups/follow-up-scheduler.repository';
import { FollowUpsModule } from './follow-ups.module';
import { FollowUpsService } from './follow-ups.service';
import { principal } from '../../../../test/support/principals';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('FollowUpsService on real repositories', () => {
  let t: ServiceTest;
  let followUps: FollowUpsService;
  let candidateId: string;
  const jobhunter: Principal = principal('jobhunter', 'jh-joost');

  /** A follow-up of a speeddate conversation (a source of its own for each) due on the day. */
  const due = async (dueOn: string) => {
    const source = { type: 'speeddate-conversation', id: randomUUID() };
    await t
      .get(FollowUpScheduler)
      .schedule({ kind: 'second-interview', source, candidateId, dueOn, assignedTo: 'jh-joost' });
    const [followUp] = (await followUps.list({ due: 'all' }, jobhunter)).items.filter((f) => f.sourceId === source.id);
    return followUp;
  };

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({ imports: [CandidatesModule, FollowUpsModule], now: '2026-12-06T23:30:00Z' });
    followUps = t.get(FollowUpsService);
    const candidates = t.get(CandidatesService);
    candidateId = (await candidates.create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner))
      .id;
  });

  afterAll(() => t?.close());

  it('counts a follow-up due the day before the Dutch today as overdue, and one due today as not', async () => {
    const yesterday = await due('2026-12-06');
    const today = await due('2026-12-07');
    expect(yesterday.overdue).toBe(true);
    expect(today.overdue).toBe(false);
    const overdue = (await followUps.list({ due: 'overdue', assignedTo: 'me' }, jobhunter)).items;
    expect(overdue.map((f) => f.id)).toContain(yesterday.id);
    expect(overdue.map((f) => f.id)).not.toContain(today.id);
  });

  it('completes a follow-up once, on the version read, with its own codes for what is refused', async () => {
    await expect(followUps.complete(MISSING, { result: 'gedaan', version: 1 }, jobhunter)).rejects.toMatchObject({
      code: 'follow-up.not-found',
      kind: 'not-found',
    });
    const followUp = await due('2026-12-10');
    await expect(followUps.complete(followUp.id, { result: 'gedaan', version: 2 }, jobhunter)).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id: followUp.id, version: 1 }) },
    });
    const done = await followUps.complete(followUp.id, { result: 'Tweede gesprek gevoerd', version: 1 }, jobhunter);
    expect(done).toMatchObject({ result: 'Tweede gesprek gevoerd', version: 2, overdue: false });
    expect(done.doneAt).toEqual(t.clock.now());
    await expect(followUps.complete(followUp.id, { result: 'nog eens', version: 2 }, jobhunter)).rejects.toMatchObject({
      code: 'follow-up.already-done',
      kind: 'conflict',
      message: expect.stringContaining('2026-12-07'),
    });
    const [ledger] = await t.db.manager.query(`SELECT level, action FROM service_records WHERE subject_id = $1`, [
      followUp.id,
    ]);
    expect(ledger).toEqual({ level: 2, action: 'follow-up-done' });
  });
});
