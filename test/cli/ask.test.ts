import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app/project-paths.js';
import { knowledgeCopies } from '../support/knowledge-copies.js';
import { runCliCaptured } from '../support/run-cli-captured.js';

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  return runCliCaptured(args, { LOG_LEVEL: 'silent', ...env }, input);
}

const FIELDS = ['language', 'answered', 'sections', 'passage', 'answer', 'citation', 'policyVersion'];
const dir = mkdtempSync(join(tmpdir(), 'ask-cli-'));
const copyOfKnowledge = knowledgeCopies('ask-kb-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('privacy-assistant ask "<question>"', () => {
  it('answers a person in the question’s language with the citation and the Dutch original', async () => {
    const { code, out, err } = await cli(['ask', 'How long do you keep my data?']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('24 months (two years)');
    expect(out).toContain('Source: §8 How long do we keep your data?');
    expect(out).toMatch(
      /Dutch original, which prevails: §8 Hoe lang bewaren we uw gegevens\? \(policy version nl-[0-9a-f]{12}\)/,
    );
  });

  it('prints exactly the documented fields with --json', async () => {
    const { code, out } = await cli(['ask', '--json', 'Hoe lang bewaren jullie mijn gegevens?']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(FIELDS);
    expect(result).toMatchObject({
      language: 'nl',
      answered: true,
      citation: '§8 Hoe lang bewaren we uw gegevens?',
    });
    expect(result.sections[0]).toBe('8');
    expect(result.answer).toContain('24 maanden');
  });

  it('abstains politely, in the question’s language, with a hand-off and no citation', async () => {
    const { code, out } = await cli(['ask', '--json', 'Var är min beställning?']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ language: 'sv', answered: false, citation: null });
    expect(result.answer).toMatch(/integritetspolicy.*kundtjänst/s);
    const human = await cli(['ask', 'Wo ist meine Bestellung?']);
    expect(human.out).toMatch(/^Das scheint leider keine Frage zu unserer Datenschutzerklärung/);
  });

  it('answers in a forced language with --lang, and shows a whole section with --section', async () => {
    const forced = JSON.parse((await cli(['ask', '--json', '--lang', 'de', 'cookies'])).out);
    expect(forced).toMatchObject({ language: 'de', citation: '§12 Cookies' });
    const section = await cli(['ask', '--section', '11', '--lang', 'en']);
    expect(section.code).toBe(0);
    expect(section.out).toMatch(/^§11 Your rights\n/);
    // As the policy numbers them: the first four rights 1–4, the rest unheaded paragraphs.
    expect(section.out).toContain('\n3. Erasure of your personal data\nYou have the right');
    expect(section.out).not.toMatch(/11\.\d|Data portability/);
  });
});

describe('privacy-assistant ask --jsonl', () => {
  it('answers every line with its id and writes an error row for each bad line', async () => {
    const input = [
      JSON.stringify({ id: 'q1', text: 'Welke cookies gebruiken jullie?' }),
      'not json',
      JSON.stringify({ id: 2, text: '   ' }),
      '',
      JSON.stringify({ id: 'q4', text: 'When will my parcel arrive?' }),
      JSON.stringify({ text: 'no id' }),
    ].join('\n');
    const { code, out, err } = await cli(['ask', '--jsonl'], `${input}\n`);
    expect(code).toBe(1);
    expect(err).toMatch(/3 of 5 lines could not be read/);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0])).toEqual(['id', ...FIELDS]);
    expect(rows[0]).toMatchObject({ id: 'q1', language: 'nl', answered: true, citation: '§12 Cookies' });
    expect(Object.keys(rows[1])).toEqual(['error']);
    expect(rows[1].error).toMatch(/^line 2 is not a question/);
    expect(rows[2]).toMatchObject({ id: 2 });
    expect(rows[2].error).toMatch(/line 3 .*text: must not be empty/);
    expect(rows[3]).toMatchObject({ id: 'q4', answered: false, citation: null });
    // The line number is the input's own (the blank line 4 counts), so it can be found in the file.
    expect(rows[4].error).toMatch(/line 6 .*id/);
  });

  it('numbers error rows by input line when blank lines come first', async () => {
    const { code, out, err } = await cli(['ask', '--jsonl'], '\n\n[1]\n');
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toMatch(/^line 3 is not a question/);
    expect(err).toMatch(/1 of 1 lines/);
  });

  it('exits 0 when every line is answered', async () => {
    const { code, out } = await cli(['ask', '--jsonl'], '{"id":"a","text":"Wer ist verantwortlich?"}\n');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      id: 'a',
      language: 'de',
      sections: expect.arrayContaining(['3']),
    });
  });
});

describe('privacy-assistant ask: bad input', () => {
  it.each([
    [['ask'], /Ask a question/],
    [['ask', '   '], /Ask a question/],
    [['ask', '--verbose', 'x'], /Unknown option '--verbose'/],
    [['ask', '--lang', 'fr', 'x'], /--lang must be one of nl, en, sv, de/],
    [['ask', '--jsonl', 'question'], /not both/],
    [['ask', '--section', '99'], /There is no section 99/],
  ])('%j: a clear message, a non-zero exit, no stack trace', async (args, message) => {
    const { code, out, err } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('names the broken knowledge file and field (KNOWLEDGE_DIR)', async () => {
    const knowledge = copyOfKnowledge();
    writeFileSync(join(knowledge, 'policy', 'sections', '05.json'), JSON.stringify({ id: '5' }));
    const { code, err } = await cli(['ask', 'Why do you process my data?'], '', { KNOWLEDGE_DIR: knowledge });
    expect(code).toBe(78);
    expect(err).toMatch(/sections\/05\.json: nl: /);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('the real CLI', () => {
  it('answers from a spawned process', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--json', 'Vilka cookies använder ni?'],
      { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(JSON.parse(stdout)).toMatchObject({ language: 'sv', answered: true, citation: '§12 Cookies' });
  });
});
