import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, Principal } from '@werkbrug/common';
import { Candidate, OutreachContact } from '@werkbrug/database';
import { DataSource } from 'typeorm';
import { recordService } from '../ledger/service-ledger';
import { LogOutreachDto } from './dto/log-outreach.dto';
import { employerAndVacancy } from './employer-and-vacancy';
import { OutreachView } from './outreach.response';

/** A device clock a little ahead of the server's is no reason to refuse a contact logged just now. */
const CLOCK_SKEW_MS = 60_000;

/** Level 4: a jobhunter searching the employer network for one candidate logs every employer approached. */
@Injectable()
export class OutreachService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async log(candidateId: string, dto: LogOutreachDto, principal: Principal): Promise<OutreachView> {
    const contactedAt = new Date(dto.contactedAt);
    if (contactedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw invalidField('contactedAt', 'must not be in the future');
    return this.dataSource.transaction(async (manager) => {
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
          createdAt: new Date(),
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
    if (!(await this.dataSource.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const rows = await this.dataSource
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
