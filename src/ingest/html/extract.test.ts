import { describe, expect, it } from 'vitest';
import { extractHtml, mainText, type HtmlExtraction } from './extract.js';

const P1 = 'The river council approved the new bridge plan on Tuesday after three hours of debate, ending a dispute that had lasted nearly two years.';
const P2 = 'Engineers said construction would begin in the spring and take about eighteen months, with one lane kept open for traffic throughout the work.';
const P3 = 'Residents who opposed the plan said they would keep pressing for a pedestrian crossing, which the council agreed to study before the summer recess.';
const P4 = 'The mayor told reporters that the budget for the bridge had been set aside years ago and that no new taxes would be needed to pay for it.';

const links = (prefix: string, n: number): string =>
  `<ul class="links">${Array.from({ length: n }, (_, i) => `<li><a href="/x${i}">${prefix} headline number ${i} about something else</a></li>`).join('')}</ul>`;

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><title>Bridge plan approved | The Valley Courier</title>${head}</head><body>${body}</body></html>`;
}

function slices(x: HtmlExtraction, ranges = x.main): string[] {
  return ranges.map((r) => x.text.slice(r.start, r.end));
}

describe('extractHtml main text', () => {
  it('finds a short article under a long header', () => {
    const header = `<header class="site-header"><nav>${links('Menu', 40)}</nav>
      <div class="promo">${Array.from({ length: 6 }, () => '<p>Subscribe today and get unlimited access to every story, every puzzle and every archive edition we have ever printed, from anywhere.</p>').join('')}</div></header>`;
    const html = page(`${header}<main><article><h1>Bridge plan approved</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></main>
      <footer>${links('Footer', 10)}</footer>`);
    const x = extractHtml(html);
    expect(slices(x).join('\n\n')).toBe([P1, P2, P3].join('\n\n'));
    expect(mainText(x)).not.toMatch(/Subscribe|Menu headline/);
  });

  it('keeps a first and a last paragraph that sit next to link lists', () => {
    const html = page(`<nav>${links('Top', 12)}</nav>
      <article><div class="lede"><p>${P1}</p></div>
      <div class="story-body"><p>${P2}</p><p>${P3}</p></div>
      <p>${P4}</p>
      <aside class="related">${links('Related', 6)}</aside></article>
      <div class="more-stories">${links('More', 12)}</div>`);
    const x = extractHtml(html);
    const text = mainText(x);
    expect(text.startsWith(P1)).toBe(true);
    expect(text.endsWith(P4)).toBe(true);
    expect(text).not.toMatch(/headline number/);
  });

  it('uses the JSON-LD articleBody when the page shows no body', () => {
    const body = `${P1}\n\n${P2}\n\n${P3}`;
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge plan approved', articleBody: body };
    const html = page(`<nav>${links('Menu', 5)}</nav><div id="app"></div>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    const x = extractHtml(html);
    expect(slices(x).join('\n\n')).toBe(body);
    expect(x.text).toContain(P2);
  });

  it('returns no main text for a page without an article', () => {
    const html = page(`<nav>${links('Menu', 30)}</nav><div class="grid">${links('Teaser', 20)}</div><footer><p>© 2024 The Valley Courier</p></footer>`);
    const x = extractHtml(html);
    expect(x.main).toEqual([]);
    expect(x.text.length).toBeGreaterThan(0);
  });

  it('does not throw on malformed or garbage input', () => {
    const inputs = [
      '', '<<<>>>', '\u0000\u0001binary\uFFFD', '<html><body><p>unclosed <b>bold <i>italic <div>broken',
      `<p>${P1}<p>${P2}<div><p>${P3}</span></td></table>`, '<script>never closed', '<!-- comment only',
      `<html lang="en"><body><article><p>${P1}</p><p>${P2}</p><p>${P3}`,
    ];
    for (const html of inputs) {
      const x = extractHtml(html);
      for (const r of x.main) expect(r.end).toBeLessThanOrEqual(x.text.length);
    }
    const deep = extractHtml(`${'<div>'.repeat(3000)}<p>${P1}</p><p>${P2}</p><p>${P3}</p>`);
    expect(mainText(deep)).toContain(P2);
    expect(() => extractHtml(`${'<span>'.repeat(30000)}x`)).not.toThrow();
    const unclosed = extractHtml(`<html lang="en"><body><article><p>${P1}<p>${P2}<p>${P3}<p>${P4}`);
    expect(mainText(unclosed)).toContain(P2);
  });

  it('gives ranges that slice the text to whole blocks, with headings inside the body', () => {
    const html = page(`<article><h1>Bridge plan approved</h1><p>${P1}</p><h2>What comes next</h2><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`);
    const x = extractHtml(html);
    const blocks = x.text.split('\n\n');
    for (const s of slices(x)) for (const part of s.split('\n\n')) expect(blocks).toContain(part);
    expect(slices(x, x.headings)).toEqual(['What comes next']);
    expect(mainText(x)).toBe([P1, 'What comes next', P2, P3, P4].join('\n\n'));
  });

  it('collapses whitespace inside blocks and separates blocks by blank lines', () => {
    const x = extractHtml(page('<p>  one\n two   <b>three</b></p><div>four<br>five</div>'));
    expect(x.text).toBe('one two three\n\nfour\n\nfive');
  });

  it('with readabilityOnly maps what Readability returns onto the text blocks', () => {
    const html = page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`);
    const x = extractHtml(html, { readabilityOnly: true });
    expect(mainText(x)).toBe([P1, P2, P3, P4].join('\n\n'));
  });
});

describe('extractHtml metadata', () => {
  const article = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;

  it('reads JSON-LD: date with zone, author, publisher, headline', () => {
    const ld = {
      '@context': 'https://schema.org', '@graph': [{
        '@type': 'NewsArticle', headline: 'Bridge plan approved', datePublished: '2024-05-12T18:46:00+03:00',
        author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Lee' }],
        publisher: { '@type': 'Organization', name: 'The Valley Courier' },
      }],
    };
    const x = extractHtml(page(article, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(x.published).toBe('2024-05-12T18:46:00+03:00');
    expect(x.publishedPrecision).toBe('datetime');
    expect(x.byline).toBe('Ana Ruiz, Tom Lee');
    expect(x.publisher).toBe('The Valley Courier');
    expect(x.title).toBe('Bridge plan approved');
    expect(x.language).toBe('en');
  });

  it('reads OpenGraph / article meta and the canonical URL', () => {
    const head = `<meta property="article:published_time" content="2024-05-12T08:00:00Z"><meta property="og:site_name" content="Valley Courier">
      <meta name="author" content="By Ana Ruiz"><meta name="description" content="The council approved the plan.">
      <link rel="canonical" href="/news/bridge">`;
    const x = extractHtml(page(article, head), { url: 'https://example.org/x?y=1' });
    expect(x.published).toBe('2024-05-12T08:00:00Z');
    expect(x.publisher).toBe('Valley Courier');
    expect(x.byline).toBe('Ana Ruiz');
    expect(x.description).toBe('The council approved the plan.');
    expect(x.url).toBe('https://example.org/news/bridge');
  });

  it('reads <time datetime>, then a written dateline, then the URL', () => {
    const timed = extractHtml(page(`<p class="meta"><time datetime="2024-05-12">May 12</time></p>${article}`));
    expect(timed.published).toBe('2024-05-12');
    expect(timed.publishedPrecision).toBe('date');
    const written = extractHtml(page(`<div class="dateline">Published May 12, 2024 at 10:30 AM EDT</div>${article}`));
    expect(written.published).toBe('2024-05-12T10:30:00-04:00');
    const fromUrl = extractHtml(page(article), { url: 'https://example.org/2024/05/12/bridge-plan/' });
    expect(fromUrl.published).toBe('2024-05-12');
    expect(fromUrl.publishedPrecision).toBe('date');
  });

  it('abstains when the page gives no metadata', () => {
    const x = extractHtml('<p>hello</p>');
    expect(x.published).toBeNull();
    expect(x.byline).toBeNull();
    expect(x.publisher).toBeNull();
  });
});
