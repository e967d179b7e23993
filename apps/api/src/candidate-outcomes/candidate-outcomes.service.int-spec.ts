import type { Principal } from '@werkbrug/common';
import { candidateProfile } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { CandidateOutcomesModule } from './candidate-outcomes.module';
import { CandidateOutcomesService } from './candidate-outcomes.service';
import { principal } from '../../../../test/support/principals';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('CandidateOutcomesService on real repositories', () => {
  let t: ServiceTest;
  let outcomes: CandidateOutcomesService;
  let candidateId: string;
  const klantmanager: Principal = principal('klantmanager', 'km-karin');
  const rungOf = async () =>
    (await t.db.manager.query(`SELECT participatieladder FROM candidates WHERE id = $1`, [candidateId]))[0]
      .participatieladder as number;

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({ imports: [CandidatesModule, CandidateOutcomesModule], now: '2026-12-06T23:30:00Z' });
    outcomes = t.get(CandidateOutcomesService);
    const candidates = t.get(CandidatesService);
    // The fixture's candidate stands on step 3.
    candidateId = (await candidates.create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner))
      .id;
  });

  afterAll(() => t?.close());

  it('answers an unknown candidate with party.candidate-not-found', async () => {
    const step = { kind: 'no-result' as const, occurredOn: '2026-12-01', levels: [1 as const] };
    await expect(outcomes.create(MISSING, step, klantmanager)).rejects.toMatchObject({
      code: 'party.candidate-not-found',
      kind: 'not-found',
    });
    await expect(outcomes.forCandidate(MISSING)).rejects.toMatchObject({ code: 'party.candidate-not-found' });
  });

  it('takes an outcome on the Dutch today and not the day after (at 00:30, while UTC is on the day before)', async () => {
    await expect(
      outcomes.create(candidateId, { kind: 'no-result', occurredOn: '2026-12-08', levels: [2] }, klantmanager),
    ).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'occurredOn', code: 'candidate-outcome.in-future' })],
    });
    const outcome = await outcomes.create(
      candidateId,
      { kind: 'no-result', occurredOn: '2026-12-07', levels: [2] },
      klantmanager,
    );
    const [record] = await t.db.manager.query(
      `SELECT level, kind, occurred_at FROM service_records WHERE subject_id = $1`,
      [outcome.id],
    );
    expect(record).toEqual({ level: 2, kind: 'result', occurred_at: new Date('2026-12-07T12:00:00Z') });
  });

  it('lets only one of two steps up to the same rung recorded at once through', async () => {
    const step = {
      kind: 'participatieladder-step' as const,
      occurredOn: '2026-12-01',
      levels: [4 as const],
      participatieladderTo: 4,
    };
    const results = await Promise.allSettled([
      outcomes.create(candidateId, step, klantmanager),
      outcomes.create(candidateId, step, klantmanager),
    ]);
    const [taken] = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(taken).toMatchObject({ participatieladderFrom: 3, participatieladderTo: 4 });
    expect(refused).toEqual([expect.objectContaining({ code: 'candidate-outcome.step-not-higher' })]);
    expect(await rungOf()).toBe(4);
  });
});
