import type { Principal } from '@werkbrug/common';
import { uniqueKvkNumber } from '../../../../test/support/fixtures';
import { principal } from '../../../../test/support/principals';
import { ServiceTest } from '../../../../test/support/service-test';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { Notifier } from '../shared/notifications/notifier';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('NotificationsService on real repositories', () => {
  let t: ServiceTest;
  let notifications: NotificationsService;
  let notifier: Notifier;
  let employerUser: Principal;
  let colleague: Principal;
  let klantmanager: Principal;

  const user = async (name: string, roles: Principal['roles'], employerId: string | null = null) => {
    const created = await t.get(UsersService).create({
      organisationId: employerId ? null : t.owner.organisationId,
      employerId,
      email: `${name}@test.example`,
      name,
      roles: [...roles] as never,
      status: 'active',
    });
    return principal(roles[0], name, { userId: created.id, roles, employerId: employerId ?? undefined });
  };

  const tell = (
    eventKey: string,
    recipients: Principal[],
    kind: 'vacancy-changed' | 'follow-up-due' = 'vacancy-changed',
  ) =>
    t.db.transaction(() =>
      notifier.notify({
        kind,
        eventKey,
        recipientIds: recipients.map((r) => r.userId),
        link: '#/mijn-vacatures',
        params: { vacancyTitle: 'Schoonmaker', change: 'changed', by: 'staff' },
      }),
    );

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [UsersModule, EmployersModule, NotificationsModule] });
    notifications = t.get(NotificationsService);
    notifier = t.get(Notifier);
    const employer = await t
      .get(EmployersService)
      .create({ name: 'Werkgever Alfa', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() });
    employerUser = await user('wg-alfa', ['employer'], employer.id);
    colleague = await user('wg-alfa-2', ['employer'], employer.id);
    klantmanager = await user('km-karin', ['klantmanager', 'jobhunter']);
  });

  afterAll(() => t?.close());

  it('lists only the user’s own, newest first, and tells them read once opened', async () => {
    await tell('vacancy-changed:a:v2', [employerUser, colleague]);
    await tell('vacancy-changed:a:v3', [employerUser]);
    await tell('vacancy-changed:a:v3', [employerUser]); // the same event again: nothing more
    const own = await notifications.list({}, employerUser);
    expect(own.items.map((n) => n.params)).toHaveLength(2);
    expect(own.items[0].createdAt.getTime()).toBeGreaterThanOrEqual(own.items[1].createdAt.getTime());
    expect(own.items.every((n) => !n.read && n.kind === 'vacancy-changed')).toBe(true);
    expect(await notifications.unreadCount(employerUser)).toBe(2);

    const read = await notifications.markRead(own.items[1].id, employerUser);
    expect(read.read).toBe(true);
    expect(await notifications.unreadCount(employerUser)).toBe(1);
    expect((await notifications.list({ unread: 'true' }, employerUser)).items.map((n) => n.id)).toEqual([
      own.items[0].id,
    ]);
    // The colleague's copy of the same event is theirs: still unread, and not the employer user's to mark.
    expect(await notifications.unreadCount(colleague)).toBe(1);
    const [theirs] = (await notifications.list({}, colleague)).items;
    await expect(notifications.markRead(theirs.id, employerUser)).rejects.toMatchObject({
      code: 'notification.not-found',
    });
    await expect(notifications.markRead(MISSING, employerUser)).rejects.toMatchObject({
      code: 'notification.not-found',
    });

    expect(await notifications.markAllRead(employerUser)).toBe(1);
    expect(await notifications.unreadCount(employerUser)).toBe(0);
    expect(await notifications.unreadCount(colleague)).toBe(1);
  });

  it('shows the kinds of each of the user’s roles, with the default until they choose', async () => {
    expect((await notifications.preferences(employerUser)).preferences).toEqual([
      { kind: 'candidate-proposed', delivery: 'digest', isDefault: true },
      { kind: 'vacancy-changed', delivery: 'digest', isDefault: true },
    ]);
    expect((await notifications.preferences(klantmanager)).preferences).toEqual([
      { kind: 'follow-up-due', delivery: 'direct', isDefault: true },
      { kind: 'consent-requested', delivery: 'direct', isDefault: true },
    ]);
  });

  it('refuses a kind the user does not receive, or one named twice, and writes none of the others', async () => {
    const refused = notifications.savePreferences(
      {
        preferences: [
          { kind: 'vacancy-changed', delivery: 'off' },
          { kind: 'import-failed', delivery: 'off' },
          { kind: 'vacancy-changed', delivery: 'direct' },
        ],
      },
      employerUser,
    );
    await expect(refused).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [
        expect.objectContaining({ name: 'preferences[1].kind', code: 'notification.kind-not-yours' }),
        expect.objectContaining({ name: 'preferences[2].kind', code: 'notification.repeated-kind' }),
      ],
    });
    expect((await notifications.preferences(employerUser)).preferences.every((p) => p.isDefault)).toBe(true);
  });

  it('writes what is told from then on with the delivery chosen, leaving what was written before', async () => {
    const saved = await notifications.savePreferences(
      { preferences: [{ kind: 'vacancy-changed', delivery: 'off' }] },
      colleague,
    );
    expect(saved.preferences).toContainEqual({ kind: 'vacancy-changed', delivery: 'off', isDefault: false });
    await tell('vacancy-changed:b:v2', [employerUser, colleague]);
    const deliveries: { recipient_id: string; event_key: string; delivery: string }[] = await t.db.manager.query(
      `SELECT recipient_id, event_key, delivery FROM notifications WHERE recipient_id = ANY($1) ORDER BY event_key`,
      [[employerUser.userId, colleague.userId]],
    );
    const of = (who: Principal, key: string) =>
      deliveries.find((d) => d.recipient_id === who.userId && d.event_key === key)?.delivery;
    expect(of(colleague, 'vacancy-changed:a:v2')).toBe('digest');
    expect(of(colleague, 'vacancy-changed:b:v2')).toBe('off');
    expect(of(employerUser, 'vacancy-changed:b:v2')).toBe('digest');
    // Off by mail, still in the app.
    expect((await notifications.list({ unread: 'true' }, colleague)).items).toHaveLength(2);
  });
});
