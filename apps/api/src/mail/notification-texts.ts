/**
 * The Dutch texts of notification mail, in one place: a subject and a sentence per kind, and the
 * plain text and HTML of a direct mail and of the daily digest. Pure: what a mail says depends only
 * on the notification, the recipient's name and where the web app lives.
 *
 * A text uses only the notification's params, which the notifier filled with what every recipient
 * may see: a candidate by reference (K-…) for employers, by name only where the notifier put one.
 */

export type MailParams = Record<string, string | number | null | undefined>;

export interface NotificationForMail {
  kind: string;
  /** Where in the web app it is acted on, e.g. `#/voorstellen`. */
  link: string;
  params: MailParams;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const ANSWERS: Record<string, string> = {
  invite: 'uitgenodigd voor een gesprek',
  reject: 'afgewezen',
  'not-now': 'nu niet uitgenodigd',
};

const given = (value: string | number | null | undefined): string | undefined =>
  value === null || value === undefined || value === '' ? undefined : String(value);

/** The candidate as the recipient may know them: a name the notifier gave, else the reference. */
const candidateOf = (params: MailParams): string => {
  const who = given(params.candidateName) ?? given(params.candidateReference);
  return who ? `kandidaat ${who}` : 'een kandidaat';
};

const forVacancy = (params: MailParams): string => {
  const title = given(params.vacancyTitle);
  return title ? ` voor de vacature ${title}` : '';
};

interface KindText {
  subject: (params: MailParams) => string;
  /** One sentence: what happened, as the digest lists it too. */
  sentence: (params: MailParams) => string;
}

const TEXTS: Record<string, KindText> = {
  'candidate-proposed': {
    subject: (p) => `Nieuwe kandidaat voorgesteld${forVacancy(p)}`,
    sentence: (p) => `Het werkgeversservicepunt stelt ${candidateOf(p)} aan u voor${forVacancy(p)}.`,
  },
  'vacancy-changed': {
    subject: (p) => {
      const done = p.change === 'expired' ? 'verlopen' : 'gewijzigd';
      return given(p.vacancyTitle)
        ? `Uw vacature ${given(p.vacancyTitle)} is ${done}`
        : `Een van uw vacatures is ${done}`;
    },
    sentence: (p) => {
      const vacancy = given(p.vacancyTitle) ? `uw vacature ${given(p.vacancyTitle)}` : 'een van uw vacatures';
      return p.change === 'expired'
        ? `De sluitingsdatum van ${vacancy} is voorbij: zij is verlopen. U kunt haar in Werkbrug opnieuw openstellen.`
        : `Er is iets veranderd aan ${vacancy}.`;
    },
  },
  'employer-answered': {
    subject: (p) => `${given(p.employerName) ?? 'De werkgever'} heeft geantwoord op ${candidateOf(p)}`,
    sentence: (p) =>
      `${given(p.employerName) ?? 'De werkgever'} heeft ${candidateOf(p)}${forVacancy(p)} ${
        ANSWERS[String(p.answer)] ?? 'beantwoord'
      }.`,
  },
  'follow-up-due': {
    subject: () => 'Er staat een vervolgactie voor u klaar',
    sentence: (p) =>
      given(p.dueOn)
        ? `Een vervolgactie voor ${candidateOf(p)} moet uiterlijk ${dutchDate(String(p.dueOn))} gebeuren.`
        : `Er staat een vervolgactie voor ${candidateOf(p)} voor u klaar.`,
  },
  'consent-requested': {
    subject: () => 'Toestemming van een kandidaat nodig',
    sentence: (p) =>
      `Voor ${candidateOf(p)} is toestemming nodig voordat een accountmanager de kandidaat kan voorstellen.`,
  },
  'delivery-failed': {
    subject: () => 'Een webhook-levering is mislukt',
    sentence: (p) =>
      given(p.partnerName)
        ? `Werkbrug kon een bericht aan partner ${given(p.partnerName)} niet afleveren.`
        : 'Werkbrug kon een bericht aan een partner niet afleveren.',
  },
  'import-failed': {
    subject: () => 'Een import is mislukt',
    sentence: () => 'Een import is mislukt. Bekijk in Werkbrug welke regels niet zijn overgenomen.',
  },
};

const FALLBACK: KindText = {
  subject: () => 'Nieuwe melding in Werkbrug',
  sentence: () => 'Er is een nieuwe melding voor u in Werkbrug.',
};

const textOf = (kind: string): KindText => TEXTS[kind] ?? FALLBACK;

/** The address a notification opens: the web app's public URL and the notification's link in it. */
export function linkInApp(publicUrl: string, link: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  if (!link) return `${base}/`;
  return link.startsWith('/') ? `${base}${link}` : `${base}/${link}`;
}

/** 7 december 2026, from 2026-12-07. */
export function dutchDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CLOSING = ['Met vriendelijke groet,', 'Werkbrug'];

function html(paragraphs: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="nl"><head><meta charset="utf-8"><title>Werkbrug</title></head>',
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
const a = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/** One notification mailed when it happens. */
export function notificationMail(
  recipientName: string,
  notification: NotificationForMail,
  publicUrl: string,
): MailContent {
  const kind = textOf(notification.kind);
  const url = linkInApp(publicUrl, notification.link);
  const sentence = kind.sentence(notification.params);
  const greeting = `Beste ${recipientName},`;
  const why =
    'U krijgt dit bericht omdat u deze meldingen direct per e-mail ontvangt. In Werkbrug kunt u dat wijzigen.';
  return {
    subject: kind.subject(notification.params),
    text: [greeting, '', sentence, '', `Bekijk het in Werkbrug: ${url}`, '', why, '', ...CLOSING].join('\n'),
    html: html([
      p(greeting),
      p(sentence),
      `<p>${a(url, 'Bekijk het in Werkbrug')}</p>`,
      p(why),
      `<p>${CLOSING.map(escapeHtml).join('<br>')}</p>`,
    ]),
  };
}

/** A day's notifications for one user in one mail, in the order they happened. */
export function digestMail(
  recipientName: string,
  notifications: readonly NotificationForMail[],
  day: string,
  publicUrl: string,
): MailContent {
  const count = notifications.length;
  const items = notifications.map((n) => ({
    sentence: textOf(n.kind).sentence(n.params),
    url: linkInApp(publicUrl, n.link),
  }));
  const greeting = `Beste ${recipientName},`;
  const intro =
    count === 1
      ? 'Dit is er sinds uw vorige overzicht gebeurd:'
      : `Deze ${count} dingen zijn er sinds uw vorige overzicht gebeurd:`;
  const why =
    'U krijgt dit overzicht één keer per dag in plaats van een e-mail per melding. In Werkbrug kunt u dat wijzigen.';
  return {
    subject: `Uw overzicht van Werkbrug van ${dutchDate(day)}: ${count === 1 ? '1 melding' : `${count} meldingen`}`,
    text: [
      greeting,
      '',
      intro,
      '',
      ...items.flatMap((item) => [`- ${item.sentence}`, `  ${item.url}`]),
      '',
      why,
      '',
      ...CLOSING,
    ].join('\n'),
    html: html([
      p(greeting),
      p(intro),
      `<ul>${items.map((item) => `<li>${escapeHtml(item.sentence)} ${a(item.url, 'Bekijken')}</li>`).join('')}</ul>`,
      p(why),
      `<p>${CLOSING.map(escapeHtml).join('<br>')}</p>`,
    ]),
  };
}
