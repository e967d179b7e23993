import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dutchDay, dutchHourOn } from '@werkbrug/common';
import { MAIL_QUEUE, redisConnectionOptions } from '@werkbrug/queue';
import { Queue } from 'bullmq';
import { NotificationMailService } from '../apps/api/src/mail/notification-mail.service';
import { Notifier } from '../apps/api/src/shared/notifications/notifier';
import { OutboxRelay } from '../apps/api/src/shared/outbox/outbox-relay.service';
import {
  candidateProfile,
  consentToProfile,
  liftingLimit,
  readyShortlist,
  uniqueKvkNumber,
  vacancyBody,
} from './support/fixtures';
import { eventually, TestApp } from './support/test-app';
import { ReceivedMail, TestMailbox } from './support/test-mailbox';

/** A received message's subject, and its plain and HTML parts decoded (quoted-printable or base64). */
function partsOf(mail: ReceivedMail): { subject: string; text: string; html: string } {
  const unfolded = mail.raw.replace(/\r\n/g, '\n');
  const [head] = unfolded.split('\n\n');
  const subject = decodeHeader(/^Subject: (.*(?:\n[ \t].*)*)/m.exec(head)?.[1] ?? '');
  const part = (type: string): string => {
    const at = unfolded.indexOf(`Content-Type: ${type}`);
    if (at < 0) return '';
    const rest = unfolded.slice(at);
    const headers = rest.slice(0, rest.indexOf('\n\n'));
    const body = rest.slice(rest.indexOf('\n\n') + 2).split(/\n--/)[0];
    if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body, 'base64').toString('utf8');
    if (/Content-Transfer-Encoding: quoted-printable/i.test(headers))
      return Buffer.from(
        body
          .replace(/=\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    return body;
  };
  return { subject, text: part('text/plain'), html: part('text/html') };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= or =?UTF-8?B?…?=), as nodemailer writes a subject with é. */
function decodeHeader(value: string): string {
  return value
    .replace(/\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_n, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/**
 * Notification mail over a real SMTP server, on whichever runtime the environment gives (embedded:
 * the outbox relay sends; with REDIS_URL: the `mail` queue): an employer's answer reaches the
 * proposing accountmanager once, an SMTP server that is down delays mail and loses or doubles none,
 * the daily digest gathers a day's proposals into one mail, and a preference "off" sends nothing.
 */
describe('notification mail', () => {
  let t: TestApp;
  const mailbox = new TestMailbox();
  let accountmanager: string;
  let klantmanager: string;
  let employer: string;
  let admin: string;
  let employerId: string;
  let vacancyId: string;
  const candidates: string[] = [];

  const as = (token: string) => t.as(token, '/api/v1');
  const mailsTo = (address: string) => mailbox.to(address);
  const accountmanagerAddress = 'am-anna.accountmanager@test.example';
  const employerAddress = () => `test.employer.${employerId}@test.example`;
  const silentAddress = () => `stil.employer.${employerId}@test.example`;

  /** A new candidate of the caseload, accepted on the vacancy's shortlist (after the re-match their arrival causes). */
  async function acceptedCandidate(name: string): Promise<string> {
    const before = (await as(accountmanager).get(`/vacancies/${vacancyId}/shortlist`).expect(200)).body.generation;
    const profile = candidateProfile({ name, birthYear: 1964, postcode: '1315', ...liftingLimit });
    const id = (await as(klantmanager).post('/candidates', profile).expect(201)).body.id as string;
    await consentToProfile(t.as(klantmanager), id);
    await eventually(async () => {
      const shortlist = await readyShortlist(t.as(accountmanager), vacancyId, before);
      return shortlist.entries.some((entry: { candidateId: string }) => entry.candidateId === id) ? true : undefined;
    }, 60_000);
    await as(accountmanager)
      .put(`/vacancies/${vacancyId}/shortlist/decisions/${id}`, { decision: 'accepted' })
      .expect(200);
    candidates.push(id);
    return id;
  }

  async function propose(candidateId: string): Promise<{ id: string; version: number; candidateReference: string }> {
    const { body } = await as(accountmanager)
      .post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [candidateId] })
      .expect(201);
    return body[0];
  }

  async function metric(name: string): Promise<number> {
    const { text } = await t.http.get('/metrics').set('Authorization', admin).expect(200);
    return text
      .split('\n')
      .filter((line) => line.startsWith(name))
      .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
  }

  beforeAll(async () => {
    await mailbox.start();
    t = await TestApp.start({
      env: {
        SMTP_URL: mailbox.url,
        PUBLIC_URL: 'https://werkbrug.flevoland.example',
        // The test runs the digest pass itself, for the next morning.
        MAIL_DIGEST_INTERVAL_MINUTES: '0',
        MAIL_BACKOFF_MS: '200',
        MAIL_ATTEMPTS: '30',
      },
    });
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    klantmanager = await t.token({ role: 'klantmanager' });
    admin = await t.token({ role: 'admin' });
    employerId = (
      await as(accountmanager)
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId });
    // A second user of the employer, who turned notifications of proposals off.
    const silent = await t.user({ role: 'employer', subject: 'stil', employerId });
    await t.dataSource.query(
      `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES ($1, 'candidate-proposed', 'off')`,
      [silent],
    );
    vacancyId = (await as(accountmanager).post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await readyShortlist(t.as(accountmanager), vacancyId);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
  });

  it("mails the employer's answer to the accountmanager who proposed, once, in Dutch as plain text and HTML, with the candidate's reference only", async () => {
    const proposal = await propose(await acceptedCandidate('Annemarie Geheimnaam'));
    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: proposal.version })
      .expect(201);
    // The same answer again is refused (the answer stands) and tells no one anything new.
    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: proposal.version + 1 })
      .expect(409);

    await eventually(async () =>
      (
        await t.dataSource.query(
          `SELECT 1 FROM notifications WHERE kind = 'employer-answered' AND event_key = $1 AND mailed_at IS NOT NULL`,
          [`proposal-answered:${proposal.id}:invited`],
        )
      ).length
        ? true
        : undefined,
    );
    const mails = mailsTo(accountmanagerAddress);
    expect(mails).toHaveLength(1);
    const { subject, text, html } = partsOf(mails[0]);
    expect(subject).toBe(`De werkgever heeft geantwoord op kandidaat ${proposal.candidateReference}`);
    expect(text).toContain('Beste am-anna,');
    expect(text).toContain(`kandidaat ${proposal.candidateReference} voor de vacature`);
    expect(text).toContain('uitgenodigd voor een gesprek');
    expect(text).toContain(`https://werkbrug.flevoland.example/#/vacatures/${vacancyId}/shortlist`);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(`href="https://werkbrug.flevoland.example/#/vacatures/${vacancyId}/shortlist"`);
    expect(mails[0].raw).not.toContain('Geheimnaam');
    // Employer users are told of proposals in the digest, not by direct mail.
    expect(mailsTo(employerAddress())).toHaveLength(0);
    expect(await metric('werkbrug_mail_sent_total{type="direct"}')).toBe(1);
  });

  it('keeps mail while the SMTP server is down and sends it, once, when it is back', async () => {
    const proposal = await propose(await acceptedCandidate('Bram Onbekend'));
    const failedBefore = await metric('werkbrug_mail_failed_total');
    await mailbox.stop();
    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, {
        answer: 'reject',
        version: proposal.version,
        reason: 'hours',
      })
      .expect(201);
    // Tried, failed, kept: nothing is lost while the server is away.
    await eventually(async () => ((await metric('werkbrug_mail_failed_total')) > failedBefore ? true : undefined));
    expect(await metric('werkbrug_mail_waiting')).toBeGreaterThanOrEqual(1);
    await mailbox.start();

    await eventually(
      async () =>
        (
          await t.dataSource.query(
            `SELECT 1 FROM notifications WHERE event_key = $1 AND mailed_at IS NOT NULL AND mail_claimed_until IS NULL`,
            [`proposal-answered:${proposal.id}:rejected`],
          )
        ).length
          ? true
          : undefined,
      60_000,
    );
    const rejections = mailsTo(accountmanagerAddress).filter((mail) =>
      partsOf(mail).text.includes(`kandidaat ${proposal.candidateReference}`),
    );
    expect(rejections).toHaveLength(1);
    expect(partsOf(rejections[0]).text).toContain('afgewezen');
    expect(mailsTo(accountmanagerAddress)).toHaveLength(2);
    expect(await metric('werkbrug_mail_waiting')).toBe(0);
    if (t.usesRedis) {
      // The BullMQ path: the mail went through the `mail` queue, retried there until it was sent.
      const [row] = await t.dataSource.query(`SELECT id FROM notifications WHERE event_key = $1`, [
        `proposal-answered:${proposal.id}:rejected`,
      ]);
      const queue = new Queue(MAIL_QUEUE, {
        prefix: t.config.queuePrefix,
        connection: redisConnectionOptions(t.config.redisUrl!),
      });
      try {
        const job = await queue.getJob(`notification.${row.id}`);
        expect(job?.attemptsMade).toBeGreaterThanOrEqual(2);
        expect(await job?.isCompleted()).toBe(true);
      } finally {
        await queue.close();
      }
    }
  });

  it('mails a notification once when two senders take it at the same time, and not again when its job runs twice', async () => {
    // Written as the notifier writes it, but without its outbox message: the test plays both senders.
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO notifications (recipient_id, kind, event_key, link, params, delivery)
       SELECT id, 'follow-up-due', 'test:two-senders', '#/plaatsingen', '{"candidateReference": "K-TWEE-0001"}', 'direct'
         FROM users WHERE email = $1 RETURNING id`,
      [accountmanagerAddress],
    );
    const mail = t.app.get(NotificationMailService);
    const before = mailsTo(accountmanagerAddress).length;
    const outcomes = await Promise.allSettled([mail.sendNotification(id), mail.sendNotification(id)]);
    // One sent it; the other found it mailed, or claimed and will be retried (and then find it mailed).
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    await mail.sendNotification(id);
    const sent = mailsTo(accountmanagerAddress).slice(before);
    expect(sent).toHaveLength(1);
    expect(partsOf(sent[0]).text).toContain('K-TWEE-0001');
    const [row] = await t.dataSource.query(`SELECT mailed_at IS NOT NULL AS mailed FROM notifications WHERE id = $1`, [
      id,
    ]);
    expect(row.mailed).toBe(true);
  });

  it("gathers a day's proposals into one digest for the employer's user the next morning, and none for a user who turned them off", async () => {
    const third = await propose(await acceptedCandidate('Cor Verborgen'));
    const proposals = (await as(accountmanager).get(`/vacancies/${vacancyId}/proposals`).expect(200)).body as {
      candidateReference: string;
    }[];
    expect(proposals).toHaveLength(3);
    const mail = t.app.get(NotificationMailService);
    const nextMorning = dutchHourOn(addDays(dutchDay(new Date()), 1), 7);
    // Not before the digest hour; at it, one digest per user; a second pass (another process) adds none.
    expect(await mail.digestPass(new Date(nextMorning.getTime() - 60_000))).toBe(0);
    const passes = await Promise.all([mail.digestPass(nextMorning), mail.digestPass(nextMorning)]);
    expect(passes.sort()).toEqual([0, 1]);

    await eventually(async () =>
      (
        await t.dataSource.query(
          `SELECT 1 FROM notifications WHERE kind = 'candidate-proposed' AND delivery = 'digest' AND mailed_at IS NULL`,
        )
      ).length === 0
        ? true
        : undefined,
    );
    const digests = mailsTo(employerAddress());
    expect(digests).toHaveLength(1);
    const { subject, text, html } = partsOf(digests[0]);
    expect(subject).toMatch(/^Uw overzicht van Werkbrug van \d+ \w+ \d{4}: 3 meldingen$/);
    expect(text).toContain('Deze 3 dingen zijn er sinds uw vorige overzicht gebeurd:');
    for (const proposal of proposals) {
      expect(text).toContain(`Het werkgeversservicepunt stelt kandidaat ${proposal.candidateReference} aan u voor`);
      expect(html).toContain(proposal.candidateReference);
    }
    expect(text).toContain('https://werkbrug.flevoland.example/#/voorstellen');
    expect(third.candidateReference).toMatch(/^K-/);
    for (const name of ['Geheimnaam', 'Onbekend', 'Verborgen']) expect(digests[0].raw).not.toContain(name);
    expect(mailsTo(silentAddress())).toHaveLength(0);

    // The pass again the same morning, or the next run of the relay, sends nothing more.
    expect(await mail.digestPass(nextMorning)).toBe(0);
    expect(mailsTo(employerAddress())).toHaveLength(1);
    expect(await metric('werkbrug_mail_sent_total{type="digest"}')).toBe(1);
  });

  it("tells the accountmanager of a 'not now' too, and again of the invitation that follows; only the invitation is work", async () => {
    const proposal = await propose(await acceptedCandidate('Dirk Later'));
    const mailed = (status: string) =>
      eventually(async () =>
        (
          await t.dataSource.query(`SELECT 1 FROM notifications WHERE event_key = $1 AND mailed_at IS NOT NULL`, [
            `proposal-answered:${proposal.id}:${status}`,
          ])
        ).length
          ? true
          : undefined,
      );
    const mailedTexts = () =>
      mailsTo(accountmanagerAddress)
        .map((mail) => partsOf(mail).text)
        .filter((text) => text.includes(`kandidaat ${proposal.candidateReference}`));
    const workItems = () =>
      t.dataSource.query(`SELECT params->>'answer' AS answer FROM work_items WHERE source_key LIKE $1`, [
        `proposal:${proposal.id}:%`,
      ]);

    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, { answer: 'not-now', version: proposal.version })
      .expect(201);
    await mailed('not-now');
    expect(mailedTexts()).toEqual([expect.stringContaining('nu niet uitgenodigd')]);
    expect(await workItems()).toEqual([]);

    await as(employer)
      .post(`/proposals/${proposal.id}/answer`, { answer: 'invite', version: proposal.version + 1 })
      .expect(201);
    await mailed('invited');
    const texts = mailedTexts();
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('uitgenodigd voor een gesprek');
    expect(await workItems()).toEqual([{ answer: 'invite' }]);
  });
});

/**
 * Without SMTP_URL (the embedded default) every mail, invitations too, is kept as an .eml file in
 * the data folder's mail/, and an administrator reads them in the API, newest first and paged.
 */
describe('mail kept without an SMTP server', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start({ env: { SMTP_URL: undefined, MAIL_DIGEST_INTERVAL_MINUTES: '0' } });
    admin = await t.token({ role: 'admin', subject: 'ada' });
  });

  afterAll(() => t?.close());

  it('keeps invitations and notifications as .eml files with plain and HTML parts, listed for the administrator newest first', async () => {
    await t
      .as(admin, '/api/v1')
      .post('/users', { name: 'Karin de Vries', email: 'karin@almere.example', roles: ['klantmanager'] })
      .expect(201);
    await eventually(async () => {
      const { body } = await t.as(admin, '/api/v1').get('/mail/outgoing').expect(200);
      return body.length === 1 ? body : undefined;
    });
    const jobhunter = await t.user({ role: 'jobhunter', subject: 'joost' });
    await t.app.get(Notifier).notify({
      kind: 'follow-up-due',
      eventKey: 'test:follow-up-due:1',
      recipientIds: [jobhunter],
      link: '#/plaatsingen',
      params: { candidateReference: 'K-TEST-0001', dueOn: '2026-12-24' },
    });
    t.app.get(OutboxRelay).kick();
    const mails = await eventually(async () => {
      const { body } = await t.as(admin, '/api/v1').get('/mail/outgoing').expect(200);
      return body.length === 2
        ? (body as { id: string; recipient: string; subject: string; text: string }[])
        : undefined;
    });
    expect(mails.map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['joost.jobhunter@test.example', 'Er staat een vervolgactie voor u klaar'],
      ['karin@almere.example', 'Uitnodiging voor Werkbrug'],
    ]);
    expect(mails[0].text).toContain('uiterlijk 24 december 2026');
    expect(mails[1].text).toContain('Beste Karin de Vries,');

    const eml = readFileSync(join(t.config.mail.outgoingDir, `${mails[0].id}.eml`), 'utf8');
    expect(eml).toContain('To: joost.jobhunter@test.example');
    expect(eml).toContain('Content-Type: text/plain');
    expect(eml).toContain('Content-Type: text/html');

    const first = await t.as(admin, '/api/v1').get('/mail/outgoing?limit=1').expect(200);
    expect(first.body.map((mail: { id: string }) => mail.id)).toEqual([mails[0].id]);
    expect(first.headers.link).toContain('offset=1');
    const second = await t.as(admin, '/api/v1').get('/mail/outgoing?limit=1&offset=1').expect(200);
    expect(second.body.map((mail: { id: string }) => mail.id)).toEqual([mails[1].id]);
    expect(second.headers.link).toBeUndefined();
  });
});
