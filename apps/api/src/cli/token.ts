import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, ROLES, Role, TokenService } from '@werkbrug/common';

/**
 * Prints a signed token for a user acting in one of their roles (an API client's or a developer's):
 *   npm run token -- --user <user id> --role accountmanager
 * The API checks on every request that the user is active and has the role.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (!values.user) throw new Error('--user <user id> is required');
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl > 0)) throw new Error('--ttl must be a number of seconds');
  const tokens = new TokenService(parseConfig());
  process.stdout.write(`${tokens.sign({ userId: values.user, role }, ttl)}\n`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
