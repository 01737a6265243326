import { spawn } from 'node:child_process';

/** The tsx loader by absolute URL, so that a process started in any folder finds it. */
const TSX = import.meta.resolve('tsx');

export interface SpawnedProcess {
  /** Standard output so far. */
  out(): string;
  /** Standard error so far. */
  err(): string;
  /** Both, in the order they arrived. */
  output(): string;
  /** Resolves with the exit code once the process has exited and its output is read (null after a signal). */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  pid: number;
}

/**
 * `node --import tsx <args>` in its own OS process with exactly `env` (nothing inherited), its
 * output collected; `input` (when given) is written to its standard input, which is then closed.
 */
export function spawnTsx(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; input?: string }) {
  const child = spawn(process.execPath, ['--import', TSX, ...args], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let all = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
    all += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
    all += String(chunk);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  if (opts.input !== undefined) child.stdin?.end(opts.input);
  const spawned: SpawnedProcess = {
    out: () => out,
    err: () => err,
    output: () => all,
    exited,
    kill: (signal) => child.kill(signal),
    pid: child.pid as number,
  };
  return spawned;
}
