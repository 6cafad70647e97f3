import { ClientError } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { ClaimlineError, errorDetail, toClaimlineError } from '../src/errors.ts';

describe('errorDetail', () => {
  it('keeps the code, the argument and the field the server names', () => {
    expect(
      errorDetail({
        message: 'Argument "first" must be at most 100 (got 500)',
        path: ['timeline'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Argument "first" must be at most 100 (got 500)',
      argument: 'first',
      path: ['timeline'],
    });
  });

  it('reads a bad variable, and the path inside it, as BAD_USER_INPUT naming the argument', () => {
    expect(
      errorDetail({
        message: 'Variable "$asOf" got invalid value "2023-13-01"; Date must be a calendar day',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(
      errorDetail({
        message:
          'Variable "$filter" got invalid value "2023-02-30" at "filter.from"; Date must be a calendar day',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
  });

  it('calls an error without a code GRAPHQL_ERROR and names no argument', () => {
    const detail = errorDetail({ message: 'Unexpected error.', path: ['claims', 'nodes', 0] });
    expect(detail).toEqual({
      code: 'GRAPHQL_ERROR',
      message: 'Unexpected error.',
      path: ['claims', 'nodes', 0],
    });
  });
});

describe('toClaimlineError', () => {
  const request = { query: '{ measures { key } }' };

  it('makes every GraphQL error of a response a detail, the first one its own', () => {
    const thrown = new ClientError(
      {
        status: 200,
        headers: new Headers(),
        body: '',
        errors: [
          { message: 'first', extensions: { code: 'BAD_USER_INPUT', argument: 'a' } },
          { message: 'second', extensions: { code: 'BAD_USER_INPUT', argument: 'b' } },
        ] as never,
      },
      request,
    );
    const error = toClaimlineError(thrown, 'measures');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'first', argument: 'a', status: 200 });
    expect(error.errors.map((e) => e.argument)).toEqual(['a', 'b']);
    expect(error.cause).toBe(thrown);
  });

  it('makes a non-GraphQL answer an HTTP_ERROR with its status', () => {
    const error = toClaimlineError(
      new ClientError({ status: 502, headers: new Headers(), body: 'bad' }, request),
    );
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502, message: 'The server answered HTTP 502' });
    expect(error.errors).toEqual([{ code: 'HTTP_ERROR', message: 'The server answered HTTP 502' }]);
  });

  it('makes a failed fetch a NETWORK_ERROR naming its cause, and an abort ABORTED', () => {
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    expect(toClaimlineError(refused)).toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'Could not reach the Claimline server: connect ECONNREFUSED 127.0.0.1:9',
    });
    expect(toClaimlineError(new DOMException('aborted', 'AbortError')).code).toBe('ABORTED');
  });

  it('passes a ClaimlineError through', () => {
    const error = new ClaimlineError({ code: 'X', message: 'x' }, {});
    expect(toClaimlineError(error)).toBe(error);
  });
});
