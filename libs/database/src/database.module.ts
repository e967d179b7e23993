import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseTarget, openDataSource, serverDataSourceOptions } from './data-source';
import { TransactionHost } from './transaction-host';

/** The one DataSource of a process (PostgreSQL when a URL is configured, embedded PGlite otherwise) and its TransactionHost. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          // Options are only a formality here: the factory below opens the real data source.
          useFactory: () =>
            target.databaseUrl
              ? serverDataSourceOptions({ ...target, databaseUrl: target.databaseUrl })
              : { type: 'postgres' as const },
          dataSourceFactory: () => openDataSource(target),
        }),
      ],
      providers: [TransactionHost],
      exports: [TypeOrmModule, TransactionHost],
    };
  }
}
