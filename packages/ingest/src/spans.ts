import type { TextSpan } from '@claimline/store';

/** The first index of `sorted` (ascending) whose value is at least `value`, or its length. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Non-empty spans that overlap none of each other, added in any order and kept by start (and so
 * by end): whether a span overlaps one of them is one binary search.
 */
export class DisjointSpans<T extends TextSpan> {
  readonly sorted: T[] = [];
  private readonly starts: number[] = [];

  /** Whether any span overlaps `span` (as `spansOverlap` decides). */
  overlaps(span: TextSpan): boolean {
    // Of the spans starting before `span` ends, the last ends furthest.
    const before = lowerBound(this.starts, span.end);
    return before > 0 && (this.sorted[before - 1] as T).end > span.start;
  }

  /** Adds `span`, which must overlap none already added; after any with the same start. */
  insert(span: T): void {
    const at = lowerBound(this.starts, span.start + 1);
    this.sorted.splice(at, 0, span);
    this.starts.splice(at, 0, span.start);
  }
}

/**
 * Spans ordered by start, for the questions the steps ask of them once per word or figure:
 * which lie inside a span, whether any overlaps one. Each answer is a binary search rather than
 * a pass over every span, which keeps a long text's ingestion near-linear.
 */
export class SpanIndex<T extends TextSpan> {
  /** The spans by start; spans with the same start keep the order they were given in. */
  readonly sorted: readonly T[];
  private readonly starts: number[];
  /** The furthest end among the spans up to each index: what may still overlap a later start. */
  private readonly reach: number[];

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = this.sorted.map((s) => s.start);
    let furthest = Number.NEGATIVE_INFINITY;
    this.reach = this.sorted.map((s) => {
      furthest = Math.max(furthest, s.end);
      return furthest;
    });
  }

  /** The spans that lie inside `span`, by start: the same as filtering for them, only faster. */
  within(span: TextSpan): T[] {
    const result: T[] = [];
    for (let i = lowerBound(this.starts, span.start); i < this.sorted.length; i++) {
      const candidate = this.sorted[i] as T;
      if (candidate.start > span.end) break;
      if (candidate.end <= span.end) result.push(candidate);
    }
    return result;
  }

  /** Whether any span overlaps `span` (as `spansOverlap` decides). */
  overlaps(span: TextSpan): boolean {
    // Only spans starting before `span` ends can overlap it; of those, the furthest end decides.
    const before = lowerBound(this.starts, span.end);
    return before > 0 && (this.reach[before - 1] as number) > span.start;
  }
}
