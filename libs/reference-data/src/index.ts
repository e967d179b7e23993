export * from './belastbaarheid-items';
export * from './education';
export * from './geography';
export * from './kansrijkheid';
export * from './regions';
export * from './sectors';
export * from './taxonomy';
export * from './work-terms';
