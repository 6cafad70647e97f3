import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startServer } from '../../server/src/serve.ts';

export interface SeededServer {
  url: string;
  close(): Promise<void>;
}

/** The real server on a loopback port over a fresh database, which it seeds with the seed story. */
export async function startSeededServer(): Promise<SeededServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-sdk-'));
  const server = await startServer({
    dbPath: join(dir, 'claimline.db'),
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
