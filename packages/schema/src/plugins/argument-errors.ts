import type { Plugin } from '@envelop/core';
import {
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  Kind,
  type ValueNode,
  visit,
} from 'graphql';
import type { ClaimlineContext } from '../context.ts';

// Messages the relay and drizzle plugins raise while decoding an argument, and what they mean.
const BAD_VALUES: { pattern: RegExp; explain: (value: string, type?: string) => string }[] = [
  { pattern: /^Invalid global ID: (.*)$/s, explain: (v) => `${JSON.stringify(v)} is not a Claimline ID` },
  {
    pattern: /^ID: (.*) is not of type: (.*)$/s,
    explain: (v, type = '') =>
      `${JSON.stringify(v)} is not the ID of ${type.includes(',') ? 'any of' : /^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`,
  },
  {
    pattern: /^Invalid cursor: (.*)$/s,
    explain: (v) => `${JSON.stringify(v)} is not a cursor of this connection`,
  },
];

/**
 * Rewords an argument-decoding error so that it names the argument that held the bad value
 * (`Argument "filter.actorIds[0]": "RXZl…" is not the ID of an Actor`), and marks a variable
 * GraphQL could not coerce (`Variable "$input" got invalid value … at "input.kind"`) with the
 * same code and the path at fault; other errors pass as they are.
 */
export function nameArgumentInError(
  error: GraphQLError,
  variables: Record<string, unknown> | undefined,
): GraphQLError {
  const variable = error.message.match(/^Variable "\$([^"]+)"(?:.* at "([^"]+)")?/s);
  if (variable) return withArgument(error, error.message, variable[2] ?? variable[1]);
  const field = error.nodes?.[0];
  if (field?.kind !== Kind.FIELD) return error;
  const named = error.message.match(/^Argument "([^"]+)"/);
  if (named) return withArgument(error, error.message, named[1]);
  for (const { pattern, explain } of BAD_VALUES) {
    const match = error.message.match(pattern);
    const value = match?.[1];
    if (value === undefined) continue;
    const path = findArgument(field, value, variables ?? {});
    return withArgument(error, `Argument "${path ?? '?'}": ${explain(value, match?.[2])}`, path);
  }
  return error;
}

/** The error as a client sees it: code BAD_USER_INPUT and the argument at fault in its extensions. */
function withArgument(error: GraphQLError, message: string, argument: string | undefined): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', argument },
  });
}

function findArgument(
  field: FieldNode,
  wanted: string,
  variables: Record<string, unknown>,
): string | undefined {
  for (const arg of field.arguments ?? []) {
    const found = findInAst(arg.value, wanted, arg.name.value, variables);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findInAst(
  node: ValueNode,
  wanted: string,
  path: string,
  variables: Record<string, unknown>,
): string | undefined {
  switch (node.kind) {
    case Kind.STRING:
      return node.value === wanted ? path : undefined;
    case Kind.VARIABLE:
      return findInValue(variables[node.name.value], wanted, path);
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const found = findInAst(item, wanted, `${path}[${i}]`, variables);
        if (found !== undefined) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const found = findInAst(f.value, wanted, `${path}.${f.name.value}`, variables);
        if (found !== undefined) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

function findInValue(value: unknown, wanted: string, path: string): string | undefined {
  if (value === wanted) return path;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findInValue(item, wanted, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The argument path (`filter.stance[0]`) of a value written in `document`, found by identity. */
function argumentPathOf(document: DocumentNode, wanted: ASTNode): string | undefined {
  const within = (node: ValueNode, path: string): string | undefined => {
    if (node === wanted) return path;
    if (node.kind === Kind.LIST) {
      for (const [i, item] of node.values.entries()) {
        const found = within(item, `${path}[${i}]`);
        if (found !== undefined) return found;
      }
    }
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        const found = within(field.value, `${path}.${field.name.value}`);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  let path: string | undefined;
  visit(document, {
    Argument(argument) {
      path ??= within(argument.value, argument.name.value);
    },
  });
  return path;
}

/**
 * A literal the document got wrong (`stance: [NOPE]`, `from: "2023-02-30"`) is refused in
 * validation with no word of where; the error names the argument, as for a bad variable.
 */
export function nameArgumentInValidationError(document: DocumentNode, error: GraphQLError): GraphQLError {
  const node = error.nodes?.[0];
  const argument = node && argumentPathOf(document, node);
  if (!argument || error.message.startsWith('Argument "')) return error;
  return withArgument(error, `Argument "${argument}": ${error.message}`, argument);
}

/** Rewords argument-decoding errors after execution so they name the argument (see nameArgumentInError). */
export function useArgumentNames(): Plugin<ClaimlineContext> {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => nameArgumentInValidationError(params.documentAST, e)));
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors) return;
          const variables = args.variableValues ?? undefined;
          setResult({ ...result, errors: result.errors.map((e) => nameArgumentInError(e, variables)) });
        },
      };
    },
  };
}
