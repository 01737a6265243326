import { pino } from 'pino';
import type { Logger } from '../core/ports/logger.js';
import { redactPersonalData } from '../core/privacy/redact-personal-data.js';

/** Field names whose values are personal data or customer text wherever they appear in a log object. */
const REDACTED_FIELDS = [
  'email',
  'name',
  'phone',
  'requester',
  'subject',
  'description',
  'text',
  'body',
  'comment',
  'question',
  'answer',
  'authorization',
  'token',
  'secret',
  'password',
];

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: redactPersonalData(value.message),
      code: (value as { code?: unknown }).code,
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = REDACTED_FIELDS.includes(key.toLowerCase()) ? '[redacted]' : scrub(v, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  /** Where JSON lines go; standard error by default so that standard output stays for answers. */
  destination?: NodeJS.WritableStream;
}

/** The one root logger: pino JSON with personal data scrubbed from every message and field. */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: undefined,
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((a) => (typeof a === 'string' ? redactPersonalData(a) : a));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    (opts.destination ?? process.stderr) as pino.DestinationStream,
  );
}
