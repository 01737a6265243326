import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports/store.js';
import { makeVote } from './store-fixtures.js';

/** What every store must do with answer feedback; the Postgres store runs the same suite. */
export function describeFeedbackConformance(name: string, open: () => Promise<Store>) {
  describe(`${name}: answer feedback`, () => {
    it('stores a vote and reads it back', async () => {
      const store = await open();
      await store.recordFeedback(makeVote());
      expect(await store.listFeedback({ limit: 10 })).toEqual([makeVote()]);
      await store.close();
    });

    it('replaces a vote with the same id (a changed mind), and keeps others', async () => {
      const store = await open();
      await store.recordFeedback(makeVote());
      await store.recordFeedback(makeVote({ id: 'vote-2', at: '2025-03-04T11:00:00.000Z', helpful: false }));
      await store.recordFeedback(makeVote({ at: '2025-03-04T12:00:00.000Z', helpful: false }));
      const all = await store.listFeedback({ limit: 10 });
      expect(all.map((v) => [v.id, v.helpful, v.at])).toEqual([
        ['vote-1', false, '2025-03-04T12:00:00.000Z'],
        ['vote-2', false, '2025-03-04T11:00:00.000Z'],
      ]);
      expect(await store.listFeedback({ since: '2025-03-04T11:30:00.000Z', limit: 10 })).toHaveLength(1);
      expect(await store.listFeedback({ limit: 1 })).toHaveLength(1);
      await store.close();
    });

    it('erases question text once it expires, keeping the vote', async () => {
      const store = await open();
      await store.recordFeedback(makeVote());
      await store.recordFeedback(
        makeVote({ id: 'vote-2', question: 'Wie ziet mijn data?', expiresAt: '2025-09-01T00:00:00.000Z' }),
      );
      await store.recordFeedback(
        makeVote({ id: 'vote-3', question: null, answered: false, sectionId: null }),
      );
      expect(await store.eraseExpiredFeedback('2025-06-01T00:00:00.000Z')).toBe(0);
      expect(await store.eraseExpiredFeedback('2025-06-02T10:00:00.000Z')).toBe(1);
      const byId = new Map((await store.listFeedback({ limit: 10 })).map((v) => [v.id, v]));
      expect(byId.get('vote-1')?.question).toBeNull();
      expect(byId.get('vote-1')?.helpful).toBe(true);
      expect(byId.get('vote-2')?.question).toBe('Wie ziet mijn data?');
      expect(byId.get('vote-3')).toMatchObject({ answered: false, sectionId: null, question: null });
      await store.close();
    });
  });
}
