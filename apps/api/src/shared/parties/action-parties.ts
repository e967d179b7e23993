import { Injectable } from '@nestjs/common';
import { Employer, TransactionHost, Vacancy } from '@werkbrug/database';
import { PartyErrors } from './party.errors';

export interface EmployerAndVacancy {
  employer: Employer;
  vacancy: Vacancy | null;
}

/** The parties a level-3 or level-4 action concerns (a training plan, an outreach contact), read in the open transaction. */
@Injectable()
export class ActionParties {
  constructor(private readonly db: TransactionHost) {}

  /**
   * The employer and, if named, the vacancy: given alone, the vacancy decides the employer; given
   * both, the vacancy must be that employer's own.
   */
  async employerAndVacancy(ids: { employerId?: string; vacancyId?: string }): Promise<EmployerAndVacancy> {
    const manager = this.db.manager;
    const vacancy = ids.vacancyId ? await manager.findOneBy(Vacancy, { id: ids.vacancyId }) : null;
    if (ids.vacancyId && !vacancy) throw PartyErrors.unknownVacancy.at('vacancyId', `no vacancy ${ids.vacancyId}`);
    const employerId = ids.employerId ?? vacancy?.employerId;
    if (!employerId) throw PartyErrors.employerOrVacancyRequired.at('employerId', 'give employerId or vacancyId');
    const employer = await manager.findOneBy(Employer, { id: employerId });
    if (!employer) throw PartyErrors.unknownEmployer.at('employerId', `no employer ${employerId}`);
    if (vacancy && vacancy.employerId !== employer.id)
      throw PartyErrors.vacancyOfOtherEmployer.at(
        'vacancyId',
        `the vacancy belongs to another employer than ${employer.name}`,
      );
    return { employer, vacancy };
  }
}
