import { z } from 'zod';
import type { TicketText } from '../../../core/triage/triage-types.js';

/** A ticket as the CLI reads it: Zendesk-like field names, `requester` as an address or an object. */
export const ticketInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    subject: z.string().max(10_000).default(''),
    description: z.string(),
    requester: z
      .union([z.string(), z.object({ email: z.string().nullish(), name: z.string().nullish() })])
      .nullish(),
    created_at: z.string().optional(),
    createdAt: z.string().optional(),
  })
  .loose();

export type TicketInput = z.infer<typeof ticketInput>;

export function toTicketText(input: TicketInput): TicketText {
  const requester =
    typeof input.requester === 'string' ? { email: input.requester } : (input.requester ?? null);
  return {
    subject: input.subject,
    description: input.description,
    requester,
    createdAt: input.createdAt ?? input.created_at,
  };
}

/** zod problems as one line: `description: Invalid input: expected string, received undefined`. */
export function describeProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(ticket)'}: ${issue.message}`).join('; ');
}
