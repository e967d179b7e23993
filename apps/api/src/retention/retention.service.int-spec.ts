import { randomUUID } from 'node:crypto';
import { parseConfig, type Principal } from '@werkbrug/common';
import { CandidateConsent, CandidateIdentity, Employer, Placement } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { RetentionModule } from './retention.module';
import { RetentionService } from './retention.service';
import { principal } from '../../../../test/support/principals';

describe('RetentionService on real repositories', () => {
  let t: ServiceTest;
  let retention: RetentionService;
  let employer: Employer;
  const klantmanager: Principal = principal('klantmanager', 'km-kees');

  /** A candidate (born 1981) with a name, a placement and a consent; `leftOn` null is still available. */
  async function candidate(name: string, leftOn: string | null): Promise<string> {
    const saved = await t.saveCandidate({
      birthYear: 1981,
      belastbaarheid: { source: 'klantmanager', assessedOn: '2024-09-01', limits: [] },
      benefitStartedOn: '2023-03-01',
      workHistory: [{ occupation: 'cleaner', employer: 'Schoon Almere', from: '2019-01', until: '2023-02' }],
      instruments: ['loonkostensubsidie'],
      availability: leftOn ? 'left' : 'available',
      leftOn,
    });
    await t.db.manager.getRepository(CandidateIdentity).save({ candidateId: saved.id, name, email: null, phone: null });
    await t.db.manager.getRepository(Placement).save({
      candidateId: saved.id,
      employerId: employer.id,
      kind: 'paid-work',
      uitstroom: 'full',
      startsOn: '2024-05-01',
      hoursPerWeek: 24,
      levels: [2],
      recordedBy: 'am-anna',
    });
    await t.db.manager.getRepository(CandidateConsent).save({
      candidateId: saved.id,
      kind: 'show-anonymised-profile',
      givenAt: new Date('2024-01-10T10:00:00Z'),
      givenBy: 'km-kees',
    });
    return saved.id;
  }

  const stateOf = async (candidateId: string) => {
    const [row]: {
      birth_year: number;
      postcode: string;
      belastbaarheid: unknown;
      work_history: unknown;
      instruments: string[];
      anonymised_at: Date | null;
      name: string | null;
      age_group: string | null;
      withdrawn_at: Date | null;
      withdrawn_by: string | null;
    }[] = await t.db.manager.query(
      `SELECT c.birth_year, c.postcode, c.belastbaarheid, c.work_history, c.instruments, c.anonymised_at, i.name, p.age_group, s.withdrawn_at, s.withdrawn_by
         FROM candidates c
         LEFT JOIN candidate_identities i ON i.candidate_id = c.id
         JOIN placements p ON p.candidate_id = c.id
         JOIN candidate_consents s ON s.candidate_id = c.id
        WHERE c.id = $1`,
      [candidateId],
    );
    return row;
  };

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    // No timer: the test runs the passes itself.
    const env = { RETENTION_INTERVAL_MINUTES: '0' };
    t = await ServiceTest.start({
      imports: [RetentionModule.forRoot(parseConfig(env))],
      now: '2026-12-06T23:30:00Z',
      env,
    });
    retention = t.get(RetentionService);
    employer = await t.db.manager
      .getRepository(Employer)
      .save({ name: 'Schoon Almere', sector: 'N', postcode: '1316', contactEmail: null });
  });

  afterAll(() => t?.close());

  it('anonymises who left 24 months ago by the Dutch day, once, keeping the age group of their placements', async () => {
    const due = await candidate('Cor', '2024-12-07');
    const notYet = await candidate('Dora', '2024-12-08');

    const run = await retention.runPass();
    expect(run).toEqual({ anonymised: 1, leftOnOrBefore: '2024-12-07', monthsAfterLeaving: 24 });
    expect(await stateOf(due)).toEqual({
      birth_year: 1980,
      postcode: '13',
      belastbaarheid: null,
      work_history: [],
      instruments: [],
      anonymised_at: new Date('2026-12-06T23:30:00Z'),
      name: null,
      age_group: 'under-45',
      withdrawn_at: new Date('2026-12-06T23:30:00Z'),
      withdrawn_by: 'retention',
    });
    expect(await stateOf(notYet)).toMatchObject({
      name: 'Dora',
      anonymised_at: null,
      age_group: null,
      instruments: ['loonkostensubsidie'],
    });
    expect((await retention.runPass()).anonymised).toBe(0);
  });

  it('erases on request, records who asked and why, and refuses a second erasure and an unknown candidate by code', async () => {
    const eva = await candidate('Eva', null);

    const erasure = await retention.erase(eva, { reason: 'Verzoek van de kandidaat' }, klantmanager);
    expect(erasure).toEqual({
      requestId: expect.any(String),
      candidateId: eva,
      anonymisedAt: new Date('2026-12-06T23:30:00Z'),
    });
    expect(await stateOf(eva)).toMatchObject({ name: null, postcode: '13', withdrawn_by: 'retention' });
    const [candidateLeft]: { availability: string; left_on: string }[] = await t.db.manager.query(
      `SELECT availability, left_on::text AS left_on FROM candidates WHERE id = $1`,
      [eva],
    );
    expect(candidateLeft).toEqual({ availability: 'left', left_on: '2026-12-07' });
    expect(
      await t.db.manager.query(
        `SELECT reason, requested_by, requested_by_role FROM erasure_requests WHERE candidate_id = $1`,
        [eva],
      ),
    ).toEqual([{ reason: 'Verzoek van de kandidaat', requested_by: 'km-kees', requested_by_role: 'klantmanager' }]);

    await expect(retention.erase(eva, { reason: 'Nog eens' }, klantmanager)).rejects.toMatchObject({
      code: 'retention.already-anonymised',
      kind: 'conflict',
    });
    await expect(retention.erase(randomUUID(), { reason: 'Verzoek' }, klantmanager)).rejects.toMatchObject({
      code: 'retention.candidate-not-found',
      kind: 'not-found',
    });
  });
});
