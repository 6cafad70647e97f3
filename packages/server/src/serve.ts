import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { stopProposalWorker } from '@claimline/ingest';
import { PAGE_DIST_DIR } from '@claimline/page';
import {
  loadCorpus,
  openStore,
  readCorpus,
  SEED_CORPUS_DIR,
  type SqliteStore,
  sources,
} from '@claimline/store';
import { type Logger, pino } from 'pino';
import { createChangeFeed, type ServerChangeFeed } from './change-feed.ts';
import type { ServiceSettings } from './config.ts';
import { createClaimlineYoga } from './yoga.ts';

export interface ServeOptions {
  dbPath: string;
  port: number;
  host: string;
  logger?: Logger;
  settings?: ServiceSettings;
}

export interface RunningServer {
  url: string;
  server: Server;
  database: SqliteStore;
  /** The `changes` feed: it reads the file for other processes' writes only while it has subscribers. */
  changes: ServerChangeFeed;
  /** Ends every `changes` stream, waits for the requests under way, then closes the database. */
  close(): Promise<void>;
}

const SERVER_BUSY_TIMEOUT_MS = 20;

/** Opens (migrating, and seeding a database with no sources) and starts the HTTP server. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ name: 'claimline' });
  // SQLite's busy wait would hold the event loop; writes wait for the lock on timers instead
  // (runWriteWhenFree), so reads and /health go on while another process writes.
  const database = openStore(options.dbPath, { busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS });
  // Whether any source exists, not how many: counting reads a whole index.
  if (!database.db.select({ id: sources.id }).from(sources).limit(1).get()) {
    const { inserted } = loadCorpus(database.db, readCorpus(SEED_CORPUS_DIR));
    logger.info({ inserted }, 'empty database: loaded the seed story');
  }
  const changes = createChangeFeed(database, { logger });
  const yoga = createClaimlineYoga({
    ...options.settings,
    database,
    logger,
    changes,
    pageDir: PAGE_DIST_DIR,
  });
  const server = createServer(yoga);
  const drain = drainOnClose(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    database,
    changes,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          database.close();
          void stopProposalWorker().then(resolve);
        });
        // Each `changes` stream ends (its subscriber gets what was committed, then the SSE
        // "complete" event), so its connection finishes like any other request's instead of
        // holding the close open; the feed's timer stops before the database closes.
        changes.close();
        drain();
      }),
  };
}

/**
 * Once the returned function is called, closes each of the server's connections as soon as it
 * has no response under way: at once for one between requests or that has sent none yet, else
 * when its last response has ended (a `changes` stream ended by the feed's close, a slow query).
 * node's `closeIdleConnections` leaves a connection that has not sent a request yet (a browser's
 * or fetch's spare one) for its headers timeout, and one whose response ends afterwards for its
 * keep-alive timeout: either held `server.close` for seconds to a minute.
 */
function drainOnClose(server: Server): () => void {
  /** Responses under way on each open connection. */
  const underWay = new Map<Socket, number>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    underWay.set(socket, 0);
    socket.once('close', () => underWay.delete(socket));
  });
  server.on('request', (request, response) => {
    const { socket } = request;
    underWay.set(socket, (underWay.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (underWay.get(socket) ?? 1) - 1;
      if (underWay.has(socket)) underWay.set(socket, left);
      if (draining && left === 0) socket.destroySoon();
    });
  });
  return () => {
    draining = true;
    for (const [socket, responses] of underWay) if (responses === 0) socket.destroySoon();
  };
}
