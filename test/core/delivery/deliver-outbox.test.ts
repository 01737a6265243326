import { describe, expect, it } from 'vitest';
import { computeRetryDelay } from '../../../src/core/delivery/compute-retry-delay.js';
import { deliverOutbox } from '../../../src/core/delivery/deliver-outbox.js';
import { DeliveryError, type OutboxMessage, type OutboxStore } from '../../../src/core/ports/outbox.js';
import { recordingLogger } from '../../support/silent-logger.js';

function fakeOutbox(messages: OutboxMessage[]) {
  const delivered: string[] = [];
  const failed: Array<{ id: string; retryAt: string; dead: boolean; error: string }> = [];
  const store: OutboxStore = {
    enqueue: async () => 0,
    claimOutbox: async ({ limit }) => messages.filter((m) => !delivered.includes(m.id)).slice(0, limit),
    markDelivered: async (id) => {
      delivered.push(id);
    },
    markFailed: async (id, opts) => {
      failed.push({ id, ...opts });
    },
    countPendingOutbox: async () => messages.length - delivered.length,
  };
  return { store, delivered, failed };
}

const message = (id: string, destination: string, attempts = 0): OutboxMessage => ({
  id,
  destination,
  kind: 'task.created',
  payload: { taskId: 't1' },
  dedupeKey: null,
  createdAt: '2025-01-01T10:00:00.000Z',
  attempts,
  nextAttemptAt: '2025-01-01T10:00:00.000Z',
  lastError: null,
  deliveredAt: null,
  deadAt: null,
});

const clock = { now: () => new Date('2025-01-01T10:00:00.000Z') };

describe('deliverOutbox', () => {
  it('delivers each message through its destination handler and marks it delivered', async () => {
    const { store, delivered } = fakeOutbox([message('m1', 'zendesk'), message('m2', 'slack')]);
    const seen: string[] = [];
    const handler = async (m: OutboxMessage) => {
      seen.push(`${m.destination}:${m.id}`);
    };
    const count = await deliverOutbox({
      store,
      handlers: { zendesk: handler, slack: handler },
      clock,
      logger: recordingLogger(),
      worker: 'w1',
    });
    expect(count).toBe(2);
    expect(seen).toEqual(['zendesk:m1', 'slack:m2']);
    expect(delivered).toEqual(['m1', 'm2']);
  });

  it('honours Retry-After from a rate-limited destination', async () => {
    const { store, failed } = fakeOutbox([message('m1', 'zendesk')]);
    await deliverOutbox({
      store,
      handlers: {
        zendesk: async () => {
          throw new DeliveryError('429', { retryAfterMs: 30_000, status: 429 });
        },
      },
      clock,
      logger: recordingLogger(),
      worker: 'w1',
    });
    expect(failed).toEqual([
      { id: 'm1', retryAt: '2025-01-01T10:00:30.000Z', dead: false, error: '429', attempts: 1, status: 429 },
    ]);
  });

  it('gives up on a permanent error, a missing handler, or after the last attempt', async () => {
    const { store, failed } = fakeOutbox([
      message('m1', 'zendesk'),
      message('m2', 'nowhere'),
      message('m3', 'slack', 11),
    ]);
    await deliverOutbox({
      store,
      handlers: {
        zendesk: async () => {
          throw new DeliveryError('ticket deleted', { permanent: true, status: 404 });
        },
        slack: async () => {
          throw new Error('socket hang up');
        },
      },
      clock,
      logger: recordingLogger(),
      worker: 'w1',
      random: () => 0.5,
    });
    expect(failed.map((f) => [f.id, f.dead])).toEqual([
      ['m1', true],
      ['m2', true],
      ['m3', true],
    ]);
  });
});

describe('computeRetryDelay', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    const policy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 10 };
    expect(computeRetryDelay(1, { random: 0.999, policy })).toBe(999);
    expect(computeRetryDelay(4, { random: 0.999, policy })).toBe(7992);
    expect(computeRetryDelay(20, { random: 0.999, policy })).toBe(59_940);
    expect(computeRetryDelay(3, { random: 0, policy })).toBe(500);
    expect(computeRetryDelay(3, { retryAfterMs: 120_000, random: 0.5, policy })).toBe(60_000);
  });
});
