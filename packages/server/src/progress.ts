const WIDTH = 30;

/**
 * One line of a progress bar: `[#########.....]  30%  3,000/10,000 events  12s left`, then what
 * was just done when given (`  b.txt`).
 */
export function progressLine(
  done: number,
  total: number,
  elapsedSeconds: number,
  unit: string,
  label?: string,
): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const left = done > 0 ? (elapsedSeconds * (total - done)) / done : Number.NaN;
  const eta = Number.isFinite(left) && done < total ? `  ${Math.ceil(left)}s left` : '';
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const what = label ? `  ${label}` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent}  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}${eta}${what}`;
}

/**
 * A progress bar on stderr: redrawn in place on a terminal; elsewhere (a log, CI) a line at
 * every tenth, so the output stays short.
 */
export function progressBar(total: number, unit: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastTenth = -1;
  return {
    update(done: number, label?: string) {
      const line = progressLine(done, total, (performance.now() - started) / 1000, unit, label);
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`);
        if (done >= total) stream.write('\n');
        return;
      }
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth !== lastTenth) stream.write(`${line}\n`);
      lastTenth = tenth;
    },
  };
}

/** A line on stderr naming a step of long work that has no count to show. */
export function progressStep(message: string, stream: NodeJS.WriteStream = process.stderr): void {
  stream.write(`${message}\n`);
}
