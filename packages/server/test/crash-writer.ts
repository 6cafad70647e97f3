/**
 * A writer for the crash test: stores sources with their claims, one transaction each, until
 * it has `count` of them (skipping those already stored). Run as
 * `node --import tsx crash-writer.ts DB COUNT`: it loads, waits for a line on stdin (so the test
 * can start it ahead of time), prints "ready" once the database is open, and "done" at the end.
 */
import { once } from 'node:events';
// Straight from the store modules: the package entry also builds the GraphQL schema, which costs
// the writer a second of start-up on every one of its twenty runs.
import { createClaim, createSource, openStore, runWrite } from '@claimline/store';

export const CLAIMS_PER_SOURCE = 3;

const sentence = (i: number, c: number) =>
  `Witness ${c} said that shipment ${i} crossed the border on day ${c}. `;

export function sourceText(i: number): string {
  return `Report number ${i}. ${Array.from({ length: CLAIMS_PER_SOURCE }, (_, c) => sentence(i, c)).join('')}`;
}

/** Writes sources 0…count-1 that are not stored yet; `onOpen` runs once the database is open. */
export function writeSources(dbPath: string, count: number, onOpen = () => {}): void {
  const database = openStore(dbPath);
  onOpen();
  for (let i = 0; i < count; i++) {
    runWrite(database.db, 'crash-writer', (w) => {
      const text = sourceText(i);
      const { source, created } = createSource(w, {
        key: `crash-source-${i}`,
        title: `Report ${i}`,
        published: { edtf: '2024-05' },
        kind: 'REPORT',
        text,
      });
      if (!created) return;
      for (let c = 0; c < CLAIMS_PER_SOURCE; c++) {
        const excerpt = sentence(i, c).trim();
        const start = text.indexOf(excerpt);
        createClaim(w, {
          key: `crash-claim-${i}-${c}`,
          claimantDescription: `witness ${c}`,
          stance: 'ASSERTS',
          stated: { edtf: '2024-05' },
          proposition: `Shipment ${i} crossed the border (witness ${c}).`,
          attributions: [{ sourceId: source.id, excerpt, start, end: start + excerpt.length }],
        });
      }
    });
  }
  database.close();
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dbPath, count] = process.argv.slice(2);
  if (!dbPath || !count) throw new Error('usage: crash-writer.ts DB COUNT');
  await once(process.stdin, 'data');
  writeSources(dbPath, Number(count), () => process.stdout.write('ready\n'));
  process.stdout.write('done\n');
}
