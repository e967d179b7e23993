import { randomUUID } from 'node:crypto';
import type { Principal, Role } from '@werkbrug/common';
import { Organisation, User } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { FollowUpScheduler } from '../shared/follow-ups/follow-up-scheduler.repository';
import { WorkItemRequest, WorkItemWriter } from '../shared/worklist/work-item-writer.repository';
import { WorklistModule } from './worklist.module';
import { WorklistService } from './worklist.service';

describe('WorklistService on real repositories', () => {
  let t: ServiceTest;
  let worklist: WorklistService;
  let writer: WorkItemWriter;
  let anna: Principal;
  let ahmed: Principal;
  let karin: Principal;
  let lotte: Principal;
  let candidateId: string;

  const staff = async (name: string, role: Role, organisationId: string): Promise<Principal> => {
    const user = await t.db.manager.getRepository(User).save({
      organisationId,
      employerId: null,
      email: `${name}@test.example`,
      name,
      roles: [role],
      status: 'active' as const,
    });
    return { userId: user.id, subject: name, role, roles: [role], organisationId };
  };
  const answer = (assignee: Principal, dueOn: string, overrides: Partial<WorkItemRequest> = {}) =>
    t.db.transaction(() =>
      writer.open({
        kind: 'employer-answer',
        sourceKey: `proposal:${randomUUID()}:invited`,
        assigneeId: assignee.userId,
        role: 'accountmanager',
        candidateId,
        link: '#/vacatures',
        params: { answer: 'invite' },
        dueOn,
        at: t.clock.now(),
        ...overrides,
      }),
    );
  const ids = async (principal: Principal, scope: 'mine' | 'team' = 'mine') =>
    (await worklist.list({ scope }, principal)).items.map((item) => `${item.kind} ${item.dueOn}`);

  beforeAll(async () => {
    // 10:00 on 7 December 2026 in Amsterdam.
    t = await ServiceTest.start({ imports: [WorklistModule] });
    worklist = t.get(WorklistService);
    writer = t.get(WorkItemWriter);
    const almere = t.owner.organisationId;
    const lelystad = await t.db.manager.getRepository(Organisation).save({
      slug: 'lelystad',
      kind: 'municipality',
      name: 'Gemeente Lelystad',
      municipalityCode: 'GM0995',
      regionCode: 'flevoland',
    });
    anna = await staff('anna', 'accountmanager', almere);
    ahmed = await staff('ahmed', 'accountmanager', almere);
    karin = await staff('karin', 'klantmanager', almere);
    lotte = await staff('lotte', 'accountmanager', lelystad.id);
    candidateId = (await t.saveCandidate({ klantmanagerId: karin.userId, availabilityConfirmedOn: '2026-12-01' })).id;
  });

  afterAll(() => t?.close());

  it("sorts the person's own items overdue first, then by due date, and shows the team's to colleagues only", async () => {
    await answer(anna, '2026-12-20');
    await answer(anna, '2026-12-01');
    await answer(anna, '2026-12-09');
    await answer(ahmed, '2026-12-08');
    await t.get(FollowUpScheduler).schedule({
      kind: 'second-interview',
      source: { type: 'speeddate-conversation', id: randomUUID() },
      candidateId,
      dueOn: '2026-12-04',
      assignedTo: anna.userId,
    });
    expect(await ids(anna)).toEqual([
      'employer-answer 2026-12-01',
      'second-interview 2026-12-04',
      'employer-answer 2026-12-09',
      'employer-answer 2026-12-20',
    ]);
    expect(await ids(anna, 'team')).toContain('employer-answer 2026-12-08');
    expect(await ids(anna)).not.toContain('employer-answer 2026-12-08');
    expect(await ids(lotte, 'team')).toEqual([]);
    // The klantmanager of the same team sees no accountmanager's items, but the follow-ups of everyone.
    expect(await ids(karin, 'team')).toEqual(['second-interview 2026-12-04']);
    expect(await worklist.counts(anna)).toEqual({ mine: { open: 4, overdue: 2 }, team: { open: 5, overdue: 2 } });
    expect(await worklist.counts(lotte)).toEqual({ mine: { open: 0, overdue: 0 }, team: { open: 0, overdue: 0 } });
  });

  it('gives the same event one item, and opens an item closed automatically again when its event comes again', async () => {
    const sourceKey = `consent-request:${candidateId}:${randomUUID()}`;
    const request = {
      kind: 'consent-requested' as const,
      sourceKey,
      assigneeId: karin.userId,
      role: 'klantmanager' as const,
      dueOn: '2026-12-12',
    };
    await answer(karin, '2026-12-12', request);
    await answer(karin, '2026-12-12', request);
    expect((await ids(karin)).filter((id) => id.startsWith('consent-requested'))).toHaveLength(1);
    await t.db.transaction(() =>
      writer.closeForCandidate(candidateId, 'consent-requested', 'consent-recorded', t.clock.now()),
    );
    expect((await ids(karin)).filter((id) => id.startsWith('consent-requested'))).toEqual([]);
    await answer(karin, '2026-12-14', { ...request, dueOn: '2026-12-14' });
    expect((await ids(karin)).filter((id) => id.startsWith('consent-requested'))).toEqual([
      'consent-requested 2026-12-14',
    ]);
  });

  it("lists the klantmanager's candidate whose availability confirmation is stale, until it is confirmed", async () => {
    const stale = await t.saveCandidate({ klantmanagerId: karin.userId, availabilityConfirmedOn: '2026-09-01' });
    const [item] = (await worklist.list({ scope: 'mine' }, karin)).items.filter((i) => i.candidateId === stale.id);
    // Due on the day it would stop being matched (AVAILABILITY_EXPIRY_DAYS, 120 by default): 30 December.
    expect(item).toMatchObject({
      source: 'availability',
      kind: 'availability-stale',
      link: `#/kandidaten/${stale.id}`,
      dueOn: '2026-12-30',
      overdue: false,
      completable: false,
      params: { confirmedOn: '2026-09-01' },
    });
    // The fresh candidate is not there; the accountmanagers never see it.
    const stales = async (principal: Principal, scope: 'mine' | 'team') =>
      (await worklist.list({ scope }, principal)).items.filter((i) => i.source === 'availability').map((i) => i.id);
    expect(await stales(karin, 'mine')).toEqual([stale.id]);
    expect(await stales(anna, 'team')).toEqual([]);
    await t.db.manager.query(`UPDATE candidates SET availability_confirmed_on = '2026-12-07' WHERE id = $1`, [
      stale.id,
    ]);
    expect(await stales(karin, 'mine')).toEqual([]);
    await expect(worklist.complete(stale.id, { note: 'bevestigd', version: 1 }, karin)).rejects.toMatchObject({
      code: 'worklist.not-found',
    });
  });

  it('marks a work item done once, on the version read, by its team only', async () => {
    await answer(ahmed, '2026-12-10', { params: { answer: 'reject', reason: 'hours' } });
    const [item] = (await worklist.list({ scope: 'mine' }, ahmed)).items.filter((i) => i.dueOn === '2026-12-10');
    await expect(worklist.complete(item.id, { note: 'Gebeld', version: item.version }, lotte)).rejects.toMatchObject({
      code: 'worklist.not-found',
      kind: 'not-found',
    });
    await expect(worklist.complete(item.id, { note: 'Gebeld', version: item.version + 1 }, anna)).rejects.toMatchObject(
      { code: 'record.stale-version' },
    );
    const done = await worklist.complete(item.id, { note: 'Werkgever gebeld', version: item.version }, anna);
    expect(done).toMatchObject({ source: 'work-item', note: 'Werkgever gebeld', version: item.version + 1 });
    expect(done.doneAt).toEqual(t.clock.now());
    const [row] = await t.db.manager.query(`SELECT done_by, closed_reason FROM work_items WHERE id = $1`, [item.id]);
    expect(row).toEqual({ done_by: anna.userId, closed_reason: null });
    await expect(worklist.complete(item.id, { note: 'Nog eens', version: done.version }, ahmed)).rejects.toMatchObject({
      code: 'worklist.already-done',
      kind: 'conflict',
    });
  });

  it('marks a follow-up done through the follow-ups: the note is its result, the ledger counts it', async () => {
    const [followUp] = (await worklist.list({ scope: 'mine' }, anna)).items.filter((i) => i.source === 'follow-up');
    await expect(
      worklist.complete(followUp.id, { note: 'Gesprek gevoerd', version: followUp.version }, lotte),
    ).rejects.toMatchObject({ code: 'worklist.not-found' });
    await worklist.complete(followUp.id, { note: 'Gesprek gevoerd', version: followUp.version }, anna);
    const [row] = await t.db.manager.query(`SELECT result, done_at FROM follow_ups WHERE id = $1`, [followUp.id]);
    expect(row).toEqual({ result: 'Gesprek gevoerd', done_at: t.clock.now() });
    const [ledger] = await t.db.manager.query(`SELECT action FROM service_records WHERE subject_id = $1`, [
      followUp.id,
    ]);
    expect(ledger).toEqual({ action: 'follow-up-done' });
    expect((await worklist.list({ scope: 'mine' }, anna)).items.map((i) => i.id)).not.toContain(followUp.id);
  });
});
