export * from './actors.ts';
export * from './claim-relations.ts';
export * from './claims.ts';
export * from './events.ts';
export * from './places.ts';
export * from './quantities.ts';
export * from './revisions.ts';
export * from './sources.ts';
