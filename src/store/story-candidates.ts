import type { Sql } from './db.js';
import type { LiveCorpusConfig } from './live-config.js';

/**
 * The stored stories a new article may join: those sharing a MinHash band with it, then the
 * few sharing most of its other blocking keys (a key held by too many stories proposes none);
 * whole stories, until the document budget is spent. Indexed lookups only (story_keys' primary key starts with the key).
 */
export async function candidateStories(sql: Sql, keys: string[], config: LiveCorpusConfig): Promise<{ id: string; size: number }[]> {
  if (keys.length === 0) return [];
  const rows = await sql.query<{ story: string; shared: number; band: boolean; size: number }>(
    `WITH rare AS (
       SELECT key FROM story_keys WHERE key = ANY($1::text[]) GROUP BY key HAVING count(*) <= $2
     ), hits AS (
       SELECT sk.story, count(*)::int AS shared, bool_or(sk.key LIKE 'b:%') AS band
       FROM story_keys sk JOIN rare USING (key) GROUP BY sk.story
     )
     SELECT h.story, h.shared, h.band, jsonb_array_length(s.documents)::int AS size
     FROM hits h JOIN stories s ON s.id = h.story
     ORDER BY h.band DESC, h.shared DESC, h.story`, [keys, config.maxKeyStories]);
  const out: { id: string; size: number }[] = [];
  let budget = config.maxCandidateDocuments;
  let byKeys = 0;
  for (const r of rows) {
    if (!r.band && byKeys >= config.maxCandidateStories) break;
    if (out.length > 0 && r.size > budget) continue;
    out.push({ id: r.story, size: r.size });
    if (!r.band) byKeys++;
    budget -= r.size;
    if (budget <= 0) break;
  }
  return out;
}
