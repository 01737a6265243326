import type Database from 'better-sqlite3';
import type { Language } from '../../../core/language/languages.js';
import type { AnswerFeedback, FeedbackStore } from '../../../core/ports/feedback-store.js';
import { iso } from './task-rows.js';

interface FeedbackRow {
  id: string;
  answer_id: string;
  at: string;
  helpful: number;
  answered: number;
  language: string;
  section_id: string | null;
  policy_version: string;
  question: string | null;
  expires_at: string;
  source: string;
}

const fromRow = (row: FeedbackRow): AnswerFeedback => ({
  id: row.id,
  answerId: row.answer_id,
  at: row.at,
  helpful: row.helpful === 1,
  answered: row.answered === 1,
  language: row.language as Language,
  sectionId: row.section_id,
  policyVersion: row.policy_version,
  question: row.question,
  expiresAt: row.expires_at,
  source: row.source,
});

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
        .all(...(since ? [iso(since), limit] : [limit])) as FeedbackRow[];
      return rows.map(fromRow);
    },
    async eraseExpiredFeedback(now) {
      return erase.run(iso(now)).changes;
    },
  };
}
