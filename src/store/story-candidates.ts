import type { Sql } from './db.js';
import type { LiveCorpusConfig } from './live-config.js';

/**
 * The stored stories a new article may join: those sharing one of its blocking keys, a key
 * held by too many stories proposing none; most shared keys first, whole stories, until the
 * document budget is spent. Indexed lookups only (story_keys' primary key starts with the key).
 */
export async function candidateStories(sql: Sql, keys: string[], config: LiveCorpusConfig): Promise<{ id: string; size: number }[]> {
  if (keys.length === 0) return [];
  const rows = await sql.query<{ story: string; shared: number; size: number }>(
    `WITH rare AS (
       SELECT key FROM story_keys WHERE key = ANY($1::text[]) GROUP BY key HAVING count(*) <= $2
     ), hits AS (
       SELECT sk.story, count(*)::int AS shared FROM story_keys sk JOIN rare USING (key) GROUP BY sk.story
     )
     SELECT h.story, h.shared, jsonb_array_length(s.documents)::int AS size
     FROM hits h JOIN stories s ON s.id = h.story
     ORDER BY h.shared DESC, h.story`, [keys, config.maxKeyStories]);
  const out: { id: string; size: number }[] = [];
  let budget = config.maxCandidateDocuments;
  for (const r of rows) {
    if (out.length > 0 && r.size > budget) continue;
    out.push({ id: r.story, size: r.size });
    budget -= r.size;
    if (budget <= 0) break;
  }
  return out;
}
