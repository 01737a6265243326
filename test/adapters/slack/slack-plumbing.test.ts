import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/create-bolt-logger.js';
import { createSlackOutboxHandler } from '../../../src/adapters/slack/create-slack-outbox-handler.js';
import { toDeliveryError } from '../../../src/adapters/slack/to-delivery-error.js';
import { createTranslate } from '../../../src/app/create-i18n.js';
import type { OutboxMessage } from '../../../src/core/ports/outbox.js';
import { playbooks, SE } from '../../core/tasks/task-fixtures.js';
import { recordingLogger } from '../../support/silent-logger.js';

const platformError = (error: string) =>
  Object.assign(new Error(error), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error } });

describe('toDeliveryError', () => {
  it('waits out a rate limit, gives up on setup errors, and retries outages', () => {
    const limited = toDeliveryError(
      Object.assign(new Error('429'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 12 }),
    );
    expect(limited.opts).toEqual({ retryAfterMs: 12_000, status: 429 });
    expect(toDeliveryError(platformError('channel_not_found')).opts.permanent).toBe(true);
    expect(toDeliveryError(platformError('internal_error')).opts.permanent).toBe(false);
    expect(
      toDeliveryError(Object.assign(new Error('x'), { code: webApi.ErrorCode.HTTPError, statusCode: 503 }))
        .opts,
    ).toEqual({ status: 503, permanent: false });
    expect(
      toDeliveryError(Object.assign(new Error('x'), { code: webApi.ErrorCode.HTTPError, statusCode: 404 }))
        .opts.permanent,
    ).toBe(true);
    expect(toDeliveryError(new Error('ECONNRESET')).opts).toEqual({});
  });
});

describe('createBoltLogger', () => {
  it("drops Bolt's debug output (whole request bodies) and passes warnings and errors to pino", () => {
    const lines: Array<{ level: string; obj: unknown; msg?: string }> = [];
    const logger = createBoltLogger(recordingLogger(lines));
    logger.debug('{"event":{"text":"my e-mail is ann@example.com"}}');
    logger.info('starting');
    logger.warn('slow', 'down');
    logger.error(new Error('boom'), 'while handling');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['info', 'starting'],
      ['warn', 'slow down'],
      ['error', 'while handling'],
    ]);
    logger.setLevel(webApi.LogLevel.ERROR);
    logger.warn('hidden');
    expect(lines).toHaveLength(3);
    expect(logger.getLevel()).toBe('error');
  });
});

describe('createSlackOutboxHandler', () => {
  const message = (kind: string, payload: Record<string, unknown>): OutboxMessage => ({
    id: 'm1',
    destination: 'slack',
    kind,
    payload,
    dedupeKey: null,
    createdAt: '2025-03-03T00:00:00Z',
    attempts: 0,
    nextAttemptAt: '2025-03-03T00:00:00Z',
    lastError: null,
    deliveredAt: null,
    deadAt: null,
  });
  const handler = (leaseFree: boolean) =>
    createSlackOutboxHandler({
      client: {} as webApi.WebClient,
      tasks: { get: async () => null, playbooks },
      cards: { get: async () => null, set: async () => {} },
      leases: { acquireLease: async () => leaseFree, releaseLease: async () => {} },
      worker: 'w1',
      leaseMs: 30_000,
      directory: { localeOf: async () => 'en' },
      settings: {
        privacyChannel: 'C1',
        privacyUsergroup: null,
        staffLocale: 'en',
        defaultLanguage: 'en',
        zendeskSubdomain: null,
        calendar: SE,
      },
      translate: createTranslate(),
      clock: { now: () => new Date('2025-03-03T10:00:00Z') },
      logger: recordingLogger(),
    });

  it('retries soon when another worker is writing the same card, and refuses unknown or malformed messages for good', async () => {
    await expect(handler(false)(message('task.changed', { taskId: 't1' }))).rejects.toMatchObject({
      opts: { retryAfterMs: 1_000 },
    });
    await expect(handler(true)(message('task.changed', { taskId: 't1' }))).resolves.toBeUndefined();
    await expect(handler(true)(message('slack.poke', {}))).rejects.toMatchObject({
      opts: { permanent: true },
    });
    await expect(handler(true)(message('digest', { digest: {} }))).rejects.toMatchObject({
      opts: { permanent: true },
    });
  });
});

describe('createSlackApp', () => {
  it('serves /slack/events in HTTP mode and mounts nothing in Socket Mode', async () => {
    const { createSlackApp, interactiveClientOptions } = await import(
      '../../../src/adapters/slack/create-slack-app.js'
    );
    const logger = recordingLogger();
    const base = {
      botToken: 'xoxb-1',
      clientOptions: interactiveClientOptions('http://127.0.0.1:9/api', createBoltLogger(logger)),
      boltLogger: createBoltLogger(logger),
      logger,
      deps: {} as never,
    };
    expect(base.clientOptions.slackApiUrl).toBe('http://127.0.0.1:9/api/');
    expect(base.clientOptions.retryConfig?.retries).toBe(2);
    const http = createSlackApp({ ...base, signingSecret: 'secret' });
    expect(http.mode).toBe('http');
    expect(typeof http.requestListener).toBe('function');
    const socket = createSlackApp({ ...base, signingSecret: 'secret', appToken: 'xapp-1-A-1-abc' });
    expect(socket.mode).toBe('socket');
    expect(socket.requestListener).toBeNull();
    expect(() => createSlackApp(base)).toThrow(/SLACK_SIGNING_SECRET .* SLACK_APP_TOKEN/);
  });
});
