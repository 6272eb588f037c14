import type { Conflict, Corpus, Entity, Warning } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { matchPersonNames, settledSpelling } from '../resolve/names/person-match.js';

/** How many distinct spellings of one name in one document make a warning. */
export const SPELLING_VARIANTS_WARNING = 3;

/**
 * One entity written several ways in one document: distinct spellings of its name's last word
 * (surnames), ignoring particles and case, so "Ann Kovac" and "Kovac" are one spelling. Only
 * spellings the name matcher itself joins to the entity count (see `certainSpellings`): a
 * spelling that came in through context, or a real surname of its own ("Barr" beside "Burr"),
 * is not a variant the resolver is sure of.
 */
export function spellingWarnings(corpus: Corpus, doc: Document, entities: Map<string, Entity>): Warning[] {
  const forms = new Map<string, Map<string, { start: number; end: number; text: string }[]>>();
  (doc.layers.mentions ?? []).forEach((m, i) => {
    const id = corpus.mentionEntity?.get(`${doc.id}:${i}`);
    // The entity's type, not the mention's: a mis-typed variant the resolver repaired still counts.
    if (!id || entities.get(id)?.type !== 'PER') return;
    const key = surnameKey(m.text);
    if (!key) return;
    const byForm = forms.get(id) ?? forms.set(id, new Map()).get(id)!;
    (byForm.get(key) ?? byForm.set(key, []).get(key)!).push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
  });
  const out: Warning[] = [];
  for (const [id, all] of forms) {
    if (all.size < SPELLING_VARIANTS_WARNING) continue;
    const byForm = certainSpellings(all);
    if (byForm.size < SPELLING_VARIANTS_WARNING) continue;
    const spellings = [...new Map([...byForm.values()].flat().map((r) => {
      const text = r.text.replace(/['’]s$/, '');
      return [text.toLowerCase(), text] as const;
    })).values()];
    out.push({
      document: doc.id,
      kind: 'spelling-variants',
      message: `${entities.get(id)?.name ?? id} is spelled ${spellings.length} ways in this document (${byForm.size} different surnames): ${spellings.join(', ')}`,
      evidence: [...byForm.values()].map((rs) => ({ doc: doc.id, start: rs[0].start, end: rs[0].end })),
    });
  }
  return out;
}

/**
 * The spellings of one entity in one document that the name matcher, given that they share the
 * article, joins to its most used spelling, directly or through another joined spelling, with
 * no written pair of them naming two people. A settled surname ("Barr") joins only when the
 * names alone settle it: a real name is not taken for a misspelling of another.
 */
export function certainSpellings<T extends { text: string }>(byForm: Map<string, T[]>): Map<string, T[]> {
  const groups = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length);
  const texts = (rs: T[]) => [...new Set(rs.map((r) => r.text.replace(/['’]s$/, '')))];
  const kept = new Map<string, T[]>([groups[0]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [key, rs] of groups) {
      if (kept.has(key)) continue;
      let joined = false;
      let clash = false;
      for (const other of [...kept.values()]) {
        for (const x of texts(rs)) {
          for (const y of texts(other)) {
            const m = matchPersonNames(x, y, { sameDocument: true });
            if (m.verdict === 'different') clash = true;
            if (m.verdict === 'same' && (m.certain || !settledSpelling(key))) joined = true;
          }
        }
      }
      if (joined && !clash) {
        kept.set(key, rs);
        grew = true;
      }
    }
  }
  return kept;
}

/** The last word of a name, lower-cased, without a possessive, an Arabic article or punctuation: how a surname is compared. */
export function surnameKey(name: string): string {
  const words = name.toLowerCase().replace(/['’]s$/, '').split(/[\s]+/);
  const last = words[words.length - 1] ?? '';
  return last.replace(/^(?:al|el|ad|an|as|ash|at|az)-/, '').replace(/[^\p{L}]/gu, '');
}

/**
 * An actor conflict where one side names someone the same document describes as removed from
 * power (toppled, deposed, fled, "former"), while the other side names someone else: the first
 * document most likely attributes the sitting actor's actions to the deposed one.
 */
export function misattributionWarnings(corpus: Corpus, docs: Map<string, Document>, conflicts: Conflict[], entityOfName: (value: string) => string | undefined): Warning[] {
  const out: Warning[] = [];
  for (const c of conflicts) {
    if (c.kind !== 'actor') continue;
    const flagged = c.sides.map((side) => {
      const doc = docs.get(side.evidence.doc);
      const id = entityOfName(side.value);
      return doc && id ? describedAsRemoved(corpus, doc, id) : false;
    });
    c.sides.forEach((side, i) => {
      const others = c.sides.filter((_, j) => j !== i);
      if (!flagged[i] || others.every((_, j) => flagged[j >= i ? j + 1 : j])) return;
      out.push({
        document: side.evidence.doc,
        kind: 'misattributed-actor',
        message: `Names ${side.value}, whom this document also describes as removed from power, where ${others.length} other publisher(s) name ${others.map((o) => o.value).join(' / ')} (${c.about})`,
        evidence: [side.evidence, ...others.map((o) => o.evidence)],
      });
    });
  }
  return out;
}

function describedAsRemoved(corpus: Corpus, doc: Document, entity: string): boolean {
  const mentions = doc.layers.mentions ?? [];
  for (let i = 0; i < mentions.length; i++) {
    if (corpus.mentionEntity?.get(`${doc.id}:${i}`) !== entity) continue;
    const m = mentions[i];
    const before = doc.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase();
    if (/\b(?:former|ex-|deposed|ousted|toppled|exiled|late)\s+(?:\w+\s+){0,2}$/.test(before)) return true;
    if (/\b(?:overthrow|overthrowing|downfall|fall|ouster|ousting|toppling|collapse)\s+of\s+(?:the\s+)?$/.test(before)) return true;
    if (/\b(?:toppled|ousted|deposed|overthrew|unseated)\s+(?:\w+\s+){0,4}$/.test(before)) return true;
  }
  return false;
}
