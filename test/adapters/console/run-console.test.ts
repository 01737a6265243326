import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ConsoleReply } from '../../../src/adapters/console/create-console-handler.js';
import { runConsole } from '../../../src/adapters/console/run-console.js';

async function run(input: string, interactive: boolean, handle: (line: string) => Promise<ConsoleReply>) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stdin.end(input);
  const handled = await runConsole(
    { input: stdin, output: stdout, interactive, welcome: 'WELCOME', prompt: 'P> ', bye: 'BYE' },
    handle,
  );
  return { out, handled };
}

const echo = async (line: string): Promise<ConsoleReply> =>
  line === 'quit' ? { output: '', quit: true } : { output: `<${line}>\n` };

describe('runConsole', () => {
  it('answers piped lines in order, quietly (no welcome, no prompt), until end of input', async () => {
    const { out, handled } = await run('one\n\ntwo\r\nthree', false, echo);
    expect(out).toBe('<one>\n\n<two>\n\n<three>\n');
    expect(handled).toBe(3);
  });

  it('handles one line at a time even when the handler is slow', async () => {
    const seen: string[] = [];
    const slow = async (line: string) => {
      seen.push(`start ${line}`);
      await new Promise((resolve) => setTimeout(resolve, line === 'a' ? 30 : 1));
      seen.push(`end ${line}`);
      return { output: `${line}\n` };
    };
    const { out } = await run('a\nb\n', false, slow);
    expect(seen).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(out).toBe('a\n\nb\n');
  });

  it('greets and prompts at a terminal, and stops at quit', async () => {
    const { out, handled } = await run('hello\nquit\nnever\n', true, echo);
    expect(out.startsWith('WELCOME\n')).toBe(true);
    expect(out).toContain('P> ');
    expect(out).toContain('<hello>');
    expect(out).not.toContain('<never>');
    expect(out.trimEnd().endsWith('BYE')).toBe(true);
    expect(handled).toBe(2);
  });
});
