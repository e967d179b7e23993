import { DomainError, Principal } from '@werkbrug/common';
import { MatchFeedback, Proposal, ShortlistDecision, ShortlistEntry } from '@werkbrug/database';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { ConsentModule } from '../consent/consent.module';
import { ConsentsService } from '../consent/consents.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { DecisionDto } from './dto/decision.dto';
import { ShortlistsModule } from './shortlists.module';
import { ShortlistsService } from './shortlists.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

type CandidateInput = Parameters<CandidatesService['create']>[0];
type VacancyInput = Parameters<VacanciesService['create']>[0];

describe('ShortlistsService on real repositories', () => {
  let t: ServiceTest;
  let shortlists: ShortlistsService;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');
  const colleague: Principal = principal('accountmanager', 'am-bas');
  let employer: Principal;
  let vacancyId: string;
  let sameEmployersOther: string;
  let otherEmployers: string;
  let [ans, bram, cor, dirk] = ['', '', '', ''];

  const decision = (fields: Partial<DecisionDto>) => Object.assign(new DecisionDto(), fields);
  const decide = (candidateId: string, fields: Partial<DecisionDto>, by = accountmanager) =>
    shortlists.decide(vacancyId, candidateId, decision(fields), by);
  const generationOf = async (id: string) =>
    (
      await t.db.manager.query<{ g: number }[]>(
        'SELECT requested_generation AS g FROM shortlists WHERE vacancy_id = $1',
        [id],
      )
    )[0].g;

  /** What the matcher would write: these candidates ranked in this order, at the latest requested generation. */
  async function rank(id: string, candidateIds: string[]): Promise<void> {
    await t.db.manager.insert(
      ShortlistEntry,
      candidateIds.map((candidateId, index) => ({
        vacancyId: id,
        candidateId,
        rank: index + 1,
        score: 0.9 - index / 10,
        parts: { competences: 1 },
        reasons: ['beheerst kantoorschoonmaak'],
      })),
    );
    await t.db.manager.query(
      'UPDATE shortlists SET matched_generation = requested_generation, matched_at = now() WHERE vacancy_id = $1',
      [id],
    );
  }

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [EmployersModule, VacanciesModule, CandidatesModule, ConsentModule, ShortlistsModule],
    });
    shortlists = t.get(ShortlistsService);
    const employers = t.get(EmployersService);
    const schoon = await employers.create({
      name: 'Schoon Almere',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    const ander = await employers.create({
      name: 'Ander Bedrijf',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    employer = principal('employer', 'employer-user', { employerId: schoon.id });
    const candidates = t.get(CandidatesService);
    const candidate = async (name: string, limits: { item: string; level: number }[] = []) => {
      const belastbaarheid = { source: 'klantmanager', assessedOn: '2026-09-01', limits };
      return (await candidates.create(candidateProfile({ name, belastbaarheid }) as CandidateInput, t.owner)).id;
    };
    [ans, bram, cor, dirk] = [
      await candidate('Ans', [{ item: 'lifting', level: 10 }]),
      await candidate('Bram'),
      await candidate('Cor'),
      await candidate('Dirk'),
    ];
    await t.get(ConsentsService).give(ans, { kind: 'show-anonymised-profile' }, principal('klantmanager', 'km'));
    const vacancies = t.get(VacanciesService);
    const vacancy = async (employerId: string, demands: { item: string; level: number }[] = []) =>
      (await vacancies.create(vacancyBody({ employerId, demands }) as VacancyInput, accountmanager)).id;
    vacancyId = await vacancy(schoon.id, [{ item: 'lifting', level: 9 }]);
    sameEmployersOther = await vacancy(schoon.id);
    otherEmployers = await vacancy(ander.id);
    await rank(vacancyId, [ans, bram, cor]);
    await rank(sameEmployersOther, [cor]);
    await rank(otherEmployers, [cor]);
  });

  afterAll(() => t?.close());

  it('lets one of two first decisions on a candidate in, and answers the other with the decision that stands', async () => {
    const results = await Promise.allSettled([
      decide(ans, { decision: 'accepted' }),
      decide(ans, { decision: 'set-aside', note: 'later' }, colleague),
    ]);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as DomainError] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ code: 'record.stale-version', kind: 'conflict' });
    expect(lost[0].details.current).toMatchObject({ candidateId: ans, decision: won[0].decision, version: 1 });
  });

  it('changes a decision only on the version it was made on', async () => {
    await expect(decide(ans, { decision: 'accepted' })).rejects.toMatchObject({ code: 'record.stale-version' });
    const changed = await decide(ans, { decision: 'accepted', version: 1 }, colleague);
    expect(changed).toMatchObject({ decision: 'accepted', decidedBy: 'am-bas', version: 2 });
    await expect(decide(ans, { decision: 'set-aside', version: 1 })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ decision: 'accepted', version: 2 }) },
    });
    // A version given where there is no decision yet: nothing to change, and nothing current to show.
    await expect(decide(bram, { decision: 'accepted', version: 1 })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: null },
    });
  });

  it('refuses a decision on a candidate who is not ranked on the shortlist', async () => {
    await expect(decide(dirk, { decision: 'accepted' })).rejects.toMatchObject({
      code: 'shortlist.not-on-shortlist',
      kind: 'conflict',
    });
    expect(await t.db.manager.countBy(ShortlistDecision, { candidateId: dirk })).toBe(0);
  });

  it('wants a rejection to say why, precisely enough for the matcher, and nothing else to carry a reason', async () => {
    const refused = (fields: Partial<DecisionDto>) => decide(bram, fields).catch((error: DomainError) => error);
    expect(await refused({ decision: 'rejected' })).toMatchObject({
      code: 'rejection.reason-required',
      invalidParams: [expect.objectContaining({ name: 'reason', code: 'rejection.reason-required' })],
    });
    expect(await refused({ decision: 'rejected', reason: 'competence-missing' })).toMatchObject({
      code: 'rejection.competence-required',
    });
    expect(await refused({ decision: 'rejected', reason: 'hours', competence: 'office-cleaning' })).toMatchObject({
      code: 'rejection.competence-only-when-missing',
    });
    expect(await refused({ decision: 'rejected', reason: 'other' })).toMatchObject({ code: 'rejection.note-required' });
    expect(await refused({ decision: 'set-aside', reason: 'hours' })).toMatchObject({
      code: 'rejection.only-when-rejecting',
    });
    expect(await t.db.manager.countBy(ShortlistDecision, { candidateId: bram })).toBe(0);
  });

  it('feeds a rejection to the matcher: this shortlist and the employer’s other ones the candidate is on are matched again', async () => {
    const before = await Promise.all([vacancyId, sameEmployersOther, otherEmployers].map(generationOf));
    await decide(cor, { decision: 'rejected', reason: 'competence-missing', competence: 'office-cleaning' });
    const after = await Promise.all([vacancyId, sameEmployersOther, otherEmployers].map(generationOf));
    expect(after).toEqual([before[0] + 1, before[1] + 1, before[2]]);
    expect(await t.db.manager.findBy(MatchFeedback, { candidateId: cor })).toEqual([
      expect.objectContaining({
        vacancyId,
        reason: 'competence-missing',
        competence: 'office-cleaning',
        givenBy: 'am-anna',
        givenByRole: 'accountmanager',
      }),
    ]);
    expect(await shortlists.wasTurnedDown(vacancyId, cor)).toBe(true);
    expect(await shortlists.wasTurnedDown(sameEmployersOther, cor)).toBe(false);
    await expect(decide(cor, { decision: 'accepted', version: 1 })).rejects.toMatchObject({
      code: 'shortlist.rejection-final',
    });
  });

  it('leaves a decision alone once the candidate is proposed: the employer answers now', async () => {
    await decide(bram, { decision: 'accepted' });
    await t.db.manager.insert(Proposal, {
      vacancyId,
      employerId: employer.employerId!,
      candidateId: bram,
      profile: {
        competences: [],
        education: null,
        hoursPerWeek: { min: 16, max: 32 },
        reasons: [],
        toDiscuss: [],
        fitsDemands: true,
      },
      proposedBy: 'am-anna',
      proposedAt: t.clock.now(),
    });
    await expect(decide(bram, { decision: 'set-aside', version: 1 })).rejects.toMatchObject({
      code: 'shortlist.already-proposed',
    });
  });

  it('shows staff the ranking with decisions, the fit with this job and consent; the employer only counts', async () => {
    const staff = await shortlists.get(vacancyId, accountmanager);
    // The rejection asked for a new generation: pending, still showing the ranking it replaces.
    expect(staff).toMatchObject({ status: 'pending', generation: 2, matchedGeneration: 1 });
    expect(
      staff.entries!.map(({ candidateId, mayBeProposed, decision }) => [
        candidateId,
        mayBeProposed,
        decision?.decision,
      ]),
    ).toEqual([
      [ans, true, 'accepted'],
      [bram, false, 'accepted'],
      [cor, false, 'rejected'],
    ]);
    // Lifting 9 kg against a limit of 10: close to it, so named; the limit itself is not.
    expect(staff.entries![0].belastbaarheid).toEqual({
      fitsDemands: true,
      toDiscuss: ['tillen en dragen: de vacature vraagt 9 kg, dicht bij de grens'],
    });
    expect(staff.decisionsOffList).toEqual([]);

    const seenByEmployer = await shortlists.get(vacancyId, employer);
    expect(seenByEmployer).not.toHaveProperty('entries');
    expect(seenByEmployer).not.toHaveProperty('decisionsOffList');
  });

  it('lists where every open vacancy’s shortlist stands, in counts', async () => {
    const overview = (await shortlists.overview()).items;
    const of = (id: string) => overview.find((state) => state.vacancyId === id);
    expect(of(vacancyId)).toMatchObject({
      status: 'pending',
      ranked: 3,
      undecided: 0,
      accepted: 2,
      setAside: 0,
      rejected: 1,
      proposed: 1,
    });
    expect(of(otherEmployers)).toMatchObject({ status: 'ready', ranked: 1, undecided: 1, proposed: 0 });
    await t.db.manager.query(`UPDATE vacancies SET status = 'closed' WHERE id = $1`, [otherEmployers]);
    expect((await shortlists.overview()).items.map((state) => state.vacancyId)).not.toContain(otherEmployers);
  });

  it('tells proposing where candidates stand: decision, ranked reasons, turned down', async () => {
    const standings = await shortlists.standingsOf(vacancyId, [ans, cor, dirk]);
    expect(Object.fromEntries(standings)).toEqual({
      [ans]: { decision: 'accepted', reasons: ['beheerst kantoorschoonmaak'], turnedDown: false },
      [cor]: { decision: 'rejected', reasons: ['beheerst kantoorschoonmaak'], turnedDown: true },
      [dirk]: { decision: null, reasons: null, turnedDown: false },
    });
  });
});
