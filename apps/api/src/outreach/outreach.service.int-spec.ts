import type { Principal } from '@werkbrug/common';
import { candidateProfile } from '../../../../test/support/fixtures';
import { ServiceTest } from '../../../../test/support/service-test';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { LogOutreachDto } from './dto/log-outreach.dto';
import { OutreachModule } from './outreach.module';
import { OutreachService } from './outreach.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('OutreachService on real repositories', () => {
  let t: ServiceTest;
  let outreach: OutreachService;
  let candidateId: string;
  let employerId: string;
  const jobhunter: Principal = principal('jobhunter', 'jh-joost');
  const contact = (overrides: Partial<LogOutreachDto> = {}): LogOutreachDto => ({
    employerId,
    contactedAt: '2026-12-07T10:00:00+01:00',
    channel: 'phone',
    outcome: 'interested',
    ...overrides,
  });

  beforeAll(async () => {
    t = await ServiceTest.start({
      imports: [EmployersModule, CandidatesModule, OutreachModule],
      now: '2026-12-07T10:00:00+01:00',
    });
    outreach = t.get(OutreachService);
    employerId = (
      await t
        .get(EmployersService)
        .create({ name: 'Brasserie Het Veer', sector: 'I', postcode: '1315', kvkNumber: uniqueKvkNumber() })
    ).id;
    const candidates = t.get(CandidatesService);
    candidateId = (await candidates.create(candidateProfile() as Parameters<CandidatesService['create']>[0], t.owner))
      .id;
  });

  afterAll(() => t?.close());

  it('answers an unknown candidate with party.candidate-not-found and an unknown employer with party.unknown-employer', async () => {
    await expect(outreach.log(MISSING, contact(), jobhunter)).rejects.toMatchObject({
      code: 'party.candidate-not-found',
      kind: 'not-found',
    });
    await expect(outreach.forCandidate(MISSING)).rejects.toMatchObject({ code: 'party.candidate-not-found' });
    await expect(outreach.log(candidateId, contact({ employerId: MISSING }), jobhunter)).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'employerId', code: 'party.unknown-employer' })],
    });
  });

  it('takes a contact up to a minute ahead of the clock, not later, and puts it on the ledger when it took place', async () => {
    await expect(
      outreach.log(candidateId, contact({ contactedAt: '2026-12-07T10:01:01+01:00' }), jobhunter),
    ).rejects.toMatchObject({
      invalidParams: [expect.objectContaining({ name: 'contactedAt', code: 'outreach.contacted-in-future' })],
    });
    const logged = await outreach.log(candidateId, contact({ contactedAt: '2026-12-07T10:00:59+01:00' }), jobhunter);
    expect(logged).toMatchObject({ employerName: 'Brasserie Het Veer', vacancyTitle: null, loggedBy: 'jh-joost' });
    const [record] = await t.db.manager.query(
      `SELECT level, occurred_at FROM service_records WHERE action = 'outreach' AND subject_id = $1`,
      [logged.id],
    );
    expect(record).toEqual({ level: 4, occurred_at: new Date('2026-12-07T09:00:59Z') });
    expect((await outreach.forCandidate(candidateId)).map((c) => c.id)).toEqual([logged.id]);
  });
});
