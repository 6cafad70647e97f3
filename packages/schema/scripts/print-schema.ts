// Writes schema.graphql from the Pothos schema: part of `pnpm generate`.
import { writeFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.ts';

writeFileSync(SCHEMA_FILE, printedSchema());
console.log(`wrote ${SCHEMA_FILE.pathname}`);
