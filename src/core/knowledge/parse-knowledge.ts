import type { z } from 'zod';
import { LANGUAGES } from '../language/languages.js';
import {
  type Knowledge,
  type PolicyFile,
  policyFileSchema,
  type Section,
  type SectionFile,
  sectionFileSchema,
} from './knowledge-schema.js';
import { type AnswerModelFile, answerModelFileSchema } from './learned/answer-model-schema.js';
import { computePolicyVersion } from './policy-version.js';

/** A knowledge file as read from disk: its name (for messages) and its parsed JSON. */
export interface KnowledgeFileContent {
  file: string;
  content: unknown;
}

/** Every problem found in the knowledge files, each naming the file and the field. */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The knowledge base is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(file)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

/** The file a section lives in: `8` → `08.json`, `11.3` → `11.3.json` (so that files sort in policy order). */
export function sectionFileName(id: string): string {
  const [main = '', sub] = id.split('.');
  return `${main.padStart(2, '0')}${sub ? `.${sub}` : ''}.json`;
}

/** Orders section ids as the policy does: 4 < 4.1 < 4.4 < 5 < 11 < 11.1 < 12. */
export function compareSectionIds(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** The section id a file is named for (`08.json` → `8`), or null. */
function idOfFileName(file: string): string | null {
  const match = /^(\d+)(\.\d+)?\.json$/.exec(file.split(/[\\/]/).pop() ?? '');
  return match ? `${Number(match[1])}${match[2] ?? ''}` : null;
}

/**
 * `broken`: the ids of section files that failed their own validation. They count as present, so
 * that a broken file is reported once, for itself, not again as a missing parent or model section.
 */
function crossChecks(
  files: Array<{ file: string; data: SectionFile }>,
  broken: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const expected = sectionFileName(data.id);
    const name = file.split(/[\\/]/).pop();
    if (name !== expected) problems.push(`${file}: id: "${data.id}" belongs in a file named ${expected}`);
    const other = seen.get(data.id);
    if (other) problems.push(`${file}: id: "${data.id}" is also the id in ${other}`);
    seen.set(data.id, file);
  }
  for (const { file, data } of files) {
    const parent = data.id.includes('.') ? data.id.split('.')[0] : null;
    if (parent && !seen.has(parent) && !broken.has(parent))
      problems.push(`${file}: id: section ${parent} (its parent) is missing`);
    if (!parent && data.passage)
      problems.push(`${file}: passage: only a subsection id (such as "11.3") can be a passage`);
    if (data.listNumber !== undefined && !data.passage)
      problems.push(`${file}: listNumber: only a passage has a number in its parent's list`);
    const hasChildren = files.some((f) => f.data.id.startsWith(`${data.id}.`));
    for (const language of LANGUAGES) {
      if (data[language].text.length === 0 && !hasChildren) {
        problems.push(`${file}: ${language}.text: is empty and the section has no subsections`);
      }
    }
  }
  return problems;
}

/** The model's sections must be the policy's public sections, and its bias one per class. */
function modelChecks(
  file: string,
  model: AnswerModelFile,
  sections: SectionFile[],
  broken: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const publicIds = new Set(sections.filter((s) => !s.passage).map((s) => s.id));
  for (const id of model.sections)
    if (!publicIds.has(id) && !broken.has(id))
      problems.push(`${file}: sections: "${id}" is not a section of the policy`);
  if (model.bias.length !== model.sections.length + 1)
    problems.push(`${file}: bias: needs one value per section and one for "out of scope"`);
  return problems;
}

/**
 * Validates the policy file, the section files and the learned model (optional) and assembles the
 * knowledge base. Throws a `KnowledgeError` listing every problem (file and field), so one run
 * shows all that needs fixing.
 */
export function parseKnowledge(
  policy: KnowledgeFileContent,
  sectionFiles: KnowledgeFileContent[],
  modelFile?: KnowledgeFileContent,
): Knowledge {
  const problems: string[] = [];
  const policyResult = policyFileSchema.safeParse(policy.content);
  if (!policyResult.success) problems.push(...describeIssues(policy.file, policyResult.error));
  const valid: Array<{ file: string; data: SectionFile }> = [];
  const broken = new Set<string>();
  for (const { file, content } of sectionFiles) {
    const result = sectionFileSchema.safeParse(content);
    if (result.success) valid.push({ file, data: result.data });
    else {
      problems.push(...describeIssues(file, result.error));
      const id = idOfFileName(file);
      if (id) broken.add(id);
    }
  }
  if (sectionFiles.length === 0) problems.push('no section files found');
  problems.push(...crossChecks(valid, broken));
  let model: AnswerModelFile | null = null;
  if (modelFile) {
    const result = answerModelFileSchema.safeParse(modelFile.content);
    if (result.success) {
      model = result.data;
      problems.push(
        ...modelChecks(
          modelFile.file,
          model,
          valid.map((v) => v.data),
          broken,
        ),
      );
    } else problems.push(...describeIssues(modelFile.file, result.error));
  }
  if (problems.length > 0 || !policyResult.success) throw new KnowledgeError(problems);
  return assemble(
    policyResult.data,
    valid.map((v) => v.data),
    model,
  );
}

function assemble(policy: PolicyFile, files: SectionFile[], model: AnswerModelFile | null): Knowledge {
  const sections: Section[] = files
    .map((f) => ({
      id: f.id,
      parentId: f.id.includes('.') ? (f.id.split('.')[0] as string) : null,
      editorialTitle: f.editorialTitle,
      passage: f.passage,
      listNumber: f.listNumber ?? null,
      texts: {
        nl: { title: f.nl.title, text: f.nl.text, hints: f.nl.hints },
        en: { title: f.en.title, text: f.en.text, hints: f.en.hints },
        sv: { title: f.sv.title, text: f.sv.text, hints: f.sv.hints },
        de: { title: f.de.title, text: f.de.text, hints: f.de.hints },
      },
    }))
    .sort((a, b) => compareSectionIds(a.id, b.id));
  return {
    version: computePolicyVersion(sections),
    name: policy.name,
    translationNotice: policy.translationNotice,
    notCovered: policy.notCovered,
    sections,
    model,
  };
}
