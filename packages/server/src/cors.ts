import type { Plugin } from 'graphql-yoga';

/** Pages on this machine, on any port: a front end in development, an example, a notebook. */
export const LOOPBACK_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** An origin as a setting names it: scheme://host, with a port, or `:*` for any port. */
const ORIGIN_SETTING = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?$/;

export function isOriginSetting(value: string): boolean {
  return ORIGIN_SETTING.test(value);
}

function originMatches(setting: string, origin: string): boolean {
  if (!setting.endsWith(':*')) return origin === setting;
  const host = setting.slice(0, -2);
  return origin === host || (origin.startsWith(`${host}:`) && /^\d+$/.test(origin.slice(host.length + 1)));
}

/**
 * CORS: a page of one of the `allowed` origins, or of the server's own, may call the API; any other
 * origin gets no CORS headers, so the browser keeps its pages from reading the answers. Never
 * with credentials (cookies, HTTP authentication): keys travel in the Authorization header, which
 * needs none. Replaces Yoga's default, which allows every origin, with credentials.
 */
export function corsPolicy(allowed: readonly string[]): Plugin {
  const isAllowed = (origin: string, request: Request) =>
    origin === new URL(request.url).origin || allowed.some((setting) => originMatches(setting, origin));
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      // A preflight: onResponse says what is allowed.
      if (request.method === 'OPTIONS') {
        endResponse(new fetchAPI.Response(null, { status: 204, headers: { 'content-length': '0' } }));
      }
    },
    onResponse({ request, response }) {
      response.headers.append('vary', 'Origin');
      const origin = request.headers.get('origin');
      if (origin === null || !isAllowed(origin, request)) return;
      response.headers.set('access-control-allow-origin', origin);
      const method = request.headers.get('access-control-request-method');
      if (method) response.headers.set('access-control-allow-methods', method);
      const headers = request.headers.get('access-control-request-headers');
      if (headers) {
        response.headers.set('access-control-allow-headers', headers);
        response.headers.append('vary', 'Access-Control-Request-Headers');
      }
    },
  };
}
