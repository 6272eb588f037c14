import type { ClaimView, ViewPredicate } from './claim-view.js';

/**
 * The entity one side names as what the act was done to, when the other side's verb takes a
 * definite description of it by the name's own head noun: "jolted Qeshm Island" / "jolted the
 * island", "evacuated the Harlow Tower" / "evacuated the tower". News refers back to a named
 * thing by its head noun with "the"; a different thing of the kind would be told apart ("another
 * island", "a second tower"), and a modifier the name lacks ("the northern island") may point to
 * another one, so only "the" with the head noun, at most one word of the name between, counts.
 */
export function describedPatient(named: ViewPredicate | null, other: ClaimView, described: ViewPredicate | null): string | null {
  if (!named?.target || !named.targetDirect || named.targetInferred || !named.targetText) return null;
  if (!described?.object || described.target) return null;
  const words = named.targetText.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // A one-word name has no head noun apart from the name ("Sukanya" / "the ship").
  if (words.length < 2) return null;
  const head = words[words.length - 1];
  if (singular(head) !== singular(described.object.toLowerCase())) return null;
  const after = other.doc.text.slice(described.end, Math.min(other.claim.sentence.end, described.end + 60)).toLowerCase();
  const m = /^\s+the\s+((?:[\p{L}'’-]+\s+)?)([\p{L}'’-]+)(?![\p{L}])/u.exec(after);
  if (!m || singular(m[2]) !== singular(head)) return null;
  const modifier = m[1].trim();
  return modifier === '' || words.slice(0, -1).includes(modifier) ? named.target : null;
}

const singular = (w: string) => w.replace(/(?<=[^s])s$/, '');
