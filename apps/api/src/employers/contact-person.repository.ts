import { Injectable } from '@nestjs/common';
import { EmployerContactPerson, EntityRepository, TransactionHost } from '@werkbrug/database';
import { EmployerErrors } from './employer.errors';

export type ContactPersonFields = Pick<EmployerContactPerson, 'name' | 'jobTitle' | 'email' | 'phone' | 'userId'>;

@Injectable()
export class ContactPersonRepository extends EntityRepository<EmployerContactPerson> {
  constructor(db: TransactionHost) {
    super(db, EmployerContactPerson, EmployerErrors.contactPersonNotFound);
  }

  insert(
    fields: ContactPersonFields & Pick<EmployerContactPerson, 'employerId' | 'createdAt'>,
  ): Promise<EmployerContactPerson> {
    return this.repository.save(this.repository.create({ ...fields, version: 1 }));
  }

  /** The employer's contact persons by name. */
  listOf(employerId: string): Promise<EmployerContactPerson[]> {
    return this.repository.find({ where: { employerId }, order: { name: 'ASC', id: 'ASC' } });
  }

  async remove(employerId: string, id: string): Promise<boolean> {
    return ((await this.repository.delete({ employerId, id })).affected ?? 0) > 0;
  }

  /** Whether the user signs in for this employer (a contact person may be one). */
  async isUserOf(employerId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(`SELECT 1 FROM users WHERE id = $1 AND employer_id = $2`, [
      userId,
      employerId,
    ]);
    return rows.length > 0;
  }
}
