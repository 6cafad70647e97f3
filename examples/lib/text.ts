// Plain-text output for a terminal: aligned tables and bar charts.

/** Cut a cell to `width` characters, ending it with … when cut. */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Rows under a header, each column as wide as its widest cell (at most `maxWidth`, clipped past
 * it), separated by two spaces; the last column is neither padded nor clipped.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 60,
): string {
  const last = header.length - 1;
  const widths = header.map((title, i) =>
    Math.min(maxWidth, Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length))),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, i) => (i === last ? (cells[i] ?? '') : clip(cells[i] ?? '', width).padEnd(width)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A number as bounds, either of which may be open (null); a value is both bounds. */
export interface Range {
  low: number | null;
  high: number | null;
}

/**
 * Horizontal bars on one scale, at most `width` cells: █ up to what is certain (the value, or the
 * lower bound), ░ on to the upper bound, → when there is none.
 */
export function bars(ranges: readonly Range[], width = 40): string[] {
  const top = Math.max(...ranges.flatMap((r) => [r.low ?? 0, r.high ?? 0]));
  const cells = (n: number | null) =>
    top > 0 && n !== null ? Math.max(1, Math.round((n / top) * width)) : 0;
  return ranges.map(({ low, high }) => {
    const solid = cells(low);
    const open = high === null ? '→' : '░'.repeat(Math.max(0, cells(high) - solid));
    return `${'█'.repeat(solid)}${open}`;
  });
}
