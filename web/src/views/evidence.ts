import { h } from '../dom.js';
import { api } from '../api.js';
import type { Evidence } from '../../../src/model/span.js';

const CONTEXT = 180;

export function readerLink(ev: { document: string; start: number; end: number }): string {
  return `#/doc/${encodeURIComponent(ev.document)}?mark=${ev.start}-${ev.end}`;
}

/**
 * A piece of evidence in its paragraph: the sentence highlighted, the exact span inside it
 * marked, some text either side. Falls back to the evidence alone until the source arrives.
 */
export function evidenceInContext(ev: Evidence): HTMLElement {
  const box = h('blockquote', { class: 'evidence-context' },
    h('mark', { class: 'sentence' }, ev.sentence?.text ?? ev.text));
  void api.document(ev.document).then((doc) => {
    const text = doc.text;
    const sStart = Math.min(ev.sentence?.start ?? ev.start, ev.start);
    const sEnd = Math.max(ev.sentence?.end ?? ev.end, ev.end);
    let from = Math.max(0, sStart - CONTEXT);
    let to = Math.min(text.length, sEnd + CONTEXT);
    // Cut context at whitespace so words are not chopped.
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = text.lastIndexOf(' ', to) > sEnd ? text.lastIndexOf(' ', to) : to;
    box.replaceChildren(
      h('span', { class: 'context' }, from > 0 ? '…' : '', text.slice(from, sStart)),
      h('mark', { class: 'sentence' },
        text.slice(sStart, ev.start),
        h('mark', { class: 'evidence' }, text.slice(ev.start, ev.end)),
        text.slice(ev.end, sEnd)),
      h('span', { class: 'context' }, text.slice(sEnd, to), to < text.length ? '…' : ''),
    );
  }, () => undefined);
  return box;
}
