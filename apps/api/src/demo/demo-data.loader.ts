import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@werkbrug/common';

import { CandidatesService } from '../candidates/candidates.service';
import { CreateCandidateDto } from '../candidates/dto/create-candidate.dto';
import { CreateEmployerDto } from '../employers/dto/create-employer.dto';
import { EmployersService } from '../employers/employers.service';
import { CreateVacancyDto } from '../vacancies/dto/create-vacancy.dto';
import { VacanciesService } from '../vacancies/vacancies.service';
import { asDto } from './as-dto';
import { demoConsents } from './demo-activity';
import { DEMO_STAFF, DemoActivity } from './demo-activity.loader';
import { generateDemoData } from './demo-data';
import { DemoDataRepository } from './demo-data.repository';

/** Loads the demo data set, and the activity on it, through the same services the API uses. */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    private readonly demoData: DemoDataRepository,
    private readonly employers: EmployersService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
    private readonly activity: DemoActivity,
    private readonly clock: Clock,
  ) {}

  async loadIfEmpty(): Promise<{ employers: number; candidates: number; vacancies: number } | undefined> {
    if (await this.demoData.hasEmployers()) {
      this.logger.log('Database already holds data; demo data not loaded.');
      return undefined;
    }
    const started = this.clock.now().getTime();
    const data = generateDemoData();
    const employerIds: string[] = [];
    for (const employer of data.employers) {
      employerIds.push((await this.employers.create(await asDto(CreateEmployerDto, employer))).id);
    }
    const candidateIds: string[] = [];
    for (const candidate of data.candidates) {
      candidateIds.push((await this.candidates.create(await asDto(CreateCandidateDto, candidate))).id);
    }
    const vacancyIds: string[] = [];
    for (const { employerIndex, ...vacancy } of data.vacancies) {
      const dto = await asDto(CreateVacancyDto, { ...vacancy, employerId: employerIds[employerIndex] });
      vacancyIds.push((await this.vacancies.create(dto, DEMO_STAFF.accountmanager)).id);
    }
    const vacancyEmployers = data.vacancies.map((vacancy) => vacancy.employerIndex);
    await this.activity.load(
      { employerIds, candidateIds, vacancyIds, vacancyEmployers, consents: demoConsents(candidateIds.length) },
      this.clock.today(),
    );
    const counts = {
      employers: employerIds.length,
      candidates: data.candidates.length,
      vacancies: data.vacancies.length,
    };
    this.logger.log({
      msg: 'Demo data loaded, with shortlists and activity at all five levels.',
      ...counts,
      seconds: (this.clock.now().getTime() - started) / 1000,
    });
    return counts;
  }
}
