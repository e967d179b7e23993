import { randomUUID } from 'node:crypto';
import { addDays, dutchDay } from '@werkbrug/common';
import { FollowUpsService } from '../apps/api/src/follow-ups/follow-ups.service';
import { FollowUpScheduler } from '../apps/api/src/shared/follow-ups/follow-up-scheduler.repository';
import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { eventually, Requests, TestApp } from './support/test-app';

interface Told {
  id: string;
  kind: string;
  read: boolean;
  link: string;
  params: Record<string, string | number | null>;
}

/**
 * Notifications over real HTTP: each user reads and marks their own only; preferences are checked
 * whole and decide how what is told from then on is mailed; and each event hook tells each of its
 * recipients once, never the one who acted, never another employer's users.
 */
describe('notifications', () => {
  let t: TestApp;
  let accountmanager: Requests;
  let employerA: Requests;
  let colleagueA: Requests;
  let employerB: Requests;
  let jobhunter: Requests;
  let klantmanager: Requests;
  let wspAdmin: Requests;
  let wspAdmin2: Requests;
  let wspAdmin2Token: string;
  let almereAdmin: Requests;
  let lelystadAdmin: Requests;
  let partnerKey: string;
  let employerAId: string;

  const as = async (user: Parameters<TestApp['token']>[0]) => t.as(await t.token(user), '/api/v1');
  const list = async (who: Requests, query = '') =>
    (await who.get(`/notifications${query}`).expect(200)).body as Told[];
  const ofKind = async (who: Requests, kind: string) => (await list(who, '?limit=200')).filter((n) => n.kind === kind);
  const unread = async (who: Requests) => (await who.get('/notifications/unread-count').expect(200)).body.unread;

  beforeAll(async () => {
    t = await TestApp.start({ env: { WEBHOOK_ATTEMPTS: '1', WEBHOOK_BACKOFF_MS: '0' } });
    accountmanager = await as({ role: 'accountmanager', subject: 'am-anna' });
    jobhunter = await as({ role: 'jobhunter', subject: 'jh-joost' });
    klantmanager = await as({ role: 'klantmanager', subject: 'km-karin' });
    almereAdmin = await as({ role: 'admin', subject: 'beheer-almere' });
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    lelystadAdmin = await as({ role: 'admin', subject: 'beheer-lelystad', organisationId: lelystad.id });
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    wspAdmin = await as({ role: 'admin', subject: 'beheer-wsp', organisationId: wsp.id });
    wspAdmin2Token = await t.token({ role: 'admin', subject: 'beheer-wsp-2', organisationId: wsp.id });
    wspAdmin2 = t.as(wspAdmin2Token, '/api/v1');
    const employer = async (name: string) =>
      (
        await accountmanager
          .post('/employers', { name, sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
          .expect(201)
      ).body.id as string;
    employerAId = await employer('Werkgever Alfa');
    const employerBId = await employer('Werkgever Beta');
    employerA = await as({ role: 'employer', subject: 'wg-alfa', employerId: employerAId });
    colleagueA = await as({ role: 'employer', subject: 'wg-alfa-2', employerId: employerAId });
    employerB = await as({ role: 'employer', subject: 'wg-beta', employerId: employerBId });
    const partnerId = (
      await wspAdmin
        .post('/partners', { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' })
        .expect(201)
    ).body.id;
    partnerKey = `Bearer ${
      (
        await wspAdmin
          .post(`/partners/${partnerId}/api-keys`, {
            name: 'Alles',
            scopes: ['vacancy-feed:read'],
            rateLimitPerMinute: 6000,
          })
          .expect(201)
      ).body.key
    }`;
  });

  afterAll(() => t?.close());

  describe('a vacancy changed by staff', () => {
    let vacancyId: string;

    beforeAll(async () => {
      vacancyId = (await employerA.post('/vacancies', vacancyBody({ title: 'Schoonmaker Alfa' })).expect(201)).body.id;
      // The employer's own change: they know it, and nobody is told.
      await employerA
        .put(`/vacancies/${vacancyId}`, { ...vacancyBody({ title: 'Schoonmaker Alfa', hoursPerWeek: 28 }), version: 1 })
        .expect(200);
      await accountmanager
        .put(`/vacancies/${vacancyId}`, { ...vacancyBody({ title: 'Schoonmaker Alfa', hoursPerWeek: 32 }), version: 2 })
        .expect(200);
      await accountmanager.put(`/vacancies/${vacancyId}/status`, { status: 'on-hold', version: 3 }).expect(200);
      await accountmanager.post(`/vacancies/${vacancyId}/closure`, { reason: 'withdrawn', version: 4 }).expect(200);
    });

    it("tells each of the employer's users once per change, not the one who acted, not another employer", async () => {
      for (const user of [employerA, colleagueA]) {
        const told = await ofKind(user, 'vacancy-changed');
        expect(told.map((n) => n.params.change)).toEqual(['closed', 'on-hold', 'changed']);
        expect(told[2]).toMatchObject({
          read: false,
          link: `#/mijn-vacatures/${vacancyId}`,
          params: { vacancyId, vacancyTitle: 'Schoonmaker Alfa', by: 'staff' },
        });
      }
      expect(await list(employerB)).toEqual([]);
      expect(await list(accountmanager)).toEqual([]);
    });

    it('shows each their own only, and marks one read, or all', async () => {
      const [latest, , oldest] = await ofKind(employerA, 'vacancy-changed');
      expect(await unread(employerA)).toBe(3);
      // Another user's notification answers as one that does not exist.
      const missing = await employerB.put(`/notifications/${randomUUID()}/read`, {}).expect(404);
      const foreign = await employerB.put(`/notifications/${latest.id}/read`, {}).expect(404);
      expect(foreign.body.code).toBe('notification.not-found');
      expect(foreign.body.title).toBe(missing.body.title);

      expect((await employerA.put(`/notifications/${oldest.id}/read`, {}).expect(200)).body).toMatchObject({
        id: oldest.id,
        read: true,
      });
      expect(await unread(employerA)).toBe(2);
      expect((await list(employerA, '?unread=true')).map((n) => n.id)).not.toContain(oldest.id);
      expect(await unread(colleagueA)).toBe(3);
      const page = await employerA.get('/notifications?limit=1').expect(200);
      expect(page.body).toHaveLength(1);
      expect(page.headers.link).toContain('offset=1');

      expect((await employerA.post('/notifications/read-all', {}).expect(200)).body).toEqual({ marked: 2 });
      expect(await unread(employerA)).toBe(0);
      expect(await unread(colleagueA)).toBe(3);
    });

    it('tells of a reopening, once', async () => {
      const reopened = (await accountmanager.post(`/vacancies/${vacancyId}/reopening`, {}).expect(201)).body;
      const told = (await ofKind(colleagueA, 'vacancy-changed')).filter((n) => n.params.change === 'reopened');
      expect(told).toEqual([
        expect.objectContaining({
          link: `#/mijn-vacatures/${reopened.id}`,
          params: expect.objectContaining({ vacancyId: reopened.id }),
        }),
      ]);
    });
  });

  describe('preferences', () => {
    it('shows the kinds of the role with their defaults', async () => {
      expect((await employerB.get('/notifications/preferences').expect(200)).body).toEqual({
        preferences: [
          { kind: 'candidate-proposed', delivery: 'digest', isDefault: true },
          { kind: 'vacancy-changed', delivery: 'digest', isDefault: true },
        ],
      });
      expect((await wspAdmin.get('/notifications/preferences').expect(200)).body.preferences).toEqual([
        { kind: 'delivery-failed', delivery: 'direct', isDefault: true },
        { kind: 'import-failed', delivery: 'direct', isDefault: true },
      ]);
    });

    it('refuses an unknown kind, a kind not for the role and a bad delivery, each at its item, writing nothing', async () => {
      const refused = await employerB
        .put('/notifications/preferences', {
          preferences: [
            { kind: 'vacancy-changed', delivery: 'off' },
            { kind: 'weather', delivery: 'direct' },
            { kind: 'candidate-proposed', delivery: 'hourly' },
          ],
        })
        .expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'preferences[1].kind', code: 'field.not-allowed-value' }),
        expect.objectContaining({ name: 'preferences[2].delivery', code: 'field.not-allowed-value' }),
      ]);
      const notTheirs = await employerB
        .put('/notifications/preferences', {
          preferences: [
            { kind: 'vacancy-changed', delivery: 'off' },
            { kind: 'import-failed', delivery: 'off' },
          ],
        })
        .expect(400);
      expect(notTheirs.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'preferences[1].kind', code: 'notification.kind-not-yours' }),
      ]);
      const after = (await employerB.get('/notifications/preferences').expect(200)).body.preferences;
      expect(after.every((p: { isDefault: boolean }) => p.isDefault)).toBe(true);
    });

    it('decides the delivery of what is told from then on, and the app still shows it', async () => {
      const saved = await colleagueA
        .put('/notifications/preferences', { preferences: [{ kind: 'vacancy-changed', delivery: 'direct' }] })
        .expect(200);
      expect(saved.body.preferences).toContainEqual({ kind: 'vacancy-changed', delivery: 'direct', isDefault: false });
      await employerA
        .put('/notifications/preferences', { preferences: [{ kind: 'vacancy-changed', delivery: 'off' }] })
        .expect(200);
      const vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId: employerAId })).expect(201))
        .body.id;
      await accountmanager.put(`/vacancies/${vacancyId}/status`, { status: 'on-hold', version: 1 }).expect(200);
      const rows: { email: string; delivery: string }[] = await t.dataSource.query(
        `SELECT u.email, n.delivery FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.event_key = $1 ORDER BY u.email`,
        [`vacancy-changed:${vacancyId}:v2`],
      );
      expect(Object.fromEntries(rows.map((row) => [row.email.split('.')[0], row.delivery]))).toEqual({
        'wg-alfa': 'off',
        'wg-alfa-2': 'direct',
      });
      expect((await ofKind(employerA, 'vacancy-changed')).some((n) => n.params.vacancyId === vacancyId)).toBe(true);
    });

    it('is no partner’s business', async () => {
      await t.http.get('/api/v1/notifications').set('Authorization', partnerKey).expect(403);
      await t.http.get('/api/v1/notifications/preferences').set('Authorization', partnerKey).expect(403);
    });
  });

  it('tells the assignee of each follow-up due today or overdue once, however often the pass runs', async () => {
    const candidateId = (await klantmanager.post('/candidates', candidateProfile()).expect(201)).body.id;
    const today = dutchDay(new Date());
    const assignedTo = t.idOf('jh-joost');
    const schedule = (kind: string, dueOn: string) =>
      t.app.get(FollowUpScheduler).schedule({
        kind,
        source: { type: 'speeddate-conversation', id: randomUUID() },
        candidateId,
        dueOn,
        assignedTo,
      });
    await schedule('second-interview', addDays(today, -2));
    await schedule('call-employer', today);
    await schedule('proefplaatsing-decision', addDays(today, 3));
    const followUps = t.app.get(FollowUpsService);
    await Promise.all([followUps.notifyDue(), followUps.notifyDue()]);
    await followUps.notifyDue();
    const told = await ofKind(jobhunter, 'follow-up-due');
    expect(told.map((n) => n.params.followUpKind).sort()).toEqual(['call-employer', 'second-interview']);
    expect(told.find((n) => n.params.followUpKind === 'second-interview')?.params).toMatchObject({
      dueOn: addDays(today, -2),
      overdue: 1,
      candidateReference: expect.stringMatching(/^K-/),
    });
    expect(JSON.stringify(told)).not.toContain(candidateProfile().name);
    expect(await list(klantmanager)).toEqual([]);
  });

  it('tells the administrators of the organisation whose candidate import failed, not those of another', async () => {
    const csv =
      '\uFEFFklantnummer;naam;e-mail;geboortejaar;postcode;vervoer;max km;opleidingsniveau;uren min;uren max;contractvormen\r\n' +
      'N-1;Test N-1;n1@voorbeeld.example;1965;1315;fiets;10;mbo2;16;50;vast\r\n';
    const accepted = await t.http
      .post('/api/v1/candidate-imports')
      .set('Authorization', await t.token({ role: 'klantmanager', subject: 'km-karin' }))
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv)
      .expect(202);
    const failed = await eventually(async () => {
      const [n] = await ofKind(almereAdmin, 'import-failed');
      return n;
    });
    expect(failed).toMatchObject({
      link: '#/kandidaten/import',
      params: { importKind: 'candidates', importId: accepted.body.id, errorCode: 'candidate-import.rows-refused' },
    });
    expect(await ofKind(almereAdmin, 'import-failed')).toHaveLength(1);
    expect(await list(lelystadAdmin)).toEqual([]);
    expect(await ofKind(wspAdmin, 'import-failed')).toEqual([]);
  });

  it("tells the werkgeversservicepunt's administrators of refused vacancy rows, not the one who imported, and gives their team the work", async () => {
    const imported = await t.http
      .post('/api/v1/vacancy-imports')
      .set('Authorization', wspAdmin2Token)
      .set('Content-Type', 'application/json')
      .send([{ source: 'ats-helder', externalReference: 'X-1', title: 'x' }])
      .expect(201);
    expect(imported.body.counts.refused).toBe(1);
    const [told] = await ofKind(wspAdmin, 'import-failed');
    expect(told).toMatchObject({
      link: '#/vacatures/import',
      params: { importKind: 'vacancies', importId: imported.body.id, refused: 1, rows: 1 },
    });
    expect(await ofKind(wspAdmin2, 'import-failed')).toEqual([]);
    expect(await ofKind(almereAdmin, 'import-failed')).toHaveLength(1);
    // One item on the werkvoorraad of the werkgeversservicepunt's beheerders, the importer's too; none elsewhere.
    const refusedRows = async (who: Requests) =>
      ((await who.get('/worklist').expect(200)).body as { kind: string }[]).filter(
        (item) => item.kind === 'vacancy-import-refused',
      );
    for (const admin of [wspAdmin, wspAdmin2])
      expect(await refusedRows(admin)).toEqual([
        expect.objectContaining({ link: '#/vacatures/import', params: { refused: 1, rows: 1 }, completable: true }),
      ]);
    expect(await refusedRows(almereAdmin)).toEqual([]);
    expect(await refusedRows(lelystadAdmin)).toEqual([]);
  });

  it("tells the werkgeversservicepunt's administrators, each once, of a webhook delivery that failed for good", async () => {
    const partnerId = (
      await wspAdmin
        .post('/partners', { name: 'Kapotte site', kind: 'job-site', contactEmail: 'api@kapot.example' })
        .expect(201)
    ).body.id;
    await wspAdmin
      .post(`/partners/${partnerId}/webhook-subscriptions`, {
        url: 'http://127.0.0.1:9/hook',
        events: ['vacancy.created'],
      })
      .expect(201);
    await accountmanager
      .post('/vacancies', vacancyBody({ employerId: employerAId, title: 'Heftruckchauffeur' }))
      .expect(201);
    for (const admin of [wspAdmin, wspAdmin2]) {
      const told = await eventually(async () => {
        const found = await ofKind(admin, 'delivery-failed');
        return found.length ? found : undefined;
      });
      expect(told).toEqual([
        expect.objectContaining({
          link: '#/partners',
          params: expect.objectContaining({ partnerId, partnerName: 'Kapotte site', eventType: 'vacancy.created' }),
        }),
      ]);
    }
    expect(await ofKind(almereAdmin, 'delivery-failed')).toEqual([]);
  });
});
