import { createServer, Server, Socket, connect } from 'node:net';
import { waitForDatabase } from './wait-for-database';

const serverUrl = process.env.DATABASE_URL;

/** Collects the warnings instead of printing them. */
const recordingLogger = () => {
  const warnings: string[] = [];
  return { warnings, logger: { warn: (message: string) => warnings.push(message), log: () => undefined } as never };
};

/** A port nothing listens on until `open()`: then it forwards to the real server, as a PostgreSQL coming up would. */
async function lateServer(target: URL) {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  let server: Server | undefined;
  const sockets: Socket[] = [];
  return {
    port,
    open: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          sockets.push(client, upstream);
          client.pipe(upstream).pipe(client);
          client.on('error', () => upstream.destroy());
          upstream.on('error', () => client.destroy());
        });
        server.listen(port, '127.0.0.1', resolve);
      }),
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      if (server) await new Promise((resolve) => server!.close(resolve));
    },
  };
}

// A real PostgreSQL server is needed to come up late; PGlite has no address.
(serverUrl ? describe : describe.skip)('waitForDatabase (PostgreSQL)', () => {
  it('keeps retrying, saying so, while nothing listens, and returns once the server is there', async () => {
    const target = new URL(serverUrl!);
    const late = await lateServer(target);
    const url = new URL(serverUrl!);
    url.host = `127.0.0.1:${late.port}`;
    const { warnings, logger } = recordingLogger();
    try {
      const waiting = waitForDatabase(url.toString(), logger);
      while (warnings.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      await late.open();
      await waiting;
      expect(warnings[0]).toMatch(/PostgreSQL not reachable at start \(.*ECONNREFUSED.*\); attempt 1/);
    } finally {
      await late.close();
    }
  });

  it('fails at once when the server answers with something other than an outage', async () => {
    const url = new URL(serverUrl!);
    url.pathname = '/werkbrug_no_such_database';
    const { warnings, logger } = recordingLogger();
    await expect(waitForDatabase(url.toString(), logger)).rejects.toThrow(/does not exist/);
    expect(warnings).toEqual([]);
  });
});
