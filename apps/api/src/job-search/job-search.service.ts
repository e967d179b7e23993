import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@werkbrug/common';
import { Candidate, Employer, Vacancy, TransactionHost } from '@werkbrug/database';
import { rankVacancies, VacancyOption } from '@werkbrug/matching';
import {
  distanceKm,
  findPostcodeArea,
  KansrijkheidTable,
  REGION_CODES,
  regionOfPostcode,
  sectorLabel,
  tensionLabel,
} from '@werkbrug/reference-data';
import {
  CANDIDATE_PROFILE_COLUMNS,
  CandidateRow,
  FeedbackRow,
  foldFeedback,
  kansrijkheidOf,
  tensionOf,
  toCandidateProfile,
  toVacancyProfile,
  withinReachSql,
} from '@werkbrug/shortlisting';

import { CandidatesService, missingForMatching } from '../candidates/candidates.service';
import { belastbaarheidFit } from '../shortlists/belastbaarheid-fit';

const RESULTS = 20;

/**
 * Level 4, searching work for one candidate: the open vacancies in reach ranked for this candidate,
 * and employers in the network, within reach, in a sector that suits the candidate or is kansrijk,
 * who have no open vacancy now (the jobhunter may still call them). Of the candidate's belastbaarheid
 * it shows per vacancy only the fit and the demands close to a limit, as the shortlist does.
 */
@Injectable()
export class JobSearchService {
  constructor(
    private readonly db: TransactionHost,
    private readonly candidates: CandidatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async forCandidate(candidateId: string) {
    const stored = await this.candidates.get(candidateId);
    const missing = missingForMatching(stored);
    if (missing.length)
      throw new ConflictException(`The profile is incomplete for matching; missing: ${missing.join(', ')}.`);
    if (stored.availability !== 'available')
      throw new ConflictException(`The candidate is ${stored.availability}; only available candidates are matched.`);
    const [row]: CandidateRow[] = await this.db.manager.query(
      `SELECT ${CANDIDATE_PROFILE_COLUMNS} FROM candidates WHERE id = $1`,
      [candidateId],
    );
    const candidate = toCandidateProfile(row);

    const vacancies: Vacancy[] = await this.db.manager
      .getRepository(Vacancy)
      .createQueryBuilder('v')
      .where(`v.status = 'open'`)
      .andWhere(withinReachSql('v.', ':lat', ':lon', ':km'), {
        lat: stored.latitude,
        lon: stored.longitude,
        km: stored.travelKm,
      })
      .getMany();
    // Vacancies and employers in reach can lie in neighbouring regions: the whole table is small.
    const tensions = await kansrijkheidOf(this.db.manager, [...REGION_CODES]);
    const feedbackRows = await this.feedbackRows(candidateId);
    const options: VacancyOption[] = vacancies.map((v) => ({
      id: v.id,
      profile: toVacancyProfile(v),
      tension: tensionOf(tensions, v),
      feedback: foldFeedback(
        feedbackRows.filter((row) => row.employer_id === v.employerId),
        () => candidateId,
        v.id,
      ).get(candidateId),
    }));
    const ranked = rankVacancies(
      candidate,
      options,
      { today: this.clock.today(), weights: this.config.matcher.weights },
      RESULTS,
    );
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    return {
      candidateId,
      vacancies: ranked.map(({ vacancyId, rank, score, parts, reasons }) => {
        const v = byId.get(vacancyId)!;
        const { title, employerId, occupation, sector, postcode } = v;
        const belastbaarheid = belastbaarheidFit(stored.belastbaarheid, v.demands);
        return {
          rank,
          vacancyId,
          title,
          employerId,
          occupation,
          sector,
          postcode,
          score,
          parts,
          reasons,
          belastbaarheid,
        };
      }),
      employersWithoutVacancy: await this.employersToApproach(
        stored,
        new Set(vacancies.map((v) => v.employerId)),
        tensions,
      ),
    };
  }

  private async employersToApproach(candidate: Candidate, withVacancy: Set<string>, tensions: KansrijkheidTable) {
    const employers = await this.db.manager.getRepository(Employer).find();
    const home = { latitude: candidate.latitude, longitude: candidate.longitude };
    return employers
      .filter((employer) => !withVacancy.has(employer.id))
      .map((employer) => {
        const area = findPostcodeArea(employer.postcode);
        const distance = area ? distanceKm(home, area) : Infinity;
        const tension = tensions.tension(regionOfPostcode(employer.postcode), employer.sector, undefined);
        const wished = candidate.wishes.sectors.includes(employer.sector);
        return { employer, distance, tension, wished };
      })
      .filter(({ distance, tension, wished }) => distance <= candidate.travelKm && (wished || (tension ?? 0) >= 4))
      .sort(
        (a, b) => Number(b.wished) - Number(a.wished) || (b.tension ?? 0) - (a.tension ?? 0) || a.distance - b.distance,
      )
      .slice(0, RESULTS)
      .map(({ employer, distance, tension, wished }) => ({
        employerId: employer.id,
        name: employer.name,
        sector: employer.sector,
        distanceKm: distance,
        why: wished
          ? `sector ${sectorLabel(employer.sector)?.toLowerCase()} staat in de wensen`
          : `sector ${sectorLabel(employer.sector)?.toLowerCase()} is ${tensionLabel(tension!)} in deze regio`,
      }));
  }

  /** Everything employers said about this candidate, to fold per vacancy. */
  private feedbackRows(candidateId: string): Promise<(FeedbackRow & { employer_id: string })[]> {
    return this.db.manager.query(
      `SELECT employer_id, vacancy_id, reason, competence FROM match_feedback WHERE candidate_id = $1`,
      [candidateId],
    );
  }
}
