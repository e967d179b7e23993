import { defineErrors } from '@werkbrug/common';

export const UserErrors = defineErrors('user', {
  notFound: { kind: 'not-found', title: 'User not found' },
  emailTaken: { kind: 'conflict', title: 'Another user has this e-mail address' },
});
