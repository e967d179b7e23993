import type { Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { CreateTrainingPlanDto } from './dto/training-plan.dto';
import { TrainingPlansModule } from './training-plans.module';
import { TrainingPlansService } from './training-plans.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('TrainingPlansService on real repositories', () => {
  let t: ServiceTest;
  let plans: TrainingPlansService;
  let employerId: string;
  let otherEmployerId: string;
  let vacancyId: string;
  const jobhunter: Principal = principal('jobhunter', 'jh-joost');

  const addCandidate = async () =>
    (await t.get(CandidatesService).create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner))
      .id;
  const plan = (overrides: Partial<CreateTrainingPlanDto> = {}): CreateTrainingPlanDto => ({
    vacancyId,
    provider: 'ROC Flevoland',
    title: 'VCA basis',
    costEur: 1500,
    startsOn: '2027-01-04',
    endsOn: '2027-02-26',
    baangarantie: true,
    ...overrides,
  });

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({
      imports: [EmployersModule, CandidatesModule, VacanciesModule, TrainingPlansModule],
      now: '2026-12-06T23:30:00Z',
    });
    plans = t.get(TrainingPlansService);
    const employers = t.get(EmployersService);
    employerId = (
      await employers.create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    otherEmployerId = (
      await employers.create({ name: 'Kantoorglans', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    const body = vacancyBody({ employerId, startDate: '2027-03-01' });
    vacancyId = (
      await t
        .get(VacanciesService)
        .create(body as Parameters<VacanciesService['create']>[0], principal('accountmanager', 'am-anna'))
    ).id;
  });

  afterAll(() => t?.close());

  it('answers an unknown candidate with party.candidate-not-found', async () => {
    await expect(plans.create(MISSING, plan(), jobhunter)).rejects.toMatchObject({
      code: 'party.candidate-not-found',
      kind: 'not-found',
    });
    await expect(plans.forCandidate(MISSING)).rejects.toMatchObject({ code: 'party.candidate-not-found' });
  });

  it('trains for a vacancy of the employer named, one that can still be filled', async () => {
    const candidateId = await addCandidate();
    await expect(plans.create(candidateId, plan({ employerId: otherEmployerId }), jobhunter)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'vacancyId', code: 'party.vacancy-of-other-employer' })],
    });
    await expect(plans.create(candidateId, plan({ vacancyId: undefined }), jobhunter)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'employerId', code: 'party.employer-or-vacancy-required' })],
    });
    await expect(plans.create(candidateId, plan({ endsOn: '2027-01-03' }), jobhunter)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'endsOn', code: 'training.ends-before-start' })],
    });
    const created = await plans.create(candidateId, plan(), jobhunter);
    expect(created).toMatchObject({ employerId, vacancyId, costEur: 1500, status: 'planned', version: 1 });
  });

  it('lets only one of two plans created at once take a budget they would exceed together', async () => {
    const candidateId = await addCandidate();
    const results = await Promise.allSettled([
      plans.create(candidateId, plan(), jobhunter),
      plans.create(candidateId, plan(), jobhunter),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [refused] = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refused).toMatchObject({
      code: 'training.budget-exceeded',
      invalidParams: [expect.objectContaining({ name: 'costEur', reason: expect.stringContaining('€ 1000.00') })],
    });
    expect((await plans.forCandidate(candidateId)).budget).toEqual({
      totalEur: 2500,
      usedEur: 1500,
      remainingEur: 1000,
    });
  });

  it('moves a plan on only on the version read and by an allowed step; completion with baangarantie is due as a placement two weeks from the Dutch today', async () => {
    const candidateId = await addCandidate();
    const { id } = await plans.create(candidateId, plan({ costEur: 500 }), jobhunter);
    await expect(plans.setStatus(id, { status: 'started', version: 2 }, jobhunter)).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id, status: 'planned', version: 1 }) },
    });
    await expect(plans.setStatus(id, { status: 'completed', version: 1 }, jobhunter)).rejects.toMatchObject({
      code: 'training.transition-not-allowed',
      kind: 'conflict',
      message: expect.stringContaining('from planned to completed'),
    });
    await plans.setStatus(id, { status: 'started', version: 1 }, jobhunter);
    await plans.setStatus(id, { status: 'completed', version: 2 }, jobhunter);
    expect(
      await t.db.manager.query(
        `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM follow_ups WHERE source_id = $1`,
        [id],
      ),
    ).toEqual([{ kind: 'placement-expected', due_on: '2026-12-21' }]);
  });

  it('refuses a vacancy that can no longer be filled', async () => {
    const candidateId = await addCandidate();
    await t.db.manager.query(`UPDATE vacancies SET status = 'closed', close_reason = 'filled-here' WHERE id = $1`, [
      vacancyId,
    ]);
    await expect(plans.create(candidateId, plan(), jobhunter)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'vacancyId', code: 'training.vacancy-gone' })],
    });
  });
});
