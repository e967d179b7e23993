import { defineErrors } from '@werkbrug/common';

export const DevSignInErrors = defineErrors('dev-sign-in', {
  employerRequired: { kind: 'invalid-input', title: 'Pick the employer the user works for' },
  unknownEmployer: { kind: 'invalid-input', title: 'No such employer' },
  noOrganisation: { kind: 'conflict', title: 'There is no organisation for staff to belong to yet' },
  employerOnlyForEmployerRole: { kind: 'invalid-input', title: 'An employer belongs with the role employer only' },
});
