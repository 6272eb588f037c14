import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { buildDossier } from './dossier.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderClaimReview } from './exports/claimreview.js';
import { renderEventsCsv, renderPlover } from './exports/events.js';

const BODY = [
  'The port authority of Lorvik closed the northern harbour on Monday after dock workers walked out.',
  'Union leader Petra Holm said the strike would continue until wages rise.',
  'Advertisement',
  'Transport minister Jon Strand met Petra Holm in Lorvik on Tuesday.',
].join('\n\n');

function dossier(extra = '') {
  const docs = [
    ingestRecord({ title: 'Lorvik harbour shut', text: BODY + extra, outlet: 'Fjord Post', published: '2031-03-05' }, 'a.txt'),
    ingestRecord({ title: 'Strike closes Lorvik port', text: BODY.replace('Monday', 'Sunday'), outlet: 'North Wire', published: '2031-03-05' }, 'b.txt'),
  ];
  const { corpus, failures } = analyzeDocuments(docs);
  return buildDossier(corpus, [], { includeText: true, failures });
}

describe('reports', () => {
  const d = dossier('\n\n<script>alert(1)</script> <img src=x onerror=alert(2)>');

  it('resolves every evidence item to the exact words of the original', () => {
    const text = new Map(d.documents.map((doc) => [doc.id, doc.text!]));
    const check = (e: { document: string; start: number; end: number; text: string }) => expect(text.get(e.document)!.slice(e.start, e.end)).toBe(e.text);
    for (const s of d.stories) {
      s.claims.forEach((c) => c.evidence.forEach(check));
      s.conflicts.forEach((c) => c.sides.forEach((side) => check(side.evidence)));
      s.entities.forEach((e) => e.mentions.forEach(check));
      s.timeline.forEach((t) => t.evidence.forEach(check));
      s.quotes.forEach((q) => check(q.evidence));
    }
    for (const doc of d.documents) for (const span of doc.spans) expect(doc.text!.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps debris out of the analysed text but in the document spans', () => {
    const spans = d.documents[0].spans.filter((s) => s.kind === 'boilerplate').map((s) => s.text);
    expect(spans).toContain('Advertisement');
    expect(d.stories.flatMap((s) => s.claims).some((c) => c.text.includes('Advertisement'))).toBe(false);
  });

  it('renders article text as text in the HTML report, never as markup', () => {
    const html = renderHtml(d);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders Markdown with the story, the publishers and the date conflict', () => {
    const md = renderMarkdown(d);
    expect(md).toContain('## Story s1');
    expect(md).toMatch(/Fjord Post/);
    expect(md).toMatch(/### Disputed\n\n- \*\*date\*\*, /);
  });

  it('exports claims as ClaimReview and events as CSV and PLOVER', () => {
    const reviews = JSON.parse(renderClaimReview(d)) as { '@type': string; reviewRating: { alternateName: string } }[];
    expect(reviews.length).toBe(d.stories[0].claims.length);
    expect(reviews.every((r) => r['@type'] === 'ClaimReview')).toBe(true);
    const csv = renderEventsCsv(d).trim().split('\n');
    expect(csv[0].split(',')[0]).toBe('GlobalEventID');
    expect(csv.some((line) => line.includes('Jon Strand'))).toBe(true);
    const plover = JSON.parse(renderPlover(d)) as { event_type: string; actor: string }[];
    expect(plover.some((e) => e.event_type === 'CONSULT' && e.actor === 'Jon Strand')).toBe(true);
  });
});
