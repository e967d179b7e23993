import type { Principal } from '@werkbrug/common';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { PlacementsModule } from '../placements/placements.module';
import { PlacementsService } from '../placements/placements.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { AgreementsModule } from './agreements.module';
import { AgreementsService } from './agreements.service';
import { CreateAgreementDto } from './dto/agreement.dto';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('AgreementsService on real repositories', () => {
  let t: ServiceTest;
  let agreements: AgreementsService;
  let party: string;
  let other: string;
  const accountmanager: Principal = principal('accountmanager', 'am-anna');

  const terms = (overrides: Partial<CreateAgreementDto> = {}): CreateAgreementDto => ({
    name: 'Zorgakkoord Flevoland',
    region: 'flevoland',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    targetPlacements: 12,
    employerIds: [party],
    uwvPartner: false,
    sectors: ['Q'],
    occupations: [],
    instruments: [],
    contacts: [],
    ...overrides,
  });
  const postVacancy = async (employerId: string) =>
    (
      await t
        .get(VacanciesService)
        .create(
          vacancyBody({ employerId, startDate: '2027-01-04' }) as Parameters<VacanciesService['create']>[0],
          principal('accountmanager', 'am-anna'),
        )
    ).id;

  beforeAll(async () => {
    // 00:30 on 7 December in Amsterdam, while it is still 6 December in UTC.
    t = await ServiceTest.start({
      imports: [EmployersModule, CandidatesModule, VacanciesModule, PlacementsModule, AgreementsModule],
      now: '2026-12-06T23:30:00Z',
    });
    agreements = t.get(AgreementsService);
    const employers = t.get(EmployersService);
    party = (
      await employers.create({ name: 'Zorg Almere', sector: 'Q', postcode: '1315', kvkNumber: uniqueKvkNumber() })
    ).id;
    other = (
      await employers.create({
        name: 'Thuiszorg Lelystad',
        sector: 'Q',
        postcode: '1315',
        kvkNumber: uniqueKvkNumber(),
      })
    ).id;
  });

  afterAll(() => t?.close());

  it('names every unknown employer of a new agreement and stores nothing', async () => {
    await expect(
      agreements.create(
        terms({ employerIds: [MISSING, party, '00000000-0000-4000-8000-000000000001'] }),
        accountmanager,
      ),
    ).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [
        expect.objectContaining({ name: 'employerIds[0]', code: 'party.unknown-employer' }),
        expect.objectContaining({ name: 'employerIds[2]', code: 'party.unknown-employer' }),
      ],
    });
    await expect(agreements.create(terms({ endsOn: '2026-01-01' }), accountmanager)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'endsOn', code: 'agreement.ends-not-after-start' })],
    });
    expect((await agreements.list({}, accountmanager)).items).toEqual([]);
  });

  it('hides an agreement from an employer that is no party to it behind agreement.not-found', async () => {
    const { id } = await agreements.create(terms({ name: 'Zichtbaar akkoord' }), accountmanager);
    await expect(agreements.get(MISSING, accountmanager)).rejects.toMatchObject({ code: 'agreement.not-found' });
    await expect(agreements.get(id, principal('employer', 'w', { employerId: other }))).rejects.toMatchObject({
      code: 'agreement.not-found',
      kind: 'not-found',
    });
    expect(await agreements.get(id, principal('employer', 'w', { employerId: party }))).toMatchObject({ id });
  });

  it('links all vacancies or none, naming every one refused with its rule, and keeps a party with linked vacancies', async () => {
    const agreement = await agreements.create(
      terms({ name: 'Koppelakkoord', employerIds: [party, other] }),
      accountmanager,
    );
    const [own, foreign] = [await postVacancy(party), await postVacancy(other)];
    const narrowed = await agreements.update(agreement.id, { ...terms({ name: 'Koppelakkoord' }), version: 1 });
    expect(narrowed).toMatchObject({ employerIds: [party], version: 2 });
    await expect(
      agreements.linkVacancies(agreement.id, { vacancyIds: [own, foreign, MISSING] }, accountmanager),
    ).rejects.toMatchObject({
      invalidParams: [
        expect.objectContaining({ name: 'vacancyIds[1]', code: 'agreement.employer-not-party' }),
        expect.objectContaining({ name: 'vacancyIds[2]', code: 'party.unknown-vacancy' }),
      ],
    });
    expect((await agreements.get(agreement.id, accountmanager)).vacancyIds).toEqual([]);

    await agreements.linkVacancies(agreement.id, { vacancyIds: [own] }, accountmanager);
    await expect(agreements.linkVacancies(agreement.id, { vacancyIds: [own] }, accountmanager)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'vacancyIds[0]', code: 'agreement.vacancy-already-linked' })],
    });
    await expect(
      agreements.update(agreement.id, { ...terms({ name: 'Koppelakkoord', employerIds: [other] }), version: 2 }),
    ).rejects.toMatchObject({
      invalidParams: [
        expect.objectContaining({ name: 'employerIds', code: 'agreement.employer-has-linked-vacancies' }),
      ],
    });
    await expect(agreements.update(agreement.id, { ...terms(), version: 1 })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ id: agreement.id, version: 2, vacancyIds: [own] }) },
    });
    await agreements.unlinkVacancy(agreement.id, own);
    await expect(agreements.unlinkVacancy(agreement.id, own)).rejects.toMatchObject({
      code: 'agreement.vacancy-not-linked',
      kind: 'not-found',
    });
  });

  it('counts a placement that starts on the Dutch today towards progress (at 00:30, while UTC is still on the day before)', async () => {
    // Ending soonest, it is the one of the employer's agreements the placement counts towards.
    const agreement = await agreements.create(
      terms({ name: 'Voortgangsakkoord', endsOn: '2026-12-20', targetPlacements: 2 }),
      accountmanager,
    );
    const candidateId = (
      await t.get(CandidatesService).create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner)
    ).id;
    await t.get(PlacementsService).create(
      {
        candidateId,
        employerId: party,
        kind: 'paid-work',
        uitstroom: 'full',
        startsOn: '2026-12-07',
        hoursPerWeek: 24,
        contractType: 'permanent',
        instruments: [],
        levels: [5],
      },
      accountmanager,
    );
    expect((await agreements.get(agreement.id, accountmanager)).progress).toMatchObject({
      placed: 1,
      target: 2,
      on: '2026-12-07',
    });
    expect((await agreements.get(agreement.id, accountmanager, '2026-12-06')).progress).toMatchObject({ placed: 0 });
  });
});
