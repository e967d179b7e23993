import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, ROLES, Role, TokenService } from '@werkbrug/common';

/**
 * Prints a signed development token:
 *   npm run token -- --role employer --employer <employer id>
 *   npm run token -- --role accountmanager
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      employer: { type: 'string' },
      subject: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (role === 'employer' && !values.employer)
    throw new Error('--employer <employer id> is required for the employer role');
  if (role !== 'employer' && values.employer) throw new Error('--employer belongs with --role employer only');
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl > 0)) throw new Error('--ttl must be a number of seconds');
  const tokens = new TokenService(parseConfig());
  const subject = values.subject ?? `dev-${role}`;
  process.stdout.write(`${tokens.sign({ subject, role, employerId: values.employer }, ttl)}\n`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
