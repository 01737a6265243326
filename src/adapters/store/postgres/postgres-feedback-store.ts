import type pg from 'pg';
import type { FeedbackStore } from '../../../core/ports/feedback-store.js';
import { iso, POSTGRES_COLUMNS } from '../column-values.js';
import { fromFeedbackRow } from '../read-rows.js';

// A second click by the same person on the same answer has the same id: it replaces the vote.
const UPSERT = `
  INSERT INTO answer_feedback
    (id, answer_id, at, helpful, answered, language, section_id, policy_version, question, expires_at, source)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  ON CONFLICT (id) DO UPDATE SET
    at = EXCLUDED.at, helpful = EXCLUDED.helpful, question = EXCLUDED.question, expires_at = EXCLUDED.expires_at`;

export function createPostgresFeedbackStore(pool: pg.Pool): FeedbackStore {
  return {
    async recordFeedback(f) {
      await pool.query(UPSERT, [
        f.id,
        f.answerId,
        iso(f.at),
        f.helpful,
        f.answered,
        f.language,
        f.sectionId,
        f.policyVersion,
        f.question,
        iso(f.expiresAt),
        f.source,
      ]);
    },
    async listFeedback({ since, limit }) {
      const { rows } = await pool.query(
        `SELECT * FROM answer_feedback ${since ? 'WHERE at >= $2' : ''} ORDER BY at DESC, id COLLATE "C" LIMIT $1`,
        since ? [limit, iso(since)] : [limit],
      );
      return rows.map((row) => fromFeedbackRow(row, POSTGRES_COLUMNS));
    },
    async eraseExpiredFeedback(now) {
      const result = await pool.query(
        'UPDATE answer_feedback SET question = NULL WHERE question IS NOT NULL AND expires_at <= $1',
        [iso(now)],
      );
      return result.rowCount ?? 0;
    },
  };
}
