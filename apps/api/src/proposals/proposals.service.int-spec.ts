import { randomUUID } from 'node:crypto';
import { DomainError, Principal } from '@werkbrug/common';
import { MatchFeedback, Proposal, ServiceRecord, ShortlistEntry } from '@werkbrug/database';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { ConsentModule } from '../consent/consent.module';
import { ConsentsService } from '../consent/consents.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { AnswerDto } from './dto/answer.dto';
import { ProposeDto } from './dto/propose.dto';
import { ProposalsModule } from './proposals.module';
import { ProposalsService } from './proposals.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

type CandidateInput = Parameters<CandidatesService['create']>[0];
type VacancyInput = Parameters<VacanciesService['create']>[0];

describe('ProposalsService on real repositories', () => {
  let t: ServiceTest;
  let proposals: ProposalsService;
  let consents: ConsentsService;
  // A user id as the guard gives one: the employer's answer notifies whoever proposed (no user here, so no one).
  const accountmanager: Principal = principal('accountmanager', 'am-anna', { userId: randomUUID() });
  const klantmanager: Principal = principal('klantmanager', 'km-karin');
  let employer: Principal;
  let otherEmployer: Principal;
  let vacancyId: string;
  let closedVacancyId: string;
  let [ans, bram, cor, dirk, eva, fem, gijs] = ['', '', '', '', '', '', ''];

  const propose = (candidateIds: string[], id = vacancyId) =>
    proposals.propose(id, Object.assign(new ProposeDto(), { candidateIds }), accountmanager);
  const answer = (proposalId: string, fields: Partial<AnswerDto>, by = employer) =>
    proposals.answer(proposalId, Object.assign(new AnswerDto(), fields), by);
  const proposalOf = async (candidateId: string) => t.db.manager.findOneByOrFail(Proposal, { vacancyId, candidateId });

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [EmployersModule, VacanciesModule, CandidatesModule, ConsentModule, ShortlistsModule, ProposalsModule],
    });
    proposals = t.get(ProposalsService);
    consents = t.get(ConsentsService);
    const employers = t.get(EmployersService);
    const schoon = (
      await employers.create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    const ander = (
      await employers.create({ name: 'Ander Bedrijf', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    employer = principal('employer', 'employer-user', { employerId: schoon });
    otherEmployer = principal('employer', 'other-user', { employerId: ander });

    const candidates = t.get(CandidatesService);
    const candidate = async (name: string, limits: { item: string; level: number }[] = []) => {
      const belastbaarheid = { source: 'klantmanager', assessedOn: '2026-09-01', limits };
      const profile = candidateProfile({
        name,
        email: `${name.toLowerCase()}@example.nl`,
        birthYear: 1972,
        belastbaarheid,
      });
      return (await candidates.create(profile as CandidateInput, t.owner)).id;
    };
    [ans, bram, cor, dirk, eva, fem, gijs] = [
      await candidate('Ans'),
      await candidate('Bram'),
      await candidate('Cor'),
      await candidate('Dirk'),
      await candidate('Eva'),
      await candidate('Fem', [{ item: 'lifting', level: 2 }]),
      await candidate('Gijs'),
    ];
    for (const id of [ans, cor, dirk, eva, fem, gijs])
      await consents.give(id, { kind: 'show-anonymised-profile' }, klantmanager);

    const vacancies = t.get(VacanciesService);
    const vacancy = async () =>
      (
        await vacancies.create(
          vacancyBody({ employerId: schoon, demands: [{ item: 'lifting', level: 5 }] }) as VacancyInput,
          accountmanager,
        )
      ).id;
    vacancyId = await vacancy();
    closedVacancyId = await vacancy();
    // What the matcher would write; then the accountmanager's decisions on the ranking.
    const ranked = [ans, bram, cor, dirk, eva, fem, gijs];
    await t.db.manager.insert(
      ShortlistEntry,
      ranked.map((candidateId, index) => ({
        vacancyId,
        candidateId,
        rank: index + 1,
        score: 0.9 - index / 20,
        parts: { competences: 1 },
        reasons: [
          'beheerst kantoorschoonmaak',
          'kansrijk: Schoonmaak is krap in deze regio',
          'te bespreken: de vacature vraagt 24 uur; een vaste aanstelling',
        ],
      })),
    );
    const shortlists = t.get(ShortlistsService);
    for (const id of [ans, bram, eva, fem, gijs])
      await shortlists.decide(vacancyId, id, { decision: 'accepted' }, accountmanager);
    await shortlists.decide(vacancyId, cor, { decision: 'rejected', reason: 'hours' }, accountmanager);
    // Eva no longer matches: the re-match left her out.
    await t.db.manager.delete(ShortlistEntry, { vacancyId, candidateId: eva });
    await t.db.manager.query(`UPDATE vacancies SET status = 'closed' WHERE id = $1`, [closedVacancyId]);
  });

  afterAll(() => t?.close());

  it('proposes nobody while any candidate may not be proposed, naming each with the rule it breaks', async () => {
    const refused = await propose([ans, bram, cor, dirk, eva, fem]).catch((error: DomainError) => error);
    expect(refused).toMatchObject({ kind: 'invalid-input', code: 'proposal.no-consent' });
    expect((refused as DomainError).invalidParams.map(({ name, code }) => [name, code])).toEqual([
      ['candidateIds[1]', 'proposal.no-consent'],
      ['candidateIds[2]', 'proposal.candidate-rejected'],
      ['candidateIds[3]', 'proposal.not-accepted'],
      ['candidateIds[4]', 'proposal.not-on-shortlist'],
      ['candidateIds[5]', 'proposal.beyond-belastbaarheid'],
    ]);
    expect((refused as DomainError).invalidParams[4].reason).toContain('lifting');
    expect(await t.db.manager.count(Proposal)).toBe(0);
  });

  it('proposes an open vacancy only', async () => {
    await expect(propose([ans], closedVacancyId)).rejects.toMatchObject({ code: 'proposal.vacancy-not-open' });
  });

  it('stores the anonymised profile as proposed, writes the ledger, and proposes a candidate once', async () => {
    const [proposed] = await propose([ans]);
    expect(proposed).toMatchObject({ candidateId: ans, status: 'proposed', shownToEmployer: true, version: 1 });
    const stored = await proposalOf(ans);
    expect(stored.profile).toEqual({
      competences: [expect.objectContaining({ code: 'office-cleaning', level: 2, years: 6 })],
      education: expect.any(String),
      hoursPerWeek: { min: 16, max: 32 },
      reasons: ['beheerst kantoorschoonmaak'],
      toDiscuss: ['de vacature vraagt 24 uur', 'een vaste aanstelling', expect.stringContaining('proefplaatsing')],
      fitsDemands: true,
    });
    expect(await t.db.manager.countBy(ServiceRecord, { action: 'proposal', candidateId: ans })).toBe(1);
    await expect(propose([ans])).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'candidateIds[0]', code: 'proposal.already-proposed' })],
    });
  });

  it('shows the employer its own proposals only, the age band by the Dutch year it is today', async () => {
    const { id } = await proposalOf(ans);
    await expect(proposals.get(id, otherEmployer)).rejects.toMatchObject({ code: 'proposal.not-found' });
    expect((await proposals.list(otherEmployer, {})).items).toEqual([]);
    const seen = await proposals.get(id, employer);
    expect(seen).not.toHaveProperty('candidateId');
    expect(JSON.stringify(seen)).not.toMatch(/Ans|example\.nl|1972|1315|kansrijk/);
    expect(seen.profile).not.toHaveProperty('ageBand');

    await consents.give(ans, { kind: 'share-age-band' }, klantmanager);
    // Born in 1972: 54 this year until midnight in Amsterdam, 55 from then on, while UTC is still in 2026.
    t.clock.set('2026-12-31T22:30:00Z');
    expect((await proposals.get(id, employer)).profile.ageBand).toBe('45-54');
    t.clock.set('2026-12-31T23:30:00Z');
    expect((await proposals.get(id, employer)).profile.ageBand).toBe('55+');
  });

  it('takes the employer’s answers on the version read; an invitation stands', async () => {
    const { id } = await proposalOf(ans);
    await expect(answer(id, { answer: 'reject', version: 1 })).rejects.toMatchObject({
      code: 'rejection.reason-required',
    });
    expect(await answer(id, { answer: 'not-now', version: 1 })).toMatchObject({ status: 'not-now', version: 2 });
    await expect(answer(id, { answer: 'invite', version: 1 })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ status: 'not-now', version: 2 }) },
    });
    expect(await answer(id, { answer: 'invite', version: 2 })).toMatchObject({ status: 'invited', version: 3 });
    await expect(answer(id, { answer: 'reject', reason: 'hours', version: 3 })).rejects.toMatchObject({
      code: 'proposal.answer-final',
    });
    await expect(answer(id, { answer: 'invite', version: 3 }, otherEmployer)).rejects.toMatchObject({
      code: 'proposal.not-found',
    });
  });

  it('feeds the employer’s rejection to the matcher', async () => {
    await propose([gijs]);
    const { id } = await proposalOf(gijs);
    const generation = async () =>
      (
        await t.db.manager.query<{ g: number }[]>(
          'SELECT requested_generation AS g FROM shortlists WHERE vacancy_id = $1',
          [vacancyId],
        )
      )[0].g;
    const before = await generation();
    await answer(id, { answer: 'reject', reason: 'competence-missing', competence: 'office-cleaning', version: 1 });
    expect(await generation()).toBe(before + 1);
    expect(await t.db.manager.findBy(MatchFeedback, { candidateId: gijs })).toEqual([
      expect.objectContaining({ vacancyId, reason: 'competence-missing', givenByRole: 'employer' }),
    ]);
    expect(await t.db.manager.countBy(ServiceRecord, { action: 'employer-rejected', candidateId: gijs })).toBe(1);
  });

  it('takes a proposal out of the employer’s sight once the candidate withdraws consent, not out of the staff’s', async () => {
    const { id } = await proposalOf(ans);
    const profileConsent = (await consents.list(ans)).find((c) => c.kind === 'show-anonymised-profile' && c.active)!;
    await consents.withdraw(ans, profileConsent.id, klantmanager);
    await expect(proposals.get(id, employer)).rejects.toMatchObject({ code: 'proposal.not-found' });
    expect((await proposals.list(employer, { vacancyId })).items.map((p) => p.id)).not.toContain(id);
    expect(await proposals.get(id, accountmanager)).toMatchObject({ shownToEmployer: false });
  });
});
