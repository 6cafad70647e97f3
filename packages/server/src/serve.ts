import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  const yoga = createClaimlineYoga({ ...options.settings, database, logger, pageDir: PAGE_DIST_DIR });
  const server = createServer(yoga);
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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          database.close();
          void stopProposalWorker().then(resolve);
        });
        server.closeIdleConnections();
      }),
  };
}
