import type { Corpus, Entity, Story } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { ClaimSentence, Dossier, DossierDocument, DossierStory } from '../model/dossier.js';
import type { InputError } from '../ingest/errors.js';
import type { StageFailure } from '../pipeline/pipeline.js';
import { EvidenceResolver } from './evidence.js';
import { VERSION } from '../version.js';

export interface DossierOptions {
  /** Include each document's original text (the HTML report and the UI need it). */
  includeText?: boolean;
  /** Stage failures: documents dropped during analysis, reported beside input errors. */
  failures?: StageFailure[];
}

/** The dossier: every later view renders this one structure. */
export function buildDossier(corpus: Corpus, errors: InputError[], opts: DossierOptions = {}): Dossier {
  const ev = new EvidenceResolver(corpus.documents);
  const index = new CorpusIndex(corpus);
  return {
    generator: { name: 'triangulate', version: VERSION, createdAt: new Date().toISOString() },
    documents: corpus.documents.map((d) => dossierDocument(d, corpus, opts.includeText ?? false)),
    stories: (corpus.stories ?? []).map((s) => dossierStory(s, corpus, ev, index)),
    errors: [
      ...errors.map((e) => ({ input: e.input, error: e.code, message: e.message })),
      ...(opts.failures ?? []).map((f) => ({ input: f.source, error: `stage-failed:${f.stage}`, message: f.message })),
    ],
  };
}

function dossierDocument(d: Document, corpus: Corpus, includeText: boolean): DossierDocument {
  const l = d.layers;
  return {
    id: d.id,
    source: d.source,
    format: d.format,
    title: d.meta.title,
    outlet: d.meta.outlet,
    byline: d.meta.byline,
    url: d.meta.url,
    published: d.meta.published,
    publishedPrecision: d.meta.publishedPrecision,
    zone: d.meta.zone,
    language: d.meta.language,
    syndicatedFrom: d.meta.syndicatedFrom,
    publisher: corpus.documentPublisher?.get(d.id) ?? null,
    spans: (l.regions ?? []).filter((r) => r.kind !== 'body').map((r) => ({ kind: r.kind, start: r.start, end: r.end, text: d.text.slice(r.start, r.end), ...(r.reason ? { reason: r.reason } : {}) })),
    length: d.text.length,
    ...(includeText ? { text: d.text } : {}),
    stats: {
      sentences: l.sentences?.length ?? 0,
      tokens: l.tokens?.count ?? 0,
      mentions: l.mentions?.length ?? 0,
      times: l.times?.length ?? 0,
      quotes: l.quotes?.length ?? 0,
      claims: l.claims?.length ?? 0,
    },
  };
}

/**
 * The corpus's objects grouped by story and by id once, so that building each story's section
 * costs what the story holds, not what the corpus holds.
 */
class CorpusIndex {
  readonly documents: Map<string, Document>;
  readonly entities: Map<string, Entity>;
  readonly publishers: Map<string, import('../model/corpus.js').Publisher>;
  readonly claims: Map<string, import('../model/corpus.js').AlignedClaim[]>;
  readonly conflicts: Map<string, import('../model/corpus.js').Conflict[]>;
  readonly divergences: Map<string, import('../model/corpus.js').Divergence[]>;
  readonly timeline: Map<string, import('../model/corpus.js').TimelineEntry[]>;
  readonly warnings: Map<string, import('../model/corpus.js').Warning[]>;
  /** Possible aliases under their first entity. */
  readonly aliases: Map<string, import('../model/corpus.js').PossibleAlias[]>;

  constructor(corpus: Corpus) {
    this.documents = new Map(corpus.documents.map((d) => [d.id, d]));
    this.entities = new Map((corpus.entities ?? []).map((e) => [e.id, e]));
    this.publishers = new Map((corpus.publishers ?? []).map((p) => [p.id, p]));
    this.claims = groupBy(corpus.claims ?? [], (c) => c.story);
    this.conflicts = groupBy(corpus.conflicts ?? [], (c) => c.story);
    this.divergences = groupBy(corpus.divergences ?? [], (c) => c.story);
    this.timeline = groupBy(corpus.timeline ?? [], (t) => t.story);
    this.warnings = groupBy(corpus.warnings ?? [], (w) => w.document);
    this.aliases = groupBy(corpus.possibleAliases ?? [], (a) => a.a);
  }
}

function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) (out.get(key(x)) ?? out.set(key(x), []).get(key(x))!).push(x);
  return out;
}

function dossierStory(story: Story, corpus: Corpus, ev: EvidenceResolver, index: CorpusIndex): DossierStory {
  const docs = new Set(story.documents);
  const storyDocs = story.documents.map((id) => index.documents.get(id)).filter((d): d is Document => d !== undefined);
  const dates = storyDocs.map((d) => d.meta.published).filter((p): p is string => !!p).sort();
  const publisherIds = new Set(storyDocs.map((d) => corpus.documentPublisher?.get(d.id)).filter(Boolean));
  const entityIds = new Set<string>();
  for (const d of storyDocs) (d.layers.mentions ?? []).forEach((_, i) => { const id = corpus.mentionEntity?.get(`${d.id}:${i}`); if (id) entityIds.add(id); });
  const entities = [...entityIds].map((id) => index.entities.get(id)).filter((e): e is Entity => e !== undefined);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const claims = index.claims.get(story.id) ?? [];
  const conflicts = index.conflicts.get(story.id) ?? [];
  const claimFrames = new Map(storyDocs.flatMap((d) => (d.layers.claims ?? []).map((c) => [c.id, c] as const)));
  const side = (s: import('../model/corpus.js').ConflictSide) => ({
    publisher: s.publisher, value: s.value, evidence: ev.resolve(s.evidence, false),
    ...(s.claim ? { claim: s.claim } : {}), ...(s.alteredCopyOf ? { alteredCopyOf: s.alteredCopyOf } : {}), ...(s.copiedBy ? { copiedBy: s.copiedBy } : {}),
    published: s.published ?? index.documents.get(s.evidence.doc)?.meta.published ?? null,
    ...(s.attribution ? { attribution: s.attribution } : {}),
  });
  const entityOfSlot = (doc: string, mention: number | undefined) => (mention === undefined ? null : corpus.mentionEntity?.get(`${doc}:${mention}`) ?? null);

  return {
    id: story.id,
    title: story.title,
    documents: story.documents,
    published: { earliest: dates[0] ?? null, latest: dates[dates.length - 1] ?? null },
    publishers: [...publisherIds].map((id) => index.publishers.get(id!)).filter((p) => p !== undefined).map((p) => ({
      id: p.id, name: p.name, original: p.original, copies: p.copies.map((c) => ({ document: c.doc, reason: c.reason })),
    })),
    entities: entities.map((e) => dossierEntity(e, ev, docs)),
    possibleAliases: [...entityIds].flatMap((id) => index.aliases.get(id) ?? []).filter((a) => entityIds.has(a.b)),
    claims: claims.map((c) => {
      const lead = claimFrames.get(c.members[0].claim);
      const name = (id: string | null) => (id ? entityById.get(id)?.name ?? null : null);
      return {
        id: c.id,
        text: c.text,
        ...claimSentence(storyDocs.find((d) => d.id === lead?.doc), lead?.sentence),
        status: c.status,
        publishers: c.publishers,
        actor: lead?.actor ? name(entityOfSlot(lead.doc, lead.actor.mention)) ?? lead.actor.text : null,
        action: lead?.action?.lemma ?? null,
        target: lead?.target ? name(entityOfSlot(lead.doc, lead.target.mention)) ?? lead.target.text : null,
        polarity: lead?.polarity ?? 'positive',
        hedge: lead?.hedge ?? null,
        when: lead ? claimDate(storyDocs.find((d) => d.id === lead.doc)!, lead) : null,
        evidence: c.members.map((m) => ({ ...ev.resolve(m.evidence, false), publisher: m.publisher })),
        conflicts: conflicts.filter((x) => x.sides.some((s) => s.claim === c.id)).map((x) => x.id),
        unclear: c.unclear ?? [],
        checkworthiness: c.checkworthiness ?? 0,
        attribution: c.attribution ?? { kind: 'outlet', name: index.publishers.get(c.publishers[0])?.name ?? c.publishers[0] },
      };
    }),
    conflicts: conflicts.map((c) => ({ id: c.id, kind: c.kind, about: c.about, sides: c.sides.map(side) })),
    divergences: (index.divergences.get(story.id) ?? []).map((c) => ({ id: c.id, kind: c.kind, about: c.about, sides: c.sides.map(side) })),
    timeline: (index.timeline.get(story.id) ?? []).map((t) => ({
      date: t.date, earliest: t.earliest, latest: t.latest, granularity: t.granularity, what: t.what, anchor: t.anchor,
      evidence: t.evidence.map((s) => ev.resolve(s, false)),
    })),
    quotes: storyDocs.flatMap((d) => (d.layers.quotes ?? []).map((q) => ({
      kind: q.kind,
      speaker: q.speaker,
      entity: q.speakerRange ? entityAt(corpus, d, q.speakerRange.start, q.speakerRange.end) : null,
      cue: q.cue,
      content: d.text.slice(q.content.start, q.content.end),
      evidence: ev.resolve({ doc: d.id, start: q.start, end: q.end }, false),
      contentRange: q.content,
    }))),
    quantities: storyDocs.flatMap((d) => (d.layers.quantities ?? []).map((q) => ({
      value: q.value, ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}), unit: q.unit, counts: q.counts,
      approximation: q.approximation, kind: q.kind, evidence: ev.resolve({ doc: d.id, start: q.start, end: q.end }),
    }))),
    warnings: story.documents.flatMap((d) => index.warnings.get(d) ?? []).map((w) => ({
      document: w.document, kind: w.kind, message: w.message, evidence: w.evidence.map((s) => ev.resolve(s, false)),
    })),
    actorGraph: actorGraph(claims, claimFrames, corpus, entityById),
  };
}

function dossierEntity(e: Entity, ev: EvidenceResolver, docs: Set<string>) {
  const mentions = e.mentions.filter((m) => docs.has(m.doc)).map((m) => {
    const d = ev.document(m.doc)!;
    const mention = d.layers.mentions![m.index];
    return ev.resolve({ doc: m.doc, start: mention.start, end: mention.end });
  });
  return {
    id: e.id, type: e.type, name: e.name, aliases: e.aliases,
    roles: e.roles.filter((r) => docs.has(r.evidence.doc)).map((r) => ({ text: r.text, evidence: ev.resolve(r.evidence, false) })),
    mentions,
    ...(e.geo ? { geo: e.geo } : {}),
  };
}

function entityAt(corpus: Corpus, d: Document, start: number, end: number): string | null {
  const mentions = d.layers.mentions ?? [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < end && start < m.end) return corpus.mentionEntity?.get(`${d.id}:${i}`) ?? null;
  }
  return null;
}

function actorGraph(claims: Corpus['claims'] & object, frames: Map<string, import('../model/claim.js').Claim>, corpus: Corpus, entityById: Map<string, Entity>) {
  const edges = new Map<string, { source: string; target: string; action: string; claims: string[] }>();
  for (const c of claims) {
    for (const m of c.members) {
      const f = frames.get(m.claim);
      if (!f?.actor || !f.target || !f.action) continue;
      const a = f.actor.mention !== undefined ? corpus.mentionEntity?.get(`${f.doc}:${f.actor.mention}`) : undefined;
      const t = f.target.mention !== undefined ? corpus.mentionEntity?.get(`${f.doc}:${f.target.mention}`) : undefined;
      if (!a || !t || a === t || !entityById.has(a) || !entityById.has(t)) continue;
      const key = `${a}|${t}|${f.action.lemma}`;
      const edge = edges.get(key) ?? edges.set(key, { source: a, target: t, action: f.action.lemma, claims: [] }).get(key)!;
      if (!edge.claims.includes(c.id)) edge.claims.push(c.id);
    }
  }
  return [...edges.values()];
}

/** The first calendar date the claim's sentence gives. */
function claimDate(doc: Document, claim: import('../model/claim.js').Claim): string | null {
  for (const i of claim.times) {
    const t = doc.layers.times?.[i];
    if (t && t.type === 'DATE' && t.earliest) return t.value;
  }
  return null;
}

/** The sentence a claim's clause belongs to, when the clause is only part of it. */
function claimSentence(doc: Document | undefined, clause: { start: number; end: number } | undefined): { sentence?: ClaimSentence } {
  if (!doc || !clause) return {};
  const s = (doc.layers.sentences ?? []).find((x) => x.start <= clause.start && clause.end <= x.end);
  if (!s || (s.start === clause.start && s.end === clause.end)) return {};
  return { sentence: { text: doc.text.slice(s.start, s.end), clauseStart: clause.start - s.start, clauseEnd: clause.end - s.start } };
}
