import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

/**
 * Slack re-sends an event it thinks was not received (`x-slack-retry-num`); Bolt does not filter
 * those. The first delivery of an `event_id` is recorded in the store (atomic across replicas),
 * and a repeat stops here, so a question is never answered twice.
 */
export function dedupeEvents(app: App, deps: Pick<SlackDeps, 'firstDelivery' | 'logger'>): void {
  app.use(async ({ body, next }: AnyMiddlewareArgs & { next: () => Promise<void> }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await deps.firstDelivery(eventId))) {
      deps.logger.info({ eventId }, 'repeated Slack event ignored');
      return;
    }
    await next();
  });
}
