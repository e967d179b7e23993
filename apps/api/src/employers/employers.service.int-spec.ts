import type { Principal } from '@werkbrug/common';
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
});
