import type { Dossier, DossierClaim, DossierConflict, DossierDivergence, DossierSide, DossierStory } from '../model/dossier.js';
import { humanPublished, humanValue } from './human-date.js';

/**
 * What the human-facing dossiers say first, computed once for Markdown and HTML alike: each
 * disputed value with who said it and when, each claim's dissenters, and who covered a story.
 */

/** One value of a conflict or update and every side that gave it, in publication order. */
export interface ValueGroup {
  value: string;
  /** `copyOf`: for an altered copy, the publisher whose report it copied (`outlet` is then the outlet that ran the copy). */
  sides: { outlet: string; copyOf: string | null; published: string | null; speaker: string | null; side: DossierSide }[];
}

/** Sides grouped by the value they give: "12 (Herald, 6 Mar 10:00; Observer) vs 31 (Post, 7 Mar)". */
export function valueGroups(c: DossierConflict | DossierDivergence, names: Map<string, string>): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  // An update is a history: each report stays its own step even when a figure comes back.
  const keyOf = (s: DossierSide, i: number) => (c.kind === 'update' ? `${i}` : s.value);
  c.sides.forEach((s, i) => {
    const key = keyOf(s, i);
    const g = groups.get(key) ?? groups.set(key, { value: humanValue(s.value), sides: [] }).get(key)!;
    const publisher = names.get(s.publisher) ?? s.publisher;
    g.sides.push({
      outlet: s.alteredCopyOf && s.copiedBy ? s.copiedBy : publisher,
      copyOf: s.alteredCopyOf ? publisher : null,
      published: s.published,
      speaker: s.attribution?.kind === 'speaker' ? s.attribution.name : null,
      side: s,
    });
  });
  for (const g of groups.values()) g.sides.sort((a, b) => instant(a.published) - instant(b.published));
  return [...groups.values()];
}

/** "Herald, 6 Mar 2025 10:00, citing civil defence officials"; "Post (altered copy of Herald), 6 Mar 2025 12:00". */
export function sideWho(s: ValueGroup['sides'][number]): string {
  const copy = s.copyOf && s.copyOf !== s.outlet ? ` (altered copy of ${s.copyOf})` : '';
  return `${s.outlet}${copy}${s.published ? `, ${humanPublished(s.published)}` : ''}${s.speaker ? `, citing ${s.speaker}` : ''}`;
}

/** One detail of a claim that publishers dispute: the majority value when there is one, and who gave another. */
export interface ClaimDispute {
  about: string;
  /** The value most publishers gave; null when the sides are evenly split. */
  majority: string | null;
  /** Publishers not with the majority (every side in an even split), with the value each gave. */
  others: { publisher: string; value: string }[];
}

/**
 * The details of a claim its publishers dispute. A publisher dissents only where more
 * publishers gave another value; in an even split nobody is the dissenter, and it says so.
 */
export function claimDisputes(claim: DossierClaim, story: DossierStory): ClaimDispute[] {
  const out: ClaimDispute[] = [];
  for (const id of claim.conflicts) {
    const c = story.conflicts.find((x) => x.id === id);
    if (!c) continue;
    const byValue = new Map<string, Set<string>>();
    for (const s of c.sides) (byValue.get(s.value) ?? byValue.set(s.value, new Set()).get(s.value)!).add(s.publisher);
    const largest = Math.max(...[...byValue.values()].map((v) => v.size));
    const leaders = [...byValue].filter(([, v]) => v.size === largest);
    const majority = leaders.length === 1 ? leaders[0][0] : null;
    const others = [...byValue].filter(([value]) => value !== majority).flatMap(([value, pubs]) => [...pubs].map((publisher) => ({ publisher, value: humanValue(value) })));
    out.push({ about: c.about, majority: majority === null ? null : humanValue(majority), others });
  }
  return out;
}

/** A figure of the claim that later reports revised: its values in publication order, each with its publisher. */
export interface ClaimUpdate {
  about: string;
  history: { publisher: string; value: string }[];
}

/**
 * The updates of a figure the claim states ("12 people" → "31 people"): a corroborated event
 * whose toll later reports raised is told with the toll's history, not as agreement on the first
 * figure, nor as a dispute.
 */
export function claimUpdates(claim: DossierClaim, story: DossierStory): ClaimUpdate[] {
  return story.divergences
    .filter((d) => d.kind === 'update' && d.sides.some((x) => x.claim === claim.id))
    .map((d) => ({ about: d.about, history: d.sides.map((x) => ({ publisher: x.publisher, value: humanValue(x.value) })) }));
}

/** Where each asserting publisher stands on a claim: ✔ with the claim, ✖ a dissenter, ≠ one side of an even split. */
export function stanceMarks(claim: DossierClaim, story: DossierStory): Map<string, { mark: '✔' | '✖' | '≠'; note: string | null }> {
  const out = new Map<string, { mark: '✔' | '✖' | '≠'; note: string | null }>(claim.publishers.map((p) => [p, { mark: '✔', note: null }]));
  for (const d of claimDisputes(claim, story)) for (const o of d.others) {
    const prior = out.get(o.publisher);
    const note = `${d.about}: ${o.value}`;
    out.set(o.publisher, { mark: d.majority === null && prior?.mark !== '✖' ? '≠' : '✖', note: prior?.note ? `${prior.note}; ${note}` : note });
  }
  // A publisher with a later figure still asserts the event: its mark stays, its figure is noted.
  for (const u of claimUpdates(claim, story)) for (const h of u.history.slice(1)) {
    const prior = out.get(h.publisher);
    if (!prior || h.value === u.history[0].value) continue;
    const note = `updated: ${h.value}`;
    out.set(h.publisher, { ...prior, note: prior.note ? `${prior.note}; ${note}` : note });
  }
  return out;
}

/** A story's claims in reading order: conflicting, then corroborated, then single-source; the most check-worthy first within each. */
export function rankedClaims(story: DossierStory): DossierClaim[] {
  const order = { conflicting: 0, corroborated: 1, 'single-source': 2 } as const;
  return [...story.claims].sort((a, b) => order[a.status] - order[b.status] || b.checkworthiness - a.checkworthiness);
}

/** One row of the coverage table: one document of the story. */
export interface CoverageRow {
  document: string;
  outlet: string;
  /** The independent publisher the document counts for (for a copy, the one it copies). */
  publisher: string;
  headline: string;
  published: string | null;
  /**
   * "first" for the earliest report of an independent publisher (when publication times are
   * known), "copy" for a syndicated copy. A copy that stands for its publisher (the pile holds no
   * original of it) may be first: `copyReason` then still says whose copy it is.
   */
  role: 'first' | 'copy' | null;
  copyReason: string | null;
}

/**
 * Who covered a story, Ground News style: each outlet's headline and time, who was first, and
 * which of the pile's outlets did not cover it (those covering most other stories first).
 */
export function coverage(story: DossierStory, dossier: Dossier): { rows: CoverageRow[]; notCovering: string[] } {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  const names = new Map(story.publishers.map((p) => [p.id, p.name]));
  const copyReason = new Map(story.publishers.flatMap((p) => p.copies.map((c) => [c.document, c.reason] as const)));
  const rows: CoverageRow[] = story.documents.map((id) => {
    const d = docs.get(id);
    const reason = copyReason.get(id) ?? null;
    const publisher = (d?.publisher && names.get(d.publisher)) ?? d?.outlet ?? 'unknown';
    // A copy posted without an outlet is not the original outlet speaking: it says whose copy it is.
    const outlet = d?.outlet ?? (reason ? 'no outlet named' : publisher);
    return { document: id, outlet, publisher, headline: d?.title ?? d?.source ?? id, published: d?.published ?? null, role: reason ? 'copy' : null, copyReason: reason };
  });
  rows.sort((a, b) => instant(a.published) - instant(b.published));
  const originals = new Set(story.publishers.map((p) => p.original));
  const first = rows.find((r) => originals.has(r.document) && r.published);
  if (first) first.role = 'first';
  const here = new Set(story.publishers.map((p) => p.id));
  const storiesOf = new Map<string, { name: string; n: number }>();
  for (const s of dossier.stories) for (const p of s.publishers) {
    const e = storiesOf.get(p.id) ?? storiesOf.set(p.id, { name: p.name, n: 0 }).get(p.id)!;
    e.n++;
  }
  const notCovering = [...storiesOf].filter(([id]) => !here.has(id)).sort((a, b) => b[1].n - a[1].n || a[1].name.localeCompare(b[1].name)).map(([, e]) => e.name);
  return { rows, notCovering };
}

/** Epoch milliseconds of a publication time; undated sorts last. */
export function instant(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** A claim's words as shown: its clause with the rest of its sentence around it, within `limit` characters. */
export interface ClaimWords {
  before: string;
  clause: string;
  after: string;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * A clause without its subject ("releasing the reservoir into the gorge") reads only within its
 * sentence: the sentence is shown, the clause marked. The clause gets up to `limit` characters
 * and the rest of the sentence as many again, cut at word boundaries, the words before the
 * clause kept first (the subject is usually there).
 */
export function claimWords(c: Pick<DossierClaim, 'text' | 'sentence'>, limit: number): ClaimWords {
  if (!c.sentence) return { before: '', clause: cutEnd(flat(c.text).trim(), limit), after: '' };
  const { text, clauseStart, clauseEnd } = c.sentence;
  const clause = cutEnd(flat(text.slice(clauseStart, clauseEnd)).trim(), limit);
  const before = flat(text.slice(0, clauseStart)).trimStart();
  const after = flat(text.slice(clauseEnd)).trimEnd();
  const keptBefore = cutStart(before, Math.max(limit - Math.min(after.length, Math.floor(limit / 4)), 0));
  const keptAfter = cutEnd(after, Math.max(limit - keptBefore.length, 0));
  return { before: keptBefore, clause, after: keptAfter };
}

/** The first words of `s` within `n` characters, "…" marking the cut. */
function cutEnd(s: string, n: number): string {
  if (s.length <= n) return s;
  const head = s.slice(0, Math.max(n - 1, 0));
  const word = head.lastIndexOf(' ');
  return `${(word > 0 ? head.slice(0, word) : head).trimEnd()}…`;
}

/** The last words of `s` within `n` characters, "…" marking the cut. */
function cutStart(s: string, n: number): string {
  if (s.length <= n) return s;
  if (n <= 1) return '';
  const tail = s.slice(s.length - n + 1);
  const word = tail.indexOf(' ');
  return `…${(word >= 0 ? tail.slice(word + 1) : tail)}`;
}
