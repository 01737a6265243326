/** Slack mrkdwn treats &, < and > as control characters: text from elsewhere is escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters (Slack's field limits), marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** An assignee as a mention when it is a Slack user id, otherwise as (escaped) text. */
export function mentionOf(assignee: string): string {
  return SLACK_USER_ID.test(assignee) ? `<@${assignee}>` : escapeMrkdwn(assignee);
}

/** The agent-side link to a Zendesk ticket, or null without a subdomain. */
export function ticketUrl(ticketId: string, subdomain: string | null): string | null {
  return subdomain ? `https://${subdomain}.zendesk.com/agent/tickets/${encodeURIComponent(ticketId)}` : null;
}

/** `#9001` linked to the ticket when the subdomain is known. */
export function ticketLink(ticketId: string, subdomain: string | null): string {
  const url = ticketUrl(ticketId, subdomain);
  return url ? `<${url}|#${escapeMrkdwn(ticketId)}>` : `#${escapeMrkdwn(ticketId)}`;
}

/** Splits long text into pieces of at most `max` characters at paragraph or line ends (section blocks hold 3000). */
export function splitText(text: string, max = 2900): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= max) {
      current = next;
      continue;
    }
    if (current) pieces.push(current);
    current = line;
    while (current.length > max) {
      pieces.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
