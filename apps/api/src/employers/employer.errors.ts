import { defineErrors } from '@werkbrug/common';

export const EmployerErrors = defineErrors('employer', {
  notFound: { kind: 'not-found', title: 'Employer not found' },
  kvkNumberTaken: { kind: 'invalid-input', title: 'Another employer has this KvK number' },
  notAnAccountmanager: { kind: 'invalid-input', title: 'is not an active accountmanager of a member organisation' },
});
