import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';

const describe = (parts: unknown[]): { message: string; err?: unknown } => {
  const err = parts.find((p) => p instanceof Error);
  const message = parts
    .filter((p) => !(p instanceof Error))
    .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
  return err ? { message, err } : { message };
};

/**
 * Bolt's and the Web API client's `Logger` on top of pino. Their `debug` output is dropped on
 * purpose: Bolt logs whole request bodies there (questions people typed) and the client logs
 * message bodies. Info and above go to pino, whose redaction scrubs what remains.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const write = (method: 'info' | 'warn' | 'error', parts: unknown[]) => {
    const { message, err } = describe(parts);
    logger[method](err ? { err } : {}, message);
  };
  return {
    debug: () => {},
    info: (...parts: unknown[]) => {
      if (level !== LogLevel.WARN && level !== LogLevel.ERROR) write('info', parts);
    },
    warn: (...parts: unknown[]) => {
      if (level !== LogLevel.ERROR) write('warn', parts);
    },
    error: (...parts: unknown[]) => write('error', parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
