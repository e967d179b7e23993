import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

interface Entry {
  action: string;
  kind: string;
  levels: number[];
  vacancyTitle: string | null;
  employerName: string | null;
}

/**
 * "What happened to my client": the klantmanager reads one timeline of every action of the levels
 * and every result for a candidate, newest first; another organisation's klantmanager does not.
 */
describe('the candidate timeline', () => {
  let t: TestApp;
  let klantmanager: string;
  let candidateId: string;
  let vacancyId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    const accountmanager = t.as(await t.token({ role: 'accountmanager', subject: 'am-anna' }), '/api/v1');
    const employerId = (
      await accountmanager
        .post('/employers', {
          name: 'Schoonmaakbedrijf Helder',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    candidateId = (await t.as(klantmanager, '/api/v1').post('/candidates', candidateProfile()).expect(201)).body.id;
  });

  afterAll(() => t?.close());

  it('shows an offer and its answer, newest first, with the vacancy and employer, and audits the read', async () => {
    const km = t.as(klantmanager, '/api/v1');
    expect((await km.get(`/candidates/${candidateId}/timeline`).expect(200)).body).toEqual([]);
    const offer = (await km.post(`/candidates/${candidateId}/offers`, { vacancyId }).expect(201)).body;
    await km.put(`/offers/${offer.id}/response`, { response: 'interested', version: offer.version }).expect(200);

    const timeline: Entry[] = (await km.get(`/candidates/${candidateId}/timeline`).expect(200)).body;
    expect(timeline.map((entry) => [entry.action, entry.levels])).toEqual([
      ['offer-response', [1]],
      ['vacancy-offered', [1]],
    ]);
    expect(timeline[1]).toMatchObject({
      kind: 'action',
      vacancyTitle: 'Schoonmaker kantoren',
      employerName: 'Schoonmaakbedrijf Helder',
    });
    const report = (await km.get(`/candidates/${candidateId}/access-report`).expect(200)).body;
    expect(JSON.stringify(report)).toContain('candidate-timeline');
  });

  it("keeps the timeline within the candidate's organisation", async () => {
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    const other = await t.token({ role: 'klantmanager', subject: 'km-lelystad', organisationId: lelystad.id });
    await t.as(other, '/api/v1').get(`/candidates/${candidateId}/timeline`).expect(404);
  });
});
