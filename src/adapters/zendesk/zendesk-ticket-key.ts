/** The inbox source of every Zendesk ticket delivery, whether it came by webhook or by polling. */
export const ZENDESK_TICKET_SOURCE = 'zendesk';

/** One inbox entry per ticket: webhook retries, a second trigger and the poller all map to it. */
export function zendeskTicketKey(ticketId: string | number): string {
  return `zendesk-ticket:${ticketId}`;
}
