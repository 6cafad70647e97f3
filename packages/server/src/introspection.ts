import {
  type ExecutionArgs,
  GraphQLError,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isIntrospectionType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';

/** How introspection is refused: the error's message, code and HTTP status. */
export interface IntrospectionRefusal {
  message: string;
  code: string;
  status: number;
}

export const INTROSPECTION_DISABLED: IntrospectionRefusal = {
  message: 'GraphQL introspection has been disabled on this server',
  code: 'INTROSPECTION_DISABLED',
  status: 400,
};

export const INTROSPECTION_NEEDS_KEY: IntrospectionRefusal = {
  message: 'Introspection needs an API key on this server, as reads do (Authorization: Bearer <key>)',
  code: 'UNAUTHENTICATED',
  status: 401,
};

/**
 * One error for each `__schema` or `__type` field (its own selections are not looked at). Named,
 * as Yoga caches validation by the names of the rules that ran: a request without this rule
 * never gets a result validated with it, nor the other way round.
 */
function closedIntrospectionRule(refusal: IntrospectionRefusal): ValidationRule {
  return function ClosedIntrospection(context: ValidationContext) {
    return {
      Field(node) {
        const type = context.getType();
        if (!type || !isIntrospectionType(getNamedType(type))) return;
        context.reportError(
          new GraphQLError(refusal.message, {
            nodes: node,
            extensions: { code: refusal.code, http: { status: refusal.status } },
          }),
        );
        return false;
      },
    };
  };
}

/**
 * Refuses introspection to the requests `closedTo` picks, and hides "Did you mean …"
 * suggestions from them, in validation and in the coercion of variables: a suggestion names what
 * the schema holds as surely as introspection does.
 */
export function closeIntrospection(
  refusal: IntrospectionRefusal,
  closedTo: (request: Request) => boolean,
): Plugin<YogaInitialContext> {
  const rule = closedIntrospectionRule(refusal);
  // Decided once a request, so that validation and execution agree (and look a key up once).
  const decided = new WeakMap<Request, boolean>();
  const isClosed = (request: Request) => {
    let closed = decided.get(request);
    if (closed === undefined) {
      closed = closedTo(request);
      decided.set(request, closed);
    }
    return closed;
  };
  return {
    onValidate({ context, addValidationRule, validateFn, setValidationFn }) {
      if (!isClosed(context.request)) return;
      addValidationRule(rule);
      setValidationFn((schema, document, rules) =>
        validateFn(schema, document, rules, { hideSuggestions: true }),
      );
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!isClosed(args.contextValue.request)) return;
      setExecuteFn((executionArgs) => {
        const errors = variableErrors(executionArgs);
        return errors ? { errors } : executeFn(withoutSuggestions(executionArgs));
      });
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      if (!isClosed(args.contextValue.request)) return;
      setSubscribeFn((subscriptionArgs) => {
        const errors = variableErrors(subscriptionArgs);
        return errors ? { errors } : subscribeFn(withoutSuggestions(subscriptionArgs));
      });
    },
  };
}

/** Yoga's executor reads hideSuggestions; envelop's ExecutionArgs type does not list it yet. */
function withoutSuggestions<Args extends object>(args: Args): Args {
  return { ...args, hideSuggestions: true };
}

/**
 * The variables' coercion errors, without suggestions, from graphql itself: @graphql-tools/executor
 * 2.1 hands hideSuggestions to its own checks but not to graphql's coerceInputValue, whose
 * errors ("Did you mean the enum value …") it reports. HTTP 400, as the executor's are.
 */
function variableErrors({
  schema,
  document,
  operationName,
  variableValues,
}: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, {
    hideSuggestions: true,
  });
  return errors?.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        originalError: error.originalError,
        extensions: { ...error.extensions, http: { status: 400 } },
      }),
  );
}
