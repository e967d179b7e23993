/** Seconds a client is asked to wait (Retry-After) when a backing service is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Socket-level failures: the server is not there, or the connection to it broke. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that say the server cannot serve now, not that the request is wrong:
 * shutting down or restarting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now)
 * and out of connection slots (53300 too_many_connections). Class 08 (connection exception) is matched whole.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool raise these without a code when a connection dies or none can be had in time. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Client was closed and is not queryable/,
];

const MAX_DEPTH = 4;

/**
 * True when the error means a backing service (PostgreSQL) could not be reached or dropped the
 * connection: the request may well succeed later, so it is a 503, not a 500. Looks through the
 * wrappers TypeORM and Node put around the driver's error (driverError, cause, AggregateError).
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  const { name, code, message, driverError, cause, errors } = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  // TypeORM releases a query runner whose connection broke; the transaction's COMMIT then finds it released.
  if (name === 'QueryRunnerAlreadyReleasedError') return true;
  if (
    typeof code === 'string' &&
    (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
  )
    return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner: unknown[] = [driverError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return inner.some((wrapped) => wrapped !== error && isConnectionFailure(wrapped, depth + 1));
}
