/**
 * Lets a child process run the TypeScript sources as they are (`node -r ./test/support/register-ts.js
 * apps/matcher/src/main.ts`): compiled per file by SWC with the options Jest uses, and `@werkbrug/*`
 * resolved to libs/<name>/src. Tests that must kill a real process use it instead of a build.
 */
const Module = require('node:module');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const root = join(__dirname, '..', '..');
const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = /^@werkbrug\/([\w-]+)$/.exec(request);
  return resolve.call(this, mapped ? join(root, 'libs', mapped[1], 'src') : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  module._compile(transformSync(source, { ...options, filename }).code, filename);
};
