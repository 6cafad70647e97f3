import type { Plugin } from '@envelop/core';
import type { ClaimlineContext } from '../context.ts';
import { useArgumentNames } from './argument-errors.ts';
import { useDeadline } from './deadline.ts';
import { useStoreConditions } from './store-conditions.ts';

export interface SchemaPluginOptions {
  /** Execution time of one operation, in milliseconds. */
  timeoutMs: number;
}

/**
 * What the schema needs from the executor to answer right, for any Envelop-based server (Yoga):
 * argument errors that name the argument, database conditions as coded errors, and a deadline
 * that stops a long operation.
 */
export function schemaPlugins(options: SchemaPluginOptions): Plugin<ClaimlineContext>[] {
  return [useArgumentNames(), useStoreConditions(), useDeadline(options.timeoutMs)];
}
