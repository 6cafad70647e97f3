import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_DIST_DIR } from '@claimline/page';
import { loadCorpus, type OpenedDatabase, openDatabase, readCorpus } from '@claimline/schema';
import { type Logger, pino } from 'pino';
import { SEED_CORPUS_DIR, type ServiceSettings } from './config.ts';
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
  database: OpenedDatabase;
  close(): Promise<void>;
}

/** Opens (migrating, and seeding a database with no sources) and starts the HTTP server. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ name: 'claimline' });
  const database = openDatabase(options.dbPath);
  const { n } = database.sqlite.prepare('SELECT count(*) AS n FROM sources').get() as { n: number };
  if (n === 0) {
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
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
