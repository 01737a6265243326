import type { App } from '@slack/bolt';
import { OPEN_STATUSES } from '../../../core/tasks/task.js';
import { renderHome } from '../blocks/render-home.js';
import type { SlackDeps } from '../slack-deps.js';
import { checkStaff } from './task-replies.js';

/** More open tasks than this are summarised as "and N more". */
const HOME_LIMIT = 500;

/** Publishes the App Home tab each time someone opens it, so it is always current. */
export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const { staff, language } = await checkStaff(deps, event.user);
    const tasks = staff
      ? {
          mine: await deps.tasks.list({ assignee: event.user, status: OPEN_STATUSES, limit: HOME_LIMIT }),
          team: await deps.tasks.list({ status: OPEN_STATUSES, limit: HOME_LIMIT }),
        }
      : null;
    const view = renderHome(
      { viewer: event.user, language, tasks },
      {
        settings: deps.settings,
        playbooks: deps.tasks.playbooks,
        translate: deps.translate,
        now: deps.clock.now().toISOString(),
      },
    );
    await client.views.publish({ user_id: event.user, view });
  });
}
