// A small client for the Werkbrug API: the browser's session cookie goes with every request by
// itself; changes carry the session's CSRF token as a header. Problems come back as ApiError.

let csrfToken = null;
/** Who the last session was for: kept after it ends (401), so a form's draft is filed under its user. */
let userId = null;

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
    this.status = problem.status;
  }
}

/**
 * A request that never reached Werkbrug, or whose answer a gateway gave instead (502-504): nothing
 * was refused, so the same request can be tried again once the connection is back.
 */
export const isConnectionProblem = (error) => error instanceof ApiError && [0, 502, 503, 504].includes(error.status);

/** The user of the session this browser has or had (until they sign out), or null. */
export const sessionUserId = () => userId;

/** Who is signed in in this browser (another tab's sign-in counts), or null. */
export async function loadSession() {
  try {
    return remember(await api('/session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function switchRole(role) {
  return remember(await api('/session/role', { method: 'PUT', body: { role } }));
}

/** Ends the session; answers where the browser signs out at its identity provider too (or null). */
export async function signOut() {
  try {
    return (await api('/session', { method: 'DELETE' })).signOutUrl;
  } finally {
    csrfToken = null;
    userId = null;
  }
}

/** The session as the screens use it: the active role as `role`, the employer's name for the header. */
function remember(session) {
  csrfToken = session.csrfToken;
  userId = session.userId;
  return { ...session, role: session.activeRole, employerName: session.employer?.name ?? null };
}

/**
 * A whole list: the API pages every list (`limit`, at most 200; a `Link rel="next"` header while
 * more follow), and screens that join lists (vacancies with employers and shortlists) need all of
 * it. Follows the pages up to `most` items; `headers` go with each page (an `X-Purpose`).
 */
export async function apiAll(path, { most = 5000, headers } = {}) {
  const items = [];
  let next = `${path}${path.includes('?') ? '&' : '?'}limit=200`;
  while (next && items.length < most) {
    const page = await request(next, { headers });
    items.push(...page.data);
    const link = /<\/api\/v1([^>]*)>;\s*rel="next"/.exec(page.response.headers.get('Link') ?? '');
    next = link ? link[1] : null;
  }
  return items;
}

export async function api(path, options = {}) {
  return (await request(path, options)).data;
}

/**
 * `body` goes as JSON; `raw` as it is, with its own `contentType` (an uploaded file: the vacancy
 * import sends a CSV as text/csv).
 */
async function request(path, { method = 'GET', body, raw, contentType, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json', ...extra };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (raw !== undefined) headers['Content-Type'] = contentType;
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Geen verbinding' });
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && path !== '/session') {
      csrfToken = null;
      window.dispatchEvent(new Event('werkbrug:signed-out'));
    }
    throw new ApiError({ status: response.status, ...(data ?? {}) });
  }
  return { data, response };
}

/** Fetches a report as CSV and hands it to the browser as a file. */
export async function downloadCsv(path, filename) {
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { headers: { Accept: 'text/csv' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ status: 0, title: 'Geen verbinding' });
  }
  if (!response.ok)
    throw new ApiError({ status: response.status, ...((await response.json().catch(() => null)) ?? {}) });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
