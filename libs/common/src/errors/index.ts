export * from './common-errors';
export * from './domain-error';
export * from './error-catalogue';
export * from './field-errors';
