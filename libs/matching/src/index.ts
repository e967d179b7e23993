export * from './belastbaarheid';
export * from './fit';
export * from './hard-limits';
export * from './rank';
export * from './types';
export * from './weights';
export * from './candidate-pool';
export * from './regional-pool';
