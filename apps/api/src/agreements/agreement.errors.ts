import { defineErrors } from '@werkbrug/common';

export const AgreementErrors = defineErrors('agreement', {
  notFound: { kind: 'not-found', title: 'Agreement not found' },
  endsNotAfterStart: { kind: 'invalid-input', title: 'An agreement must end after it starts' },
  employerHasLinkedVacancies: {
    kind: 'invalid-input',
    title: 'An employer with vacancies linked to the agreement stays party to it',
  },
  employerNotParty: { kind: 'invalid-input', title: "The vacancy's employer is not party to the agreement" },
  vacancyAlreadyLinked: { kind: 'invalid-input', title: 'The vacancy is already linked to this agreement' },
  vacancyLinkedElsewhere: { kind: 'invalid-input', title: 'The vacancy is linked to another agreement' },
  vacancyNotLinked: { kind: 'not-found', title: 'The vacancy is not linked to this agreement' },
});
