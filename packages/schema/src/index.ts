export type { ChangeFeed, ClaimlineContext, Deadline } from './context.ts';
export { type SchemaPluginOptions, schemaPlugins } from './plugins/envelop.ts';
export { printedSchema, SCHEMA_FILE } from './print-schema.ts';
export { schema } from './schema.ts';
