import { randomUUID } from 'node:crypto';
import type { Principal } from '@werkbrug/common';
import { Organisation } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import type { AuditSpec } from '../shared/audit/audit.decorator';
import { AuditModule } from './audit.module';
import { AuditedRequest, AuditService } from './audit.service';
import { principal } from '../../../../test/support/principals';

describe('AuditService on real repositories', () => {
  let t: ServiceTest;
  let audit: AuditService;

  const profileRead: AuditSpec = { resource: 'candidate-profile', action: 'read', candidateId: 'param:id' };
  const employer: Principal = principal('employer', 'werkgever-wim', { employerId: randomUUID(), issuer: 'werkbrug' });
  const klantmanager: Principal = principal('klantmanager', 'km-karin', { issuer: 'werkbrug' });
  let admin: Principal;

  const request = (principal: Principal, candidateId: string): AuditedRequest => ({
    principal,
    params: { id: candidateId },
    statedPurpose: null,
    requestId: randomUUID(),
    route: 'GET /api/v1/candidates/:id',
  });
  const view = (principal: Principal, candidateId: string) =>
    audit.record([profileRead], request(principal, candidateId), {});
  const rowsOf = async (subject: string): Promise<{ candidate_ids: string[] }[]> =>
    t.db.manager.query(`SELECT candidate_ids FROM audit_log WHERE actor_id = $1 ORDER BY id`, [subject]);

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [AuditModule],
      // 23:30 on 7 December in Amsterdam: half an hour before the quota starts again.
      now: '2026-12-07T22:30:00Z',
      env: { EMPLOYER_PROFILE_VIEWS_PER_DAY: '2', AUDIT_FLAG_QUOTA_PERCENT: '50' },
    });
    audit = t.get(AuditService);
    admin = principal('admin', 'admin-almere', { organisationId: t.owner.organisationId, issuer: 'werkbrug' });
  });

  afterAll(() => t?.close());

  it('holds an employer user to its daily quota of distinct profiles until Dutch midnight, and writes nothing over it', async () => {
    const [ans, bram, cor] = [randomUUID(), randomUUID(), randomUUID()];
    await view(employer, ans);
    await view(employer, bram);

    await expect(view(employer, cor)).rejects.toMatchObject({
      code: 'audit.profile-quota-exceeded',
      kind: 'too-many-requests',
      details: { retryAfterSeconds: 30 * 60 },
    });
    await view(employer, ans);
    expect((await rowsOf(employer.subject)).map((row) => row.candidate_ids)).toEqual([[ans], [bram], [ans]]);

    // 00:30 on 8 December in Amsterdam (still 7 December in UTC): a new day, a new quota.
    t.clock.set('2026-12-07T23:30:00Z');
    await view(employer, cor);
    expect(await rowsOf(employer.subject)).toHaveLength(4);
  });

  it('lets one of two parallel requests for the last profile of the day through, not both', async () => {
    const hanna: Principal = principal('employer', 'werkgever-hanna', { employerId: randomUUID(), issuer: 'werkbrug' });
    await view(hanna, randomUUID());
    const results = await Promise.allSettled([view(hanna, randomUUID()), view(hanna, randomUUID())]);

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await rowsOf(hanna.subject)).toHaveLength(2);
  });

  it('gives staff no quota', async () => {
    for (let i = 0; i < 3; i++) await view(klantmanager, randomUUID());
    expect(await rowsOf(klantmanager.subject)).toHaveLength(3);
  });

  it('flags the employer user near its quota on the day asked', async () => {
    const { flags } = await audit.flags('2026-12-07');
    expect(flags).toEqual([
      {
        subject: 'werkgever-wim',
        employerId: employer.employerId,
        employerName: null,
        viewed: 2,
        usualPerDay: 0,
        shareOfQuota: 1,
        reasons: ['near-quota'],
      },
    ]);
  });

  it("records who issued the actor's token, and refuses a row without it", async () => {
    const candidate = await t.saveCandidate();
    const fromProvider: Principal = principal('klantmanager', 'u-123', { issuer: 'https://login.example.nl' });
    await view(fromProvider, candidate.id);
    expect(
      await t.db.manager.query(`SELECT actor_id, actor_issuer FROM audit_log WHERE $1 = ANY(candidate_ids)`, [
        candidate.id,
      ]),
    ).toEqual([{ actor_id: 'u-123', actor_issuer: 'https://login.example.nl' }]);

    const unknownIssuer: Principal = principal('klantmanager', 'u-124');
    await expect(view(unknownIssuer, candidate.id)).rejects.toThrow(/audit_log_actor_issuer_required/);
    expect(await rowsOf('u-124')).toEqual([]);
  });

  it("shows an administrator its organisation's log: its people's reads and reads of its candidates, never another member's candidates", async () => {
    const lelystad = await t.db.manager.getRepository(Organisation).save({
      slug: 'lelystad',
      kind: 'municipality',
      name: 'Gemeente Lelystad',
      municipalityCode: 'GM0995',
      regionCode: 'flevoland',
    });
    const almere = t.owner.organisationId;
    const ours = await t.saveCandidate();
    const theirs = await t.saveCandidate({ organisationId: lelystad.id });
    const at = (organisationId: string, role: 'klantmanager' | 'accountmanager' | 'admin', subject: string) =>
      principal(role, subject, { organisationId, issuer: 'werkbrug' });
    const shortlistRead: AuditSpec = {
      resource: 'shortlist',
      action: 'read',
      list: 'entries',
      candidateId: 'candidateId',
    };
    const readShortlist = (reader: Principal) =>
      audit.record(
        [shortlistRead],
        { ...request(reader, ours.id), params: {} },
        { entries: [{ candidateId: ours.id }, { candidateId: theirs.id }] },
      );

    await view(at(almere, 'klantmanager', 'km-almere'), ours.id);
    await view(at(lelystad.id, 'klantmanager', 'km-lelystad'), theirs.id);
    await readShortlist(at(almere, 'accountmanager', 'am-almere'));
    await readShortlist(at(lelystad.id, 'accountmanager', 'am-lelystad'));

    const shown = async (admin: Principal) =>
      (await audit.query({}, admin)).entries
        .filter((entry) => ['km-almere', 'km-lelystad', 'am-almere', 'am-lelystad'].includes(entry.actor))
        .map((entry) => [entry.actor, entry.candidateIds]);
    expect(await shown(at(almere, 'admin', 'admin-almere'))).toEqual([
      ['am-lelystad', [ours.id]],
      ['am-almere', [ours.id]],
      ['km-almere', [ours.id]],
    ]);
    expect(await shown(at(lelystad.id, 'admin', 'admin-lelystad'))).toEqual([
      ['am-lelystad', [theirs.id]],
      ['am-almere', [theirs.id]],
      ['km-lelystad', [theirs.id]],
    ]);
  });

  it("reports a candidate's access, and answers an unknown candidate and a reversed period with their codes", async () => {
    const candidate = await t.saveCandidate();
    await view(klantmanager, candidate.id);

    const report = await audit.accessReport(candidate.id, {});
    expect(report).toMatchObject({ candidateId: candidate.id, complete: true });
    expect(report.entries).toEqual([
      expect.objectContaining({
        subject: 'km-karin',
        issuer: 'werkbrug',
        role: 'klantmanager',
        organisation: null,
        action: 'read',
      }),
    ]);
    // Read at 00:30 on 8 December, Dutch time: not on the 7th.
    expect((await audit.accessReport(candidate.id, { to: '2026-12-07' })).entries).toEqual([]);
    expect((await audit.accessReport(candidate.id, { from: '2026-12-08', to: '2026-12-08' })).entries).toHaveLength(1);

    await expect(audit.accessReport(randomUUID(), {})).rejects.toMatchObject({
      code: 'audit.candidate-not-found',
      kind: 'not-found',
    });
    await expect(audit.query({ from: '2026-12-07', to: '2026-12-06' }, admin)).rejects.toMatchObject({
      code: 'period.ends-before-start',
      invalidParams: [expect.objectContaining({ name: 'to', code: 'period.ends-before-start' })],
    });
  });
});
