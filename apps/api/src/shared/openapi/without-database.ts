import { ApiExtension } from '@nestjs/swagger';

export const WITHOUT_DATABASE_EXTENSION = 'x-without-database';

/**
 * An endpoint that answers without the database (reference data, the error catalogue, liveness):
 * the OpenAPI document then lists no 503 for it, as every other operation has one.
 */
export const WithoutDatabase = () => ApiExtension(WITHOUT_DATABASE_EXTENSION, true);
