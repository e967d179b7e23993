import { defineErrors } from '@werkbrug/common';

export const EmployerErrors = defineErrors('employer', {
  notFound: { kind: 'not-found', title: 'Employer not found' },
  kvkNumberTaken: { kind: 'conflict', title: 'Another employer has this KvK number' },
  kvkNumberRequired: { kind: 'invalid-input', title: 'A registered KvK number cannot be removed' },
  notAnAccountmanager: { kind: 'invalid-input', title: 'is not an active accountmanager of a member organisation' },
  fieldNotYours: {
    kind: 'forbidden',
    title: "An employer's own users change its contact data only; the account team keeps the register",
  },
  contactPersonNotFound: { kind: 'not-found', title: 'Contact person not found' },
  unknownUser: { kind: 'invalid-input', title: 'is not a user of this employer' },
});
