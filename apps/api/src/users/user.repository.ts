import { Injectable } from '@nestjs/common';
import { Employer, EntityRepository, TransactionHost, User, UserIdentity } from '@werkbrug/database';
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
}
