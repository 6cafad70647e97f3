/** One broken rule in a corpus: which file, which item in it, which rule, and what is wrong. */
export interface CorpusProblem {
  file: string;
  item: string;
  rule: string;
  message: string;
}

export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.file} › ${p.item}: [${p.rule}] ${p.message}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`the corpus breaks ${problems.length} rule(s):`, ...shown, ...more].join('\n'));
    this.name = 'CorpusError';
  }
}
