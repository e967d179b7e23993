import type { Principal } from '@werkbrug/common';
import { User } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from './employers.module';
import { EmployersService } from './employers.service';
import { principal } from '../../../../test/support/principals';

describe('EmployersService on real repositories', () => {
  let t: ServiceTest;
  let employers: EmployersService;

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule] });
    employers = t.get(EmployersService);
  });

  afterAll(() => t?.close());

  it('stores an employer without contact e-mail as null, and lists employers by name', async () => {
    const zorg = await employers.create({ name: 'Zorggroep Almere', sector: 'Q', postcode: '1315' });
    await employers.create({
      name: 'Bouwbedrijf Lelystad',
      sector: 'F',
      postcode: '8232',
      contactEmail: 'hr@example.nl',
    });
    expect(zorg).toMatchObject({ id: expect.any(String), contactEmail: null });
    expect((await employers.list({ limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual([
      'Bouwbedrijf Lelystad',
      'Zorggroep Almere',
    ]);
  });

  it('shows an employer user its own employer only: any other is not found, as is an unknown one for staff', async () => {
    const own = await employers.create({ name: 'Schoon Almere', sector: 'N', postcode: '1316' });
    const other = await employers.create({ name: 'Ander Bedrijf', sector: 'N', postcode: '1316' });
    const user: Principal = principal('employer', 'employer-user', { employerId: own.id });
    expect(await employers.get(own.id, user)).toMatchObject({ id: own.id, name: 'Schoon Almere' });
    await expect(employers.get(other.id, user)).rejects.toMatchObject({
      code: 'employer.not-found',
      kind: 'not-found',
    });
    const staff: Principal = principal('accountmanager', 'am-anna');
    expect(await employers.get(other.id, staff)).toMatchObject({ id: other.id });
    await expect(employers.get('00000000-0000-4000-8000-000000000000', staff)).rejects.toMatchObject({
      code: 'employer.not-found',
    });
  });

  it('keeps a KvK number to one employer, with a coded error naming the field', async () => {
    const first = await employers.create({
      name: 'Bouw Lelystad',
      sector: 'F',
      postcode: '8232',
      kvkNumber: '87654321',
    });
    expect(first.kvkNumber).toBe('87654321');
    await expect(
      employers.create({ name: 'Ander Bouw', sector: 'F', postcode: '8232', kvkNumber: '87654321' }),
    ).rejects.toMatchObject({
      code: 'employer.kvk-number-taken',
      invalidParams: [expect.objectContaining({ name: 'kvkNumber' })],
    });
  });

  it("sets an employer's account team from accountmanagers of any organisation, and lists an accountmanager's own employers", async () => {
    const staff = (name: string, roles: User['roles'], status: User['status'] = 'active') =>
      t.db.manager.getRepository(User).save({
        organisationId: t.owner.organisationId,
        employerId: null,
        email: `${name}@test.example`,
        name,
        roles,
        status,
      });
    const anna = await staff('anna', ['accountmanager']);
    const kees = await staff('kees', ['klantmanager']);
    const gone = await staff('gone', ['accountmanager'], 'deactivated');
    const employer = await employers.create({ name: 'Zorg Almere', sector: 'Q', postcode: '1315' });
    const as = principal('accountmanager', anna.id);

    for (const [userIds, index] of [
      [[anna.id, kees.id], 1],
      [[gone.id], 0],
    ] as const)
      await expect(employers.setAccountTeam(employer.id, [...userIds], as)).rejects.toMatchObject({
        code: 'employer.not-an-accountmanager',
        invalidParams: [expect.objectContaining({ name: `userIds[${index}]` })],
      });
    expect(await employers.setAccountTeam(employer.id, [anna.id], as)).toEqual([
      expect.objectContaining({ userId: anna.id, name: 'anna', organisationName: 'Gemeente Almere' }),
    ]);
    expect(await employers.isOnAccountTeam(employer.id, anna.id)).toBe(true);
    expect((await employers.list({ limit: 50, offset: 0 }, anna.id)).items.map((e) => e.name)).toEqual(['Zorg Almere']);
    const employerUser = principal('employer', 'other-employer', {
      employerId: '00000000-0000-4000-8000-000000000000',
    });
    await expect(employers.accountTeam(employer.id, employerUser)).rejects.toMatchObject({
      code: 'employer.not-found',
    });
  });
});
