import type { Sql } from './db.js';
import type { LiveCorpusConfig } from './live-config.js';

/** A stored story proposed as a candidate, with its size in documents (what the update's budget counts). */
export interface CandidateStory { id: string; size: number }

/**
 * The stored stories new articles (one update's) may join. Each article's own (chooseCandidates),
 * then pooled in rounds (every article's first candidate, then every article's second, ...) until
 * the document budget is spent. Chosen over the articles' keys pooled, a few articles sharing
 * many keys with their stories would crowd another article's own story out of the cap of
 * stories by keys; in rounds every article keeps its best candidates, and one article alone gets
 * exactly its own. Indexed lookups only (story_keys' primary key starts with the key), each
 * reading at most maxKeyStories + 1 entries of a key, whatever the corpus's size.
 */
export async function candidateStoriesOf(sql: Sql, keysByDocument: Map<string, string[]>, config: LiveCorpusConfig): Promise<CandidateStory[]> {
  const pairs = [...keysByDocument].flatMap(([doc, keys]) => [...new Set(keys)].map((key) => ({ doc, key })));
  if (pairs.length === 0) return [];
  const rows = await sql.query<{ doc: string; story: string; shared: number; band: boolean; size: number }>(
    `WITH input AS (
       SELECT x.doc, x.key FROM jsonb_to_recordset($1::jsonb) AS x(doc text, key text)
     ), rare AS (
       -- Counted no further than the cap: a key every story carries ("police", a country) was
       -- counted whole, its index entries growing with the corpus, only to be dropped.
       SELECT k.key FROM (SELECT DISTINCT key FROM input) k
       WHERE (SELECT count(*) FROM (SELECT 1 FROM story_keys sk WHERE sk.key = k.key LIMIT $2 + 1) held) <= $2
     ), hits AS (
       SELECT i.doc, sk.story, count(*)::int AS shared, bool_or(sk.key LIKE 'b:%') AS band
       FROM input i JOIN rare USING (key) JOIN story_keys sk ON sk.key = i.key GROUP BY i.doc, sk.story
     )
     SELECT h.doc, h.story, h.shared, h.band, jsonb_array_length(s.documents)::int AS size
     FROM hits h JOIN stories s ON s.id = h.story
     ORDER BY h.doc, h.band DESC, h.shared DESC, h.story`, [JSON.stringify(pairs), config.maxKeyStories]);
  const byDocument = new Map<string, typeof rows>();
  for (const r of rows) (byDocument.get(r.doc) ?? byDocument.set(r.doc, []).get(r.doc)!).push(r);
  const lists = [...keysByDocument.keys()].map((doc) => chooseCandidates(byDocument.get(doc) ?? [], config));
  return pool(lists, config.maxCandidateDocuments);
}

/**
 * One article's candidates from its hits (band first, then most shared keys): the stories sharing
 * a MinHash band with it, then the few sharing most of its other blocking keys (a key held by too
 * many stories proposes none, in the query); whole stories, until the document budget is spent.
 */
function chooseCandidates(hits: { story: string; band: boolean; size: number }[], config: LiveCorpusConfig): CandidateStory[] {
  const out: CandidateStory[] = [];
  let budget = config.maxCandidateDocuments;
  let byKeys = 0;
  for (const r of hits) {
    if (!r.band && byKeys >= config.maxCandidateStories) break;
    if (out.length > 0 && r.size > budget) continue;
    out.push({ id: r.story, size: r.size });
    if (!r.band) byKeys++;
    budget -= r.size;
    if (budget <= 0) break;
  }
  return out;
}

/** Every list's first story, then every list's second, ..., each story once, until `budget` documents are taken. */
function pool(lists: CandidateStory[][], budget: number): CandidateStory[] {
  const out = new Map<string, CandidateStory>();
  for (let round = 0; budget > 0 && lists.some((l) => round < l.length); round++) {
    for (const list of lists) {
      const c = list[round];
      if (!c || out.has(c.id) || (out.size > 0 && c.size > budget)) continue;
      out.set(c.id, c);
      budget -= c.size;
      if (budget <= 0) break;
    }
  }
  return [...out.values()];
}
