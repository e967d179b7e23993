import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@werkbrug/common';
import type { Employer } from '@werkbrug/database';
import {
  BelastbaarheidFit,
  belastbaarheidFit,
  PartName,
  rankVacancies,
  VacancyOption,
  Weights,
} from '@werkbrug/matching';
import {
  distanceKm,
  findPostcodeArea,
  KansrijkheidTable,
  regionOfPostcode,
  sectorLabel,
  tensionLabel,
} from '@werkbrug/reference-data';
import { JobSearchRepository, SearchingCandidate } from './job-search.repository';
import { foldFeedback, tensionIsIllustrative, tensionOf } from './match-inputs';
import { MATCH_WEIGHTS } from './match-weights';
import { toVacancyProfile } from './profiles';

const RESULTS = 20;

/** An open vacancy ranked for one candidate, scored exactly as the shortlists score it. */
export interface JobSearchVacancy {
  rank: number;
  vacancyId: string;
  title: string;
  employerId: string;
  occupation: string;
  sector: string;
  postcode: string;
  score: number;
  parts: Record<PartName, number>;
  reasons: string[];
  /** Of the candidate's belastbaarheid only the fit with this job's demands, as the shortlist shows it. */
  belastbaarheid: BelastbaarheidFit;
}

/** An employer in reach without an open vacancy now, in a wished or kansrijke sector: the jobhunter may call. */
export interface EmployerToApproach {
  employerId: string;
  name: string;
  sector: string;
  distanceKm: number;
  why: string;
}

export interface JobSearchResult {
  vacancies: JobSearchVacancy[];
  employersWithoutVacancy: EmployerToApproach[];
  /** Whether a kansrijkheid used for these results comes from the shipped, illustrative table. */
  kansrijkheidIllustrative: boolean;
}

/**
 * Level 4, searching work for one candidate: the open vacancies in reach ranked for this candidate
 * with the matching model (the other direction of a shortlist), and employers in the network,
 * within reach, in a sector that suits the candidate or is kansrijk, who have no open vacancy now.
 * Both only in the region of the candidate's organisation, as shortlists match only there.
 * The caller checks first that the candidate is available with a complete profile.
 */
@Injectable()
export class JobSearch {
  constructor(
    private readonly repository: JobSearchRepository,
    private readonly clock: Clock,
    @Inject(MATCH_WEIGHTS) private readonly weights: Weights,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forCandidate(candidateId: string): Promise<JobSearchResult> {
    const candidate = await this.repository.candidate(candidateId);
    if (!candidate) throw new Error(`No candidate ${candidateId}`);
    const [vacancies, tensions, feedbackRows] = await Promise.all([
      this.repository.openVacanciesInReach(candidate),
      this.repository.kansrijkheid(candidate.region),
      this.repository.feedbackAbout(candidateId),
    ]);
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
    // As the shortlists: a candidate unconfirmed past the expiry passes no vacancy (the API says why first).
    const context = {
      today: this.clock.today(),
      weights: this.weights,
      availabilityExpiryDays: this.config.availability.expiryDays,
    };
    const ranked = rankVacancies(candidate, options, context, RESULTS);
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    const assessment = candidate.limits ? { limits: candidate.limits } : null;
    const employersWithoutVacancy = toApproach(
      candidate,
      await this.repository.employers(),
      new Set(vacancies.map((v) => v.employerId)),
      tensions,
    );
    const kansrijkheidIllustrative =
      ranked.some(({ vacancyId }) => tensionIsIllustrative(tensions, byId.get(vacancyId)!)) ||
      employersWithoutVacancy.some(({ sector }) => tensions.illustrative(candidate.region, sector, undefined));
    return {
      vacancies: ranked.map(({ vacancyId, rank, score, parts, reasons }) => {
        const { title, employerId, occupation, sector, postcode, demands } = byId.get(vacancyId)!;
        const belastbaarheid = belastbaarheidFit(assessment, demands);
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
      employersWithoutVacancy,
      kansrijkheidIllustrative,
    };
  }
}

function toApproach(
  candidate: SearchingCandidate,
  employers: Employer[],
  withVacancy: Set<string>,
  tensions: KansrijkheidTable,
): EmployerToApproach[] {
  return employers
    .filter((employer) => !withVacancy.has(employer.id) && regionOfPostcode(employer.postcode) === candidate.region)
    .map((employer) => {
      const area = findPostcodeArea(employer.postcode);
      const distance = area ? distanceKm(candidate.location, area) : Infinity;
      const tension = tensions.tension(candidate.region, employer.sector, undefined);
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
