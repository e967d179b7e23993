export * from './calendar';
export * from './clock';
export * from './clock.module';
