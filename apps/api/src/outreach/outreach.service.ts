import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { ActionParties } from '../shared/parties/action-parties';
import { PartyErrors } from '../shared/parties/party.errors';
import { LogOutreachDto } from './dto/log-outreach.dto';
import { OutreachContactRepository } from './outreach-contact.repository';
import { OutreachErrors } from './outreach.errors';
import { OutreachView } from './outreach.response';

/** A device clock a little ahead of the server's is no reason to refuse a contact logged just now. */
const CLOCK_SKEW_MS = 60_000;

/** Level 4: a jobhunter searching the employer network for one candidate logs every employer approached. */
@Injectable()
export class OutreachService {
  constructor(
    private readonly db: TransactionHost,
    private readonly contacts: OutreachContactRepository,
    private readonly parties: ActionParties,
    private readonly ledger: ServiceLedger,
    private readonly clock: Clock,
  ) {}

  async log(candidateId: string, dto: LogOutreachDto, principal: Principal): Promise<OutreachView> {
    const contactedAt = new Date(dto.contactedAt);
    if (contactedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS)
      throw OutreachErrors.contactedInFuture.at('contactedAt', 'must not be in the future');
    return this.db.transaction(async () => {
      await this.requireCandidate(candidateId);
      const { employer, vacancy } = await this.parties.employerAndVacancy(dto);
      const contact = await this.contacts.insert({
        candidateId,
        employerId: employer.id,
        vacancyId: vacancy?.id ?? null,
        contactedAt,
        channel: dto.channel,
        outcome: dto.outcome,
        note: dto.note ?? null,
        loggedBy: principal.userId,
        createdAt: this.clock.now(),
      });
      await this.ledger.record({
        levels: 4,
        action: 'outreach',
        actor: principal,
        candidateId,
        employerId: employer.id,
        vacancyId: contact.vacancyId,
        subject: { type: 'outreach-contact', id: contact.id },
        occurredAt: contactedAt,
      });
      return OutreachView.of(contact, { employerName: employer.name, vacancyTitle: vacancy?.title ?? null });
    });
  }

  /** Newest contact first, so the jobhunter sees where the search stands. */
  async forCandidate(candidateId: string): Promise<OutreachView[]> {
    await this.requireCandidate(candidateId);
    return (await this.contacts.findForCandidate(candidateId)).map(({ contact, ...names }) =>
      OutreachView.of(contact, names),
    );
  }

  private async requireCandidate(candidateId: string): Promise<void> {
    if (!(await this.contacts.candidateExists(candidateId)))
      throw PartyErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
  }
}
