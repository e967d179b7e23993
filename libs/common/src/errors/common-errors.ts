import { defineErrors } from './error-catalogue';

/** Errors of the request itself, whatever the endpoint. */
export const RequestErrors = defineErrors('request', {
  invalidInput: { kind: 'invalid-input', title: 'Invalid input' },
  malformedBody: { kind: 'invalid-input', title: 'The request body cannot be read' },
  tooLarge: { kind: 'payload-too-large', title: 'Request too large' },
  unsupportedMediaType: { kind: 'unsupported-media-type', title: 'Unsupported media type' },
  notFound: { kind: 'not-found', title: 'There is nothing at this address' },
  rateLimited: { kind: 'too-many-requests', title: 'Too many requests' },
  unavailable: { kind: 'unavailable', title: 'Service unavailable' },
  internal: { kind: 'internal', title: 'Internal server error' },
});

/** Who is asking, and whether they may. */
export const AuthErrors = defineErrors('auth', {
  unauthenticated: { kind: 'unauthenticated', title: 'Not authenticated' },
  roleNotAllowed: { kind: 'forbidden', title: 'Not allowed' },
  csrfTokenInvalid: { kind: 'forbidden', title: "A change with the session cookie needs the session's CSRF token" },
  scopeMissing: { kind: 'forbidden', title: "The API key's scopes do not include what this needs" },
});

/** Optimistic locking, for every record two people may edit at once. */
export const RecordErrors = defineErrors('record', {
  staleVersion: { kind: 'conflict', title: 'Someone else changed this record since you read it' },
});
