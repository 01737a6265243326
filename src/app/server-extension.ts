import type { Route } from '../adapters/http/http-types.js';
import type { OutboxHandler } from '../core/delivery/deliver-outbox.js';
import type { InboxProcessor } from '../core/delivery/process-inbox.js';
import type { Store } from '../core/ports/store.js';

/** What the server gives an extension: the store, its worker name, and ways to wake the workers. */
export interface ServerContext {
  store: Store;
  /** This process's name for leases and claims. */
  worker: string;
  /** Run the inbox worker now (after a delivery was recorded). */
  kickInbox(): void;
  /** Run the outbox worker now (after tasks or replies were queued). */
  kickOutbox(): void;
}

/**
 * One door into the bot on the shared server: Zendesk today, Slack next. Each brings its routes,
 * the inbox sources it processes, the outbox destinations it delivers, and its own loops.
 */
export interface ServerExtension {
  name: string;
  routes?: readonly Route[];
  /** Processors of recorded deliveries, by inbox `source`. */
  inbox?: Readonly<Record<string, InboxProcessor>>;
  /** Handlers of outbox messages, by `destination`. */
  outbox?: Readonly<Record<string, OutboxHandler>>;
  /** Starts the extension's own loops (a poller); called once the server listens. */
  start?(): void | Promise<void>;
  /** Stops taking new work; called first on shutdown, before the workers drain. */
  stop?(): Promise<void>;
}

/** Builds an extension once the store is open; returns null when the door is not configured. */
export type ServerExtensionFactory = (context: ServerContext) => Promise<ServerExtension | null>;
