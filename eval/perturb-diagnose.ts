/**
 * Where a planted disagreement the engine did not report was lost (`eval perturb --diagnose`):
 * the two sentences in different stories, one publisher (or one read as a copy), no claim extracted from one of them, no
 * pair of their claims a candidate, not each other's best match, or the rule of comparePair that
 * decided their verdict (its `reason`). Diagnostic only: it re-runs the comparison of the story
 * with an inspector, after the product's own run.
 */
import type { ConflictKind, Corpus } from '../src/model/corpus.js';
import { compareStory } from '../src/compare/align.js';
import { entityFacts } from '../src/compare/component.js';
import type { ClaimView } from '../src/compare/claim-view.js';
import type { PairVerdict, VerdictReason } from '../src/compare/conflicts.js';

export interface SentenceSpan { doc: string; start: number; end: number }

export interface Diagnosis {
  /** The step the disagreement was lost at, e.g. `extract:B`, `candidate:not-similar`, `verdict:no-shared-participant`. */
  reason: string;
  /** The claims and predicates of the pair that got furthest, for reading a miss. */
  detail: string;
}

/** comparePair's rules in the order it applies them: a pair stopped later got further. */
const STAGES: VerdictReason[] = ['no-event-pair', 'same-statement', 'roles-swapped', 'objects-differ', 'recipients-differ', 'no-shared-participant',
  'speech-without-content', 'figures-differ', 'quoted-denial-differs', 'mood-differs', 'polarity-mood', 'polarity-arguments', 'running-count', 'series', 'two-slots-differ',
  'corroboration-identity', 'no-stated-participant', 'corroborated', 'further-one', 'conflict-identity', 'standing', 'conflict'];

const overlaps = (v: ClaimView, s: SentenceSpan) => v.doc.id === s.doc && v.claim.sentence.start < s.end && v.claim.sentence.end > s.start;

function describeView(v: ClaimView): string {
  const preds = v.predicates.map((p) => `${p.polarity === 'negative' ? 'not ' : ''}${p.lemma}[${p.cls}${p.mood !== 'asserted' ? `,${p.mood}` : ''}](agent ${p.agent ?? '-'}${p.agentInferred ? '?' : ''}, target ${p.target ?? '-'}, object ${p.object ?? '-'})`).join(' ');
  return `${v.attribution.kind}${v.attribution.kind === 'speaker' && v.attribution.quoted ? ' quoted' : ''} | ${preds || 'no predicate'} | times ${v.times.map((t) => t.text).join(',') || '-'} | places ${v.places.join(',') || '-'} | numbers ${v.quantities.map((q) => q.text).join(',') || '-'}`;
}

/** Why no conflict of `kind` joins sentence A and sentence B in the analysed corpus. */
export function diagnoseMiss(corpus: Corpus, a: SentenceSpan, b: SentenceSpan, kind: ConflictKind): Diagnosis {
  const story = (corpus.stories ?? []).find((s) => s.documents.includes(b.doc));
  if (!story || !story.documents.includes(a.doc)) return { reason: 'story:apart', detail: '' };
  const publisher = (doc: string) => corpus.documentPublisher?.get(doc) ?? `p:${doc}`;
  if (publisher(a.doc) === publisher(b.doc)) return { reason: 'publisher:same', detail: '' };
  // As the compare stage does: a copy whose original is in the story is left out.
  const copies = new Map<string, string>();
  for (const p of corpus.publishers ?? []) for (const c of p.copies) if (c.doc !== p.original) copies.set(c.doc, p.original);
  const documents = story.documents.filter((d) => !(copies.has(d) && story.documents.includes(copies.get(d)!)));
  // Read as a near-copy of another article of the story: compared by the copy diff, not aligned.
  if (!documents.includes(a.doc) || !documents.includes(b.doc)) return { reason: 'publisher:copy', detail: '' };
  const result = compareStory(corpus, { ...story, documents }, entityFacts(corpus), true);
  const inspector = result.inspector!;
  const va = result.views.map((v, i) => (overlaps(v, a) ? i : -1)).filter((i) => i >= 0);
  const vb = result.views.map((v, i) => (overlaps(v, b) ? i : -1)).filter((i) => i >= 0);
  if (!va.length || !vb.length) return { reason: !va.length && !vb.length ? 'extract:A+B' : !va.length ? 'extract:A' : 'extract:B', detail: '' };
  let best: { x: number; y: number; verdict: PairVerdict } | null = null;
  let found: { x: number; y: number } | null = null;
  for (const x of va) {
    for (const y of vb) {
      const verdict = inspector.verdict(x, y);
      if (verdict.conflict?.kind === kind) found ??= { x, y };
      if (!best || STAGES.indexOf(verdict.reason) > STAGES.indexOf(best.verdict.reason)) best = { x, y, verdict };
    }
  }
  const detailOf = (x: number, y: number) => `A ${describeView(result.views[x])}\n      B ${describeView(result.views[y])}\n      similarity ${inspector.similarity(x, y).toFixed(2)}${inspector.linked(x, y) ? ', event-linked' : ''}`;
  if (found) {
    const { x, y } = found;
    const reason = !inspector.asked(x, y) && !inspector.linked(x, y) ? 'candidate:not-similar' : !inspector.kept(x, y) ? 'candidate:not-best-match' : 'kept:not-reported';
    return { reason, detail: detailOf(x, y) };
  }
  const { x, y, verdict } = best!;
  const otherKind = verdict.conflict ? `:${verdict.conflict.kind}` : '';
  return { reason: `verdict:${verdict.reason}${otherKind}`, detail: `${detailOf(x, y)}${verdict.conflict ? `\n      conflict ${verdict.conflict.kind}: ${verdict.conflict.values.join(' / ')}` : ''}` };
}
