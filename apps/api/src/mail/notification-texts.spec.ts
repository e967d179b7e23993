import { NOTIFICATION_KINDS } from '../shared/notifications/notification-kinds';
import { digestMail, dutchDate, escapeHtml, linkInApp, notificationMail } from './notification-texts';

const PUBLIC_URL = 'https://werkbrug.flevoland.example';

describe('notification mail texts', () => {
  it('has a Dutch subject and sentence of its own for every kind, with a link into the app', () => {
    const subjects = new Set<string>();
    for (const kind of NOTIFICATION_KINDS) {
      const mail = notificationMail('Anna', { kind, link: '#/voorstellen', params: {} }, PUBLIC_URL);
      expect(mail.subject).not.toBe('Nieuwe melding in Werkbrug');
      subjects.add(mail.subject);
      expect(mail.text).toContain('Beste Anna,');
      expect(mail.text).toContain(`${PUBLIC_URL}/#/voorstellen`);
      expect(mail.text).toContain('Met vriendelijke groet,');
      expect(mail.html).toContain('<html lang="nl">');
      expect(mail.html).toContain(`href="${PUBLIC_URL}/#/voorstellen"`);
    }
    expect(subjects.size).toBe(NOTIFICATION_KINDS.length);
  });

  it("tells an employer of a proposal by the candidate's reference and the vacancy", () => {
    const mail = notificationMail(
      'Sanne',
      {
        kind: 'candidate-proposed',
        link: '#/voorstellen',
        params: { candidateReference: 'K-1A2B-3C4D', vacancyTitle: 'Schoonmaker' },
      },
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('Nieuwe kandidaat voorgesteld voor de vacature Schoonmaker');
    expect(mail.text).toContain(
      'Het werkgeversservicepunt stelt kandidaat K-1A2B-3C4D aan u voor voor de vacature Schoonmaker.',
    );
  });

  it('tells an accountmanager what the employer answered', () => {
    const params = { candidateReference: 'K-1A2B-3C4D', vacancyTitle: 'Kok', answer: 'invite' };
    expect(notificationMail('Piet', { kind: 'employer-answered', link: '#/x', params }, PUBLIC_URL).text).toContain(
      'De werkgever heeft kandidaat K-1A2B-3C4D voor de vacature Kok uitgenodigd voor een gesprek.',
    );
    const rejected = { ...params, answer: 'reject', employerName: 'Helder BV' };
    expect(
      notificationMail('Piet', { kind: 'employer-answered', link: '#/x', params: rejected }, PUBLIC_URL).text,
    ).toContain('Helder BV heeft kandidaat K-1A2B-3C4D voor de vacature Kok afgewezen.');
  });

  it('tells an employer that their vacancy expired, and that they can reopen it', () => {
    const params = { vacancyTitle: 'Kok', change: 'expired', by: 'expiry' };
    const mail = notificationMail('Sanne', { kind: 'vacancy-changed', link: '#/mijn-vacatures', params }, PUBLIC_URL);
    expect(mail.subject).toBe('Uw vacature Kok is verlopen');
    expect(mail.text).toContain(
      'De sluitingsdatum van uw vacature Kok is voorbij: zij is verlopen. U kunt haar in Werkbrug opnieuw openstellen.',
    );
    const changed = { vacancyTitle: 'Kok', change: 'changed', by: 'staff' };
    const other = notificationMail('Sanne', { kind: 'vacancy-changed', link: '#/x', params: changed }, PUBLIC_URL);
    expect(other.subject).toBe('Uw vacature Kok is gewijzigd');
  });

  it('escapes every value in the HTML part, and keeps the plain text as written', () => {
    const mail = notificationMail(
      '<Eve & "co">',
      { kind: 'candidate-proposed', link: '#/a?b=1&c=<2>', params: { vacancyTitle: '<script>alert(1)</script>' } },
      PUBLIC_URL,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Beste &lt;Eve &amp; &quot;co&quot;&gt;,');
    expect(mail.html).toContain('href="https://werkbrug.flevoland.example/#/a?b=1&amp;c=&lt;2&gt;"');
    expect(mail.text).toContain('Beste <Eve & "co">,');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('gathers a day of notifications into one digest, each with its link, in Dutch', () => {
    const mail = digestMail(
      'Sanne',
      [
        { kind: 'candidate-proposed', link: '#/voorstellen', params: { candidateReference: 'K-AAAA-1111' } },
        { kind: 'candidate-proposed', link: '#/voorstellen', params: { candidateReference: 'K-BBBB-2222' } },
      ],
      '2026-12-07',
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('Uw overzicht van Werkbrug van 7 december 2026: 2 meldingen');
    expect(mail.text).toContain('Deze 2 dingen zijn er sinds uw vorige overzicht gebeurd:');
    expect(mail.text).toContain('- Het werkgeversservicepunt stelt kandidaat K-AAAA-1111 aan u voor.');
    expect(mail.text).toContain('- Het werkgeversservicepunt stelt kandidaat K-BBBB-2222 aan u voor.');
    expect(mail.html.match(/<li>/g)).toHaveLength(2);
    expect(digestMail('Sanne', [{ kind: 'x', link: '', params: {} }], '2026-12-07', PUBLIC_URL).subject).toBe(
      'Uw overzicht van Werkbrug van 7 december 2026: 1 melding',
    );
  });

  it('makes links from the public URL and dates in Dutch', () => {
    expect(linkInApp('https://w.example/', '#/voorstellen')).toBe('https://w.example/#/voorstellen');
    expect(linkInApp('https://w.example', '/api')).toBe('https://w.example/api');
    expect(dutchDate('2027-03-01')).toBe('1 maart 2027');
  });
});
