import { defineErrors } from '@werkbrug/common';

export const UserErrors = defineErrors('user', {
  notFound: { kind: 'not-found', title: 'User not found' },
  emailTaken: { kind: 'conflict', title: 'Another user has this e-mail address' },
  lastAdmin: { kind: 'conflict', title: 'An organisation keeps at least one active administrator' },
  notOnAccountTeam: {
    kind: 'forbidden',
    title: "Only the employer's account team or an administrator manages its contact persons",
  },
  employerRolesFixed: { kind: 'invalid-input', title: "An employer's contact person has the role employer only" },
});
