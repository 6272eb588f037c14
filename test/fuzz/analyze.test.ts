import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestText } from '../../src/ingest/index.js';
import { InputError } from '../../src/ingest/errors.js';
import type { Document } from '../../src/model/document.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { buildDossier } from '../../src/report/dossier.js';
import { articleText, hostileFeed, hostileHtml, hostileJsonLines, hostileText, longRun } from './arbitraries.js';
import { checkProperty, expectNamedInputError, expectSpansInside, tallyLine, timed, type TimeBound } from './outcome.js';

/**
 * The whole pipeline under hostile input: every stage, the corpus stages and the dossier. A
 * document ends analysed, or refused by a stage with the named `[too-complex]` failure; a stage
 * that throws anything else is a crash. Evidence offsets stay inside each document's text.
 */

// Annotation costs 20 to 60 CPU ms per thousand words (bench --doc-sizes), about 5 to 12 ms per
// KB of English; 100 ms per KB is many times that, a quadratic step on 20 KB is far above it.
const ANALYZE_BOUND: TimeBound = { baseMs: 2_000, msPerKb: 100 };

function analyzeOutcome(suite: string, input: string, source: string): void {
  timed(suite, input, ANALYZE_BOUND, () => {
    let documents: Document[] = [];
    const errors: InputError[] = [];
    try {
      const r = ingestText(input, source);
      documents = r.documents;
      errors.push(...r.errors);
    } catch (err) {
      expectNamedInputError(err);
      errors.push(err);
    }
    const { corpus, failures } = analyzeDocuments(documents);
    for (const f of failures) expect(f.message, `stage "${f.stage}" crashed`).toMatch(/^\[too-complex\]/);
    for (const doc of corpus.documents) expectSpansInside(doc);
    const dossier = buildDossier(corpus, errors, { failures });
    expect(JSON.parse(JSON.stringify(dossier))).toBeTruthy();
  });
}

describe('fuzz: analyze', () => {
  beforeAll(() => {
    // Loads the models once, so the first case is not charged for them.
    analyzeDocuments(ingestText('Minister Odile Fenwick said on Monday that the bridge in Harlow would reopen.', 'warm.txt').documents);
  });
  afterAll(() => console.log(tallyLine()));

  it('analyses arbitrary and adversarial text end to end', () => {
    checkProperty(fc.oneof({ weight: 3, arbitrary: articleText() }, { weight: 2, arbitrary: hostileText() }, { weight: 1, arbitrary: longRun(16_000) }), 90, (text) => {
      analyzeOutcome('analyze-text', text, 'in.txt');
    });
  });

  it('analyses HTML pages, feeds and JSON lines end to end', () => {
    const input = fc.oneof(
      hostileHtml().map((t) => [t, 'page.html'] as const),
      hostileFeed().map((t) => [t, 'news.rss'] as const),
      hostileJsonLines().map((t) => [t, 'batch.jsonl'] as const),
    );
    checkProperty(input, 60, ([text, source]) => analyzeOutcome('analyze-structured', text, source));
  });

  it('analyses a batch of copies with invisible characters and bidi controls inside words', () => {
    // Copies of one article are where false conflicts would come from: the corpus stages must hold.
    const invisible = fc.constantFrom('\u200B', '\u00AD', '\u202E', '\u202C', '\u2060', '\uFEFF', '\u200D');
    const batch = fc.tuple(articleText({ maxSentences: 8 }), fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 12 }), fc.constantFrom('Harlow Post', 'Valley News'))
      .map(([text, insertions, outlet]) => {
        let copy = text;
        for (const [at, ch] of insertions) copy = copy.slice(0, at % (copy.length + 1)) + ch + copy.slice(at % (copy.length + 1));
        return [JSON.stringify({ title: 'Bridge', text, outlet: 'Harlow Post', published: '2031-05-02' }), JSON.stringify({ title: 'Bridge', text: copy, outlet, published: '2031-05-02' })].join('\n');
      });
    checkProperty(batch, 30, (jsonl) => analyzeOutcome('analyze-copies', jsonl, 'copies.jsonl'));
  });
});
