import { createPolicyReader, type PolicyReader } from '../core/intake/create-policy-reader.js';
import type { App } from './create-app.js';
import { createSchedulerExtension } from './create-scheduler-extension.js';
import { createSlackExtension } from './create-slack-extension.js';
import { createZendeskExtension } from './create-zendesk-extension.js';
import { lazy } from './lazy.js';
import type { ServerExtensionFactory } from './server-extension.js';

/**
 * The doors `serve` opens on the shared server, each only when configured. Slack adds its factory
 * here. `policy` is injectable so tests can read tickets with a fixed knowledge base.
 */
export function createServeExtensions(app: App, policy?: PolicyReader): ServerExtensionFactory[] {
  const reader = lazy(
    () => policy ?? createPolicyReader(app.knowledge(), app.config.DEFAULT_LANGUAGE, app.playbooks()),
  );
  return [
    (context) => createZendeskExtension(app, context, reader()),
    (context) => createSlackExtension(app, context),
    // Last: stopped after the doors, so what they queued is flushed with the outbox.
    (context) => createSchedulerExtension(app, context),
  ];
}
