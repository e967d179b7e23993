import type { Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { CreatePlacementDto } from './dto/placement.dto';
import { PlacementsModule } from './placements.module';
import { PlacementsService } from './placements.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('PlacementsService on real repositories', () => {
  let t: ServiceTest;
  let placements: PlacementsService;
  let candidates: CandidatesService;
  let employerId: string;
  let otherEmployerId: string;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');

  const addCandidate = async () =>
    (await candidates.create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner)).id;
  const postVacancy = async (employer: string) =>
    (
      await t
        .get(VacanciesService)
        .create(
          vacancyBody({ employerId: employer, startDate: '2027-01-04' }) as Parameters<VacanciesService['create']>[0],
          accountmanager,
        )
    ).id;
  const paidWork = (candidateId: string, overrides: Partial<CreatePlacementDto> = {}): CreatePlacementDto => ({
    candidateId,
    employerId,
    kind: 'paid-work',
    uitstroom: 'full',
    startsOn: '2026-12-01',
    hoursPerWeek: 24,
    contractType: 'permanent',
    instruments: [],
    ...overrides,
  });
  const stateOf = async (candidateId: string) =>
    (
      await t.db.manager.query(
        `SELECT availability, unavailable_reason, to_char(unavailable_until, 'YYYY-MM-DD') AS until FROM candidates WHERE id = $1`,
        [candidateId],
      )
    )[0];
  const followUpsOf = (placementId: string) =>
    t.db.manager.query(
      `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, result FROM follow_ups WHERE source_id = $1`,
      [placementId],
    );
  const matchingJobs = async () => Number((await t.db.manager.query(`SELECT count(*) AS n FROM outbox_messages`))[0].n);

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({
      imports: [EmployersModule, CandidatesModule, VacanciesModule, PlacementsModule],
      now: '2026-12-06T23:30:00Z',
    });
    placements = t.get(PlacementsService);
    candidates = t.get(CandidatesService);
    const employers = t.get(EmployersService);
    employerId = (
      await employers.create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    otherEmployerId = (
      await employers.create({ name: 'Kantoorglans', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
  });

  afterAll(() => t?.close());

  it('names what is wrong with a placement: the candidate, the vacancy or the terms, each with its own code', async () => {
    const candidateId = await addCandidate();
    const refusal = (dto: CreatePlacementDto) => placements.create(dto, accountmanager);
    await expect(refusal(paidWork(MISSING))).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'candidateId', code: 'party.unknown-candidate' })],
    });
    await expect(refusal(paidWork(candidateId, { uitstroom: undefined }))).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'uitstroom', code: 'placement.uitstroom-required' })],
    });
    await expect(
      refusal(paidWork(candidateId, { vacancyId: await postVacancy(otherEmployerId) })),
    ).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'vacancyId', code: 'party.vacancy-of-other-employer' })],
    });
    await candidates.setAvailability(candidateId, { availability: 'left' });
    await expect(refusal(paidWork(candidateId))).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'candidateId', code: 'placement.candidate-left' })],
    });
    await expect(placements.get(MISSING, accountmanager)).rejects.toMatchObject({ code: 'placement.not-found' });
  });

  it('gives the last position of a vacancy to one of two placements made at once, and closes the vacancy as filled here', async () => {
    const vacancyId = await postVacancy(employerId);
    const [ans, bram] = [await addCandidate(), await addCandidate()];
    const results = await Promise.allSettled([
      placements.create(paidWork(ans, { vacancyId }), accountmanager),
      placements.create(paidWork(bram, { vacancyId }), accountmanager),
    ]);
    const placed = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(placed).toHaveLength(1);
    expect(refused).toEqual([
      expect.objectContaining({
        code: 'placement.vacancy-gone',
        invalidParams: [expect.objectContaining({ name: 'vacancyId', reason: 'the vacancy is closed' })],
      }),
    ]);
    expect(await t.get(VacanciesService).get(vacancyId, accountmanager)).toMatchObject({
      status: 'closed',
      closeReason: 'filled-here',
      closedBy: accountmanager.userId,
    });
    expect(await stateOf(placed[0].candidateId)).toMatchObject({ availability: 'placed' });
    expect(await followUpsOf(placed[0].id)).toEqual([{ kind: 'six-month-check', due_on: '2027-06-01', result: null }]);
  });

  it('withdraws, as filled here, the proposals of everyone but the candidate placed in the last position', async () => {
    const vacancyId = await postVacancy(employerId);
    const [placed, other] = [await addCandidate(), await addCandidate()];
    for (const candidateId of [placed, other])
      await t.db.manager.query(
        `INSERT INTO proposals (vacancy_id, employer_id, candidate_id, profile, status, proposed_by)
         VALUES ($1, $2, $3, '{}', 'invited', 'am-anna')`,
        [vacancyId, employerId, candidateId],
      );
    await placements.create(paidWork(placed, { vacancyId }), accountmanager);
    const proposals = await t.db.manager.query(
      `SELECT candidate_id, status, withdrawn_reason FROM proposals WHERE vacancy_id = $1`,
      [vacancyId],
    );
    expect(proposals).toEqual(
      expect.arrayContaining([
        { candidate_id: placed, status: 'invited', withdrawn_reason: null },
        { candidate_id: other, status: 'withdrawn', withdrawn_reason: 'filled-here' },
      ]),
    );
  });

  it('decides a proefplaatsing once, on the version read; no contract makes the candidate available and matched again', async () => {
    const candidateId = await addCandidate();
    const trial = await placements.create(
      paidWork(candidateId, { kind: 'proefplaatsing', uitstroom: undefined, contractType: undefined }),
      accountmanager,
    );
    expect(await stateOf(candidateId)).toEqual({
      availability: 'temporarily-unavailable',
      unavailable_reason: 'proefplaatsing',
      until: '2027-02-01',
    });
    await postVacancy(employerId);
    const decision = { decision: 'no-contract' as const, decidedOn: '2026-12-07' };
    await expect(placements.decide(trial.id, { ...decision, version: 2 }, accountmanager)).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id: trial.id, version: 1 }) },
    });
    const jobsBefore = await matchingJobs();
    const decided = await placements.decide(trial.id, { ...decision, version: 1 }, accountmanager);
    expect(decided).toMatchObject({
      proefplaatsing: { proefplaatsingDecision: 'no-contract', version: 2 },
      contract: null,
    });
    expect(await stateOf(candidateId)).toEqual({ availability: 'available', unavailable_reason: null, until: null });
    // Available again: the open vacancies in reach ask for a new shortlist, in the same transaction.
    expect(await matchingJobs()).toBeGreaterThan(jobsBefore);
    expect(await followUpsOf(trial.id)).toEqual([
      { kind: 'proefplaatsing-decision', due_on: '2027-02-01', result: 'no-contract' },
    ]);
    await expect(placements.decide(trial.id, { ...decision, version: 2 }, accountmanager)).rejects.toMatchObject({
      code: 'placement.already-decided',
      kind: 'conflict',
    });
  });

  it('takes the six-month check from the day it is due up to the Dutch today (at 00:30, while UTC is on the day before)', async () => {
    const candidateId = await addCandidate();
    // Proposed to the employer (level 2): the lasting placement counts there.
    await t.db.manager.query(
      `INSERT INTO proposals (vacancy_id, employer_id, candidate_id, profile, status, proposed_by)
       VALUES ($1, $2, $3, '{}', 'invited', 'am-anna')`,
      [await postVacancy(employerId), employerId, candidateId],
    );
    const work = await placements.create(paidWork(candidateId, { startsOn: '2026-06-07' }), accountmanager);
    const check = (checkedOn: string) =>
      placements.sixMonthCheck(work.id, { lasted: true, checkedOn, version: 1 }, accountmanager);
    await expect(check('2026-12-06')).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'checkedOn', code: 'placement.check-not-due' })],
    });
    await expect(check('2026-12-08')).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'checkedOn', code: 'placement.check-in-future' })],
    });
    expect(await check('2026-12-07')).toMatchObject({ lasted: true, followedUpOn: '2026-12-07', version: 2 });
    await expect(
      placements.sixMonthCheck(work.id, { lasted: false, checkedOn: '2026-12-07', version: 2 }, accountmanager),
    ).rejects.toMatchObject({ code: 'placement.already-checked', kind: 'conflict' });
    const [lasting] = await t.db.manager.query(
      `SELECT level, kind, occurred_at FROM service_records WHERE action = 'lasting-placement' AND subject_id = $1`,
      [work.id],
    );
    expect(lasting).toEqual({ level: 2, kind: 'result', occurred_at: new Date('2026-12-07T12:00:00Z') });
  });
});
