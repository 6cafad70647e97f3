import type { Plugin } from '@envelop/core';
import type { ClaimlineContext } from '../context.ts';
import { useArgumentNames } from './argument-errors.ts';
import { useDeadline } from './deadline.ts';

export interface SchemaPluginOptions {
  /** Execution time of one operation, in milliseconds. */
  timeoutMs: number;
}

/**
 * What the schema needs from the executor to answer right, for any Envelop-based server (Yoga):
 * argument errors that name the argument, and a deadline that stops a long operation.
 */
export function schemaPlugins(options: SchemaPluginOptions): Plugin<ClaimlineContext>[] {
  return [useArgumentNames(), useDeadline(options.timeoutMs)];
}
