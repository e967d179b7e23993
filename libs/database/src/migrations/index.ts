import { InitialSchema1763856000000 } from './1763856000000-initial-schema';

/** In order; each runs once, at start-up, under a lock (see runMigrations). */
export const MIGRATIONS = [InitialSchema1763856000000];
