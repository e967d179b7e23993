// @ts-check
/**
 * The layout of apps/api/src is the architecture: one folder per feature, `shared/` for what
 * features share, `platform/` for what runs the API, `demo/` and `cli/` on top. A feature (or a
 * platform part) uses another only through its module and service; `shared/` uses no feature; a
 * library never reaches into an app.
 */
import path from 'node:path';

const API = 'apps/api/src/';
const ON_TOP = new Set(['demo', 'cli']);

/** `apps/api/src/<area>/…` → the area ('shared', 'platform/queues', a feature), or undefined for top-level files. */
function areaOf(file) {
  if (!file.startsWith(API)) return undefined;
  const parts = file.slice(API.length).split('/');
  if (parts.length < 2) return undefined;
  if (parts[0] === 'platform' && parts.length > 2) return `platform/${parts[1]}`;
  return parts[0];
}

/** Another area's public face: its Nest module and its service(s). */
const isPublicFace = (file) => /\.(module|service)\.ts$/.test(file);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keep apps/api/src features apart: other features only through their module and service' },
    schema: [],
    messages: {
      feature:
        '{{from}} may use {{to}} only through its module or service, not {{file}}. Move what both need to shared/.',
      shared: 'shared/ is what features share; it must not depend on the feature {{to}} ({{file}}).',
      libToApp: 'A library must not import from an app ({{file}}).',
    },
  },
  create(context) {
    const root = context.cwd;
    const self = path.relative(root, context.filename).split(path.sep).join('/');
    const from = areaOf(self);
    const inLib = self.startsWith('libs/');
    return {
      ImportDeclaration(node) {
        const specifier = String(node.source.value);
        if (!specifier.startsWith('.')) return;
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), specifier))
          .split(path.sep)
          .join('/');
        const file = target.endsWith('.ts') ? target : `${target}.ts`;
        if (inLib && file.startsWith('apps/')) {
          context.report({ node, messageId: 'libToApp', data: { file } });
          return;
        }
        const to = areaOf(file);
        if (!from || !to || from === to || ON_TOP.has(from) || to === 'shared') return;
        if (from === 'shared') {
          if (!to.startsWith('platform/')) context.report({ node, messageId: 'shared', data: { to, file } });
          return;
        }
        if (!isPublicFace(file)) context.report({ node, messageId: 'feature', data: { from, to, file } });
      },
    };
  },
};
