import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';

/** A user as the development provider's page offers them. */
export interface DevAccount {
  id: string;
  name: string;
  email: string;
  roles: string[];
  /** Employer users: their employer's name and KvK number. */
  employerName: string | null;
  kvkNumber: string | null;
}

const COLUMNS = `u.id, u.name, u.email, u.roles, e.name AS "employerName", e.kvk_number AS "kvkNumber"`;

/** The accounts of the development identity provider: Werkbrug's own users, read-only. */
@Injectable()
export class DevAccountsRepository {
  constructor(private readonly db: TransactionHost) {}

  async findById(id: string): Promise<DevAccount | undefined> {
    const rows: DevAccount[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM users u LEFT JOIN employers e ON e.id = u.employer_id WHERE u.id = $1`,
      [id],
    );
    return rows[0];
  }

  listStaffOf(organisationSlug: string): Promise<DevAccount[]> {
    return this.db.manager.query(
      `SELECT ${COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN employers e ON false
       WHERE o.slug = $1 AND u.status <> 'deactivated' ORDER BY u.name`,
      [organisationSlug],
    );
  }

  listEmployerUsers(): Promise<DevAccount[]> {
    return this.db.manager.query(
      `SELECT ${COLUMNS} FROM users u JOIN employers e ON e.id = u.employer_id
       WHERE u.status <> 'deactivated' AND e.kvk_number IS NOT NULL ORDER BY e.name, u.name`,
    );
  }
}
