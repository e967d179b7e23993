import type { DomainError, Principal } from '@werkbrug/common';
import { User } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from './employers.module';
import { EmployersService } from './employers.service';
import { principal } from '../../../../test/support/principals';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('EmployersService on real repositories', () => {
  let t: ServiceTest;
  let employers: EmployersService;

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [EmployersModule] });
    employers = t.get(EmployersService);
  });

  afterAll(() => t?.close());

  it('stores an employer without contact e-mail as null, and lists employers by name', async () => {
    const zorg = await employers.create({
      name: 'Zorggroep Almere',
      sector: 'Q',
      postcode: '1315',
      kvkNumber: uniqueKvkNumber(),
    });
    await employers.create({
      name: 'Bouwbedrijf Lelystad',
      sector: 'F',
      postcode: '8232',
      contactEmail: 'hr@example.nl',
      kvkNumber: uniqueKvkNumber(),
    });
    expect(zorg).toMatchObject({ id: expect.any(String), contactEmail: null });
    expect((await employers.list({ limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual([
      'Bouwbedrijf Lelystad',
      'Zorggroep Almere',
    ]);
  });

  it('shows an employer user its own employer only: any other is not found, as is an unknown one for staff', async () => {
    const own = await employers.create({
      name: 'Schoon Almere',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
    const other = await employers.create({
      name: 'Ander Bedrijf',
      sector: 'N',
      postcode: '1316',
      kvkNumber: uniqueKvkNumber(),
    });
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

  it('keeps a KvK number to one employer: a second registration is a conflict naming the existing employer to staff', async () => {
    const staff = principal('accountmanager', 'am-anna', { organisationId: t.owner.organisationId });
    const first = await employers.create(
      {
        name: 'Bouw Lelystad',
        sector: 'F',
        postcode: '8232',
        kvkNumber: '87654321',
        establishmentNumber: '000087654321',
      },
      staff,
    );
    expect(first).toMatchObject({ kvkNumber: '87654321', establishmentNumber: '000087654321', version: 1 });
    const again = { name: 'Ander Bouw', sector: 'F', postcode: '8232', kvkNumber: '87654321' };
    await expect(employers.create(again, staff)).rejects.toMatchObject({
      code: 'employer.kvk-number-taken',
      kind: 'conflict',
      invalidParams: [expect.objectContaining({ name: 'kvkNumber' })],
      details: expect.objectContaining({ existingId: first.id }),
    });
    // Without a caller who may open it (work on nobody's behalf), the id is not given.
    const anonymous = await employers.create(again).catch((error: DomainError) => error);
    expect((anonymous as DomainError).details.existingId).toBeUndefined();
    // Two registrations at the same moment: the unique index lets exactly one through.
    const racing = await Promise.allSettled(
      ['Race Een', 'Race Twee'].map((name) =>
        t.db.transaction(() => employers.create({ name, sector: 'F', postcode: '8232', kvkNumber: '11112222' }, staff)),
      ),
    );
    expect(racing.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it("changes the register on the version read: staff every field, the employer's own users their contact e-mail only", async () => {
    const staff = principal('accountmanager', 'am-anna', { organisationId: t.owner.organisationId });
    const employer = await employers.create(
      { name: 'Helder Schoon', sector: 'N', postcode: '1316', kvkNumber: '22223333' },
      staff,
    );
    const other = await employers.create(
      { name: 'Ander Schoon', sector: 'N', postcode: '1316', kvkNumber: '33334444' },
      staff,
    );
    const register = { name: 'Helder Schoon', sector: 'N', postcode: '1316', kvkNumber: '22223333' };

    const changed = await employers.update(
      employer.id,
      {
        ...register,
        name: 'Schoonmaakbedrijf Helder',
        address: 'Stationsplein 1, Almere',
        establishmentNumber: '000022223333',
        version: 1,
      },
      staff,
    );
    expect(changed).toMatchObject({ name: 'Schoonmaakbedrijf Helder', address: 'Stationsplein 1, Almere', version: 2 });
    const now = {
      ...register,
      name: 'Schoonmaakbedrijf Helder',
      address: 'Stationsplein 1, Almere',
      establishmentNumber: '000022223333',
    };

    await expect(employers.update(employer.id, { ...now, name: 'Oud', version: 1 }, staff)).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ name: 'Schoonmaakbedrijf Helder', version: 2 }) },
    });
    await expect(
      employers.update(employer.id, { ...now, kvkNumber: undefined, version: 2 }, staff),
    ).rejects.toMatchObject({
      code: 'employer.kvk-number-required',
      invalidParams: [expect.objectContaining({ name: 'kvkNumber' })],
    });
    await expect(
      employers.update(employer.id, { ...now, kvkNumber: '33334444', version: 2 }, staff),
    ).rejects.toMatchObject({
      code: 'employer.kvk-number-taken',
      details: expect.objectContaining({ existingId: other.id }),
    });

    const own = principal('employer', 'wg-helder', { employerId: employer.id });
    const mine = await employers.update(
      employer.id,
      { ...now, contactEmail: 'werving@helder.example', version: 2 },
      own,
    );
    expect(mine).toMatchObject({ contactEmail: 'werving@helder.example', version: 3 });
    await expect(
      employers.update(
        employer.id,
        { ...now, contactEmail: 'werving@helder.example', name: 'Eigen naam', version: 3 },
        own,
      ),
    ).rejects.toMatchObject({
      code: 'employer.field-not-yours',
      kind: 'forbidden',
      invalidParams: [expect.objectContaining({ name: 'name' })],
    });
    await expect(employers.update(other.id, { ...now, version: 1 }, own)).rejects.toMatchObject({
      code: 'employer.not-found',
    });

    // Who changed what (field names, no values), append-only.
    const changes = await t.db.manager.query(
      `SELECT actor_id, actor_role, change, fields FROM employer_changes WHERE employer_id = $1 ORDER BY id`,
      [employer.id],
    );
    expect(changes).toEqual([
      { actor_id: 'am-anna', actor_role: 'accountmanager', change: 'registered', fields: [] },
      {
        actor_id: 'am-anna',
        actor_role: 'accountmanager',
        change: 'register-updated',
        fields: ['name', 'address', 'establishmentNumber'],
      },
      { actor_id: 'wg-helder', actor_role: 'employer', change: 'register-updated', fields: ['contactEmail'] },
    ]);
    await expect(
      t.db.manager.query(`DELETE FROM employer_changes WHERE employer_id = $1`, [employer.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('keeps contact persons under their employer: added, changed on the version read, removed, each recorded', async () => {
    const staff = principal('accountmanager', 'am-anna', { organisationId: t.owner.organisationId });
    const employer = await employers.create(
      { name: 'Bakkerij Brood', sector: 'C', postcode: '1316', kvkNumber: uniqueKvkNumber() },
      staff,
    );
    const other = await employers.create(
      { name: 'Bakkerij Anders', sector: 'C', postcode: '1316', kvkNumber: uniqueKvkNumber() },
      staff,
    );
    const signsIn = await t.db.manager.getRepository(User).save({
      organisationId: null,
      employerId: employer.id,
      email: 'petra@brood.example',
      name: 'Petra Brood',
      roles: ['employer'],
      status: 'active',
    });
    const own = principal('employer', signsIn.id, { employerId: employer.id });

    const petra = await employers.addContactPerson(
      employer.id,
      { name: 'Petra Brood', jobTitle: 'Bedrijfsleider', phone: '036 123 45 67', userId: signsIn.id },
      own,
    );
    const jan = await employers.addContactPerson(employer.id, { name: 'Jan Deeg', email: 'jan@brood.example' }, staff);
    await expect(
      employers.addContactPerson(other.id, { name: 'Iemand', userId: signsIn.id }, staff),
    ).rejects.toMatchObject({
      code: 'employer.unknown-user',
      invalidParams: [expect.objectContaining({ name: 'userId' })],
    });
    expect((await employers.contactPersonsOf(employer.id, own)).map((p) => p.name)).toEqual([
      'Jan Deeg',
      'Petra Brood',
    ]);
    await expect(employers.contactPersonsOf(other.id, own)).rejects.toMatchObject({ code: 'employer.not-found' });

    const renamed = await employers.updateContactPerson(
      employer.id,
      jan.id,
      { name: 'Jan de Deeg', jobTitle: 'Planner', version: 1 },
      staff,
    );
    expect(renamed).toMatchObject({ name: 'Jan de Deeg', jobTitle: 'Planner', email: null, version: 2 });
    await expect(
      employers.updateContactPerson(employer.id, jan.id, { name: 'Jan', version: 1 }, staff),
    ).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ version: 2 }) },
    });
    // Another employer's id in the path: the contact person is not found there.
    await expect(
      employers.updateContactPerson(other.id, jan.id, { name: 'Jan', version: 2 }, staff),
    ).rejects.toMatchObject({ code: 'employer.contact-person-not-found' });
    await employers.removeContactPerson(employer.id, petra.id, own);
    await expect(employers.removeContactPerson(employer.id, petra.id, own)).rejects.toMatchObject({
      code: 'employer.contact-person-not-found',
    });
    expect((await employers.contactPersonsOf(employer.id, staff)).map((p) => p.name)).toEqual(['Jan de Deeg']);

    const history = await employers.history(employer.id, staff, { limit: 2, offset: 0 });
    expect(history.more).toBe(true);
    expect(history.items.map((entry) => [entry.kind, entry.outcome])).toEqual([
      ['register-changed', 'contact-person-removed'],
      ['register-changed', 'contact-person-updated'],
    ]);
    expect(history.items[1]).toMatchObject({ fields: ['name', 'jobTitle', 'email'] });
    expect(JSON.stringify(history)).not.toMatch(/Jan|Planner/);
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
    const employer = await employers.create({
      name: 'Zorg Almere',
      sector: 'Q',
      postcode: '1315',
      kvkNumber: uniqueKvkNumber(),
    });
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
