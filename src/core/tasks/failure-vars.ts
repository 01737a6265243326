import type { Language } from '../language/languages.js';
import type { TaskFailure } from './task-errors.js';

type Text = (key: string) => string;

/**
 * The variables of a lifecycle refusal for one reader: status and type in words, and the open
 * checklist items by their playbook titles in the reader's language (the core supplies them per
 * language as `items_<lng>`; `items` holds the ids for older callers). Every door renders refusals
 * through this, so staff read what the card shows.
 */
export function failureVars(failure: TaskFailure, language: Language, t: Text): Record<string, unknown> {
  const vars: Record<string, unknown> = { ...failure.vars };
  if (failure.vars.status) vars.status = t(`tasks:status.${failure.vars.status}`);
  if (failure.vars.type) vars.type = t(`tasks:type.${failure.vars.type}`);
  const titles = failure.vars[`items_${language}`];
  if (titles) vars.items = titles;
  return vars;
}
