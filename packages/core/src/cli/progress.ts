/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, a plain line
 * every few percent when it is not (logs and CI stay readable).
 */
export interface Progress {
  tick(done: number, detail?: string): void;
  done(message?: string): void;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  label: string,
  total: number,
): Progress {
  const tty = Boolean(stream.isTTY);
  let lastPlainStep = -1;
  const width = 28;
  return {
    tick(done, detail = '') {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (tty) {
        const filled = Math.round(fraction * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        const line = `${label} ${bar} ${done}/${total} ${detail}`;
        const columns = stream.columns ?? 100;
        stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
        return;
      }
      const step = Math.floor(fraction * 10);
      if (step !== lastPlainStep) {
        lastPlainStep = step;
        stream.write(`${label}: ${done}/${total}${detail ? ` (${detail})` : ''}\n`);
      }
    },
    done(message) {
      if (tty) stream.write(`\r${' '.repeat(Math.max(0, (stream.columns ?? 100) - 1))}\r`);
      if (message) stream.write(`${message}\n`);
    },
  };
}
