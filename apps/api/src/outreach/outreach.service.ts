import { Injectable, NotFoundException } from '@nestjs/common';
import { invalidField, Principal, Clock } from '@werkbrug/common';
import { Candidate, OutreachContact, TransactionHost } from '@werkbrug/database';

import { recordService } from '../shared/ledger/service-ledger';
import { LogOutreachDto } from './dto/log-outreach.dto';
import { employerAndVacancy } from './employer-and-vacancy';
import { OutreachView } from './outreach.response';

/** A device clock a little ahead of the server's is no reason to refuse a contact logged just now. */
const CLOCK_SKEW_MS = 60_000;

/** Level 4: a jobhunter searching the employer network for one candidate logs every employer approached. */
@Injectable()
export class OutreachService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async log(candidateId: string, dto: LogOutreachDto, principal: Principal): Promise<OutreachView> {
    const contactedAt = new Date(dto.contactedAt);
    if (contactedAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS)
      throw invalidField('contactedAt', 'must not be in the future');
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(Candidate, { id: candidateId })))
        throw new NotFoundException(`Candidate ${candidateId} not found.`);
      const { employer, vacancy } = await employerAndVacancy(manager, dto);
      const contact = await manager.save(
        manager.create(OutreachContact, {
          candidateId,
          employerId: employer.id,
          vacancyId: vacancy?.id ?? null,
          contactedAt,
          channel: dto.channel,
          outcome: dto.outcome,
          note: dto.note ?? null,
          loggedBy: principal.subject,
          createdAt: this.clock.now(),
        }),
      );
      await recordService(manager, {
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
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const rows = await this.db.manager
      .getRepository(OutreachContact)
      .createQueryBuilder('o')
      .innerJoin('employers', 'e', 'e.id = o.employer_id')
      .leftJoin('vacancies', 'v', 'v.id = o.vacancy_id')
      .addSelect(['e.name AS employer_name', 'v.title AS vacancy_title'])
      .where('o.candidate_id = :candidateId', { candidateId })
      .orderBy('o.contacted_at', 'DESC')
      .addOrderBy('o.created_at', 'DESC')
      .getRawAndEntities();
    return rows.entities.map((contact, index) =>
      OutreachView.of(contact, {
        employerName: rows.raw[index].employer_name,
        vacancyTitle: rows.raw[index].vacancy_title,
      }),
    );
  }
}
