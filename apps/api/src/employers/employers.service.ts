import { Injectable } from '@nestjs/common';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { isEmployer, Principal } from '@werkbrug/common';
import { Employer } from '@werkbrug/database';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployerErrors } from './employer.errors';
import { EmployerRepository } from './employer.repository';

@Injectable()
export class EmployersService {
  constructor(private readonly employers: EmployerRepository) {}

  async create(dto: CreateEmployerDto): Promise<Employer> {
    if (dto.kvkNumber && (await this.employers.existsBy({ kvkNumber: dto.kvkNumber })))
      throw EmployerErrors.kvkNumberTaken.at('kvkNumber', 'another employer has this KvK number');
    return this.employers.insert({ ...dto, contactEmail: dto.contactEmail ?? null, kvkNumber: dto.kvkNumber ?? null });
  }

  async list(page: Page): Promise<Paged<Employer>> {
    return pageFrom(await this.employers.listByName(page), page);
  }

  /** An employer user sees only its own employer; any other id is simply not found for them. */
  async get(id: string, principal: Principal): Promise<Employer> {
    const notFound = `Employer ${id} not found.`;
    if (isEmployer(principal) && principal.employerId !== id) throw EmployerErrors.notFound(notFound);
    return this.employers.getOrThrow({ id }, notFound);
  }

  /** Whether the employer exists, in the open transaction if there is one. */
  exists(id: string): Promise<boolean> {
    return this.employers.existsBy({ id });
  }
}
