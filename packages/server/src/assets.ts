import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * What a browser may run in the timeline page and GraphiQL: their own files only. Fonts and
 * images may also be data: URLs (GraphiQL's stylesheet embeds its fonts and icons); no page may
 * frame them.
 */
function contentSecurityPolicy(styleSources: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSources}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** On every response of the page and GraphiQL, their files and refusals included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy("'self'"),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * GraphiQL's page may also style inline: Monaco and React set style attributes, and Monaco
 * writes its icons' stylesheet (120 kB, made in the browser) into a <style> element. Scripts
 * stay its own files only.
 */
export const GRAPHIQL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'content-security-policy': contentSecurityPolicy("'self' 'unsafe-inline'"),
};

/**
 * A hashed name changes with the content, so browsers may keep it for good; any other name is
 * revalidated at each use (a 304 when unchanged). Neither says `public`: a shared cache then
 * never keeps an answer given to a request with an API key (RFC 9111 §3.5).
 */
const CACHE_CONTROL = { immutable: 'max-age=31536000, immutable', revalidate: 'no-cache' } as const;
export type Caching = keyof typeof CACHE_CONTROL;

type Encoding = 'br' | 'gzip';

/** A file served from memory: read or built once, compressed at most once per encoding. */
export interface StaticAsset {
  body: Buffer;
  type: string;
  caching: Caching;
  /** The security headers it is served with. */
  headers: Readonly<Record<string, string>>;
  /** The first 16 hex digits of the body's SHA-256: in hashed names and ETags. */
  hash: string;
  /** Each encoding's body, or null when it is no smaller; compressed when first asked for. */
  encoded: Map<Encoding, Promise<Buffer | null>>;
}

export function staticAsset(
  content: string | Uint8Array,
  type: string,
  caching: Caching,
  headers = SECURITY_HEADERS,
): StaticAsset {
  const body = Buffer.from(content);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { body, type, caching, headers, hash, encoded: new Map() };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli at quality 9: GraphiQL's 8.8 MB compress to 1.85 MB in about a second; quality 11 saves
 * another 9% for 14 s. Both run on libuv's thread pool, not on the event loop.
 */
function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(body);
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

// Images other than SVG and icons are compressed already.
const COMPRESSIBLE = /^text\/|^application\/json|^image\/(svg\+xml|x-icon)/;

function encodedBody(asset: StaticAsset, encoding: Encoding): Promise<Buffer | null> {
  let body = asset.encoded.get(encoding);
  if (!body) {
    body = compress(asset.body, encoding).then((encoded) =>
      encoded.length < asset.body.length ? encoded : null,
    );
    asset.encoded.set(encoding, body);
  }
  return body;
}

/** The encodings an Accept-Encoding header allows (a q of 0 refuses one), best first. */
function acceptedEncodings(header: string | null): Encoding[] {
  const accepted = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((token) => token.trim());
    const q = params.find((param) => param.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name);
  }
  return (['br', 'gzip'] as const).filter((encoding) => accepted.has(encoding) || accepted.has('*'));
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix does not matter. */
function isCurrent(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The server's fetch API: its Response writes a Buffer body to the socket as it is, uncopied. */
export interface FetchAPI {
  Response: typeof Response;
}

/**
 * The asset as this request asks for it: in the best encoding it accepts, or a 304 when its
 * If-None-Match names what it would get. Each encoding has its own ETag, as its bytes differ.
 */
export async function serveAsset(
  asset: StaticAsset,
  request: Request,
  fetchAPI: FetchAPI,
): Promise<Response> {
  let body = asset.body;
  let encoding: Encoding | undefined;
  if (COMPRESSIBLE.test(asset.type)) {
    for (const candidate of acceptedEncodings(request.headers.get('accept-encoding'))) {
      const encoded = await encodedBody(asset, candidate);
      if (encoded) {
        body = encoded;
        encoding = candidate;
        break;
      }
    }
  }
  const etag = `"${asset.hash}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    ...asset.headers,
    etag,
    'cache-control': CACHE_CONTROL[asset.caching],
    ...(COMPRESSIBLE.test(asset.type) ? { vary: 'Accept-Encoding' } : {}),
  };
  if (isCurrent(request.headers.get('if-none-match'), etag)) {
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  // Buffers from Buffer.from and zlib: never shared memory, whatever their type says.
  return new fetchAPI.Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      ...headers,
      'content-type': asset.type,
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    },
  });
}

/** A short plain-text answer (a refusal, a missing build) with the security headers. */
export function plainResponse(
  fetchAPI: FetchAPI,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(`${text}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}
