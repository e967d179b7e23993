import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isConnectionFailure } from './unavailable';

/** An error as node-postgres raises it for a server response: a message and the SQLSTATE in `code`. */
const pgError = (message: string, code: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });
const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });

describe('isConnectionFailure', () => {
  it.each([
    ['refused (server down)', socketError('ECONNREFUSED')],
    ['reset', socketError('ECONNRESET')],
    ['timed out', socketError('ETIMEDOUT')],
    [
      'terminated by an administrator (pg_ctl stop)',
      pgError('terminating connection due to administrator command', '57P01'),
    ],
    ['crash shutdown', pgError('terminating connection because of crash of another server process', '57P02')],
    ['server starting up or shutting down', pgError('the database system is shutting down', '57P03')],
    ['out of connection slots', pgError('sorry, too many clients already', '53300')],
    ['connection exception class 08', pgError('connection failure', '08006')],
    ['connection died mid-query', new Error('Connection terminated unexpectedly')],
    ['pg-pool connect timeout', new Error('timeout exceeded when trying to connect')],
    [
      'connect timeout with its cause',
      new Error('Connection terminated due to connection timeout', {
        cause: new Error('Connection terminated unexpectedly'),
      }),
    ],
    ['a client broken earlier', new Error('Client has encountered a connection error and is not queryable')],
  ])('is true when %s', (_, error) => {
    expect(isConnectionFailure(error)).toBe(true);
  });

  it('looks inside what TypeORM and Node wrap the driver error in', () => {
    expect(
      isConnectionFailure(new QueryFailedError('SELECT 1', [], pgError('the database system is starting up', '57P03'))),
    ).toBe(true);
    // Node tries IPv4 and IPv6 for localhost and reports both refusals in one AggregateError.
    expect(
      isConnectionFailure(
        new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')], 'connect failed'),
      ),
    ).toBe(true);
    // A connection that broke inside a transaction: TypeORM released its runner, and COMMIT says so.
    expect(isConnectionFailure(new QueryRunnerAlreadyReleasedError())).toBe(true);
  });

  it.each([
    [
      'a unique violation',
      new QueryFailedError('INSERT', [], pgError('duplicate key value violates unique constraint', '23505')),
    ],
    [
      'a serialisation failure (the transaction should be retried, not the server)',
      pgError('could not serialize access', '40001'),
    ],
    ['a statement timeout', pgError('canceling statement due to statement timeout', '57014')],
    ['a syntax error', pgError('syntax error at or near "SELEC"', '42601')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isConnectionFailure(error)).toBe(false);
  });

  it('stops at an error that wraps itself', () => {
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = { cause: loop };
    expect(isConnectionFailure(loop)).toBe(false);
  });
});
