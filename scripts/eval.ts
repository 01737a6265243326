import { runSuites } from './run-suite.js';

process.exitCode = await runSuites('eval', process.argv.slice(2));
