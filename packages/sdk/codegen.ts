// graphql-codegen: the typed operations and `getSdk` from schema.graphql and src/operations.
// `pnpm --filter @claimline/sdk generate` writes them; test/generated.test.ts fails when stale.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const shared = {
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars: { Date: 'string', AsOfDate: 'string', JSON: 'unknown' },
};

const config: CodegenConfig = {
  schema: here('../schema/schema.graphql'),
  documents: here('src/operations/*.graphql'),
  generates: {
    // The schema's scalars, enums and inputs: what operation variables are made of.
    [here('src/generated/types.ts')]: {
      plugins: ['typescript'],
      config: { ...shared, onlyOperationTypes: true },
    },
    // Result and variable types of each operation, its document, and `getSdk`.
    [here('src/generated/sdk.ts')]: {
      plugins: ['typescript-operations', 'typescript-graphql-request'],
      config: { ...shared, documentMode: 'documentNode', importSchemaTypesFrom: '~./types.ts' },
    },
  },
};

export default config;
