import { Injectable } from '@nestjs/common';
import { Candidate, OutreachContact, TransactionHost } from '@werkbrug/database';

/** A contact with the names a jobhunter reads it by. */
export interface NamedOutreachContact {
  contact: OutreachContact;
  employerName: string;
  vacancyTitle: string | null;
}

/** Outreach contacts are only ever read per candidate (never one by id), so there is no "not found" of their own. */
@Injectable()
export class OutreachContactRepository {
  constructor(private readonly db: TransactionHost) {}

  candidateExists(candidateId: string): Promise<boolean> {
    return this.db.manager.existsBy(Candidate, { id: candidateId });
  }

  insert(fields: Omit<OutreachContact, 'id'>): Promise<OutreachContact> {
    const contacts = this.db.manager.getRepository(OutreachContact);
    return contacts.save(contacts.create(fields));
  }

  /** Newest contact first, so the jobhunter sees where the search stands. */
  async findForCandidate(candidateId: string): Promise<NamedOutreachContact[]> {
    const { entities, raw } = await this.db.manager
      .getRepository(OutreachContact)
      .createQueryBuilder('o')
      .innerJoin('employers', 'e', 'e.id = o.employer_id')
      .leftJoin('vacancies', 'v', 'v.id = o.vacancy_id')
      .addSelect(['e.name AS employer_name', 'v.title AS vacancy_title'])
      .where('o.candidate_id = :candidateId', { candidateId })
      .orderBy('o.contacted_at', 'DESC')
      .addOrderBy('o.created_at', 'DESC')
      .getRawAndEntities<{ employer_name: string; vacancy_title: string | null }>();
    return entities.map((contact, index) => ({
      contact,
      employerName: raw[index].employer_name,
      vacancyTitle: raw[index].vacancy_title,
    }));
  }
}
