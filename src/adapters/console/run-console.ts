import { createInterface } from 'node:readline';
import type { ConsoleReply } from './create-console-handler.js';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: greet and prompt. Piped input gets answers only. */
  interactive: boolean;
  welcome: string;
  prompt: string;
  bye: string;
}

/**
 * The console loop, like Hubot's shell adapter: each line of standard input goes to `handle`, one
 * at a time and in order, and its reply is written to standard output. Ends at end of input or on
 * `quit`. Returns how many lines were handled.
 */
export async function runConsole(
  io: ConsoleIo,
  handle: (line: string) => Promise<ConsoleReply>,
): Promise<number> {
  const lines = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const prompt = () => {
    if (io.interactive) {
      lines.setPrompt(io.prompt);
      lines.prompt();
    }
  };
  if (io.interactive) io.output.write(`${io.welcome}\n`);
  prompt();
  let handled = 0;
  try {
    for await (const line of lines) {
      if (line.trim() === '') {
        prompt();
        continue;
      }
      handled += 1;
      const reply = await handle(line);
      // A blank line between replies (after each one at a terminal, before the next one when piped).
      if (reply.output)
        io.output.write(io.interactive ? `${reply.output}\n` : `${handled > 1 ? '\n' : ''}${reply.output}`);
      if (reply.quit) break;
      prompt();
    }
  } finally {
    lines.close();
  }
  if (io.interactive) io.output.write(`${io.bye}\n`);
  return handled;
}
