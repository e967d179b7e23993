/**
 * Preloaded into the API by `npm run bench:load -- --profile` (node -r, with an IPC channel): the
 * message `cpu-profile:start` starts the V8 CPU profiler, `cpu-profile:stop` writes the profile to
 * `<CPU_PROFILE_DIR>/api-<n>.cpuprofile` (open it in Chrome DevTools) and answers with its path.
 * Node's own --cpu-prof writes only on a normal exit, which the API, stopped by a signal, never has;
 * and signals are no way to ask, Nest's shutdown hooks take SIGUSR2 too.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
let written = 0;

process.on('message', (message) => {
  if (message === 'cpu-profile:start') session.post('Profiler.start');
  if (message !== 'cpu-profile:stop') return;
  session.post('Profiler.stop', (error, result) => {
    if (error) return process.send?.({ cpuProfileError: String(error) });
    const file = join(process.env.CPU_PROFILE_DIR ?? '.', `api-${++written}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
    process.send?.({ cpuProfile: file });
  });
});
// The channel must not keep the API running once it would otherwise stop.
process.channel?.unref();
