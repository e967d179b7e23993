import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { fetchWindow, Page } from '../shared/validation/paging';
import { Employer, EntityRepository, TransactionHost } from '@werkbrug/database';
import { EmployerErrors } from './employer.errors';

/** An accountmanager on an employer's account team, with their organisation. */
export interface AccountTeamMember {
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
}

/** What a registration or a change of the register writes. */
export type EmployerFields = Pick<
  Employer,
  'name' | 'sector' | 'postcode' | 'address' | 'contactEmail' | 'kvkNumber' | 'establishmentNumber'
> &
  Partial<Pick<Employer, 'illustrative' | 'followedFrom'>>;

@Injectable()
export class EmployerRepository extends EntityRepository<Employer> {
  constructor(db: TransactionHost) {
    super(db, Employer, EmployerErrors.notFound);
  }

  /**
   * The new employer, or null when another already has its KvK number: the unique index decides
   * (ON CONFLICT DO NOTHING), so two registrations at the same moment cannot both succeed.
   */
  async insertUnlessKvkTaken(fields: EmployerFields): Promise<Employer | null> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Employer)
      .values(fields)
      .orIgnore()
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.getOrThrow({ id }) : null;
  }

  /** The employer registered for a followed feed's vacancies under this name (the other region gave no KvK number). */
  async idOfFollowed(followedFrom: string, name: string): Promise<string | null> {
    return (
      (await this.repository.findOne({ where: { followedFrom, name, kvkNumber: IsNull() }, select: { id: true } }))
        ?.id ?? null
    );
  }

  /** The id of the employer with this KvK number, if there is one. */
  async idByKvkNumber(kvkNumber: string): Promise<string | null> {
    return (await this.repository.findOne({ where: { kvkNumber }, select: { id: true } }))?.id ?? null;
  }

  /**
   * One page and one row beyond it (see fetchWindow), by name; with `accountManagerId`, that
   * accountmanager's employers; with `kvkNumber`, the one with that number.
   */
  listByName(page: Page, accountManagerId?: string, kvkNumber?: string): Promise<Employer[]> {
    const query = this.repository
      .createQueryBuilder('employer')
      .orderBy('employer.name', 'ASC')
      .addOrderBy('employer.id', 'ASC')
      .take(fetchWindow(page).take)
      .skip(fetchWindow(page).skip);
    if (kvkNumber) query.where('employer.kvkNumber = :kvkNumber', { kvkNumber });
    if (accountManagerId)
      query.innerJoin(
        'employer_account_managers',
        'team',
        'team.employer_id = employer.id AND team.user_id = :accountManagerId',
        { accountManagerId },
      );
    return query.getMany();
  }

  async accountTeamOf(employerId: string): Promise<AccountTeamMember[]> {
    const rows: { user_id: string; name: string; email: string; organisation_id: string; organisation_name: string }[] =
      await this.manager.query(
        `SELECT u.id AS user_id, u.name, u.email, u.organisation_id, o.name AS organisation_name
           FROM employer_account_managers team
           JOIN users u ON u.id = team.user_id
           JOIN organisations o ON o.id = u.organisation_id
          WHERE team.employer_id = $1
          ORDER BY u.name, u.id`,
        [employerId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
    }));
  }

  /** One page (and one row beyond it) of those who can be on an account team, by name: active accountmanagers of every member. */
  async accountManagers(page: Page): Promise<AccountTeamMember[]> {
    const { take, skip } = fetchWindow(page);
    const rows: { user_id: string; name: string; email: string; organisation_id: string; organisation_name: string }[] =
      await this.manager.query(
        `SELECT u.id AS user_id, u.name, u.email, u.organisation_id, o.name AS organisation_name
           FROM users u
           JOIN organisations o ON o.id = u.organisation_id
          WHERE 'accountmanager' = ANY(u.roles) AND u.status <> 'deactivated'
          ORDER BY u.name, u.id
          LIMIT $1 OFFSET $2`,
        [take, skip],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      name: row.name,
      email: row.email,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
    }));
  }

  /** Of these users, those who can be on an account team: staff with the role accountmanager, not deactivated. */
  async accountManagersAmong(userIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM users
        WHERE id = ANY($1::uuid[]) AND organisation_id IS NOT NULL
          AND 'accountmanager' = ANY(roles) AND status <> 'deactivated'`,
      [userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async replaceAccountTeam(employerId: string, userIds: readonly string[]): Promise<void> {
    await this.manager.query(`DELETE FROM employer_account_managers WHERE employer_id = $1`, [employerId]);
    await this.manager.query(
      `INSERT INTO employer_account_managers (employer_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [employerId, userIds],
    );
  }

  async isOnAccountTeam(employerId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM employer_account_managers WHERE employer_id = $1 AND user_id = $2`,
      [employerId, userId],
    );
    return rows.length > 0;
  }
}
