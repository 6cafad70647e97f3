/**
 * How ingestion grows with text size: builds invented news-like articles of 100 kB to 5 MB and
 * runs the whole `ingestText` (pipeline and store writes) on each into a fresh in-memory store
 * holding the tiny test corpus. A text over MAX_TEXT_CHARACTERS (the store keeps no longer one)
 * is refused by `ingestText`; for it the pipeline (`proposeFromText`) is timed on its own as
 * well. Each run is a child process of its own, so the peak RSS printed is that run's alone.
 *
 *   npx tsx bench/ingest-size.ts [--sizes 100k,1m,2m,5m] [--timeout 1200]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestText, MAX_TEXT_CHARACTERS, proposeFromText } from '@claimline/ingest';
import { loadCorpus, openStore, readCorpus } from '@claimline/store';
import { seededRandom, TINY_CORPUS } from '@claimline/store/testing';

// Names the tiny corpus stores (a state, its metonym, a person and her honorific, a river), one
// printed with a misprint, and names it does not know, so every way of reading a name is used.
const STORED = ['Riverton', 'Hilltown', 'Mayor Stone', 'Ada Stone', 'Riverton City', 'Rivertn'];
const FIRST = ['Amara', 'Tomas', 'Leila', 'Henrik', 'Nadia', 'Joaquin', 'Mei', 'Oskar', 'Priya', 'Yusuf'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Castillo', 'Tanaka', 'Brennan', 'Varga', 'Mensah'];
const PLACES = ['Port Elsin', 'Marrowgate', 'Dunfield', 'Calder Bay', 'Westmarch', 'Linden'];
const FIELDS = ['Water', 'Energy', 'Coastal', 'Trade', 'Climate', 'Transport'];
const THINGS = ['reservoir', 'pipeline', 'harbour expansion', 'rail link', 'grain deal', 'ferry route'];
const UNITS = ['cubic metres of water', 'tonnes of grain', 'barges', 'percent', 'kilometres', 'people'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
// Months before the dateline's: "since November" in a text of May is refused by the date
// reader (an interval ending before it starts), which a benchmark is not for.
const EARLIER_MONTHS = ['January', 'February', 'March', 'April'];
const HEDGES = ['could', 'may', 'would probably', 'is expected to', 'will'];

type Pick = <T>(items: readonly T[]) => T;

/** One sentence from a template chosen at random, in the shapes news copy attributes claims. */
function sentence(pick: Pick, figure: () => string): string {
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const stored = pick(STORED);
  const place = pick(PLACES);
  const institute = `${pick(PLACES)} Institute of ${pick(FIELDS)} Studies`;
  const thing = pick(THINGS);
  const templates = [
    () => `${person} said the ${thing} ${pick(HEDGES)} open by ${pick(MONTHS)}.`,
    () => `According to the ${institute}, about ${figure()} ${pick(UNITS)} moved through ${place} last week.`,
    () => `The ${thing} is believed to hold ${figure()} ${pick(UNITS)}, ${person} told reporters.`,
    () => `Mr ${pick(LAST)} added that ${stored} had not agreed to the ${thing}.`,
    () => `"We will not accept a delay to the ${thing}," ${person} said on ${pick(WEEKDAYS)}.`,
    () => `Analysts warn that ${stored} could lose up to ${figure()} percent of its harvest.`,
    () => `${stored} and Hilltown deny that any deal on the ${thing} was reached in ${place}.`,
    () => `The ${pick(FIELDS)} Ministry estimated that more than ${figure()} people had left ${place}.`,
    () => `He said the talks in ${place} would resume next week, raising hopes of a settlement.`,
    () => `${person} accused ${stored} of stalling the ${thing}, Reuters reported.`,
    () =>
      `Officials in ${place} said ${figure()} barges had crossed the Grey River since ${pick(EARLIER_MONTHS)}.`,
    () =>
      `There are still doubts that the ${thing} can be finished before ${pick(['2027', '2028', '2030'])}.`,
  ];
  return pick(templates)();
}

/** An article of `characters` characters: a dateline, then paragraphs of generated sentences. */
export function inventedArticle(characters: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const figure = () => {
    const n = 2 + Math.floor(random() * 9_000);
    return n >= 1000 ? n.toLocaleString('en-US') : String(n);
  };
  const parts = [' date 2024-05-15 RIVERTON — '];
  let length = parts[0]?.length ?? 0;
  while (length < characters) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(pick, figure));
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join('').slice(0, characters);
}

const SIZES: Record<string, number> = {
  '100k': 100_000,
  '400k': 400_000,
  '1m': 1_000_000,
  '2m': 2_000_000,
  '5m': 5_000_000,
};

type Mode = 'ingestText' | 'pipeline';

/** Runs one size in this process, the whole ingest or the pipeline alone, and prints one JSON line. */
function measureOne(label: string, mode: Mode): void {
  const store = openStore(':memory:');
  loadCorpus(store.db, readCorpus(TINY_CORPUS));
  const text = inventedArticle(SIZES[label] as number);
  const started = performance.now();
  let outcome: string;
  try {
    outcome =
      mode === 'ingestText'
        ? `${ingestText(store, { text }, 'bench').proposals.length.toLocaleString('en-US')} proposals`
        : `${proposeFromText({ text }, { names: store.knownNames(), copies: [] }).claims.length.toLocaleString('en-US')} claims`;
  } catch (error) {
    outcome = `refused: ${(error as Error).message}`;
  }
  const seconds = (performance.now() - started) / 1000;
  store.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ characters: text.length, seconds, peakMb, outcome }));
}

/** Runs `measureOne` in a child process; its table row. */
function row(label: string, mode: Mode, timeout: number): string {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--one', label, '--mode', mode],
    { encoding: 'utf8', timeout: timeout * 1000 },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    if (child.stderr) console.error(child.stderr.trim().split('\n').slice(-5).join('\n'));
    return `| ${label} | | ${mode} | over ${timeout} s or failed (${child.signal ?? child.status}) | | |`;
  }
  const r = JSON.parse(line) as { characters: number; seconds: number; peakMb: number; outcome: string };
  return `| ${label} | ${r.characters.toLocaleString('en-US')} | ${mode} | ${r.seconds.toFixed(1)} | ${Math.round(r.peakMb)} | ${r.outcome} |`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100k,1m,2m,5m' },
      one: { type: 'string' },
      mode: { type: 'string', default: 'ingestText' },
      timeout: { type: 'string', default: '1200' },
    },
  });
  if (values.one) {
    measureOne(values.one, values.mode as Mode);
    return;
  }
  console.log('| text | characters | run | seconds | peak RSS (MB) | outcome |');
  console.log('| --- | ---: | --- | ---: | ---: | --- |');
  for (const label of values.sizes.split(',')) {
    const size = SIZES[label];
    if (size === undefined)
      throw new Error(`unknown size "${label}": one of ${Object.keys(SIZES).join(', ')}`);
    console.log(row(label, 'ingestText', Number(values.timeout)));
    if (size > MAX_TEXT_CHARACTERS) console.log(row(label, 'pipeline', Number(values.timeout)));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
