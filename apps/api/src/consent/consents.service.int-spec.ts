import type { Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ConsentModule } from './consent.module';
import { ConsentsService } from './consents.service';
import { GiveConsentDto } from './dto/give-consent.dto';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('ConsentsService on real repositories', () => {
  let t: ServiceTest;
  let consents: ConsentsService;
  let ans: string;
  let bram: string;
  let ansProposal: string;
  let bramProposal: string;
  const klantmanager: Principal = principal('klantmanager', 'km-karin');
  const unknownId = '00000000-0000-4000-8000-000000000000';

  const consent = (value: object) => Object.assign(new GiveConsentDto(), value);
  const rows = async () =>
    Number((await t.db.manager.query<{ n: string }[]>('SELECT count(*) AS n FROM candidate_consents'))[0].n);

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule, VacanciesModule, CandidatesModule, ConsentModule] });
    consents = t.get(ConsentsService);
    const candidate = async (name: string, limits: { item: string; level: number }[]) => {
      const belastbaarheid = { source: 'klantmanager', assessedOn: '2026-09-01', limits };
      const profile = candidateProfile({ name, belastbaarheid }) as Parameters<CandidatesService['create']>[0];
      return (await t.get(CandidatesService).create(profile, t.owner)).id;
    };
    ans = await candidate('Ans', [{ item: 'lifting', level: 10 }]);
    bram = await candidate('Bram', []);
    const employer = await t
      .get(EmployersService)
      .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
    const staff: Principal = principal('accountmanager', 'am-anna');
    type NewVacancy = Parameters<VacanciesService['create']>[0];
    const vacancy = await t.get(VacanciesService).create(vacancyBody({ employerId: employer.id }) as NewVacancy, staff);
    const propose = async (candidateId: string) =>
      (
        await t.db.manager.query<{ id: string }[]>(
          `INSERT INTO proposals (vacancy_id, employer_id, candidate_id, profile, proposed_by)
           VALUES ($1, $2, $3, '{}', 'am-anna') RETURNING id`,
          [vacancy.id, employer.id, candidateId],
        )
      )[0].id;
    ansProposal = await propose(ans);
    bramProposal = await propose(bram);
  });

  afterAll(() => t?.close());

  it('checks what each kind of consent carries, naming the field with the rule’s code, and writes nothing then', async () => {
    const before = await rows();
    const refused = async (candidateId: string, value: object) => {
      const error: unknown = await consents.give(candidateId, consent(value), klantmanager).catch((e: unknown) => e);
      const { code, invalidParams } = error as { code: string; invalidParams: { name: string; code: string }[] };
      expect(invalidParams).toEqual([expect.objectContaining({ code })]);
      return [invalidParams[0].name, code];
    };
    expect(await refused(ans, { kind: 'share-identity' })).toEqual(['proposalId', 'consent.proposal-required']);
    expect(await refused(ans, { kind: 'share-identity', proposalId: bramProposal })).toEqual([
      'proposalId',
      'consent.not-proposal-of-candidate',
    ]);
    expect(await refused(ans, { kind: 'share-age-band', proposalId: ansProposal })).toEqual([
      'proposalId',
      'consent.proposal-not-allowed',
    ]);
    expect(await refused(ans, { kind: 'share-adjustments' })).toEqual(['adjustments', 'consent.adjustments-required']);
    expect(await refused(ans, { kind: 'share-adjustments', adjustments: ['lifting', 'night-work'] })).toEqual([
      'adjustments[1]',
      'consent.adjustment-not-limited',
    ]);
    expect(await refused(ans, { kind: 'share-age-band', adjustments: ['lifting'] })).toEqual([
      'adjustments',
      'consent.adjustments-not-allowed',
    ]);
    await expect(consents.give(unknownId, consent({ kind: 'share-age-band' }), klantmanager)).rejects.toMatchObject({
      code: 'candidate.not-found',
    });
    await expect(consents.list(unknownId)).rejects.toMatchObject({ code: 'candidate.not-found' });
    expect(await rows()).toBe(before);
  });

  it('keeps one active consent of a kind, even when two are given at once', async () => {
    const results = await Promise.allSettled(
      [1, 2].map(() => consents.give(bram, consent({ kind: 'show-anonymised-profile' }), klantmanager)),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'consent.already-given', kind: 'conflict' });
    // Identity is per proposal: one for each of the candidate's proposals may hold.
    const identity = await consents.give(
      ans,
      consent({ kind: 'share-identity', proposalId: ansProposal }),
      klantmanager,
    );
    expect(identity).toMatchObject({ proposalId: ansProposal, givenBy: 'km-karin', active: true, withdrawnAt: null });
    expect(identity.givenAt).toEqual(t.clock.now());
  });

  it('withdraws once, stamped by the clock; the consent then counts for nothing and may be given anew', async () => {
    const given = await consents.give(
      ans,
      consent({ kind: 'share-adjustments', adjustments: ['lifting'] }),
      klantmanager,
    );
    expect((await consents.activeFor([ans])).get(ans)?.adjustments).toEqual(['lifting']);

    t.clock.advance(60_000);
    const withdrawn = await consents.withdraw(ans, given.id, klantmanager);
    expect(withdrawn).toMatchObject({
      id: given.id,
      active: false,
      withdrawnBy: 'km-karin',
      withdrawnAt: t.clock.now(),
    });
    expect((await consents.activeFor([ans])).get(ans)?.adjustments).toEqual([]);
    await expect(consents.withdraw(ans, given.id, klantmanager)).rejects.toMatchObject({
      code: 'consent.already-withdrawn',
      kind: 'conflict',
    });
    await expect(consents.withdraw(bram, given.id, klantmanager)).rejects.toMatchObject({ code: 'consent.not-found' });

    const again = await consents.give(
      ans,
      consent({ kind: 'share-adjustments', adjustments: ['lifting'] }),
      klantmanager,
    );
    const history = await consents.list(ans);
    expect(history[0].id).toBe(again.id);
    expect(history.filter((c) => c.kind === 'share-adjustments').map((c) => c.active)).toEqual([true, false]);
  });

  it('folds the active consents per candidate, and none for a candidate without any', async () => {
    const active = await consents.activeFor([ans, bram, unknownId]);
    expect(active.get(bram)).toMatchObject({ showProfile: true, ageBand: false });
    expect(active.get(ans)?.identityFor).toEqual(new Set([ansProposal]));
    expect(active.has(unknownId)).toBe(false);
    expect(await consents.activeFor([])).toEqual(new Map());
  });

  // PGlite has one connection, so a second one changing the rows beside the transaction only exists on the server.
  (process.env.DATABASE_URL ? it : it.skip)(
    'share-locks the consents it read with `lock` until the transaction ends, so a withdrawal cannot overtake them',
    async () => {
      const [profileConsent] = (await consents.list(bram)).filter((c) => c.active);
      const other = t.db.dataSource.createQueryRunner();
      await other.connect();
      const lockForWithdrawal = () =>
        other.query('SELECT id FROM candidate_consents WHERE id = $1 FOR NO KEY UPDATE NOWAIT', [profileConsent.id]);
      try {
        await t.db.transaction(async () => {
          await consents.activeFor([bram], { lock: true });
          await other.startTransaction();
          await expect(lockForWithdrawal()).rejects.toThrow(/could not obtain lock/);
          await other.rollbackTransaction();
        });
        await other.startTransaction();
        await expect(lockForWithdrawal()).resolves.toHaveLength(1);
        await other.rollbackTransaction();
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
    },
  );
});
