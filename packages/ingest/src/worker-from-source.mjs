// The ingestion worker run from the TypeScript sources (tsx, vitest). Node 20 applies no loader
// of the parent thread to a worker's entry, so this plain module registers tsx, the workspace's
// TypeScript runner, before it loads the worker. The server bundle runs its own JavaScript copy.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
