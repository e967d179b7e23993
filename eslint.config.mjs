// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import featureBoundaries from './eslint/feature-boundaries.mjs';

const untyped = tseslint.configs.disableTypeChecked;

/** Nest's HTTP exceptions: only the problem filter (libs/common/src/http) speaks HTTP; the rest throws domain errors. */
const HTTP_EXCEPTIONS = [
  'BadRequestException',
  'ConflictException',
  'ForbiddenException',
  'HttpException',
  'InternalServerErrorException',
  'NotFoundException',
  'PayloadTooLargeException',
  'ServiceUnavailableException',
  'UnauthorizedException',
  'UnprocessableEntityException',
  'UnsupportedMediaTypeException',
];
const httpExceptions = {
  name: '@nestjs/common',
  importNames: HTTP_EXCEPTIONS,
  message: 'Throw a domain error with a code (defineErrors); the problem filter maps it to HTTP.',
};
const database = [
  { name: 'typeorm', message: 'SQL and TypeORM calls live in repositories (*.repository.ts).', allowTypeImports: true },
  { name: '@nestjs/typeorm', message: 'SQL and TypeORM calls live in repositories (*.repository.ts).' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-bench',
      'dist-fault',
      'coverage',
      '.data',
      'libs/database/src/migrations/*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { werkbrug: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Static factories (`rows.map(View.of)`) do not use `this`.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      // Transitional APIs are marked @deprecated until nothing uses them.
      '@typescript-eslint/no-deprecated': 'error',
      'werkbrug/feature-boundaries': 'error',
    },
  },
  {
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', 'libs/common/src/time/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the injected Clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take the time from the injected Clock.',
        },
        {
          selector: "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
          message: 'A date is a Dutch calendar day: Clock.today() or dutchDay(instant), never the UTC date.',
        },
      ],
    },
  },
  {
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['libs/common/src/http/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [httpExceptions] }] },
  },
  {
    // SQL lives in repositories; the shared core's writers and the platform's probes are the exceptions.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      'apps/api/src/shared/**',
      'apps/api/src/platform/**',
      'apps/api/src/cli/**',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [httpExceptions, ...database] }] },
  },
  {
    files: ['libs/matching/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'pg', '@nestjs/*', 'ioredis', 'bullmq', '@werkbrug/database', 'node:*'],
              message: 'The scoring model is pure: no I/O, no framework.',
            },
          ],
        },
      ],
    },
  },
  {
    // HTTP answers in tests are `any` by nature: asserting on them is the point.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests run at any hour: between midnight and 01:00 or 02:00 in Amsterdam the UTC date is yesterday.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
          message: 'A date is a Dutch calendar day: dutchDay(instant), never the UTC date.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.js'],
    ...untyped,
    languageOptions: { ...untyped.languageOptions, globals: { ...globals.browser }, sourceType: 'module' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ignores: ['apps/web/**'],
    ...untyped,
    languageOptions: { ...untyped.languageOptions, sourceType: 'commonjs' },
    rules: { ...untyped.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['eslint/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  prettier,
);
