export { buildServer, SERVER_BUNDLE } from './build.ts';
export { generate } from './commands/generate.ts';
export { createClaimlineYoga } from './yoga.ts';
