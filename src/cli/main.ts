#!/usr/bin/env node
import { loadDotEnv } from './load-dot-env.js';
import { runCli } from './run-cli.js';

loadDotEnv(process.env);
const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
