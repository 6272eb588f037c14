import type { Db } from './db.js';

/**
 * Numbered, append-only migrations. A database records the versions it applied, so an old
 * store opened by a newer build only runs what it lacks. Never edit a shipped migration: add one.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, layers, spans, analysis results, runs, jobs',
    sql: `
CREATE TABLE documents (
  id            text PRIMARY KEY,
  content_hash  text NOT NULL UNIQUE,
  source        text NOT NULL,
  format        text NOT NULL,
  meta          jsonb NOT NULL,
  title         text,
  outlet        text,
  published     text,
  text          text NOT NULL,
  html          text,
  annotated     boolean NOT NULL DEFAULT false,
  added_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_search ON documents USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text));

-- One row per annotation layer: written with its document in one transaction.
CREATE TABLE layers (
  doc   text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name  text NOT NULL,
  data  jsonb NOT NULL,
  PRIMARY KEY (doc, name)
);

-- Every marked range of every document, flat, so a reader view or a query need not parse layers.
CREATE TABLE spans (
  doc    text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  layer  text NOT NULL,
  idx    integer NOT NULL,
  kind   text NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  label  text,
  PRIMARY KEY (doc, layer, idx)
);

CREATE TABLE runs (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,
  status      text NOT NULL DEFAULT 'running',
  documents   integer NOT NULL DEFAULT 0,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  info        jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- Corpus-stage results: replaced as a whole by each analysis run, in one transaction.
CREATE TABLE stories (
  id          text PRIMARY KEY,
  run_id      bigint NOT NULL REFERENCES runs(id),
  title       text NOT NULL,
  earliest    text,
  latest      text,
  publishers  integer NOT NULL,
  conflicts   integer NOT NULL,
  claims      integer NOT NULL,
  documents   jsonb NOT NULL,
  dossier     jsonb NOT NULL
);

CREATE TABLE entities (
  id       text PRIMARY KEY,
  run_id   bigint NOT NULL REFERENCES runs(id),
  type     text NOT NULL,
  name     text NOT NULL,
  aliases  jsonb NOT NULL,
  stories  jsonb NOT NULL,
  data     jsonb NOT NULL
);

CREATE TABLE claims (
  id      text NOT NULL,
  story   text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  status  text NOT NULL,
  text    text NOT NULL,
  data    jsonb NOT NULL,
  PRIMARY KEY (story, id)
);

CREATE TABLE conflicts (
  id      text NOT NULL,
  story   text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  kind    text NOT NULL,
  about   text NOT NULL,
  data    jsonb NOT NULL,
  PRIMARY KEY (story, id)
);

-- Work shared by workers in several processes: claimed with FOR UPDATE SKIP LOCKED.
CREATE TABLE jobs (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,
  payload     jsonb NOT NULL,
  status      text NOT NULL DEFAULT 'queued',
  attempts    integer NOT NULL DEFAULT 0,
  locked_by   text,
  locked_at   timestamptz,
  error       text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_queued ON jobs (kind, id) WHERE status = 'queued';
`,
  },
  {
    version: 2,
    name: 'which documents each saved analysis covered',
    sql: `
-- The analysis run whose results cover the document; a document whose run is not the latest
-- (a crash between storing it and saving the analysis) is found and analysed when the store opens.
ALTER TABLE documents ADD COLUMN analysis_run bigint;
UPDATE documents d SET analysis_run = (SELECT max(id) FROM runs)
  WHERE EXISTS (SELECT 1 FROM stories s WHERE s.documents ? d.id);
CREATE INDEX documents_analysis_run ON documents (analysis_run);
`,
  },
  {
    version: 3,
    name: 'search on indexes: titles, claims, entity name keys, claims by entity',
    sql: `
-- Full-text indexes, not trigrams: they need no extension, so every PostgreSQL server and PGlite
-- build them the same way, and a prefix query ('word:*') still finds words as they are typed.
-- The words of a document, as a function that states its real cost: parsing a whole article is
-- costly, and with to_tsvector's default cost the planner prefers reading every document to the
-- index. Its SET clause keeps the planner from inlining the call, so it sees this cost.
CREATE FUNCTION document_words(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5000 SET search_path = pg_catalog
  AS 'SELECT to_tsvector(''simple''::regconfig, coalesce(title, '''') || '' '' || body)';
DROP INDEX documents_search;
CREATE INDEX documents_search ON documents USING gin (document_words(title, text));
-- Newest first: a word found in most documents is answered by walking this until the page is full.
CREATE INDEX documents_newest ON documents (published DESC NULLS LAST, id);
CREATE INDEX stories_search ON stories USING gin (to_tsvector('simple', title));
CREATE INDEX claims_search ON claims USING gin (to_tsvector('simple', text));

-- Every spelling an entity holds, reduced to a transliteration-free key (src/store/name-key.ts).
CREATE TABLE entity_names (
  entity    text NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  spelling  text NOT NULL,
  key       text NOT NULL,
  skeleton  text NOT NULL,
  abjad     boolean NOT NULL,
  PRIMARY KEY (entity, spelling)
);
CREATE INDEX entity_names_key ON entity_names USING gin (to_tsvector('simple', key));
CREATE INDEX entity_names_skeleton ON entity_names USING gin (to_tsvector('simple', skeleton));

-- The claims that speak of each entity, so a search for a person returns all their claims by id.
CREATE TABLE claim_entities (
  entity  text NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  story   text NOT NULL,
  claim   text NOT NULL,
  PRIMARY KEY (entity, story, claim),
  FOREIGN KEY (story, claim) REFERENCES claims(story, id) ON DELETE CASCADE
);

-- Name keys are built by an analysis run: mark the corpus for one, which the next command to
-- open the store runs (src/store/recovery.ts).
UPDATE documents SET analysis_run = NULL;
`,
  },
  {
    version: 4,
    name: 'reviewers\' verdicts on claims',
    sql: `
-- A reviewer's verdict on a claim. Story and claim ids are reassigned by each analysis run, so a
-- review is found again by the evidence it judged (anchors: 'document:start:end', documents being
-- content-addressed) and keeps the claim's words and appearances as they were when judged.
-- No foreign key to claims: an analysis run replaces them, and the review must outlive that.
CREATE TABLE claim_reviews (
  id           bigserial PRIMARY KEY,
  story        text NOT NULL,
  claim        text NOT NULL,
  claim_text   text NOT NULL,
  anchors      text[] NOT NULL,
  appearances  jsonb NOT NULL,
  verdict      text NOT NULL CHECK (verdict IN ('true', 'false', 'misleading', 'unverified')),
  note         text NOT NULL DEFAULT '',
  reviewer     text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_reviews_anchors ON claim_reviews USING gin (anchors);
CREATE INDEX claim_reviews_story ON claim_reviews (story);
`,
  },
  {
    version: 5,
    name: 'live corpus: stable story and entity ids, redirects, story blocking keys, entity sections',
    sql: `
-- A story's documents, indexed both ways: the stories an article is in, and the documents a
-- new run's story is matched on to keep its id.
CREATE TABLE story_documents (
  story  text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  doc    text NOT NULL,
  PRIMARY KEY (story, doc)
);
CREATE INDEX story_documents_doc ON story_documents (doc);

-- The grouper's blocking keys of each document (MinHash bands, names, headline words), kept
-- so an update computes them once per document, and of each story, indexed by key so a new
-- article finds its candidate stories without loading the corpus (src/store/story-keys.ts).
CREATE TABLE document_keys (
  doc   text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  keys  jsonb NOT NULL
);
CREATE TABLE story_keys (
  key    text NOT NULL,
  story  text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  PRIMARY KEY (key, story)
);
CREATE INDEX story_keys_story ON story_keys (story);

-- What each story says of an entity (its mentions and roles there): an entity's record is the
-- union of its sections, so replacing one story rewrites only that story's part of it.
CREATE TABLE entity_sections (
  entity  text NOT NULL,
  story   text NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  data    jsonb NOT NULL,
  PRIMARY KEY (entity, story)
);
CREATE INDEX entity_sections_story ON entity_sections (story);

-- Every entity mention by document and span: a new run's entity keeps the id of the stored
-- entity that held its mentions.
CREATE TABLE entity_mentions (
  doc           text NOT NULL,
  start_offset  integer NOT NULL,
  end_offset    integer NOT NULL,
  entity        text NOT NULL,
  story         text NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX entity_mentions_doc ON entity_mentions (doc);
CREATE INDEX entity_mentions_story ON entity_mentions (story);

-- Ids that no longer name a record of their own (a merged story or entity): they resolve to
-- the survivor, so a saved link keeps working.
CREATE TABLE id_redirects (
  kind    text NOT NULL,
  old_id  text NOT NULL,
  new_id  text NOT NULL,
  at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, old_id)
);
CREATE INDEX id_redirects_new ON id_redirects (kind, new_id);

-- Replacing a story deletes its claims, which cascades to their entity links: without an index
-- led by the story each deleted claim scans every link of the corpus.
CREATE INDEX claim_entities_claim ON claim_entities (story, claim);

-- The stories already stored keep their ids through the run that fills the new tables.
INSERT INTO story_documents (story, doc)
  SELECT s.id, d.doc FROM stories s CROSS JOIN LATERAL jsonb_array_elements_text(s.documents) AS d(doc)
  ON CONFLICT DO NOTHING;
UPDATE documents SET analysis_run = NULL;
`,
  },
  {
    version: 6,
    name: 'live API: when each story last changed, page keys for the lists',
    sql: `
-- A story's content hash and when it last changed: a run that leaves a story as it was keeps its
-- time, so "stories changed since" and a story's ETag name real changes only.
ALTER TABLE stories ADD COLUMN content_hash text NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX stories_updated ON stories (updated_at, id);
CREATE INDEX stories_page ON stories ((coalesce(latest, '')) DESC, title, id);
CREATE INDEX documents_page ON documents ((coalesce(published, '~')), id);
CREATE INDEX entities_page ON entities (name, id);
`,
  },
  {
    version: 7,
    name: 'corpus-wide term counts for incremental story updates; drop the hand-written job table',
    sql: `
-- pg-boss replaced the FOR UPDATE SKIP LOCKED queue of migration 1 and keeps its jobs in its own
-- schema; nothing reads this table any more, and a job left in it would never run.
DROP TABLE IF EXISTS jobs;

-- How many documents carry each term the story grouper weighs (e:name, l:lemma; '#documents'
-- counts the documents): an update over a few stories weighs terms as a whole-corpus run would.
-- A document is counted when its blocking keys are first stored.
CREATE TABLE term_counts (
  term      text PRIMARY KEY,
  documents integer NOT NULL
);

-- An update looks up the stored entities its new documents' names may be (exact name keys).
CREATE INDEX entity_names_exact ON entity_names (key);

-- Stored documents were keyed without counting their terms: keyed and counted again by the next runs.
DELETE FROM document_keys;
UPDATE documents SET analysis_run = NULL WHERE analysis_run IS NOT NULL;
`,
  },
  {
    version: 8,
    name: 'the grouper terms of each keyed document, stored beside its keys',
    sql: `
-- Each update weighs the terms of every document it loads by their corpus-wide counts; kept
-- here, they are read back instead of recomputed from the document's layers at every update
-- that loads it. NULL for documents keyed before: their terms are computed when read.
ALTER TABLE document_keys ADD COLUMN terms jsonb;
`,
  },
  {
    version: 9,
    name: 'claims, conflicts and entity sections stored once, in their own rows',
    sql: `
-- Each story's dossier row held its claims, conflicts and entity sections as well as their own
-- rows: the largest parts of a story written twice at every update. The rows keep their position
-- in the story (ord) and the dossier row keeps the rest.
ALTER TABLE claims ADD COLUMN ord integer;
ALTER TABLE conflicts ADD COLUMN ord integer;
ALTER TABLE entity_sections ADD COLUMN ord integer;
UPDATE claims c SET ord = x.ord - 1
  FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.dossier->'stories'->0->'claims') WITH ORDINALITY AS x(v, ord)
  WHERE c.story = s.id AND c.id = x.v->>'id';
UPDATE conflicts c SET ord = x.ord - 1
  FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.dossier->'stories'->0->'conflicts') WITH ORDINALITY AS x(v, ord)
  WHERE c.story = s.id AND c.id = x.v->>'id';
UPDATE entity_sections e SET ord = x.ord - 1
  FROM stories s CROSS JOIN LATERAL jsonb_array_elements(s.dossier->'stories'->0->'entities') WITH ORDINALITY AS x(v, ord)
  WHERE e.story = s.id AND e.entity = x.v->>'id';
UPDATE stories SET dossier = jsonb_set(dossier, '{stories,0}', (dossier->'stories'->0) - 'claims' - 'conflicts' - 'entities')
  WHERE dossier->'stories'->0 ? 'claims';
`,
  },
  {
    version: 10,
    name: 'entity records made of their sections\' names, mentions read on request',
    sql: `
-- An entity's record held every mention and role of every story naming it, rebuilt from all its
-- sections whenever one of them changed: an entity many stories name cost every update more as
-- the corpus grew. A section now carries its summary (type, name, spellings, place) and its
-- story's first date; the record is rebuilt from those, and mentions and roles are read from
-- the sections when a reader asks for the entity.
ALTER TABLE entity_sections ADD COLUMN summary jsonb;
ALTER TABLE entity_sections ADD COLUMN earliest text;
UPDATE entity_sections es SET summary = es.data - 'mentions' - 'roles', earliest = s.earliest FROM stories s WHERE s.id = es.story;
ALTER TABLE entity_sections ALTER COLUMN summary SET NOT NULL;
CREATE INDEX entity_sections_entity ON entity_sections (entity, earliest, story);
ALTER TABLE entities ADD COLUMN story_count integer NOT NULL DEFAULT 0;
UPDATE entities SET story_count = jsonb_array_length(stories), data = data - 'mentions' - 'roles';
ALTER TABLE entities DROP COLUMN stories;
`,
  },
];

/** Applies missing migrations, each in its own transaction, serialised across processes by an advisory lock. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(727274)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Migrations hold no semicolons inside literals, so a split on statement ends is exact. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*\n/g, '\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
