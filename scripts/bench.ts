import { runSuites } from './run-suite.js';

process.exitCode = await runSuites('bench', process.argv.slice(2));
