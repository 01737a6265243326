import type { Logger } from '../../src/core/ports/logger.js';

/** A logger that records what was logged, for tests that check log content. */
export function recordingLogger(lines: Array<{ level: string; obj: unknown; msg?: string }> = []): Logger {
  const make = (bindings: Record<string, unknown>): Logger => {
    const at =
      (level: string) =>
      (obj: object | string, msg?: string): void => {
        lines.push({
          level,
          obj: typeof obj === 'string' ? { ...bindings, msg: obj } : { ...bindings, ...obj },
          msg,
        });
      };
    return {
      trace: at('trace'),
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}
