import { randomUUID } from 'node:crypto';
import { TokenService } from '@werkbrug/common';
import { Employer } from '@werkbrug/database';
import { ServiceTest } from '../../../../../test/support/service-test';
import { DevSignInModule } from './dev-sign-in.module';
import { UsersService } from '../../users/users.service';
import { DevSignInService } from './dev-sign-in.service';

describe('DevSignInService on real repositories', () => {
  let t: ServiceTest;
  let signIn: DevSignInService;
  let employer: Employer;

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [DevSignInModule], now: '2026-12-07T10:00:00+01:00' });
    signIn = t.get(DevSignInService);
    employer = await t.db.manager
      .getRepository(Employer)
      .save({ name: 'Schoon Almere', sector: 'N', postcode: '1316', contactEmail: null });
  });

  afterAll(() => t?.close());

  it('signs an employer user in for an existing employer, until the token lifetime from now', async () => {
    const view = await signIn.signIn({ role: 'employer', employerId: employer.id });
    expect(view).toMatchObject({ role: 'employer', employerId: employer.id, employerName: 'Schoon Almere' });
    expect(view.expiresAt).toEqual(new Date(Date.parse('2026-12-07T09:00:00Z') + t.config.auth.tokenTtlSeconds * 1000));
    expect(t.get(TokenService).verify(view.token)).toMatchObject({ role: 'employer', subject: view.subject });
    expect(await t.get(UsersService).get(view.subject)).toMatchObject({ employerId: employer.id, roles: ['employer'] });
    expect(await signIn.employersToSignInFor()).toEqual([{ id: employer.id, name: 'Schoon Almere' }]);
  });

  it('names employerId with the rule it breaks', async () => {
    const refused = (dto: Parameters<DevSignInService['signIn']>[0], code: string) =>
      expect(signIn.signIn(dto)).rejects.toMatchObject({
        code,
        invalidParams: [expect.objectContaining({ name: 'employerId', code })],
      });
    await refused({ role: 'employer' }, 'dev-sign-in.employer-required');
    await refused({ role: 'employer', employerId: randomUUID() }, 'dev-sign-in.unknown-employer');
    await refused({ role: 'jobhunter', employerId: employer.id }, 'dev-sign-in.employer-only-for-employer-role');
  });
});
