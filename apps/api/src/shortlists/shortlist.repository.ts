import { Injectable } from '@nestjs/common';
import { Candidate, EntityRepository, Shortlist, ShortlistEntry, TransactionHost, Vacancy } from '@werkbrug/database';
import { kansrijkheidOf, tensionIsIllustrative } from '@werkbrug/shortlisting';
import { In } from 'typeorm';
import { ShortlistErrors } from './shortlist.errors';

/** A ranked entry with the assessment it is shown against (the candidate's belastbaarheid, for the fit only). */
export type RankedEntry = ShortlistEntry & { candidate: Pick<Candidate, 'belastbaarheid'> };

/** A vacancy's shortlist and its ranked entries, which the matcher replaces at every generation. */
@Injectable()
export class ShortlistRepository extends EntityRepository<Shortlist> {
  constructor(db: TransactionHost) {
    super(db, Shortlist, ShortlistErrors.notFound);
  }

  getForVacancy(vacancyId: string): Promise<Shortlist> {
    return this.getOrThrow({ vacancyId }, `Vacancy ${vacancyId} has no shortlist.`);
  }

  /** The entries in rank order, each with the candidate's belastbaarheid (nothing else of the profile). */
  async rankedEntries(vacancyId: string): Promise<RankedEntry[]> {
    const entries = await this.manager
      .getRepository(ShortlistEntry)
      .createQueryBuilder('entry')
      .innerJoin('entry.candidate', 'candidate')
      .addSelect(['candidate.id', 'candidate.belastbaarheid'])
      .where('entry.vacancyId = :vacancyId', { vacancyId })
      .orderBy('entry.rank', 'ASC')
      .getMany();
    return entries as RankedEntry[];
  }

  /** How many candidates are ranked on the shortlist now: the figure employer and accountmanager both see. */
  rankedCount(vacancyId: string): Promise<number> {
    return this.manager.getRepository(ShortlistEntry).countBy({ vacancyId });
  }

  /** Whether the vacancy's kansrijkheid, as the matcher looks it up, is still the shipped, illustrative table's. */
  async kansrijkheidIllustrative(vacancy: Vacancy): Promise<boolean> {
    return tensionIsIllustrative(await kansrijkheidOf(this.manager, [vacancy.region]), vacancy);
  }

  isRanked(vacancyId: string, candidateId: string): Promise<boolean> {
    return this.manager.getRepository(ShortlistEntry).existsBy({ vacancyId, candidateId });
  }

  /** Those of these candidates that are ranked on the vacancy's shortlist now. */
  entriesAmong(vacancyId: string, candidateIds: readonly string[]): Promise<ShortlistEntry[]> {
    return this.manager.getRepository(ShortlistEntry).findBy({ vacancyId, candidateId: In([...candidateIds]) });
  }

  /** The employer's open vacancies on whose shortlist the candidate is ranked now. */
  async openVacanciesOfEmployerRanking(candidateId: string, employerId: string): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT e.vacancy_id AS id FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.candidate_id = $1 AND v.employer_id = $2 AND v.status = 'open'`,
      [candidateId, employerId],
    );
    return rows.map((row) => row.id);
  }
}
