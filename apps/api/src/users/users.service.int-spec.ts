import { Logger } from '@nestjs/common';
import type { Principal, Role } from '@werkbrug/common';
import { OutboxMessage, type User } from '@werkbrug/database';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersService } from '../employers/employers.service';
import { SessionsService } from '../sessions/sessions.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { ChangeAccessDto, ChangeRolesDto, InviteUserDto } from './dto/user.dto';
import { InvitationMail } from './invitation-mail';
import { UsersModule } from './users.module';
import { UsersService } from './users.service';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';

describe('UsersService: administration on real repositories', () => {
  let t: ServiceTest;
  let users: UsersService;
  let lelystadId: string;

  const staff = async (name: string, roles: Role[], organisationId = t.owner.organisationId): Promise<User> =>
    users.create({
      organisationId,
      employerId: null,
      email: `${name.toLowerCase().replace(/ /g, '.')}@test.example`,
      name,
      roles,
      status: 'active',
    });
  const as = (user: User, role: Role = user.roles[0]): Principal => ({
    userId: user.id,
    subject: user.id,
    issuer: t.config.auth.issuer,
    role,
    roles: user.roles,
    ...(user.organisationId ? { organisationId: user.organisationId } : { employerId: user.employerId! }),
  });
  const roles = (version: number, ...list: InviteUserDto['roles']) =>
    Object.assign(new ChangeRolesDto(), { roles: list, version });
  const access = (version: number, state: ChangeAccessDto['access']) =>
    Object.assign(new ChangeAccessDto(), { access: state, version });
  const credentialOf = (user: User) => ({ issuer: t.config.auth.issuer, subject: user.id });

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [UsersModule] });
    users = t.get(UsersService);
    lelystadId = (
      await t.get(OrganisationsService).create({
        slug: 'lelystad',
        kind: 'municipality',
        name: 'Gemeente Lelystad',
        municipalityCode: 'GM0995',
        regionCode: 'flevoland',
      })
    ).id;
  });

  afterAll(() => t?.close());

  it("invites a colleague to the administrator's own organisation, invited, with the invitation mail in the outbox", async () => {
    const ada = await staff('Ada Smit', ['admin']);
    const invited = await users.invite(as(ada), {
      name: 'Karin de Vries',
      email: 'karin.de.vries@almere.example',
      roles: ['klantmanager'],
    });
    expect(invited).toMatchObject({ organisationId: t.owner.organisationId, status: 'invited', version: 1 });
    const [mail] = await t.db.manager.getRepository(OutboxMessage).findBy({ jobId: `invitation-${invited.id}` });
    expect(mail).toMatchObject({ jobName: 'send-invitation', payload: { userId: invited.id }, dispatchedAt: null });
    await expect(
      users.invite(as(ada), { name: 'Karin', email: 'karin.de.vries@almere.example', roles: ['jobhunter'] }),
    ).rejects.toMatchObject({ code: 'user.email-taken' });
    expect((await users.listOfOrganisation(as(ada), { limit: 50, offset: 0 })).items.map((u) => u.name)).toEqual([
      'Ada Smit',
      'Karin de Vries',
    ]);
  });

  it("never lets an administrator see or change another organisation's users: not found", async () => {
    const lieke = await staff('Lieke Bos', ['admin'], lelystadId);
    const kees = await staff('Kees Bakker', ['klantmanager']);
    const notFound = { code: 'user.not-found', kind: 'not-found' };
    await expect(users.getAdministered(as(lieke), kees.id)).rejects.toMatchObject(notFound);
    await expect(users.changeRoles(as(lieke), kees.id, roles(1, 'admin'))).rejects.toMatchObject(notFound);
    await expect(users.changeAccess(as(lieke), kees.id, access(1, 'deactivated'))).rejects.toMatchObject(notFound);
    expect((await users.listOfOrganisation(as(lieke), { limit: 50, offset: 0 })).items.map((u) => u.name)).toEqual([
      'Lieke Bos',
    ]);
    expect(await users.get(kees.id)).toMatchObject({ roles: ['klantmanager'], status: 'active', version: 1 });
  });

  it('keeps the last active administrator: neither deactivated nor without the role, until another is active', async () => {
    const org = await t.get(OrganisationsService).create({
      slug: 'uwv',
      kind: 'uwv',
      name: 'UWV',
      municipalityCode: null,
      regionCode: 'flevoland',
    });
    const wim = await staff('Wim Dekker', ['admin', 'klantmanager'], org.id);
    const lastAdmin = { code: 'user.last-admin', kind: 'conflict' };
    await expect(users.changeAccess(as(wim), wim.id, access(1, 'deactivated'))).rejects.toMatchObject(lastAdmin);
    await expect(users.changeRoles(as(wim), wim.id, roles(1, 'klantmanager'))).rejects.toMatchObject(lastAdmin);

    // An invited administrator does not count: they cannot sign in yet.
    const sanne = await users.invite(as(wim), { name: 'Sanne Peters', email: 'sanne@uwv.example', roles: ['admin'] });
    await expect(users.changeRoles(as(wim), wim.id, roles(1, 'klantmanager'))).rejects.toMatchObject(lastAdmin);
    await t.db.manager.query(`UPDATE users SET status = 'active' WHERE id = $1`, [sanne.id]);
    expect(await users.changeRoles(as(wim), wim.id, roles(1, 'klantmanager'))).toMatchObject({
      roles: ['klantmanager'],
      version: 2,
    });
  });

  it('refuses a change made on a stale version, answering with the current user', async () => {
    const ada = (await users.findByEmail('ada.smit@test.example'))!;
    const joost = await staff('Joost Visser', ['jobhunter']);
    expect(await users.changeRoles(as(ada), joost.id, roles(1, 'jobhunter', 'accountmanager'))).toMatchObject({
      version: 2,
    });
    await expect(users.changeRoles(as(ada), joost.id, roles(1, 'klantmanager'))).rejects.toMatchObject({
      code: 'record.stale-version',
      details: { current: expect.objectContaining({ roles: ['jobhunter', 'accountmanager'], version: 2 }) },
    });
  });

  it('ends access at once on deactivation (sessions too, and a linked identity), and makes a user active again', async () => {
    const ada = (await users.findByEmail('ada.smit@test.example'))!;
    const anna = await staff('Anna Jansen', ['accountmanager']);
    expect(await users.resolve(credentialOf(anna))).toMatchObject({ userId: anna.id, role: 'accountmanager' });
    const sessions = t.get(SessionsService);
    const { token } = await sessions.open({
      userId: anna.id,
      issuer: 'https://login.almere.example',
      subject: 'anna',
      role: 'accountmanager',
      providerId: 'almere',
    });
    expect(await sessions.find(token)).toBeDefined();
    const deactivated = await users.changeAccess(as(ada), anna.id, access(1, 'deactivated'));
    expect(await sessions.find(token)).toBeUndefined();
    expect(deactivated).toMatchObject({ status: 'deactivated', deactivatedAt: expect.any(Date), version: 2 });
    expect(await users.resolve(credentialOf(anna))).toBeUndefined();

    expect(await users.changeAccess(as(ada), anna.id, access(2, 'active'))).toMatchObject({
      status: 'active',
      deactivatedAt: null,
      version: 3,
    });
    await users.identify({
      issuer: 'https://login.almere.example',
      subject: 'anna',
      email: anna.email,
      organisationId: anna.organisationId!,
    });
    await users.changeAccess(as(ada), anna.id, access(3, 'deactivated'));
    expect(await users.identify({ issuer: 'https://login.almere.example', subject: 'anna' })).toBeNull();
    expect(await users.changeAccess(as(ada), anna.id, access(4, 'active'))).toMatchObject({ status: 'active' });
  });

  it("lets the employer's account team and administrators invite and list its contact persons, no other accountmanager", async () => {
    const employers = t.get(EmployersService);
    const employer = await employers.create({
      name: 'Zorggroep De Polderhof',
      sector: 'Q',
      postcode: '1315',
      kvkNumber: uniqueKvkNumber(),
    });
    const anna = (await users.findByEmail('anna.jansen@test.example'))!;
    const bas = await staff('Bas de Boer', ['accountmanager'], lelystadId);
    await employers.setAccountTeam(employer.id, [bas.id], as(bas));

    await expect(
      users.inviteEmployerUser(as(anna), employer.id, { name: 'Petra Jansen', email: 'petra@polderhof.example' }),
    ).rejects.toMatchObject({ code: 'user.not-on-account-team', kind: 'forbidden' });
    const petra = await users.inviteEmployerUser(as(bas), employer.id, {
      name: 'Petra Jansen',
      email: 'petra@polderhof.example',
    });
    expect(petra).toMatchObject({
      employerId: employer.id,
      organisationId: null,
      roles: ['employer'],
      status: 'invited',
    });
    const ada = (await users.findByEmail('ada.smit@test.example'))!;
    expect((await users.listOfEmployer(as(ada), employer.id, { limit: 50, offset: 0 })).items).toEqual([
      expect.objectContaining({ id: petra.id }),
    ]);
    await expect(users.changeRoles(as(ada), petra.id, roles(1, 'admin'))).rejects.toMatchObject({
      code: 'user.employer-roles-fixed',
    });
    await expect(users.getAdministered(as(anna), petra.id)).rejects.toMatchObject({ code: 'user.not-found' });
    expect(await users.changeAccess(as(bas), petra.id, access(1, 'deactivated'))).toMatchObject({
      status: 'deactivated',
    });
  });

  it('tells the signed-in user who they are', async () => {
    const ada = (await users.findByEmail('ada.smit@test.example'))!;
    expect(await users.profile(as(ada))).toEqual({
      id: ada.id,
      name: 'Ada Smit',
      email: 'ada.smit@test.example',
      role: 'admin',
      roles: ['admin'],
      organisation: { id: t.owner.organisationId, name: 'Gemeente Almere' },
      employer: null,
    });
  });

  it('writes the invitation to the log without SMTP_URL, and sends none to a user who is no longer invited', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const ada = (await users.findByEmail('ada.smit@test.example'))!;
      const invited = await users.invite(as(ada), {
        name: 'Jan Meijer',
        email: 'jan@almere.example',
        roles: ['jobhunter'],
      });
      await t.get(InvitationMail).send(invited.id);
      expect(warn).toHaveBeenCalledWith(
        expect.objectContaining({
          mail: expect.objectContaining({
            to: 'jan@almere.example',
            subject: 'Uitnodiging voor Werkbrug',
            text: expect.stringContaining('als jobhunter voor Gemeente Almere'),
          }),
        }),
      );
      warn.mockClear();
      await users.changeAccess(as(ada), invited.id, access(1, 'deactivated'));
      await t.get(InvitationMail).send(invited.id);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
