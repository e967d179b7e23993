import { Injectable } from '@nestjs/common';
import { Employer, TransactionHost } from '@werkbrug/database';

/** An employer as the sign-in screen shows it. */
export interface SignInEmployer {
  id: string;
  name: string;
}

/** The employers a development user can sign in for: ids and names only. */
@Injectable()
export class SignInEmployersRepository {
  constructor(private readonly db: TransactionHost) {}

  findById(id: string): Promise<SignInEmployer | null> {
    return this.db.manager.getRepository(Employer).findOne({ select: { id: true, name: true }, where: { id } });
  }

  async listByName(): Promise<SignInEmployer[]> {
    const employers = await this.db.manager
      .getRepository(Employer)
      .find({ select: { id: true, name: true }, order: { name: 'ASC' } });
    return employers.map(({ id, name }) => ({ id, name }));
  }
}
