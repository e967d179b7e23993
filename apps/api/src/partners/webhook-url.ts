/**
 * Where a subscription may send: https, or plain http to this machine (localhost, 127.0.0.1, ::1)
 * outside production, for a developer's or a test's receiver. Nothing with credentials in it.
 */
export function webhookUrlProblem(text: string, allowPlainHttpLocalhost: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.username || url.password) return 'url must not hold a user name or password';
  if (url.protocol === 'https:') return undefined;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && loopback && allowPlainHttpLocalhost) return undefined;
  return 'url must use https:// (http:// only to localhost outside production)';
}
