export interface Progress {
  /** Shows `text` in place of the previous update. */
  update(text: string): void;
  /** Clears the line, before the command prints its result. */
  done(): void;
}

const CLEAR_LINE = '\r\x1b[K';

/**
 * A one-line progress display for long CLI work (the purge, imports), on standard error and only
 * when it is a terminal: piped or logged output never gets carriage returns. Updates are drawn at
 * most every `everyMs` so a fast loop does not flood the terminal.
 */
export function createProgress(stream: NodeJS.WritableStream, everyMs = 100): Progress {
  if ((stream as { isTTY?: boolean }).isTTY !== true) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(text) {
      const now = Date.now();
      if (shown && now - last < everyMs) return;
      last = now;
      shown = true;
      stream.write(`${CLEAR_LINE}${text}`);
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
