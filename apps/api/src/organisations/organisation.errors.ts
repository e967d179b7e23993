import { defineErrors } from '@werkbrug/common';

export const OrganisationErrors = defineErrors('organisation', {
  notFound: { kind: 'not-found', title: 'Organisation not found' },
  slugTaken: { kind: 'conflict', title: 'Another organisation has this short name' },
  notWspAdmin: { kind: 'forbidden', title: 'Only an administrator of the werkgeversservicepunt adds members' },
  regionNotServed: { kind: 'invalid-input', title: "is not the werkgeversservicepunt's region" },
  municipalityCodeRequired: { kind: 'invalid-input', title: 'is required for a municipality' },
  municipalityCodeNotAllowed: { kind: 'invalid-input', title: 'is for municipalities only' },
  unknownMunicipality: { kind: 'invalid-input', title: 'is not a municipality in the CBS table' },
  municipalityOutsideRegion: { kind: 'invalid-input', title: "lies outside the werkgeversservicepunt's region" },
  municipalityTaken: { kind: 'conflict', title: 'This municipality is a member already' },
});
