import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Employer, Vacancy } from '@werkbrug/database';
import type { CandidateProfile } from '@werkbrug/matching';
import { KansrijkheidTable, REGION_CODES } from '@werkbrug/reference-data';
import { DataSource } from 'typeorm';
import { FeedbackRow, kansrijkheidOf, withinReachSql } from './match-inputs';
import { CANDIDATE_PROFILE_COLUMNS, CandidateRow, toCandidateProfile } from './profiles';

/** The candidate as matching sees them, with the reach SQL searches vacancies by. */
export type SearchingCandidate = CandidateProfile & { travelKm: number };

/** What level-4 job search reads: one query per method. */
@Injectable()
export class JobSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidate(candidateId: string): Promise<SearchingCandidate | undefined> {
    const [row]: (CandidateRow & { travel_km: number })[] = await this.dataSource.query(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS}, travel_km FROM candidates WHERE id = $1`,
      [candidateId],
    );
    return row && { ...toCandidateProfile(row), travelKm: row.travel_km };
  }

  openVacanciesInReach(candidate: SearchingCandidate): Promise<Vacancy[]> {
    return this.dataSource
      .getRepository(Vacancy)
      .createQueryBuilder('v')
      .where(`v.status = 'open'`)
      .andWhere(withinReachSql('v.', ':lat', ':lon', ':km'), {
        lat: candidate.location.latitude,
        lon: candidate.location.longitude,
        km: candidate.travelKm,
      })
      .getMany();
  }

  /** Vacancies and employers in reach can lie in neighbouring regions: the whole table is small. */
  kansrijkheid(): Promise<KansrijkheidTable> {
    return kansrijkheidOf(this.dataSource.manager, [...REGION_CODES]);
  }

  /** Everything employers said about this candidate, to fold per vacancy. */
  feedbackAbout(candidateId: string): Promise<(FeedbackRow & { employer_id: string })[]> {
    return this.dataSource.query(
      `SELECT employer_id, vacancy_id, reason, competence FROM match_feedback WHERE candidate_id = $1`,
      [candidateId],
    );
  }

  employers(): Promise<Employer[]> {
    return this.dataSource.getRepository(Employer).find();
  }
}
