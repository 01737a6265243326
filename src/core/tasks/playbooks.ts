import { z } from 'zod';
import { LANGUAGES, type Language } from '../language/languages.js';
import { REQUEST_TYPES, type RequestType } from './task.js';

const localized = z.object(
  Object.fromEntries(LANGUAGES.map((l) => [l, z.string().trim().min(1)])) as Record<Language, z.ZodString>,
);

const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case, e.g. verify-identity' }),
  title: localized,
  /** The provision the step comes from, shown beside it (e.g. "Art. 19"). */
  article: z.string().trim().min(1).optional(),
});

/** One checklist: the steps for a request type, or the steps of a refusal (Art. 12(4)). */
export const playbookSchema = z
  .strictObject({
    type: z.enum([...REQUEST_TYPES, 'refusal']),
    /** The policy sections (or §11 passages) an agent should have at hand, cited in the ticket note. */
    policySections: z
      .array(z.string().regex(/^\d+(\.\d+)?$/, { error: 'must be a policy section id such as 8 or 11.3' }))
      .default([]),
    items: z.array(itemSchema).min(1),
  })
  .refine((p) => new Set(p.items.map((i) => i.id)).size === p.items.length, {
    error: 'item ids must be unique',
    path: ['items'],
  });

export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookItem = Playbook['items'][number];

export interface Playbooks {
  byType: Readonly<Record<RequestType, Playbook>>;
  refusal: Playbook;
}

export class PlaybookError extends Error {
  constructor(readonly problems: string[]) {
    super(`Playbooks are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PlaybookError';
  }
}

/** A playbook file as read: its parsed JSON, or why it could not be read (named for messages). */
export type PlaybookFile = { name: string; content: unknown } | { name: string; problem: string };

export interface PlaybookOptions {
  /** The ids of the policy's sections and passages: `policySections` must name one of them. */
  sectionIds?: ReadonlySet<string>;
  /** Where the files were read from, to say where a missing playbook was looked for. */
  dir?: string;
}

const TYPES: readonly string[] = [...REQUEST_TYPES, 'refusal'];

/** The types a file speaks for, so that a broken file is not also a missing one: its `type` and its name. */
function typesOf(file: PlaybookFile): string[] {
  const declared = 'content' in file ? (file.content as { type?: unknown } | null)?.type : undefined;
  const named = baseName(file.name).replace(/\.json$/, '');
  return [declared, named].filter((t): t is string => typeof t === 'string' && TYPES.includes(t));
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/**
 * Validates playbook files (already parsed JSON, named for messages) and indexes them by type.
 * Every request type and the refusal playbook must be present exactly once, each in a file named
 * for its type, citing only sections the policy has; all problems are reported together, and a
 * broken file is not also reported as a missing playbook.
 */
export function parsePlaybooks(files: ReadonlyArray<PlaybookFile>, options: PlaybookOptions = {}): Playbooks {
  const problems: string[] = [];
  const found = new Map<string, Playbook>();
  const claimed = new Set<string>();
  for (const file of files) {
    for (const type of typesOf(file)) claimed.add(type);
    if ('problem' in file) {
      problems.push(`${file.name}: ${file.problem}`);
      continue;
    }
    const parsed = playbookSchema.safeParse(file.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file.name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    const playbook = parsed.data;
    const expected = `${playbook.type}.json`;
    if (baseName(file.name) !== expected) {
      problems.push(`${file.name}: type: "${playbook.type}" belongs in a file named ${expected}`);
      continue;
    }
    if (found.has(playbook.type)) problems.push(`${file.name}: a second playbook for ${playbook.type}`);
    found.set(playbook.type, playbook);
    const { sectionIds } = options;
    playbook.policySections.forEach((id, i) => {
      if (sectionIds && !sectionIds.has(id))
        problems.push(`${file.name}: policySections.${i}: "${id}" is not a section of the policy`);
    });
  }
  for (const type of TYPES)
    if (!claimed.has(type))
      problems.push(`${options.dir ? `${options.dir}: ` : ''}no playbook for ${type} (${type}.json)`);
  if (problems.length > 0) throw new PlaybookError(problems);
  const byType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, found.get(t)])) as Record<
    RequestType,
    Playbook
  >;
  return { byType, refusal: found.get('refusal') as Playbook };
}
