import { Injectable } from '@nestjs/common';
import { Clock, FieldErrors, isEmployer, Principal } from '@werkbrug/common';
import { TransactionHost, Vacancy } from '@werkbrug/database';
import { findPostcodeArea, regionOfPostcode } from '@werkbrug/reference-data';
import { EmployersService } from '../employers/employers.service';
import { MatchingRequests } from '../shared/outbox/matching-requests';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { VacancyErrors } from './vacancy.errors';
import { normaliseVacancy } from './vacancy-intake';
import { VacancyRepository } from './vacancy.repository';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { ListVacanciesQuery } from './dto/list-vacancies.query';

/** Where the workplace is, for distances, and its arbeidsmarktregio, for kansrijkheid. */
function placeOf(postcode: string) {
  const area = findPostcodeArea(postcode)!;
  return { latitude: area.latitude, longitude: area.longitude, region: regionOfPostcode(postcode)! };
}

@Injectable()
export class VacanciesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly vacancies: VacancyRepository,
    private readonly employers: EmployersService,
    private readonly matching: MatchingRequests,
    private readonly clock: Clock,
  ) {}

  /** Stores the vacancy, its pending shortlist and its matching job in one transaction. */
  async create(dto: CreateVacancyDto, principal: Principal): Promise<Vacancy> {
    const employerId = this.employerFor(dto, principal);
    const fields = normaliseVacancy(dto, this.clock.today());
    return this.db.transaction(async () => {
      // An employer whose account is gone is itself not found; staff named an unknown employer.
      if (isEmployer(principal)) await this.employers.get(employerId, principal);
      else if (!(await this.employers.exists(employerId)))
        throw VacancyErrors.unknownEmployer.at('employerId', `no employer ${employerId}`);
      const vacancy = await this.vacancies.insert({
        ...fields,
        ...placeOf(fields.postcode),
        employerId,
        status: 'open',
        version: 1,
      });
      await this.matching.startShortlist(vacancy.id);
      return vacancy;
    });
  }

  /**
   * Replaces an open vacancy's fields and asks for a new shortlist generation in the same transaction.
   * The accountmanager's decisions and the proposals stay: they are about the candidate, not the text.
   */
  async update(id: string, dto: UpdateVacancyDto, principal: Principal): Promise<Vacancy> {
    const { version, ...changes } = dto;
    const fields = normaliseVacancy(changes, this.clock.today());
    return this.db.transaction(async () => {
      const current = await this.get(id, principal);
      if (current.status !== 'open')
        throw VacancyErrors.notOpen(`Vacancy ${id} is ${current.status}; only an open vacancy can be changed.`);
      const updated = await this.vacancies.updateVersioned({ id }, version, { ...fields, ...placeOf(fields.postcode) });
      await this.matching.rematch([id]);
      return updated;
    });
  }

  /** An employer's own vacancies; staff see all, or one employer's. */
  async list(principal: Principal, query: ListVacanciesQuery = {}): Promise<Paged<Vacancy>> {
    const page = pageOf(query);
    const employerId = isEmployer(principal) ? principal.employerId : query.employerId;
    return pageFrom(await this.vacancies.listNewestFirst(page, employerId), page);
  }

  /** Another employer's vacancy is not found, so an employer cannot even learn that it exists. */
  get(id: string, principal: Principal): Promise<Vacancy> {
    const where = isEmployer(principal) ? { id, employerId: principal.employerId } : { id };
    return this.vacancies.getOrThrow(where, `Vacancy ${id} not found.`);
  }

  private employerFor(dto: CreateVacancyDto, principal: Principal): string {
    if (isEmployer(principal)) {
      if (dto.employerId && dto.employerId !== principal.employerId) {
        throw VacancyErrors.forOtherEmployer.at(
          'employerId',
          'an employer posts vacancies for itself only; leave employerId out',
        );
      }
      return principal.employerId;
    }
    if (!dto.employerId)
      throw FieldErrors.required.at('employerId', 'is required when posting on behalf of an employer');
    return dto.employerId;
  }
}
