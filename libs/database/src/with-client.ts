import { Client } from 'pg';

/** One short-lived connection for a piece of work outside the app's pool (admin statements, tools), always closed. */
export async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
