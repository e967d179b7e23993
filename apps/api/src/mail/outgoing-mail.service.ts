import { Injectable } from '@nestjs/common';
import { OutgoingMailStore } from '../shared/mail/outgoing-mail.store';
import { Page, Paged } from '../shared/validation/paging';
import { OutgoingMailRepository } from './outgoing-mail.repository';
import { OutgoingMailView } from './outgoing-mail.response';

const REFERENCE = /K-[0-9A-F]{4}-[0-9A-F]{4}/g;

/**
 * The mail kept without an SMTP server, for the administrator. A message may name candidates by
 * reference (a proposal, an employer's answer): each is looked up, so reading the page is audited
 * for the candidates it shows.
 */
@Injectable()
export class OutgoingMailService {
  constructor(
    private readonly store: OutgoingMailStore,
    private readonly candidates: OutgoingMailRepository,
  ) {}

  async list(page: Page): Promise<Paged<OutgoingMailView>> {
    const { items, more } = await this.store.list(page);
    const referencesOf = (mail: { subject: string; text: string }) => [
      ...new Set(`${mail.subject}\n${mail.text}`.match(REFERENCE) ?? []),
    ];
    const known = await this.candidates.candidatesByReference([...new Set(items.flatMap(referencesOf))]);
    return {
      items: items.map((mail) => {
        const references = new Set(referencesOf(mail));
        return OutgoingMailView.of(
          mail,
          known.filter((candidate) => references.has(candidate.reference)),
        );
      }),
      more,
    };
  }
}
