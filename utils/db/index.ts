/** Parallax's IndexedDB: the only module that touches it. Import from here. */
export * from './datasets';
export * from './feed-commit';
export * from './feed-status';
export * from './history';
export * from './items';
export * from './items-revision';
export { DB_VERSION } from './migrations';
export * from './open';
export * from './overrides';
export * from './quota';
export * from './refresh-progress';
export type * from './schema';
export * from './snapshots';
