import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Employer, Vacancy } from '@werkbrug/database';
import type { CandidateProfile } from '@werkbrug/matching';
import type { KansrijkheidTable } from '@werkbrug/reference-data';
import { DataSource } from 'typeorm';
import { FeedbackRow, kansrijkheidOf, withinReachSql } from './match-inputs';
import { CANDIDATE_PROFILE_COLUMNS, CandidateRow, toCandidateProfile } from './profiles';

/**
 * The candidate as matching sees them, with the reach SQL searches vacancies by and the region of
 * their organisation (matching is regional: only that region's vacancies and employers).
 */
export type SearchingCandidate = CandidateProfile & { travelKm: number; region: string };

/** What level-4 job search reads: one query per method. */
@Injectable()
export class JobSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidate(candidateId: string): Promise<SearchingCandidate | undefined> {
    const [row]: (CandidateRow & { travel_km: number; region: string })[] = await this.dataSource.query(
      `SELECT c.*, o.region_code AS region
         FROM (SELECT ${CANDIDATE_PROFILE_COLUMNS}, travel_km, organisation_id FROM candidates WHERE id = $1) c
         JOIN organisations o ON o.id = c.organisation_id`,
      [candidateId],
    );
    return row && { ...toCandidateProfile(row), travelKm: row.travel_km, region: row.region };
  }

  openVacanciesInReach(candidate: SearchingCandidate): Promise<Vacancy[]> {
    return this.dataSource
      .getRepository(Vacancy)
      .createQueryBuilder('v')
      .where(`v.status = 'open'`)
      .andWhere('coalesce(v.matchRegion, v.region) = :region', { region: candidate.region })
      .andWhere(withinReachSql('v.', ':lat', ':lon', ':km'), {
        lat: candidate.location.latitude,
        lon: candidate.location.longitude,
        km: candidate.travelKm,
      })
      .getMany();
  }

  /** The kansrijkheid of the candidate's region, where all the vacancies and employers searched lie. */
  kansrijkheid(region: string): Promise<KansrijkheidTable> {
    return kansrijkheidOf(this.dataSource.manager, [region]);
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
