import type { Store } from '@claimline/store';
import type { Plugin } from 'graphql-yoga';

/** `GET /health`: 200 with the schema version when the database answers, 503 when it does not. */
export function healthCheck(database: Store): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || request.method !== 'GET') return;
      let body: Record<string, unknown>;
      let status = 200;
      try {
        // Reading the migrations table is the database answering.
        body = { status: 'ok', database: 'reachable', schemaVersion: database.schemaVersion() };
      } catch (error) {
        status = 503;
        body = { status: 'unavailable', database: (error as Error).message };
      }
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
