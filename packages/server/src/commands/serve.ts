import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, parseCorsOrigins, resolveDbPath, settingsFromEnv } from '../config.ts';
import { startServer } from '../serve.ts';
import { type Command, UsageError } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: `serve [--db PATH] [--port N] [--host H] [--dev] [--cors-origins LIST]
                        start the GraphQL server (default port 4000 or PORT, host 127.0.0.1);
                        a new or empty database is migrated and seeded first; --dev (or
                        CLAIMLINE_DEV=1) shows unexpected errors' messages to clients;
                        --cors-origins (or CLAIMLINE_CORS_ORIGINS), comma-separated, names the
                        origins whose pages may call the API (default http://localhost:*,
                        http://127.0.0.1:*, http://[::1]:*; the server's own always may)`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        dev: { type: 'boolean' },
        'cors-origins': { type: 'string' },
      },
    });
    const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a port number, got "${values.port ?? process.env.PORT}"`);
    }
    const running = await startServer({
      dbPath: resolveDbPath(values.db),
      port,
      host: values.host ?? DEFAULT_HOST,
      settings: {
        ...settingsFromEnv(),
        ...(values.dev ? { maskErrors: false } : {}),
        ...(values['cors-origins'] === undefined
          ? {}
          : { corsOrigins: parseCorsOrigins(values['cors-origins'], '--cors-origins') }),
      },
    });
    console.log(
      `Claimline is serving ${running.database.path}\nTimeline page: ${new URL('/', running.url)}\nGraphiQL: ${running.url}`,
    );
    const stop = () => {
      console.log('shutting down…');
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
};
