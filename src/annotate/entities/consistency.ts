import { chunksOf, type Chunk } from './conll-format.js';

/**
 * Document-level consistency after tagging (one sense per discourse): a word that is part of a
 * full person name stays a person when it stands alone ("Ahmed al-Foo" ... "al-Foo"), and a
 * phrase tagged with one type most of the time takes that type everywhere in the document.
 */
export function harmoniseDocument(sentences: readonly (readonly string[])[], tags: string[][]): void {
  const all: { si: number; chunk: Chunk; key: string }[] = [];
  const personParts = new Set<string>();
  const typeCounts = new Map<string, Map<string, number>>();
  sentences.forEach((words, si) => {
    for (const chunk of chunksOf(tags[si])) {
      const key = words.slice(chunk.start, chunk.end).join(' ').toLowerCase();
      all.push({ si, chunk, key });
      let counts = typeCounts.get(key);
      if (!counts) { counts = new Map(); typeCounts.set(key, counts); }
      counts.set(chunk.type, (counts.get(chunk.type) ?? 0) + 1);
      if (chunk.type === 'PER' && chunk.end - chunk.start >= 2) {
        for (let i = chunk.start; i < chunk.end; i++) if (words[i].length > 2) personParts.add(words[i].toLowerCase());
      }
    }
  });
  for (const { si, chunk, key } of all) {
    const words = sentences[si];
    let type = chunk.type;
    let allParts = true;
    for (let i = chunk.start; i < chunk.end; i++) if (!personParts.has(words[i].toLowerCase())) allParts = false;
    if (allParts) type = 'PER';
    else {
      const counts = typeCounts.get(key)!;
      let best = type;
      for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
      type = best;
    }
    if (type === chunk.type) continue;
    for (let i = chunk.start; i < chunk.end; i++) tags[si][i] = `${i === chunk.start ? 'B' : 'I'}-${type}`;
  }
}
