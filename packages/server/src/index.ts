// The server as a library: what bench/, tests and other programs import (the CLI is src/cli.ts).
export { buildServer, SERVER_BUNDLE } from './build.ts';
export { type GenerateCommandOptions, generate } from './commands/generate.ts';
export { DEFAULT_HOST, DEFAULT_PORT, resolveDbPath } from './config.ts';
export { DEFAULT_LIMITS, type Limits } from './limits.ts';
export { type RunningServer, type ServeOptions, startServer } from './serve.ts';
export { type ClaimlineYoga, createClaimlineYoga, type YogaConfig } from './yoga.ts';
