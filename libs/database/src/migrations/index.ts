import { InitialSchema1763856000000 } from './1763856000000-initial-schema';
import { MatchingModel1763900000000 } from './1763900000000-matching-model';

/** In order; each runs once, at start-up, under a lock (see runMigrations). */
export const MIGRATIONS = [InitialSchema1763856000000, MatchingModel1763900000000];
