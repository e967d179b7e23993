/** class-transformer's metadata storage (what `@Type()` records): at runtime in cjs/, its types elsewhere. */
declare module 'class-transformer/cjs/storage' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

  export const defaultMetadataStorage: MetadataStorage;
}
