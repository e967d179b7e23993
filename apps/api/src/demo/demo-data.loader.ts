import { Injectable, Logger, Type } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toInvalidParams } from '@werkbrug/common';
import { Employer } from '@werkbrug/database';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { CandidatesService } from '../candidates/candidates.service';
import { CreateCandidateDto } from '../candidates/dto/create-candidate.dto';
import { CreateEmployerDto } from '../employers/dto/create-employer.dto';
import { EmployersService } from '../employers/employers.service';
import { CreateVacancyDto } from '../vacancies/dto/create-vacancy.dto';
import { VacanciesService } from '../vacancies/vacancies.service';
import { generateDemoData } from './demo-data';

/** Validates demo input exactly as the HTTP API would, so demo data can never bypass the rules. */
async function asDto<T extends object>(type: Type<T>, plain: object): Promise<T> {
  const dto = plainToInstance(type, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new Error(`Invalid demo ${type.name}: ${JSON.stringify(toInvalidParams(errors))}`);
  return dto;
}

/** Loads the demo data set through the same services the API uses (vacancies queue their matching jobs). */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly employers: EmployersService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
  ) {}

  async loadIfEmpty(): Promise<{ employers: number; candidates: number; vacancies: number } | undefined> {
    if ((await this.dataSource.getRepository(Employer).count()) > 0) {
      this.logger.log('Database already holds data; demo data not loaded.');
      return undefined;
    }
    const data = generateDemoData();
    const employerIds: string[] = [];
    for (const employer of data.employers) {
      employerIds.push((await this.employers.create(await asDto(CreateEmployerDto, employer))).id);
    }
    for (const candidate of data.candidates) {
      await this.candidates.create(await asDto(CreateCandidateDto, candidate));
    }
    const accountmanager = { subject: 'demo-data', role: 'accountmanager' as const };
    for (const { employerIndex, ...vacancy } of data.vacancies) {
      const dto = await asDto(CreateVacancyDto, { ...vacancy, employerId: employerIds[employerIndex] });
      await this.vacancies.create(dto, accountmanager);
    }
    const counts = { employers: employerIds.length, candidates: data.candidates.length, vacancies: data.vacancies.length };
    this.logger.log({ msg: 'Demo data loaded; shortlists follow as the matcher ranks them.', ...counts });
    return counts;
  }
}
