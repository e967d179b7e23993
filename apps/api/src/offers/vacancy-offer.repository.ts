import { Injectable } from '@nestjs/common';
import {
  Availability,
  Candidate,
  EntityRepository,
  TransactionHost,
  VacancyOffer,
  VacancyStatus,
} from '@werkbrug/database';
import { OfferErrors } from './offer.errors';

/** What an offer shows of its vacancy. */
export interface OfferedVacancy {
  title: string;
  employerName: string;
  status: VacancyStatus;
}

export type NewOffer = Pick<VacancyOffer, 'candidateId' | 'vacancyId' | 'note' | 'offeredBy' | 'offeredAt'>;

/** Offers of vacancies to candidates, with what they show of the vacancy and need of the candidate. */
@Injectable()
export class VacancyOfferRepository extends EntityRepository<VacancyOffer> {
  constructor(db: TransactionHost) {
    super(db, VacancyOffer, OfferErrors.notFound);
  }

  /** Inserts the offer, or returns null if this vacancy was offered to the candidate before (the unique key, also against a concurrent request). */
  async insertUnlessOffered(offer: NewOffer): Promise<VacancyOffer | null> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(VacancyOffer)
      .values({ ...offer, version: 1 })
      .orIgnore()
      .returning('id')
      .execute();
    const [row] = inserted.raw as { id: string }[];
    return row ? this.getOrThrow({ id: row.id }) : null;
  }

  /** The candidate's offers, the newest first, each with its vacancy's title and employer. */
  async forCandidate(candidateId: string): Promise<{ offer: VacancyOffer; vacancy: Omit<OfferedVacancy, 'status'> }[]> {
    const { entities, raw } = await this.repository
      .createQueryBuilder('o')
      .innerJoin('vacancies', 'v', 'v.id = o.vacancy_id')
      .innerJoin('employers', 'e', 'e.id = v.employer_id')
      .addSelect(['v.title AS vacancy_title', 'e.name AS employer_name'])
      .where('o.candidate_id = :candidateId', { candidateId })
      .orderBy('o.offered_at', 'DESC')
      .getRawAndEntities<{ vacancy_title: string; employer_name: string }>();
    return entities.map((offer, index) => ({
      offer,
      vacancy: { title: raw[index].vacancy_title, employerName: raw[index].employer_name },
    }));
  }

  async vacancy(id: string): Promise<OfferedVacancy | undefined> {
    const [row] = await this.manager.query<OfferedVacancy[]>(
      `SELECT v.title, v.status, e.name AS "employerName" FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = $1`,
      [id],
    );
    return row;
  }

  candidateExists(candidateId: string): Promise<boolean> {
    return this.manager.existsBy(Candidate, { id: candidateId });
  }

  /** The candidate's availability; undefined when there is no such candidate. */
  async availabilityOf(candidateId: string): Promise<Availability | undefined> {
    const candidate = await this.manager.findOne(Candidate, {
      select: { availability: true },
      where: { id: candidateId },
    });
    return candidate?.availability;
  }
}
