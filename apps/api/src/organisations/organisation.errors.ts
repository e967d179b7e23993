import { defineErrors } from '@werkbrug/common';

export const OrganisationErrors = defineErrors('organisation', {
  notFound: { kind: 'not-found', title: 'Organisation not found' },
  slugTaken: { kind: 'conflict', title: 'Another organisation has this short name' },
});
