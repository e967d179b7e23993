import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Principal } from '@werkbrug/common';
import { Employer } from '@werkbrug/database';
import { Repository } from 'typeorm';
import { CreateEmployerDto } from './dto/create-employer.dto';

@Injectable()
export class EmployersService {
  constructor(@InjectRepository(Employer) private readonly employers: Repository<Employer>) {}

  create(dto: CreateEmployerDto): Promise<Employer> {
    return this.employers.save(this.employers.create({ ...dto, contactEmail: dto.contactEmail ?? null }));
  }

  list(): Promise<Employer[]> {
    return this.employers.find({ order: { name: 'ASC' } });
  }

  /** An employer user sees only its own employer; any other id is simply not found for them. */
  async get(id: string, principal: Principal): Promise<Employer> {
    const employer =
      principal.role === 'employer' && principal.employerId !== id ? null : await this.employers.findOneBy({ id });
    if (!employer) throw new NotFoundException(`Employer ${id} not found.`);
    return employer;
  }
}
