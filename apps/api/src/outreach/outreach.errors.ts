import { defineErrors } from '@werkbrug/common';

export const OutreachErrors = defineErrors('outreach', {
  contactedInFuture: { kind: 'invalid-input', title: 'A contact cannot lie in the future' },
});
