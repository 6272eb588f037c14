import { readFileSync } from 'node:fs';
import { bcubed } from '../eval/stories.js';

/**
 * `node dist/bench/story-agreement.js A.json B.json`: B-cubed between the stories of two
 * `stream-updates --stories` files (B scored against A), for a change that is allowed to group
 * differently: the live corpus's equivalence bar is 0.98 between stream and batch.
 */
interface Stories { storyOf: Map<string, string>; claims: Map<string, string> }

/** Each document's story, and each claim's verdict keyed by its story's documents and its text. */
function read(file: string): Stories {
  const stories = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { documents: string[]; claims: string[] }>;
  const out: Stories = { storyOf: new Map(), claims: new Map() };
  for (const [story, { documents, claims }] of Object.entries(stories)) {
    for (const d of documents) out.storyOf.set(d, story);
    const members = [...documents].sort().join(',');
    for (const c of claims) {
      const at = c.lastIndexOf('=');
      out.claims.set(`${members}\n${c.slice(0, at)}`, c.slice(at + 1));
    }
  }
  return out;
}

const [a, b] = process.argv.slice(2).map(read);
const shared = [...a.claims.keys()].filter((k) => b.claims.has(k));
process.stdout.write(`${JSON.stringify({
  documents: [a.storyOf.size, b.storyOf.size], stories: [new Set(a.storyOf.values()).size, new Set(b.storyOf.values()).size],
  ...bcubed(a.storyOf, b.storyOf),
  claims: [a.claims.size, b.claims.size], shared_claims: shared.length, same_verdicts: shared.filter((k) => a.claims.get(k) === b.claims.get(k)).length,
})}\n`);
