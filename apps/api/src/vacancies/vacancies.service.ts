import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Clock, invalidField, isEmployer, Principal } from '@werkbrug/common';
import { Employer, updateVersioned, Vacancy, TransactionHost } from '@werkbrug/database';
import { findPostcodeArea, regionOfPostcode } from '@werkbrug/reference-data';
import { FindOptionsWhere } from 'typeorm';
import { requestRematch, startShortlist } from '../shared/outbox/matching-requests';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { CreateVacancyDto } from './dto/create-vacancy.dto';
import { UpdateVacancyDto } from './dto/update-vacancy.dto';
import { normaliseVacancy } from './vacancy-intake';

/** Where the workplace is, for distances, and its arbeidsmarktregio, for kansrijkheid. */
function placeOf(postcode: string) {
  const area = findPostcodeArea(postcode)!;
  return { latitude: area.latitude, longitude: area.longitude, region: regionOfPostcode(postcode)! };
}

@Injectable()
export class VacanciesService {
  constructor(
    private readonly db: TransactionHost,
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /** Stores the vacancy, its pending shortlist and its matching job in one transaction. */
  async create(dto: CreateVacancyDto, principal: Principal): Promise<Vacancy> {
    const employerId = this.employerFor(dto, principal);
    const fields = normaliseVacancy(dto, this.clock.today());
    const vacancy = await this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(Employer, { id: employerId }))) {
        if (isEmployer(principal)) throw new NotFoundException('Your employer account no longer exists.');
        throw invalidField('employerId', `no employer ${employerId}`);
      }
      const saved = await manager.save(
        manager.create(Vacancy, { ...fields, ...placeOf(fields.postcode), employerId, status: 'open', version: 1 }),
      );
      await startShortlist(manager, saved.id);
      return saved;
    });
    this.outbox.kick();
    return vacancy;
  }

  /**
   * Replaces an open vacancy's fields and asks for a new shortlist generation in the same transaction.
   * The accountmanager's decisions and the proposals stay: they are about the candidate, not the text.
   */
  async update(id: string, dto: UpdateVacancyDto, principal: Principal): Promise<Vacancy> {
    const { version, ...changes } = dto;
    const fields = normaliseVacancy(changes, this.clock.today());
    const vacancy = await this.db.transaction(async (manager) => {
      const current = await manager.findOneBy(Vacancy, this.scoped(id, principal));
      if (!current) throw new NotFoundException(`Vacancy ${id} not found.`);
      if (current.status !== 'open')
        throw new ConflictException(`Vacancy ${id} is ${current.status}; only an open vacancy can be changed.`);
      const updated = await updateVersioned(manager, Vacancy, { id }, version, {
        ...fields,
        ...placeOf(fields.postcode),
      });
      await requestRematch(manager, [id]);
      return updated;
    });
    this.outbox.kick();
    return vacancy;
  }

  list(principal: Principal, employerId?: string): Promise<Vacancy[]> {
    const where: FindOptionsWhere<Vacancy> = isEmployer(principal)
      ? { employerId: principal.employerId }
      : employerId
        ? { employerId }
        : {};
    return this.db.manager.getRepository(Vacancy).find({ where, order: { createdAt: 'DESC' } });
  }

  /** Another employer's vacancy is not found, so an employer cannot even learn that it exists. */
  async get(id: string, principal: Principal): Promise<Vacancy> {
    const vacancy = await this.db.manager.getRepository(Vacancy).findOneBy(this.scoped(id, principal));
    if (!vacancy) throw new NotFoundException(`Vacancy ${id} not found.`);
    return vacancy;
  }

  private scoped(id: string, principal: Principal): FindOptionsWhere<Vacancy> {
    return isEmployer(principal) ? { id, employerId: principal.employerId } : { id };
  }

  private employerFor(dto: CreateVacancyDto, principal: Principal): string {
    if (isEmployer(principal)) {
      if (dto.employerId && dto.employerId !== principal.employerId) {
        throw invalidField('employerId', 'an employer posts vacancies for itself only; leave employerId out');
      }
      return principal.employerId;
    }
    if (!dto.employerId) throw invalidField('employerId', 'is required when posting on behalf of an employer');
    return dto.employerId;
  }
}
