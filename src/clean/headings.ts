/** Words that stay lower-case in title case; they do not count against a heading. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'into', 'over', 'vs', 'via', 'its', 'their', 'his', 'her', 'is', 'are', 'after', 'amid', 'about']);

/**
 * A section heading in a page saved as text: a short stand-alone line, in title case or without
 * closing punctuation, followed by a longer paragraph. Body sentences that happen to be short
 * fail the title-case test ("A fragile truce has held." is not a heading).
 */
export function looksLikeHeading(line: string, nextLine: string | null): boolean {
  const text = line.trim();
  if (!nextLine || nextLine.trim().length < text.length) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 16 || text.length > 140) return false;
  if (/[.!?]["”’)]?\s+\S/.test(text)) return false; // more than one sentence
  if (/[,;]$|^["“‘]|[:?]$/.test(text)) return false;
  const content = words.filter((w) => !MINOR.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')));
  if (content.length === 0) return false;
  const capitalised = content.filter((w) => /^["“‘(]?[\p{Lu}\d]/u.test(w)).length;
  // A heading closed by a full stop ("Moscow's Strategic Contraction.") capitalises nearly every
  // content word; a sentence full of names ("Mayor X is holding talks with the Y Authority.") does not.
  const titleCase = capitalised / content.length >= (/\.$/.test(text) ? 0.9 : 0.75);
  const unterminated = !/[.!?"”’)]$/.test(text);
  return titleCase || (unterminated && words.length <= 10 && capitalised / content.length >= 0.5);
}
