import { Injectable } from '@nestjs/common';
import { Session, TransactionHost } from '@werkbrug/database';

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: TransactionHost) {}

  async insert(session: Session): Promise<void> {
    await this.db.manager.getRepository(Session).insert(session);
  }

  findById(id: string): Promise<Session | null> {
    return this.db.manager.getRepository(Session).findOneBy({ id });
  }

  async touch(id: string, lastSeenAt: Date): Promise<void> {
    await this.db.manager.getRepository(Session).update({ id }, { lastSeenAt });
  }

  async setActiveRole(id: string, activeRole: string): Promise<void> {
    await this.db.manager.getRepository(Session).update({ id }, { activeRole });
  }

  async deleteById(id: string): Promise<void> {
    await this.db.manager.getRepository(Session).delete({ id });
  }

  /** How many were deleted. */
  async deleteAllOfUser(userId: string): Promise<number> {
    const result = await this.db.manager.getRepository(Session).delete({ userId });
    return result.affected ?? 0;
  }

  /** Sessions past either timeout: unusable already, deleted so the table does not grow. */
  async deleteEnded(idleSince: Date, startedBefore: Date): Promise<void> {
    await this.db.manager.query(`DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2`, [
      idleSince,
      startedBefore,
    ]);
  }
}
