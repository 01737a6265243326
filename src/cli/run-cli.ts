import { type App, createApp } from '../app/create-app.js';
import { ConfigError } from '../app/load-config.js';
import { KnowledgeError } from '../core/knowledge/parse-knowledge.js';
import { PlaybookError } from '../core/tasks/playbooks.js';
import { CliError, type CliIo } from './cli-command.js';
import { COMMANDS } from './commands/index.js';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  return [
    'privacy-assistant — answers privacy-policy questions, recognises privacy requests, tracks GDPR deadlines.',
    '',
    'Usage: privacy-assistant <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `privacy-assistant <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Runs one CLI invocation against `io`; returns the exit code. Tests call this in-process. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name ? 0 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('privacy-assistant 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`Unknown command "${name}". Run \`privacy-assistant --help\` for the list.\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  let app: App | undefined;
  try {
    app = createApp({ env: io.env, stderr: io.stderr });
    return await command.run(rest, io, app);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    // Configuration, policy and playbooks are all configuration: every problem listed, EX_CONFIG.
    if (error instanceof ConfigError || error instanceof KnowledgeError || error instanceof PlaybookError) {
      io.stderr.write(`${error.message}\n`);
      return 78;
    }
    io.stderr.write(`Unexpected error: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await app?.close();
  }
}
