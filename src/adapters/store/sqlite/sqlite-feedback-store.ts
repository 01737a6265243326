import type Database from 'better-sqlite3';
import type { FeedbackStore } from '../../../core/ports/feedback-store.js';
import { iso, SQLITE_COLUMNS } from '../column-values.js';
import { fromFeedbackRow } from '../read-rows.js';

export function createSqliteFeedbackStore(db: Database.Database): FeedbackStore {
  const upsert = db.prepare(
    `INSERT INTO answer_feedback
       (id, answer_id, at, helpful, answered, language, section_id, policy_version, question, expires_at, source)
     VALUES (@id, @answer_id, @at, @helpful, @answered, @language, @section_id, @policy_version, @question, @expires_at, @source)
     ON CONFLICT (id) DO UPDATE SET
       at = excluded.at, helpful = excluded.helpful, question = excluded.question, expires_at = excluded.expires_at`,
  );
  const erase = db.prepare(
    'UPDATE answer_feedback SET question = NULL WHERE question IS NOT NULL AND expires_at <= ?',
  );

  return {
    async recordFeedback(f) {
      upsert.run({
        id: f.id,
        answer_id: f.answerId,
        at: iso(f.at),
        helpful: f.helpful ? 1 : 0,
        answered: f.answered ? 1 : 0,
        language: f.language,
        section_id: f.sectionId,
        policy_version: f.policyVersion,
        question: f.question,
        expires_at: iso(f.expiresAt),
        source: f.source,
      });
    },
    async listFeedback({ since, limit }) {
      const rows = db
        .prepare(`SELECT * FROM answer_feedback ${since ? 'WHERE at >= ?' : ''} ORDER BY at DESC, id LIMIT ?`)
        .all(...(since ? [iso(since), limit] : [limit])) as Array<Record<string, unknown>>;
      return rows.map((row) => fromFeedbackRow(row, SQLITE_COLUMNS));
    },
    async eraseExpiredFeedback(now) {
      return erase.run(iso(now)).changes;
    },
  };
}
