import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import { documentFromHtml } from './from-html.js';
import { nestingDepth } from './html/nesting.js';

describe('an HTML page the reader cannot follow', () => {
  it('nested 100,000 deep is refused as too complex, not reported as a page without an article', () => {
    const n = 100_000;
    const html = `<!DOCTYPE html><html><body>${'<div>'.repeat(n)}<p>Harbour master Idris Calloway said the light was lit again on Monday.</p>${'</div>'.repeat(n)}</body></html>`;
    let error: unknown = null;
    try {
      documentFromHtml(html, 'deep.html');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('too-complex');
    expect((error as InputError).message).toMatch(/^deep\.html: the HTML nests its elements 100000 deep, past the 3500 levels/);
  });

  it('is measured from the tags: unclosed paragraphs, void elements, comments and script text add no depth', () => {
    expect(nestingDepth('<div><p>a<p>b<br><img src=x/><script>if (a<b) "<div>"</script><!-- <div> --></div>')).toBe(2);
    expect(nestingDepth(`${'<section><div>'.repeat(50)}${'</div></section>'.repeat(50)}<div></div>`)).toBe(100);
  });
});
