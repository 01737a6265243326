import type pg from 'pg';
import type { Language } from '../../../core/language/languages.js';
import type { AnswerFeedback, FeedbackStore } from '../../../core/ports/feedback-store.js';
import { iso } from './postgres-task-rows.js';

const fromRow = (row: Record<string, unknown>): AnswerFeedback => ({
  id: row.id as string,
  answerId: row.answer_id as string,
  at: row.at as string,
  helpful: row.helpful as boolean,
  answered: row.answered as boolean,
  language: row.language as Language,
  sectionId: row.section_id as string | null,
  policyVersion: row.policy_version as string,
  question: row.question as string | null,
  expiresAt: row.expires_at as string,
  source: row.source as string,
});

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
      return rows.map(fromRow);
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
