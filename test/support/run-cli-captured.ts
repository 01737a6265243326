import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

/** Runs the CLI in-process with `env` and optional standard input; returns exit code and output. */
export async function runCliCaptured(args: string[], env: Record<string, string | undefined>, input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  stdin.end(input);
  const code = await runCli(args, { stdin, stdout, stderr, env });
  return { code, out, err };
}
