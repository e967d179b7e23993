import { Injectable } from '@nestjs/common';
import { Employer, EntityRepository, TransactionHost, User, UserIdentity } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { UserErrors } from './user.errors';

export type NewUser = Pick<User, 'organisationId' | 'employerId' | 'email' | 'name' | 'roles' | 'status'>;

@Injectable()
export class UserRepository extends EntityRepository<User> {
  constructor(db: TransactionHost) {
    super(db, User, UserErrors.notFound);
  }

  insert(fields: NewUser): Promise<User> {
    return this.repository.save(this.repository.create(fields));
  }

  /** The user an identity at an OpenID provider is linked to. */
  async findByIdentity(issuer: string, subject: string): Promise<User | null> {
    const identity = await this.manager.getRepository(UserIdentity).findOneBy({ issuer, subject });
    return identity && this.repository.findOneBy({ id: identity.userId });
  }

  /** A staff user of the organisation, by e-mail address (lower case). */
  findStaffByEmail(organisationId: string, email: string): Promise<User | null> {
    return this.repository.findOneBy({ organisationId, email });
  }

  /** A contact person of the employer with this KvK number, by e-mail address (lower case). */
  findEmployerUserByKvk(kvkNumber: string, email: string): Promise<User | null> {
    return this.repository
      .createQueryBuilder('user')
      .innerJoin(Employer, 'employer', 'employer.id = user.employerId')
      .where('employer.kvkNumber = :kvkNumber AND user.email = :email', { kvkNumber, email })
      .getOne();
  }

  async linkIdentity(userId: string, issuer: string, subject: string): Promise<void> {
    await this.manager.getRepository(UserIdentity).insert({ userId, issuer, subject });
  }

  /** An invited user's first sign-in makes them active; other statuses stay. */
  async activateInvited(userId: string): Promise<void> {
    await this.repository.update({ id: userId, status: 'invited' }, { status: 'active' });
  }

  /** One page and one row beyond it (see fetchWindow) of an organisation's staff, by name. */
  listOfOrganisation(organisationId: string, page: Page): Promise<User[]> {
    return this.repository.find({ where: { organisationId }, order: { name: 'ASC', id: 'ASC' }, ...fetchWindow(page) });
  }

  /** One page and one row beyond it of an employer's contact persons, by name. */
  listOfEmployer(employerId: string, page: Page): Promise<User[]> {
    return this.repository.find({ where: { employerId }, order: { name: 'ASC', id: 'ASC' }, ...fetchWindow(page) });
  }

  /**
   * Holds the organisation's row until the transaction ends: changes to its administrators are made
   * one after another, so two admins deactivating each other cannot leave it with none.
   */
  async lockOrganisation(organisationId: string): Promise<void> {
    await this.manager.query(`SELECT id FROM organisations WHERE id = $1 FOR UPDATE`, [organisationId]);
  }

  /** Active administrators of the organisation other than this user. */
  countOtherActiveAdmins(organisationId: string, userId: string): Promise<number> {
    return this.repository
      .createQueryBuilder('user')
      .where("user.organisationId = :organisationId AND user.id <> :userId AND user.status = 'active'", {
        organisationId,
        userId,
      })
      .andWhere(':admin = ANY(user.roles)', { admin: 'admin' })
      .getCount();
  }
}
