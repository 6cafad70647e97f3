import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type CorpusSourceFile, type CorpusStory, corpusSourceFile, corpusStory } from './format.ts';
import { CorpusError, type CorpusProblem } from './problems.ts';

export interface CorpusSource {
  /** The annotation file's name, for error messages. */
  file: string;
  text: string;
  data: CorpusSourceFile;
}

export interface Corpus {
  dir: string;
  story: CorpusStory;
  sources: CorpusSource[];
}

export const STORY_FILE = 'story.yaml';

/**
 * Reads a corpus folder: `story.yaml`, and each `NAME.yaml` with its verbatim `NAME.txt`.
 * Throws a CorpusError listing every file that does not parse or fit the format.
 */
export function readCorpus(dir: string): Corpus {
  const problems: CorpusProblem[] = [];
  const names = readdirSync(dir).sort();
  const story = parseFile(dir, STORY_FILE, corpusStory, problems);
  const sources: CorpusSource[] = [];
  for (const name of names) {
    if (!name.endsWith('.yaml') || name === STORY_FILE) continue;
    const textFile = `${basename(name, '.yaml')}.txt`;
    if (!names.includes(textFile)) {
      problems.push({
        file: name,
        item: 'source',
        rule: 'format',
        message: `no verbatim text ${textFile} beside it`,
      });
      continue;
    }
    const data = parseFile(dir, name, corpusSourceFile, problems);
    if (data) sources.push({ file: name, text: readFileSync(join(dir, textFile), 'utf8'), data });
  }
  if (!story || problems.length) throw new CorpusError(problems);
  return { dir, story, sources };
}

function parseFile<T extends z.ZodType>(
  dir: string,
  file: string,
  schema: T,
  problems: CorpusProblem[],
): z.infer<T> | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, item: 'file', rule: 'format', message: (error as Error).message });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues.flatMap((i) => closestIssues(i))) {
    problems.push({ file, item: issue.path.join('.') || 'file', rule: 'format', message: issue.message });
  }
  return undefined;
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * A union's own message is only "Invalid input"; report instead the issues of the branch the
 * item came closest to fitting (a claim definition or a reference), under the union's path.
 */
function closestIssues(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  return closest.flatMap((inner) => closestIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}
