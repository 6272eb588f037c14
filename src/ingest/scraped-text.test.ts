import { describe, expect, it } from 'vitest';
import { documentFromText } from './from-text.js';
import { ingestText } from './index.js';

const BODY = 'The harbour authority said on Monday that the northern pier would close for repairs. Officials expect the work to last a month and to cost the city more than it planned.';

describe('plain text saved from a page', () => {
  it('reads title, byline, time, zone and date from an "Updated by" line', () => {
    const text = `Pier Closes for Repairs\n\nUpdated by Mara Osei at 0730 CAT on Tuesday 3 February 2026\n\n${BODY}\n`;
    const doc = documentFromText(text, 'pier.txt');
    expect(doc.meta.title).toBe('Pier Closes for Repairs');
    expect(doc.meta.byline).toBe('Mara Osei');
    expect(doc.meta.published).toBe('2026-02-03T07:30:00+02:00');
    expect(doc.meta.zone).toBe('CAT');
    const ev = doc.meta.evidence.byline!;
    expect(text.slice(ev.start, ev.end)).toBe('Mara Osei');
  });

  it('reads a section breadcrumb and a day-first date line', () => {
    const text = `news / Local affairs\n\nPier Closes for Repairs\n\n17/02/2026\n\n${BODY}`;
    const doc = documentFromText(text, 'pier.txt');
    expect(doc.meta.title).toBe('Pier Closes for Repairs');
    expect(doc.meta.published).toBe('2026-02-17');
    expect(doc.layers.regions!.map((r) => r.kind)).toEqual(['section', 'title', 'dateline']);
  });

  it('records the credit line of a syndicated copy', () => {
    const doc = documentFromText(`Pier Closes\n\n${BODY}\n\nCredit to Coastline Herald.\n\nLeave a comment`, 'copy.txt');
    expect(doc.meta.syndicatedFrom).toBe('Coastline Herald');
    expect(doc.layers.regions!.some((r) => r.kind === 'credit')).toBe(true);
  });

  it('refuses a text in another language by name', () => {
    const french = 'Le conseil municipal a voté mardi la fermeture du port pour des travaux qui dureront un mois, selon la mairie. Les pêcheurs ne sont pas contents et le disent.';
    expect(() => documentFromText(french, 'fr.txt')).toThrow(/fr\.txt.*"fr"/);
  });

  it('reads JSON lines, keeping good records when one line is bad', () => {
    const good = JSON.stringify({ title: 'Pier closes', text: BODY, outlet: 'Coastline Herald', published: '2026-02-03' });
    const r = ingestText(`${good}\n{not json\n${JSON.stringify({ title: 3 })}\n`, 'batch.jsonl');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].meta.outlet).toBe('Coastline Herald');
    expect(r.errors.map((e) => [e.input, e.code])).toEqual([['batch.jsonl#2', 'malformed'], ['batch.jsonl#3', 'malformed']]);
  });

  it('reads an RSS feed item by item', () => {
    const rss = `<?xml version="1.0"?><rss><channel><title>Coastline Herald</title><item><title>Pier closes</title><link>https://example.org/pier</link><pubDate>Tue, 03 Feb 2026 07:30:00 +0200</pubDate><description>${BODY}</description></item></channel></rss>`;
    const r = ingestText(rss, 'feed.xml');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0].meta).toMatchObject({ outlet: 'Coastline Herald', url: 'https://example.org/pier', published: '2026-02-03T07:30:00+02:00' });
  });
});

describe('outlet and author lines between the title and the date', () => {
  it('reads an outlet name line and an author name line', () => {
    const doc = documentFromText(`Dock Strike Spreads\nCoast Herald\nMonday 3 March 2031\n\n${BODY}`, 'a.txt');
    expect(doc.meta.outlet).toBe('Coast Herald');
    expect(doc.meta.published).toBe('2031-03-03');
    const byAuthor = documentFromText(`Dock Strike Spreads\nMara Osei\n3 March 2031\n\n${BODY}`, 'b.txt');
    expect(byAuthor.meta.byline).toBe('Mara Osei');
    expect(byAuthor.meta.outlet).toBeNull();
  });

  it('reads the date a byline line carries, and takes the name above an explicit byline for the outlet', () => {
    const text = `Dock Strike Spreads\nTarnmouth Ledger\nBy Mara Osei, 3 March 2031\n\n${BODY}`;
    const doc = documentFromText(text, 'd.txt');
    expect(doc.meta.outlet).toBe('Tarnmouth Ledger');
    expect(doc.meta.byline).toBe('Mara Osei');
    expect(doc.meta.published).toBe('2031-03-03');
    const ev = doc.meta.evidence.byline!;
    expect(text.slice(ev.start, ev.end)).toBe('Mara Osei');
    const published = documentFromText(`Dock Strike Spreads\nValley Sentinel\nPublished 3 March 2031 by Mara Osei\n\n${BODY}`, 'e.txt');
    expect(published.meta.outlet).toBe('Valley Sentinel');
    expect(published.meta.byline).toBe('Mara Osei');
    expect(published.meta.published).toBe('2031-03-03');
    // Without "By", a bare name line is the author unless its words are an outlet's.
    expect(documentFromText(`Dock Strike Spreads\nMara Osei\n3 March 2031\n\n${BODY}`, 'f.txt').meta.outlet).toBeNull();
    // A byline without a date keeps its whole text.
    expect(documentFromText(`Dock Strike Spreads\nBy Mara Osei, Staff Writer\n3 March 2031\n\n${BODY}`, 'g.txt').meta.byline).toBe('Mara Osei, Staff Writer');
  });

  it('does not take a body line for a name when no date line follows', () => {
    const doc = documentFromText(`Dock Strike Spreads\nCoast Herald\n\n${BODY}`, 'c.txt');
    expect(doc.meta.outlet).toBeNull();
  });
});

describe('feeds with namespaced content', () => {
  it('reads content:encoded HTML and dc:creator', () => {
    const html = `<p>${BODY}</p><p>The ministry said repairs would start in April, after the storm season.</p>`;
    const rss = `<?xml version="1.0"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coastline Herald</title><item><title>Pier closes</title><pubDate>Tue, 03 Feb 2026 07:30:00 +0200</pubDate><dc:creator>Mara Osei</dc:creator><content:encoded><![CDATA[${html}]]></content:encoded></item></channel></rss>`;
    const r = ingestText(rss, 'feed.rss');
    expect(r.errors).toEqual([]);
    expect(r.documents[0].meta.byline).toBe('Mara Osei');
    expect(r.documents[0].text).toContain('repairs would start in April');
  });
});

describe('date lines that are not titles', () => {
  it('reads "DATE Last updated at TIME ZONE" and a year-less "APR 28" as date lines', () => {
    const a = documentFromText(`18 September 2031 Last updated at 13:59 GMT\n\nDock Strike Spreads\n\n${BODY}`, 'a.txt');
    expect(a.meta.published).toBe('2031-09-18T13:59:00+00:00');
    expect(a.meta.title).toBe('Dock Strike Spreads');
    const b = documentFromText(`APR 28\n\nDock Strike Spreads\n\n${BODY}`, 'b.txt');
    expect(b.meta.title).toBe('Dock Strike Spreads');
    expect(b.meta.published).toBeNull();
  });
});

describe('titles and first sentences', () => {
  it('does not take a sentence-case first sentence, or a lone paragraph, for a title', () => {
    const a = documentFromText(`Police arrested a man on Friday after a fire destroyed the store on the high street.\n\n${BODY}`, 'a.txt');
    expect(a.meta.title).toBeNull();
    const b = documentFromText(BODY, 'b.txt');
    expect(b.meta.title).toBeNull();
    const c = documentFromText(`Leaders Meet in Geneva: Talks on Trade and Tariffs.\n\n${BODY}`, 'c.txt');
    expect(c.meta.title).toBe('Leaders Meet in Geneva: Talks on Trade and Tariffs.');
  });
});
