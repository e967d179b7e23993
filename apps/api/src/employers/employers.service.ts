import { Injectable } from '@nestjs/common';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { isEmployer, Principal } from '@werkbrug/common';
import { Employer, TransactionHost } from '@werkbrug/database';
import { CreateEmployerDto } from './dto/create-employer.dto';
import { EmployerErrors } from './employer.errors';
import { AccountTeamMember, EmployerRepository } from './employer.repository';

@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployerRepository,
    private readonly db: TransactionHost,
  ) {}

  async create(dto: CreateEmployerDto): Promise<Employer> {
    if (dto.kvkNumber && (await this.employers.existsBy({ kvkNumber: dto.kvkNumber })))
      throw EmployerErrors.kvkNumberTaken.at('kvkNumber', 'another employer has this KvK number');
    return this.employers.insert({ ...dto, contactEmail: dto.contactEmail ?? null, kvkNumber: dto.kvkNumber ?? null });
  }

  /** Employers by name; with `accountManagerId`, only those whose account team that user is on. */
  async list(page: Page, accountManagerId?: string): Promise<Paged<Employer>> {
    return pageFrom(await this.employers.listByName(page, accountManagerId), page);
  }

  /** An employer user sees only its own employer; any other id is simply not found for them. */
  async get(id: string, principal: Principal): Promise<Employer> {
    const notFound = `Employer ${id} not found.`;
    if (isEmployer(principal) && principal.employerId !== id) throw EmployerErrors.notFound(notFound);
    return this.employers.getOrThrow({ id }, notFound);
  }

  /** An employer by id, for work done on nobody's behalf (an invitation being sent). */
  find(id: string): Promise<Employer | null> {
    return this.employers.findOneBy({ id });
  }

  /** Whether the employer exists, in the open transaction if there is one. */
  exists(id: string): Promise<boolean> {
    return this.employers.existsBy({ id });
  }

  /** The accountmanagers of any member organisation who look after the employer, by name. */
  async accountTeam(id: string, principal: Principal): Promise<AccountTeamMember[]> {
    await this.get(id, principal);
    return this.employers.accountTeamOf(id);
  }

  /** Replaces the account team: every member must be an accountmanager (of any member organisation), not deactivated. */
  setAccountTeam(id: string, userIds: string[], principal: Principal): Promise<AccountTeamMember[]> {
    return this.db.transaction(async () => {
      await this.get(id, principal);
      const accountManagers = await this.employers.accountManagersAmong(userIds);
      const wrong = userIds.findIndex((userId) => !accountManagers.has(userId));
      if (wrong >= 0) throw EmployerErrors.notAnAccountmanager.at(`userIds[${wrong}]`);
      await this.employers.replaceAccountTeam(id, userIds);
      return this.employers.accountTeamOf(id);
    });
  }

  isOnAccountTeam(employerId: string, userId: string): Promise<boolean> {
    return this.employers.isOnAccountTeam(employerId, userId);
  }
}
