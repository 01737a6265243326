import type { CliCommand } from '../cli-command.js';

/** Sub-commands, loaded on demand so that start-up reads only the one asked for. */
export const COMMANDS: ReadonlyArray<{ name: string; summary: string; load: () => Promise<CliCommand> }> = [];
