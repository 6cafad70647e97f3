export { type ClaimlineClient, type ClientOptions, createClient } from './client.ts';
export { ClaimlineError, type ClaimlineErrorCode, type ClaimlineErrorDetail } from './errors.ts';
export type * from './generated/sdk.ts';
export type * from './generated/types.ts';
export { type Connection, type PageArgs, type PaginateOptions, paginate } from './paginate.ts';
