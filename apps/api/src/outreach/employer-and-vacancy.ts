import { invalidField } from '@werkbrug/common';
import { Employer, Vacancy } from '@werkbrug/database';
import type { EntityManager } from 'typeorm';

export interface EmployerAndVacancy {
  employer: Employer;
  vacancy: Vacancy | null;
}

/**
 * The employer a level-3 or level-4 action concerns and, if named, the vacancy: given alone, the
 * vacancy decides the employer; given both, the vacancy must be that employer's own.
 */
export async function employerAndVacancy(
  manager: EntityManager,
  ids: { employerId?: string; vacancyId?: string },
): Promise<EmployerAndVacancy> {
  const vacancy = ids.vacancyId ? await manager.findOneBy(Vacancy, { id: ids.vacancyId }) : null;
  if (ids.vacancyId && !vacancy) throw invalidField('vacancyId', `no vacancy ${ids.vacancyId}`);
  const employerId = ids.employerId ?? vacancy?.employerId;
  if (!employerId) throw invalidField('employerId', 'give employerId or vacancyId');
  const employer = await manager.findOneBy(Employer, { id: employerId });
  if (!employer) throw invalidField('employerId', `no employer ${employerId}`);
  if (vacancy && vacancy.employerId !== employer.id)
    throw invalidField('vacancyId', `the vacancy belongs to another employer than ${employer.name}`);
  return { employer, vacancy };
}
