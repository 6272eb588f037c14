/**
 * Verbs whose event is named by the verb with the words after it, not by the verb alone: "the
 * levee gave way" is a collapse, "the train came off the rails" a derailment, "the meeting took
 * place" a happening. The frame gives such a predicate the lemma of the event it names, so that it
 * aligns with the single verb another report uses ("the levee breached", "the train derailed").
 * A general English lexicon of news idioms, hand-made; the words must follow the verb directly.
 */
const IDIOMS: readonly { verb: string; after: RegExp; lemma: string }[] = [
  { verb: 'give', after: /^\s+way\b/i, lemma: 'collapse' },
  { verb: 'come', after: /^\s+off\s+(?:the\s+)?(?:rails|tracks?)\b/i, lemma: 'derail' },
  { verb: 'leave', after: /^\s+(?:the\s+)?(?:rails|tracks?)\b/i, lemma: 'derail' },
  { verb: 'jump', after: /^\s+(?:the\s+)?(?:rails|tracks?)\b/i, lemma: 'derail' },
  { verb: 'take', after: /^\s+place\b/i, lemma: 'happen' },
  { verb: 'catch', after: /^\s+fire\b/i, lemma: 'burn' },
  { verb: 'open', after: /^\s+fire\b/i, lemma: 'shoot' },
  { verb: 'step', after: /^\s+down\b/i, lemma: 'resign' },
  { verb: 'pass', after: /^\s+away\b/i, lemma: 'die' },
  { verb: 'blow', after: /^\s+up\b/i, lemma: 'explode' },
  { verb: 'break', after: /^\s+out\b/i, lemma: 'erupt' },
  { verb: 'call', after: /^\s+off\b/i, lemma: 'cancel' },
];

/** The verbs some idiom starts with: most verbs are none of them, and their text is never read. */
const IDIOM_VERBS = new Set(IDIOMS.map((i) => i.verb));

/** How far after the verb an idiom's words may reach ("off the tracks"). */
const IDIOM_REACH = 24;

/** The lemma of the event a verb names with the words right after it (text from `verbEnd`: "gave way" is a collapse), or null. */
export function idiomLemma(verbLemma: string, text: string, verbEnd: number): string | null {
  const verb = verbLemma.toLowerCase();
  if (!IDIOM_VERBS.has(verb)) return null;
  const after = text.slice(verbEnd, verbEnd + IDIOM_REACH);
  for (const idiom of IDIOMS) if (idiom.verb === verb && idiom.after.test(after)) return idiom.lemma;
  return null;
}
