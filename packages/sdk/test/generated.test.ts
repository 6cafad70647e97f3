import { readdirSync, readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const OPERATIONS_DIR = new URL('../src/operations/', import.meta.url);
const SCHEMA_FILE = new URL('../../schema/schema.graphql', import.meta.url);

function operations(): OperationDefinitionNode[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .flatMap((name) => parse(readFileSync(new URL(name, OPERATIONS_DIR), 'utf8')).definitions)
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

describe('the generated client', () => {
  it('is what codegen makes of schema.graphql and the operations (run `pnpm --filter @claimline/sdk generate` when this fails)', async () => {
    const files = await generate(config, false);
    expect(files.length).toBe(Object.keys(config.generates).length);
    for (const { filename, content } of files) expect(readFileSync(filename, 'utf8')).toBe(content);
  });

  it('has one operation document for every query and mutation of the schema', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const covered = operations().map((op) => {
      const field = op.selectionSet.selections[0];
      const root = op.operation === 'query' ? 'Query' : 'Mutation';
      return `${root}.${field?.kind === Kind.FIELD ? field.name.value : ''}`;
    });
    expect(covered.sort()).toEqual(rootFields.sort());
  });

  it('names each operation after its one root field, which its client method resolves to', () => {
    for (const op of operations()) {
      const [field, ...others] = op.selectionSet.selections;
      expect(others).toEqual([]);
      expect(field?.kind === Kind.FIELD && !field.alias && field.name.value).toBe(op.name?.value);
    }
  });
});
