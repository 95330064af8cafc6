/** The demo site's model: its entity shapes (entities.ts) and fixed data (catalog, users, fields). */
export * from './entities';
export * from './catalog';
export * from './users';
export * from './fields';
