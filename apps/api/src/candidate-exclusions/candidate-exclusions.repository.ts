import { Injectable } from '@nestjs/common';
import { TransactionHost, Vacancy } from '@werkbrug/database';
import type { CandidateProfile } from '@werkbrug/matching';
import { CANDIDATE_PROFILE_COLUMNS, CandidateRow, FeedbackRow, toCandidateProfile } from '@werkbrug/shortlisting';

/** The candidate as the matcher reads them, with what decides whether they are matched at all. */
export interface AssessedCandidate {
  profile: CandidateProfile;
  /** The region of the candidate's organisation: the pool they are matched in. */
  region: string;
  available: boolean;
  complete: boolean;
}

/** A vacancy whose shortlist holds the candidate now. */
export interface RankedFor {
  vacancyId: string;
  title: string;
  rank: number;
}

/** The reads of one candidate's exclusions: the candidate, their region's open vacancies, feedback, shortlists. */
@Injectable()
export class CandidateExclusionsRepository {
  constructor(private readonly db: TransactionHost) {}

  async candidate(candidateId: string): Promise<AssessedCandidate | undefined> {
    const [row]: (CandidateRow & { region: string; available: boolean; complete: boolean })[] =
      await this.db.manager.query(
        `SELECT c.*, o.region_code AS region
           FROM (SELECT ${CANDIDATE_PROFILE_COLUMNS}, availability = 'available' AS available,
                        profile_complete AS complete, organisation_id
                   FROM candidates WHERE id = $1) c
           JOIN organisations o ON o.id = c.organisation_id`,
        [candidateId],
      );
    if (!row) return undefined;
    // An incomplete profile lacks what the matcher needs (belastbaarheid limits among it): not assessed.
    return {
      profile: toCandidateProfile({ ...row, limits: row.limits ?? [] }),
      region: row.region,
      available: row.available,
      complete: row.complete,
    };
  }

  /** The open vacancies matched in a region: their own region's, and those followed into it (`match_region`). */
  openVacancies(region: string): Promise<Vacancy[]> {
    return this.db.manager
      .getRepository(Vacancy)
      .createQueryBuilder('v')
      .where(`v.status = 'open'`)
      .andWhere('coalesce(v.matchRegion, v.region) = :region', { region })
      .orderBy('v.createdAt', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  /** What employers said about the candidate (a rejection for a vacancy keeps them off its shortlist). */
  feedbackAbout(candidateId: string): Promise<(FeedbackRow & { employer_id: string })[]> {
    return this.db.manager.query(
      `SELECT employer_id, vacancy_id, reason, competence FROM match_feedback WHERE candidate_id = $1`,
      [candidateId],
    );
  }

  /** The open vacancies whose current shortlist ranks the candidate. */
  rankedFor(candidateId: string, vacancyIds: string[]): Promise<RankedFor[]> {
    return this.db.manager.query(
      `SELECT e.vacancy_id AS "vacancyId", v.title, e.rank
         FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.candidate_id = $1 AND e.vacancy_id = ANY($2::uuid[])
        ORDER BY e.rank, v.title`,
      [candidateId, vacancyIds],
    );
  }
}
