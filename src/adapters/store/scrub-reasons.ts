const FREE_TEXT_HOLDERS = ['extension', 'refusal'];

/**
 * Blanks the free-text `reason` of an extension or refusal held at the top of a task or of an
 * audit before/after map: staff write those by hand and may name the requester.
 */
export function scrubReasons<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of FREE_TEXT_HOLDERS) {
    const holder = out[key] as { reason?: unknown } | null | undefined;
    if (holder && typeof holder.reason === 'string') out[key] = { ...holder, reason: '[purged]' };
  }
  return out as T;
}
