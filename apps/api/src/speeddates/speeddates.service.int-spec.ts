import type { Principal } from '@werkbrug/common';
import { candidateProfile } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { CreateSpeeddateDto, OutcomeDto } from './dto/speeddate.dto';
import { SpeeddatesModule } from './speeddates.module';
import { SpeeddatesService } from './speeddates.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('SpeeddatesService on real repositories', () => {
  let t: ServiceTest;
  let speeddates: SpeeddatesService;
  let employerId: string;
  let candidateIds: string[];
  const jobhunter: Principal = principal('jobhunter', 'jh-joost');

  const event = (heldOn: string): CreateSpeeddateDto => ({
    title: 'Speeddate schoonmaak',
    heldOn,
    startsAt: '10:00',
    slotMinutes: 10,
    slotCount: 3,
    place: 'Stadhuis Almere',
    region: 'flevoland',
    sectorFocus: [],
  });

  /** An event with the employer meeting each candidate, one slot after the other. */
  const scheduled = async (heldOn: string) => {
    const { id } = await speeddates.create(event(heldOn), jobhunter);
    await speeddates.invite(id, { employerIds: [employerId], candidateIds }, jobhunter);
    const conversations = candidateIds.map((candidateId, index) => ({ slot: index + 1, employerId, candidateId }));
    return speeddates.saveSchedule(id, { version: 1, conversations }, jobhunter);
  };

  const followUpsOf = (conversationId: string) =>
    t.db.manager.query(
      `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, done_at IS NOT NULL AS done, result
         FROM follow_ups WHERE source_id = $1 ORDER BY created_at, kind`,
      [conversationId],
    );

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({
      imports: [EmployersModule, CandidatesModule, SpeeddatesModule],
      now: '2026-12-06T23:30:00Z',
    });
    speeddates = t.get(SpeeddatesService);
    employerId = (
      await t
        .get(EmployersService)
        .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    const candidates = t.get(CandidatesService);
    const add = async (name: string) =>
      (await candidates.create(candidateProfile({ name }) as Parameters<CandidatesService['create']>[0], t.owner)).id;
    candidateIds = [await add('Ans'), await add('Bram')];
  });

  afterAll(() => t?.close());

  it('answers an unknown event and an unknown participant with their own not-found codes', async () => {
    await expect(speeddates.get(MISSING, jobhunter)).rejects.toMatchObject({
      code: 'speeddate.not-found',
      kind: 'not-found',
    });
    const { id } = await speeddates.create(event('2026-12-07'), jobhunter);
    await expect(speeddates.removeParticipant(id, MISSING, jobhunter)).rejects.toMatchObject({
      code: 'speeddate.participant-not-found',
      kind: 'not-found',
    });
  });

  it('invites all or none, naming every invitee refused with the rule it breaks', async () => {
    const { id } = await speeddates.create(event('2026-12-07'), jobhunter);
    const [ans, bram] = candidateIds;
    await t.get(CandidatesService).setAvailability(bram, { availability: 'temporarily-unavailable', reason: 'ziek' });
    await expect(
      speeddates.invite(id, { employerIds: [employerId, MISSING], candidateIds: [ans, bram, MISSING] }, jobhunter),
    ).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [
        expect.objectContaining({ name: 'employerIds[1]', code: 'party.unknown-employer' }),
        expect.objectContaining({ name: 'candidateIds[1]', code: 'speeddate.candidate-unavailable' }),
        expect.objectContaining({ name: 'candidateIds[2]', code: 'party.unknown-candidate' }),
      ],
    });
    expect((await speeddates.get(id, jobhunter)).employers).toEqual([]);
    await t.get(CandidatesService).setAvailability(bram, { availability: 'available' });
  });

  it('takes the Dutch day as the day held: at 00:30 outcomes of an event held that day are taken, of one the next day not', async () => {
    const tomorrow = await scheduled('2026-12-08');
    await expect(
      speeddates.logOutcomes(
        tomorrow.id,
        { outcomes: [{ conversationId: tomorrow.conversations[0].id, tookPlace: false }] },
        jobhunter,
      ),
    ).rejects.toMatchObject({ code: 'speeddate.not-held-yet', kind: 'conflict' });

    const today = await scheduled('2026-12-07');
    const [logged] = await speeddates.logOutcomes(
      today.id,
      { outcomes: [{ conversationId: today.conversations[0].id, tookPlace: false }] },
      jobhunter,
    );
    expect(logged).toMatchObject({ tookPlace: false, loggedBy: 'jh-joost', version: 2 });
  });

  it('logs all outcomes or none, naming every item that breaks a rule', async () => {
    const { id, conversations } = await scheduled('2026-12-07');
    const [first, second] = conversations;
    const outcomes: OutcomeDto[] = [
      { conversationId: first.id, tookPlace: true, interest: 'none', nextStep: 'second-interview' },
      { conversationId: second.id, tookPlace: false, nextStep: 'training' },
      { conversationId: first.id, tookPlace: false },
    ];
    await expect(speeddates.logOutcomes(id, { outcomes }, jobhunter)).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [
        expect.objectContaining({ name: 'outcomes[0].reason', code: 'speeddate.reason-required' }),
        expect.objectContaining({ name: 'outcomes[1].nextStep', code: 'speeddate.no-show-has-no-outcome' }),
        expect.objectContaining({ name: 'outcomes[2].conversationId', code: 'speeddate.conversation-twice' }),
      ],
    });
    const unknown = [
      { conversationId: first.id, tookPlace: false },
      { conversationId: MISSING, tookPlace: false },
    ];
    await expect(speeddates.logOutcomes(id, { outcomes: unknown }, jobhunter)).rejects.toMatchObject({
      invalidParams: [
        expect.objectContaining({ name: 'outcomes[1].conversationId', code: 'speeddate.unknown-conversation' }),
      ],
    });
    expect((await speeddates.get(id, jobhunter)).conversations.map((conversation) => conversation.tookPlace)).toEqual([
      null,
      null,
    ]);
  });

  it('changes a logged outcome only on its version, keeping one open follow-up for the latest next step', async () => {
    const { id, conversations } = await scheduled('2026-12-07');
    const conversationId = conversations[0].id;
    const log = (outcome: Omit<OutcomeDto, 'conversationId'>) =>
      speeddates.logOutcomes(id, { outcomes: [{ conversationId, ...outcome }] }, jobhunter);

    await log({ tookPlace: true, interest: 'both', nextStep: 'second-interview' });
    await expect(log({ tookPlace: false })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id: conversationId, nextStep: 'second-interview', version: 2 }) },
    });
    await log({ tookPlace: true, interest: 'both', nextStep: 'proefplaatsing', version: 2 });
    expect(await followUpsOf(conversationId)).toEqual([
      { kind: 'second-interview', due_on: '2026-12-14', done: true, result: 'superseded' },
      { kind: 'proefplaatsing', due_on: '2026-12-21', done: false, result: null },
    ]);
    // Back to the first next step: its follow-up is open again, the other superseded.
    await log({ tookPlace: true, interest: 'both', nextStep: 'second-interview', version: 3 });
    expect(await followUpsOf(conversationId)).toEqual([
      { kind: 'second-interview', due_on: '2026-12-14', done: false, result: null },
      { kind: 'proefplaatsing', due_on: '2026-12-21', done: true, result: 'superseded' },
    ]);
  });

  it('saves a schedule only on the version read, and keeps a conversation with a logged outcome in it', async () => {
    const { id, conversations } = await scheduled('2026-12-07');
    await expect(speeddates.saveSchedule(id, { version: 1, conversations: [] }, jobhunter)).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id, version: 2 }) },
    });
    await speeddates.logOutcomes(
      id,
      { outcomes: [{ conversationId: conversations[0].id, tookPlace: false }] },
      jobhunter,
    );
    await expect(speeddates.saveSchedule(id, { version: 2, conversations: [] }, jobhunter)).rejects.toMatchObject({
      code: 'speeddate.conversation-logged',
      kind: 'conflict',
    });
    expect((await speeddates.get(id, jobhunter)).conversations).toHaveLength(2);
  });
});
