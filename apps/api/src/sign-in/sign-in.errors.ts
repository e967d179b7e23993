import { defineErrors } from '@werkbrug/common';

/**
 * Why a sign-in did not end in a session. The callback is a browser's page load, so these are not
 * answered as problems: the browser is sent to `/?aanmelden=<code>`, and the web app says why in Dutch.
 */
export const SignInErrors = defineErrors('sign-in', {
  unknownProvider: { kind: 'not-found', title: 'No such identity provider' },
  flowExpired: { kind: 'unauthenticated', title: 'The sign-in took too long or was started elsewhere' },
  refusedByProvider: { kind: 'unauthenticated', title: 'The identity provider did not sign the user in' },
  unknownUser: { kind: 'forbidden', title: 'No active Werkbrug user belongs to this identity' },
});

/** The session of a signed-in browser. */
export const SessionErrors = defineErrors('session', {
  none: { kind: 'not-found', title: 'No browser session here: a bearer token has none' },
  roleNotYours: { kind: 'invalid-input', title: 'You do not have this role' },
});
