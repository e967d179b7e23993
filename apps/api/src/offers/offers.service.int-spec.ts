import { Principal } from '@werkbrug/common';
import { ServiceRecord, VacancyOffer } from '@werkbrug/database';
import { candidateProfile, vacancyBody } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { OfferDto, OfferResponseDto } from './dto/offer.dto';
import { OffersModule } from './offers.module';
import { OffersService } from './offers.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

type VacancyInput = Parameters<VacanciesService['create']>[0];

describe('OffersService on real repositories', () => {
  let t: ServiceTest;
  let offers: OffersService;
  const klantmanager: Principal = principal('klantmanager', 'km-karin');
  const nobody = '00000000-0000-4000-8000-000000000000';
  let candidateId: string;
  let [openVacancy, secondVacancy, closedVacancy, turnedDownFor] = ['', '', '', ''];

  const offer = (vacancyId: string, to = candidateId) =>
    offers.offer(to, Object.assign(new OfferDto(), { vacancyId, note: 'dichtbij huis' }), klantmanager);
  const respond = (offerId: string, fields: Partial<OfferResponseDto>) =>
    offers.respond(offerId, Object.assign(new OfferResponseDto(), fields), klantmanager);
  const refusalOf = (attempt: Promise<unknown>) =>
    attempt.then(
      () => undefined,
      (error: { code: string; invalidParams: { name: string }[] }) => [error.code, error.invalidParams[0]?.name],
    );

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [EmployersModule, VacanciesModule, CandidatesModule, ShortlistsModule, OffersModule],
    });
    offers = t.get(OffersService);
    const employerId = (
      await t
        .get(EmployersService)
        .create({ name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
    ).id;
    const accountmanager: Principal = principal('accountmanager', 'am-anna');
    const vacancy = async (title: string) =>
      (await t.get(VacanciesService).create(vacancyBody({ employerId, title }) as VacancyInput, accountmanager)).id;
    [openVacancy, secondVacancy, closedVacancy, turnedDownFor] = [
      await vacancy('Schoonmaker kantoren'),
      await vacancy('Schoonmaker scholen'),
      await vacancy('Schoonmaker ziekenhuis'),
      await vacancy('Schoonmaker hotel'),
    ];
    await t.db.manager.query(`UPDATE vacancies SET status = 'closed' WHERE id = $1`, [closedVacancy]);
    const profile = candidateProfile({ name: 'Dirk' }) as Parameters<CandidatesService['create']>[0];
    candidateId = (await t.get(CandidatesService).create(profile, t.owner)).id;
    await t
      .get(ShortlistsService)
      .recordRejection(
        { id: turnedDownFor, employerId },
        candidateId,
        { reason: 'hours', competence: null, note: null },
        accountmanager,
      );
  });

  afterAll(() => t?.close());

  it('offers an open vacancy once to an available candidate, naming the vacancy when it may not be offered', async () => {
    expect(await refusalOf(offer(openVacancy, nobody))).toEqual(['offer.candidate-not-found', undefined]);
    expect(await refusalOf(offer(nobody))).toEqual(['offer.vacancy-not-found', 'vacancyId']);
    expect(await refusalOf(offer(closedVacancy))).toEqual(['offer.vacancy-not-open', 'vacancyId']);
    expect(await refusalOf(offer(turnedDownFor))).toEqual(['offer.candidate-turned-down', 'vacancyId']);

    const offered = await offer(openVacancy);
    expect(offered).toMatchObject({
      candidateId,
      vacancyId: openVacancy,
      vacancyTitle: 'Schoonmaker kantoren',
      employerName: 'Schoon Almere',
      note: 'dichtbij huis',
      offeredBy: 'km-karin',
      offeredAt: t.clock.now(),
      response: null,
      version: 1,
    });
    expect(await refusalOf(offer(openVacancy))).toEqual(['offer.already-offered', 'vacancyId']);
    expect(await t.db.manager.countBy(ServiceRecord, { action: 'vacancy-offered', candidateId })).toBe(1);
  });

  it('offers a vacancy once even when two klantmanagers offer it at the same moment', async () => {
    t.clock.advance(60_000);
    const results = await Promise.allSettled([offer(secondVacancy), offer(secondVacancy)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await t.db.manager.countBy(VacancyOffer, { vacancyId: secondVacancy })).toBe(1);
  });

  it('records the answer on the version read, with a reason when the candidate is not interested', async () => {
    const { id } = await t.db.manager.findOneByOrFail(VacancyOffer, { vacancyId: openVacancy });
    expect(await refusalOf(respond(id, { response: 'not-interested', version: 1 }))).toEqual([
      'offer.reason-required',
      'reason',
    ]);
    t.clock.advance(60_000);
    expect(await respond(id, { response: 'interested', version: 1 })).toMatchObject({
      response: 'interested',
      respondedAt: t.clock.now(),
      version: 2,
    });
    await expect(respond(id, { response: 'applied', version: 1 })).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ response: 'interested', vacancyTitle: 'Schoonmaker kantoren' }) },
    });
    await expect(respond(nobody, { response: 'applied', version: 1 })).rejects.toMatchObject({
      code: 'offer.not-found',
    });
  });

  it('refuses an offer to a candidate who is not available', async () => {
    await t.db.manager.query(`UPDATE candidates SET availability = 'placed' WHERE id = $1`, [candidateId]);
    expect(await refusalOf(offer(closedVacancy))).toEqual(['offer.candidate-not-available', undefined]);
  });

  it('lists the candidate’s offers, the newest first', async () => {
    expect((await offers.forCandidate(candidateId)).map((o) => o.vacancyTitle)).toEqual([
      'Schoonmaker scholen',
      'Schoonmaker kantoren',
    ]);
    await expect(offers.forCandidate(nobody)).rejects.toMatchObject({ code: 'offer.candidate-not-found' });
  });
});
