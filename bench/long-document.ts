import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * One long plain-text document of about `bytes` UTF-8 bytes, made of the generated corpus's
 * article bodies run together. `lineBreaks: false` (the hostile case) joins every sentence with a
 * space, so the whole text is one line and one paragraph.
 */
export function longDocument(bytes: number, { lineBreaks = false, seed = 7 } = {}): string {
  const parts: string[] = ['A long report on many events', ''];
  let size = parts[0].length + 1;
  let batch = 0;
  while (size < bytes) {
    const { records } = syntheticCorpus(50, seed + batch++);
    for (const r of records) {
      if (!r.text) continue;
      // Only the body: the header lines and debris would be read as page furniture.
      for (const p of r.text.split('\n\n').slice(1)) {
        if (p.length < 60) continue;
        parts.push(p);
        size += Buffer.byteLength(p) + 1;
        if (size >= bytes) break;
      }
      if (size >= bytes) break;
    }
  }
  const [title, , ...body] = parts;
  return `${title}\n\n${body.join(lineBreaks ? '\n\n' : ' ')}\n`;
}
