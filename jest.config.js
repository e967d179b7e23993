/**
 * Three tiers, one runner: `unit` (pure logic, *.spec.ts beside the code), `integration`
 * (*.int-spec.ts beside the code: real database and queue) and `e2e` (test/*.e2e-spec.ts: the HTTP
 * API over real parts). The real tiers use PostgreSQL and Redis when DATABASE_URL / REDIS_URL are
 * set, and the embedded default (PGlite, in-process jobs) when not. `browser` (test/browser/*.browser-spec.ts)
 * drives the web app in Debian's Chromium (/usr/bin/chromium, headless) against the API on a real port.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    // ignoreDynamic keeps `import()`, so ES-module-only packages load through Node's VM modules.
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const base = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@werkbrug/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};

module.exports = {
  // PGlite costs about 1 GB per worker; two workers fit CI's machine with room to spare.
  maxWorkers: 2,
  // Only the top-level timeout applies (jest-circus ignores it per project); app start-ups and background matching need more than 5 s.
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
