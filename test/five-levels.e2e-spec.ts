import { addMonths, dutchDay } from '@werkbrug/common';
import {
  candidateProfile,
  careCandidate,
  careVacancy,
  consentToProfile,
  readyShortlist,
  uniqueKvkNumber,
  vacancyBody,
} from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * For each of the five levels, one full story through the API, from a vacancy (or a candidate) to
 * a placement that still lasts after six months, and the reports counting exactly that story.
 * Each story runs on a database of its own, so every count in its reports is the story's.
 */
const today = dutchDay(new Date());
const monthsAgo = (months: number) => addMonths(today, -months);
const period = `from=${addMonths(today, -12)}&to=${today}`;

class Story {
  t: TestApp;
  accountmanager: string;
  jobhunter: string;
  klantmanager: string;
  employerId: string;
  employer: string;

  async start(): Promise<void> {
    this.t = await TestApp.start();
    this.accountmanager = await this.t.token({ role: 'accountmanager', subject: 'am-anna' });
    this.jobhunter = await this.t.token({ role: 'jobhunter', subject: 'jh-joost' });
    this.klantmanager = await this.t.token({ role: 'klantmanager', subject: 'km-karin' });
    this.employerId = (
      await this.as(this.accountmanager)
        .post('/api/v1/employers', { name: 'Zorg Almere', sector: 'Q', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    this.employer = await this.t.token({ role: 'employer', employerId: this.employerId });
  }

  as(token: string) {
    return this.t.as(token);
  }

  async candidate(): Promise<string> {
    const wishes = { ...careCandidate.wishes, contractTypes: ['permanent', 'temporary'] };
    const profile = candidateProfile({ ...careCandidate, name: 'Marja de Vries', wishes });
    return (await this.as(this.klantmanager).post('/api/v1/candidates', profile).expect(201)).body.id;
  }

  async vacancy(overrides: object = {}): Promise<string> {
    return (
      await this.as(this.employer)
        .post('/api/v1/vacancies', vacancyBody({ ...careVacancy, ...overrides }))
        .expect(201)
    ).body.id;
  }

  shortlist(vacancyId: string) {
    return readyShortlist(this.as(this.accountmanager), vacancyId);
  }

  /** Paid work that started seven months ago, checked after six: it lasted. */
  async lastingPlacement(placement: { id: string; version: number }): Promise<void> {
    const early = await this.as(this.jobhunter).post(`/api/v1/placements/${placement.id}/six-month-check`, {
      version: placement.version,
      lasted: true,
      checkedOn: monthsAgo(2),
    });
    expect(early.status).toBe(400);
    await this.as(this.jobhunter)
      .post(`/api/v1/placements/${placement.id}/six-month-check`, {
        version: placement.version,
        lasted: true,
        checkedOn: today,
      })
      .expect(201);
  }

  async placement(body: {
    candidateId: string;
    vacancyId?: string;
    kind?: string;
    startsOn: string;
    levels: number[];
  }) {
    const kind = body.kind ?? 'paid-work';
    const paid = kind === 'paid-work' ? { uitstroom: 'full', contractType: 'permanent' } : {};
    return (
      await this.as(this.accountmanager)
        .post('/api/v1/placements', {
          employerId: this.employerId,
          hoursPerWeek: 24,
          instruments: [],
          ...paid,
          ...body,
          kind,
        })
        .expect(201)
    ).body;
  }

  async report(name: string) {
    return (await this.as(this.accountmanager).get(`/api/v1/reports/${name}?${period}`).expect(200)).body;
  }

  async levels(): Promise<
    { level: number; actions: number; candidatesReached: number; results: Record<string, number> }[]
  > {
    return (await this.report('levels')).levels;
  }

  /** The levels whose results include this one: the story's own level(s), no other. */
  async levelsWithResult(result: string): Promise<number[]> {
    return (await this.levels()).filter((l) => l.results[result] > 0).map((l) => l.level);
  }

  /** The funnel as stage → candidates. */
  async funnel(): Promise<Record<string, number>> {
    const { stages } = await this.report('funnel');
    return Object.fromEntries(stages.map((s: { stage: string; candidates: number }) => [s.stage, s.candidates]));
  }

  close() {
    return this.t?.close();
  }
}

describe('the five levels, each from vacancy to lasting placement', () => {
  describe('level 1: a klantmanager offers a vacancy to a candidate', () => {
    const s = new Story();
    beforeAll(() => s.start());
    afterAll(() => s.close());

    it('runs from the offer to duurzame uitstroom, and the reports count it', async () => {
      const candidateId = await s.candidate();
      const vacancyId = await s.vacancy();
      await s.shortlist(vacancyId);
      const ranking = (await s.as(s.klantmanager).get(`/api/v1/candidates/${candidateId}/vacancies`).expect(200)).body;
      expect(ranking.vacancies.map((v: { vacancyId: string }) => v.vacancyId)).toContain(vacancyId);

      const offer = (
        await s.as(s.klantmanager).post(`/api/v1/candidates/${candidateId}/offers`, { vacancyId }).expect(201)
      ).body;
      await s
        .as(s.klantmanager)
        .put(`/api/v1/offers/${offer.id}/response`, { response: 'applied', version: offer.version })
        .expect(200);
      const placement = (
        await s
          .as(s.klantmanager)
          .post('/api/v1/placements', {
            candidateId,
            employerId: s.employerId,
            vacancyId,
            kind: 'paid-work',
            uitstroom: 'full',
            startsOn: monthsAgo(7),
            hoursPerWeek: 24,
            contractType: 'permanent',
            instruments: [],
            levels: [1],
          })
          .expect(201)
      ).body;
      await s.lastingPlacement(placement);

      const levels = await s.levels();
      expect(levels.find((l) => l.level === 1)).toMatchObject({
        actions: 2,
        candidatesReached: 1,
        results: { 'placement-paid-work': 1, 'lasting-placement': 1 },
      });
      expect(levels.filter((l) => l.level !== 1).every((l) => l.actions === 0)).toBe(true);
      expect(await s.levelsWithResult('lasting-placement')).toEqual([1]);
      // The funnel is the way through shortlists: work found through an offer is counted by the levels report, not there.
      expect(await s.funnel()).toMatchObject({ shortlisted: 0, proposed: 0, placed: 0, stillWorkingAfterSixMonths: 0 });
    });
  });

  describe('level 2: an accountmanager proposes, the employer invites, a jobhunter runs the speeddate', () => {
    const s = new Story();
    beforeAll(() => s.start());
    afterAll(() => s.close());

    it('runs from the shortlist through a proefplaatsing to duurzame uitstroom, and the reports count it', async () => {
      const candidateId = await s.candidate();
      const vacancyId = await s.vacancy();
      const shortlist = await s.shortlist(vacancyId);
      expect(shortlist.entries.map((e: { candidateId: string }) => e.candidateId)).toEqual([candidateId]);

      await s
        .as(s.accountmanager)
        .put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
        .expect(200);
      await consentToProfile(s.as(s.klantmanager), candidateId);
      const [proposal] = (
        await s
          .as(s.accountmanager)
          .post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [candidateId] })
          .expect(201)
      ).body;
      await s
        .as(s.employer)
        .post(`/api/v1/proposals/${proposal.id}/answer`, { answer: 'invite', version: proposal.version })
        .expect(201);

      const event = (
        await s
          .as(s.jobhunter)
          .post('/api/v1/speeddates', {
            title: 'Zorgspeeddate Almere',
            heldOn: monthsAgo(10),
            startsAt: '10:00',
            slotMinutes: 15,
            slotCount: 4,
            place: 'Stadhuis Almere',
            region: 'flevoland',
            sectorFocus: ['Q'],
          })
          .expect(201)
      ).body;
      await s
        .as(s.jobhunter)
        .post(`/api/v1/speeddates/${event.id}/participants`, {
          employerIds: [s.employerId],
          candidateIds: [candidateId],
        })
        .expect(201);
      const suggestion = (
        await s.as(s.jobhunter).post(`/api/v1/speeddates/${event.id}/schedule/suggestion`, {}).expect(201)
      ).body;
      expect(suggestion.conversations).toEqual([
        expect.objectContaining({ employerId: s.employerId, candidateId, vacancyId }),
      ]);
      const scheduled = (
        await s
          .as(s.jobhunter)
          .put(`/api/v1/speeddates/${event.id}/schedule`, {
            version: event.version,
            conversations: suggestion.conversations,
          })
          .expect(200)
      ).body;
      const [conversation] = scheduled.conversations;
      await s
        .as(s.jobhunter)
        .post(`/api/v1/speeddates/${event.id}/outcomes`, {
          outcomes: [
            { conversationId: conversation.id, tookPlace: true, interest: 'both', nextStep: 'proefplaatsing' },
          ],
        })
        .expect(201);

      const trial = await s.placement({
        candidateId,
        vacancyId,
        kind: 'proefplaatsing',
        startsOn: monthsAgo(9),
        levels: [2],
      });
      const decided = (
        await s
          .as(s.accountmanager)
          .post(`/api/v1/placements/${trial.id}/proefplaatsing-decision`, {
            decision: 'contract',
            decidedOn: monthsAgo(7),
            uitstroom: 'full',
            contractType: 'permanent',
            version: trial.version,
          })
          .expect(201)
      ).body;
      await s.lastingPlacement(decided.contract ?? decided);

      const level2 = (await s.levels()).find((l) => l.level === 2);
      expect(level2).toMatchObject({
        actions: 5,
        candidatesReached: 1,
        results: { 'placement-proefplaatsing': 1, 'placement-paid-work': 1, 'lasting-placement': 1 },
      });
      expect(await s.levelsWithResult('lasting-placement')).toEqual([2]);
      // Nested: a stage counts only what followed the one before. This story's placement is dated months
      // before today's proposal, so the funnel does not count it as its outcome (reports.e2e-spec has the way in order).
      expect(await s.funnel()).toMatchObject({
        shortlisted: 1,
        proposed: 1,
        invitedOrSpeeddate: 1,
        startedWorkOrTraining: 0,
        placed: 0,
        stillWorkingAfterSixMonths: 0,
      });
    });
  });

  describe('level 3: training for a vacancy with baangarantie', () => {
    const s = new Story();
    beforeAll(() => s.start());
    afterAll(() => s.close());

    it('runs from the training plan to duurzame uitstroom, and the reports count it', async () => {
      const candidateId = await s.candidate();
      const vacancyId = await s.vacancy({ trainingOffered: true });
      await s.shortlist(vacancyId);
      const plan = (
        await s
          .as(s.klantmanager)
          .post(`/api/v1/candidates/${candidateId}/training-plans`, {
            vacancyId,
            provider: 'ROC Flevoland',
            title: 'Helpende zorg en welzijn niveau 2',
            costEur: 1800,
            startsOn: monthsAgo(11),
            endsOn: monthsAgo(8),
            baangarantie: true,
          })
          .expect(201)
      ).body;
      const started = (
        await s
          .as(s.klantmanager)
          .patch(`/api/v1/training-plans/${plan.id}/status`, { status: 'started', version: plan.version })
          .expect(200)
      ).body;
      await s
        .as(s.klantmanager)
        .patch(`/api/v1/training-plans/${plan.id}/status`, { status: 'completed', version: started.version })
        .expect(200);
      const placement = await s.placement({ candidateId, vacancyId, startsOn: monthsAgo(7), levels: [3] });
      // The placement the baangarantie promised is recorded: its follow-up is done, no longer due.
      expect(
        await s.t.dataSource.query(
          `SELECT result FROM follow_ups WHERE candidate_id = $1 AND kind = 'placement-expected' AND done_at IS NOT NULL`,
          [candidateId],
        ),
      ).toEqual([{ result: 'placement-recorded' }]);
      await s.lastingPlacement(placement);

      const level3 = (await s.levels()).find((l) => l.level === 3);
      expect(level3).toMatchObject({
        actions: 1,
        candidatesReached: 1,
        results: { training: 1, 'placement-paid-work': 1, 'lasting-placement': 1 },
      });
      expect(await s.levelsWithResult('lasting-placement')).toEqual([3]);
      // No shortlist in this story: the funnel (the way through shortlists) counts none of it.
      expect(await s.funnel()).toMatchObject({ startedWorkOrTraining: 0, placed: 0, stillWorkingAfterSixMonths: 0 });
    });
  });

  describe('level 4: a jobhunter searches the employer network for one candidate', () => {
    const s = new Story();
    beforeAll(() => s.start());
    afterAll(() => s.close());

    it('runs from outreach to an employer without a vacancy to duurzame uitstroom, and the reports count it', async () => {
      const candidateId = await s.candidate();
      const search = (await s.as(s.jobhunter).get(`/api/v1/candidates/${candidateId}/vacancies`).expect(200)).body;
      expect(search.employersWithoutVacancy.map((e: { employerId: string }) => e.employerId)).toContain(s.employerId);
      await s
        .as(s.jobhunter)
        .post(`/api/v1/candidates/${candidateId}/outreach`, {
          employerId: s.employerId,
          contactedAt: `${monthsAgo(8)}T10:00:00+01:00`,
          channel: 'visit',
          outcome: 'vacancy-created',
        })
        .expect(201);
      const vacancyId = await s.vacancy();
      const placement = await s.placement({ candidateId, vacancyId, startsOn: monthsAgo(7), levels: [4] });
      await s.lastingPlacement(placement);

      const level4 = (await s.levels()).find((l) => l.level === 4);
      expect(level4).toMatchObject({
        actions: 1,
        candidatesReached: 1,
        results: { 'placement-paid-work': 1, 'lasting-placement': 1 },
      });
      expect(await s.levelsWithResult('lasting-placement')).toEqual([4]);
      expect((await s.report('placements')).total).toBe(1);
    });
  });

  describe('level 5: a regional placement agreement', () => {
    const s = new Story();
    beforeAll(() => s.start());
    afterAll(() => s.close());

    it('runs from the agreement through a linked vacancy to duurzame uitstroom, and the reports count it', async () => {
      const agreement = (
        await s
          .as(s.accountmanager)
          .post('/api/v1/agreements', {
            name: 'Zorgakkoord Flevoland',
            region: 'flevoland',
            startsOn: monthsAgo(10),
            endsOn: addMonths(today, 2),
            targetPlacements: 4,
            employerIds: [s.employerId],
            uwvPartner: true,
            sectors: ['Q'],
            occupations: ['care-assistant-ig'],
            instruments: ['proefplaatsing', 'no-risk-polis'],
            contacts: [{ name: 'Petra Jansen', organisation: 'Zorg Almere' }],
          })
          .expect(201)
      ).body;
      const candidateId = await s.candidate();
      const vacancyId = await s.vacancy();
      await s
        .as(s.accountmanager)
        .post(`/api/v1/agreements/${agreement.id}/vacancies`, { vacancyIds: [vacancyId] })
        .expect(201);
      const placement = await s.placement({ candidateId, vacancyId, startsOn: monthsAgo(7), levels: [5] });
      expect(placement.agreementId).toBe(agreement.id);
      await s.lastingPlacement(placement);

      const level5 = (await s.levels()).find((l) => l.level === 5);
      expect(level5).toMatchObject({ actions: 2, results: { 'placement-paid-work': 1, 'lasting-placement': 1 } });
      expect(await s.levelsWithResult('lasting-placement')).toEqual([5]);
      const current = (await s.as(s.accountmanager).get(`/api/v1/agreements/${agreement.id}`).expect(200)).body;
      expect(current.progress).toMatchObject({ placed: 1, target: 4, behind: true });
      const behind = (await s.as(s.accountmanager).get(`/api/v1/agreements/behind?on=${today}`).expect(200)).body;
      expect(behind.map((a: { id: string }) => a.id)).toEqual([agreement.id]);
      expect((await s.report('agreements')).agreements).toEqual([
        expect.objectContaining({ agreementId: agreement.id, target: 4, placed: 1, behind: true }),
      ]);
    });
  });
});
