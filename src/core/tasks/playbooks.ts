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

/**
 * Validates playbook files (already parsed JSON, named for messages) and indexes them by type.
 * Every request type and the refusal playbook must be present exactly once; all problems are
 * reported together.
 */
export function parsePlaybooks(files: ReadonlyArray<{ name: string; content: unknown }>): Playbooks {
  const problems: string[] = [];
  const found = new Map<string, Playbook>();
  for (const file of files) {
    const parsed = playbookSchema.safeParse(file.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file.name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    if (found.has(parsed.data.type)) problems.push(`${file.name}: a second playbook for ${parsed.data.type}`);
    found.set(parsed.data.type, parsed.data);
  }
  for (const type of [...REQUEST_TYPES, 'refusal'])
    if (!found.has(type)) problems.push(`no playbook for ${type}`);
  if (problems.length > 0) throw new PlaybookError(problems);
  const byType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, found.get(t)])) as Record<
    RequestType,
    Playbook
  >;
  return { byType, refusal: found.get('refusal') as Playbook };
}
