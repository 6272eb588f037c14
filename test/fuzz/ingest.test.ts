import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestText, type IngestResult } from '../../src/ingest/index.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { articleText, hostileFeed, hostileHtml, hostileJsonLines, hostileText, longRun } from './arbitraries.js';
import { checkProperty, expectNamedInputError, expectSpansInside, tallyLine, timed, type TimeBound } from './outcome.js';

/**
 * Ingest under hostile input: every input ends as documents or as errors with a stable code
 * naming it, never as an exception of another kind, and in time that grows with its length.
 */

// Ingest reads about 10 MB/s of plain text and 1 MB/s of HTML on one core, and tag soup (32,000
// unclosed "<p>", 96 KB) at about 30 ms per KB, linearly; 60 ms per KB leaves room for a slow
// machine, while a quadratic step on the 20 to 40 KB runs the generators make costs far more.
const INGEST_BOUND: TimeBound = { baseMs: 1_500, msPerKb: 60 };

/** Ingests one input as the CLI does; returns what came out, whichever way it came. */
function ingestOutcome(suite: string, text: string, source: string): IngestResult {
  return timed(suite, text, INGEST_BOUND, () => {
    try {
      return ingestText(text, source);
    } catch (err) {
      expectNamedInputError(err);
      return { documents: [], errors: [err] };
    }
  });
}

function expectWhole(result: IngestResult): void {
  for (const e of result.errors) expectNamedInputError(e);
  for (const doc of result.documents) {
    expect(doc.id).toMatch(/^[0-9a-f]{8,}$/);
    expect(doc.text.trim().length).toBeGreaterThan(0);
    expectSpansInside(doc);
  }
}

const property = checkProperty;

describe('fuzz: ingest', () => {
  beforeAll(() => {
    // Loads the HTML and feed parsers once, so the first case is not charged for them.
    for (const [text, source] of [['<p>Minister Odile Fenwick said the bridge would reopen.</p>', 'w.html'], ['<rss><channel><item><title>Bridge</title><description>Fenwick said so.</description></item></channel></rss>', 'w.rss']]) {
      try { ingestText(text, source); } catch { /* only the loading matters */ }
    }
  });
  afterAll(() => console.log(tallyLine()));

  it('reads arbitrary and adversarial text, as .txt and sniffed by content', () => {
    property(fc.tuple(fc.oneof(hostileText(), articleText(), longRun(40_000)), fc.constantFrom('in.txt', 'in', 'in.md')), 300, ([text, source]) => {
      expectWhole(ingestOutcome('text', text, source));
    });
  });

  it('reads HTML: unclosed tags, deep nesting, huge attributes, scripts and entities', () => {
    property(fc.tuple(hostileHtml(), fc.constantFrom('page.html', 'page', 'page.htm')), 150, ([html, source]) => {
      const result = ingestOutcome('html', html, source);
      expectWhole(result);
      // Scripts are never text: what a page runs is not what it says.
      for (const doc of result.documents) expect(doc.text).not.toContain('document.write');
    });
  });

  it('reads RSS, Atom and RDF feeds, broken ones included, without expanding entities', () => {
    property(hostileFeed(), 200, (xml) => {
      const result = ingestOutcome('feed', xml, 'news.rss');
      expectWhole(result);
      for (const doc of result.documents) {
        expect(doc.text).not.toContain('root:');
        expect(doc.text).not.toContain('lollollollollollollol');
      }
    });
  });

  it('reads JSON lines and JSON arrays of records of any shape', () => {
    property(hostileJsonLines(), 250, (jsonl) => {
      expectWhole(ingestOutcome('jsonl', jsonl, 'batch.jsonl'));
    });
  });

  it('decodes arbitrary bytes (any encoding, damaged UTF-8, BOMs, NULs) to a document or a named error', () => {
    const boms = fc.constantFrom(new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff]));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4_000 }),
      articleText().map((t) => new TextEncoder().encode(t)),
      fc.tuple(articleText(), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat()).map(([t, junk, at]) => {
        const clean = new TextEncoder().encode(t);
        const cut = clean.length ? at % clean.length : 0;
        return Uint8Array.from([...clean.subarray(0, cut), ...junk, ...clean.subarray(cut)]);
      }),
    );
    property(fc.tuple(boms, bytes), 250, ([bom, body]) => {
      const raw = Uint8Array.from([...bom, ...body]);
      const text = Buffer.from(raw).toString('latin1');
      const result = timed('bytes', text, INGEST_BOUND, () => {
        try {
          return ingestText(decodeBytes(raw, 'dump.txt').text, 'dump.txt');
        } catch (err) {
          expectNamedInputError(err);
          return { documents: [], errors: [err] };
        }
      });
      expectWhole(result);
    });
  });
});
