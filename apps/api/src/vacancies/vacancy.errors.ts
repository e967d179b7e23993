import { defineErrors } from '@werkbrug/common';

export const VacancyErrors = defineErrors('vacancy', {
  notFound: { kind: 'not-found', title: 'Vacancy not found' },
  notOpen: { kind: 'conflict', title: 'A closed or expired vacancy cannot be changed' },
  startDateInPast: { kind: 'invalid-input', title: 'The start date lies in the past' },
  hoursInDemands: { kind: 'invalid-input', title: 'Hours per week come from hoursPerWeek, not from demands' },
  requiredAndDesirable: { kind: 'invalid-input', title: 'A competence is either required or desirable, not both' },
  forOtherEmployer: { kind: 'invalid-input', title: 'An employer posts vacancies for itself only' },
  unknownEmployer: { kind: 'invalid-input', title: 'There is no employer with this id' },
  validThroughInPast: { kind: 'invalid-input', title: 'The closing date lies in the past' },
  validThroughTooFar: { kind: 'invalid-input', title: 'The closing date lies more than a year ahead' },
  salaryMinAboveMax: { kind: 'invalid-input', title: 'The lowest salary is above the highest' },
  statusByOwnRoute: {
    kind: 'invalid-input',
    title: 'The status changes through PUT /vacancies/{id}/status or POST /vacancies/{id}/closure, not here',
  },
  ended: { kind: 'conflict', title: 'The vacancy is closed or expired; reopen it as a new vacancy' },
  alreadyInStatus: { kind: 'conflict', title: 'The vacancy already has this status' },
  draftNotOnHold: { kind: 'conflict', title: 'A draft is opened before it can be put on hold' },
  validThroughPassed: { kind: 'conflict', title: 'The closing date has passed; change it before opening the vacancy' },
  notEnded: { kind: 'conflict', title: 'Only a closed or expired vacancy is reopened as a new one' },
  alreadyReopened: { kind: 'conflict', title: 'The vacancy has been reopened already' },
  followed: {
    kind: 'conflict',
    title: "Another region's vacancy, followed here: it is changed, closed and proposed to there",
  },
});
