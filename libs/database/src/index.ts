export * from './data-source';
export * from './database.module';
export * from './entities';
export * from './migrations';
export * from './optimistic-lock';
export * from './wait-for-database';
export * from './with-client';
