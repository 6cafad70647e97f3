import { ClientError } from 'graphql-request';

/**
 * What went wrong: the server's `extensions.code` (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED,
 * GRAPHQL_PARSE_FAILED, ...), or HTTP_ERROR (an answer that is not GraphQL), NETWORK_ERROR (no
 * answer) or ABORTED (the caller's signal).
 */
export type ClaimlineErrorCode =
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_ERROR'
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR'
  | 'ABORTED'
  | (string & {});

/** One error the server reported. */
export interface ClaimlineErrorDetail {
  code: ClaimlineErrorCode;
  message: string;
  /** The argument at fault, as a path into the variables: `filter.actorIds[0]`, `asOf`. */
  argument?: string;
  /** The field at fault: `['timeline']`. */
  path?: readonly (string | number)[];
}

/** The one error type the client throws; the first server error is its own code and message. */
export class ClaimlineError extends Error implements ClaimlineErrorDetail {
  override readonly name = 'ClaimlineError';
  readonly code: ClaimlineErrorCode;
  readonly argument?: string;
  readonly path?: readonly (string | number)[];
  /** The operation that failed: `timeline`. */
  readonly operation?: string;
  /** The HTTP status, when there was an answer. */
  readonly status?: number;
  /** Every error the server reported (the first is this one's code and message). */
  readonly errors: readonly ClaimlineErrorDetail[];

  constructor(
    detail: ClaimlineErrorDetail,
    context: {
      operation?: string;
      status?: number;
      errors?: readonly ClaimlineErrorDetail[];
      cause?: unknown;
    },
  ) {
    super(detail.message, { cause: context.cause });
    this.code = detail.code;
    if (detail.argument !== undefined) this.argument = detail.argument;
    if (detail.path !== undefined) this.path = detail.path;
    if (context.operation !== undefined) this.operation = context.operation;
    if (context.status !== undefined) this.status = context.status;
    this.errors = context.errors?.length ? context.errors : [detail];
  }
}

interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Readonly<Record<string, unknown>>;
}

// graphql-js words a bad variable as `Variable "$filter" got invalid value … at "filter.from"; …`
// without a code: the variable (or the path inside it) is the argument at fault.
const BAD_VARIABLE = /^Variable "\$(\w+)" got invalid value.*?(?: at "([^"]+)")?;/;

/** A server error as a detail: its code, message, and the argument and field at fault. */
export function errorDetail(error: GraphQLErrorLike): ClaimlineErrorDetail {
  const badVariable = BAD_VARIABLE.exec(error.message);
  const { code, argument } = error.extensions ?? {};
  const detail: ClaimlineErrorDetail = {
    code: typeof code === 'string' ? code : badVariable ? 'BAD_USER_INPUT' : 'GRAPHQL_ERROR',
    message: error.message,
  };
  const argumentAtFault = typeof argument === 'string' ? argument : (badVariable?.[2] ?? badVariable?.[1]);
  if (argumentAtFault !== undefined) detail.argument = argumentAtFault;
  if (error.path !== undefined) detail.path = error.path;
  return detail;
}

/** Whatever a request threw, as a ClaimlineError. */
export function toClaimlineError(thrown: unknown, operation?: string): ClaimlineError {
  if (thrown instanceof ClaimlineError) return thrown;
  if (thrown instanceof ClientError) {
    const { status, errors } = thrown.response;
    const details = (errors ?? []).map(errorDetail);
    const first = details[0] ?? { code: 'HTTP_ERROR', message: `The server answered HTTP ${status}` };
    return new ClaimlineError(first, { operation, status, errors: details, cause: thrown });
  }
  const aborted = thrown instanceof Error && thrown.name === 'AbortError';
  const reason = thrown instanceof Error ? (thrown.cause ?? thrown) : thrown;
  const message = aborted
    ? 'The request was aborted'
    : `Could not reach the Claimline server: ${reason instanceof Error ? reason.message : String(reason)}`;
  return new ClaimlineError(
    { code: aborted ? 'ABORTED' : 'NETWORK_ERROR', message },
    { operation, cause: thrown },
  );
}
