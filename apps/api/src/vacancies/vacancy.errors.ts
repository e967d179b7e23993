import { defineErrors } from '@werkbrug/common';

export const VacancyErrors = defineErrors('vacancy', {
  notFound: { kind: 'not-found', title: 'Vacancy not found' },
  notOpen: { kind: 'conflict', title: 'Only an open vacancy can be changed' },
  startDateInPast: { kind: 'invalid-input', title: 'The start date lies in the past' },
  hoursInDemands: { kind: 'invalid-input', title: 'Hours per week come from hoursPerWeek, not from demands' },
  requiredAndDesirable: { kind: 'invalid-input', title: 'A competence is either required or desirable, not both' },
  forOtherEmployer: { kind: 'invalid-input', title: 'An employer posts vacancies for itself only' },
  unknownEmployer: { kind: 'invalid-input', title: 'There is no employer with this id' },
});
