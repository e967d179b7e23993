// A small client for the Werkbrug API: the session's token on every request, problems as ApiError.

const SESSION_KEY = 'werkbrug.session';

export function getSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    return session && new Date(session.expiresAt) > new Date() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(SESSION_KEY);
}

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
    this.status = problem.status;
  }
}

/**
 * A whole list: the API pages every list (`limit`, at most 200; a `Link rel="next"` header while
 * more follow), and screens that join lists (vacancies with employers and shortlists) need all of
 * it. Follows the pages up to `most` items.
 */
export async function apiAll(path, { most = 5000 } = {}) {
  const items = [];
  let next = `${path}${path.includes('?') ? '&' : '?'}limit=200`;
  while (next && items.length < most) {
    const page = await request(next);
    items.push(...page.data);
    const link = /<\/api\/v1([^>]*)>;\s*rel="next"/.exec(page.response.headers.get('Link') ?? '');
    next = link ? link[1] : null;
  }
  return items;
}

export async function api(path, options = {}) {
  return (await request(path, options)).data;
}

async function request(path, { method = 'GET', body, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json', ...extra };
  const session = getSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, title: 'Geen verbinding' });
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) {
      clearSession();
      window.dispatchEvent(new Event('werkbrug:signed-out'));
    }
    throw new ApiError({ status: response.status, ...(data ?? {}) });
  }
  return { data, response };
}

/** Fetches a report as CSV and hands it to the browser as a file (a plain link cannot carry the token). */
export async function downloadCsv(path, filename) {
  const session = getSession();
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      headers: { Accept: 'text/csv', ...(session ? { Authorization: `Bearer ${session.token}` } : {}) },
    });
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
