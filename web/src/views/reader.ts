import { externalLink, fill, h, formatDate } from '../dom.js';
import { api, type DocumentView } from '../api.js';
import { humanTime } from '../../../src/report/human-date.js';
import { setPageTitle } from '../page.js';

type Span = DocumentView['spans'][number];

/** Layers the reader marks, in paint order: later ones win a segment's link. */
const SHOWN = ['regions', 'claims', 'quotes', 'times', 'quantities', 'mentions'] as const;
const REGION_CLASS: Record<string, string> = { boilerplate: 'debris', heading: 'heading', title: 'title', byline: 'byline', dateline: 'dateline', credit: 'credit' };

function classesOf(sp: Span): string[] {
  switch (sp.layer) {
    case 'regions': return REGION_CLASS[sp.kind] ? [REGION_CLASS[sp.kind]] : [];
    case 'mentions': return ['m-entity', `type-${sp.kind}`];
    case 'times': return ['m-time'];
    case 'quotes': return ['m-quote'];
    case 'quantities': return ['m-quantity'];
    case 'claims': return sp.claims ? ['m-claim', `status-${sp.claims[0].status}`] : [];
    default: return [];
  }
}

function linkOf(sp: Span): string | null {
  if (sp.layer === 'mentions' && sp.entity) return `#/entity/${encodeURIComponent(sp.entity)}`;
  if ((sp.layer === 'claims' || sp.layer === 'quotes') && sp.claims) {
    const c = sp.claims[0];
    return `#/story/${encodeURIComponent(c.story)}?claim=${encodeURIComponent(c.claim)}`;
  }
  return null;
}

function titleOf(sp: Span): string | null {
  if (sp.layer === 'regions') return sp.kind === 'boilerplate' ? `debris: ${sp.label ?? 'boilerplate'}` : sp.kind;
  if (sp.layer === 'times') return `date: ${sp.label ? humanTime(sp.label, { granularity: sp.kind }) : 'unresolved'}`;
  if (sp.layer === 'mentions') return `${sp.kind}: ${sp.label}`;
  if (sp.layer === 'quotes') return `${sp.kind} quote${sp.label ? ` by ${sp.label}` : ''}`;
  if (sp.layer === 'quantities') return `${sp.kind}: ${sp.label}`;
  if (sp.layer === 'claims' && sp.claims) return `claim (${sp.claims[0].status})`;
  return null;
}

/**
 * Cuts the text at every span boundary; each piece carries the classes of all spans over it,
 * and links to the innermost one that leads somewhere. Text goes in as text nodes only.
 */
export function markedText(text: string, spans: Span[], highlight: [number, number] | null): HTMLElement {
  const shown = spans.filter((sp) => (SHOWN as readonly string[]).includes(sp.layer) && sp.end > sp.start && classesOf(sp).length > 0);
  const cuts = new Set([0, text.length]);
  for (const sp of shown) { cuts.add(sp.start); cuts.add(sp.end); }
  if (highlight) { cuts.add(highlight[0]); cuts.add(highlight[1]); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = h('div', { class: 'article-text' });
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = shown.filter((sp) => sp.start <= a && b <= sp.end).sort((x, y) => (y.end - y.start) - (x.end - x.start));
    const piece = text.slice(a, b);
    const hl = highlight && highlight[0] <= a && b <= highlight[1];
    if (over.length === 0 && !hl) { out.appendChild(document.createTextNode(piece)); continue; }
    const classes = [...new Set(over.flatMap(classesOf)), ...(hl ? ['target'] : [])];
    const innermostLink = [...over].reverse().map(linkOf).find((l) => l);
    const title = [...over].reverse().map(titleOf).filter(Boolean).join(' · ');
    const el = innermostLink
      ? h('a', { class: classes.join(' '), href: innermostLink, title: title || null }, piece)
      : h('span', { class: classes.join(' '), title: title || null }, piece);
    out.appendChild(el);
  }
  return out;
}

export async function renderReader(view: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const doc = await api.document(id);
  setPageTitle(doc.meta.title ?? doc.source, 'Source');
  const mark = /^(\d+)-(\d+)$/.exec(params.get('mark') ?? '');
  const highlight: [number, number] | null = mark ? [Number(mark[1]), Number(mark[2])] : null;
  const count = (layer: string, kind?: string) => doc.spans.filter((sp) => sp.layer === layer && (!kind || sp.kind === kind)).length;
  const body = markedText(doc.text, doc.spans, highlight);
  const toggles = h('div', { class: 'toggles' }, [['debris', 'debris'], ['m-entity', 'entities'], ['m-time', 'dates'], ['m-quote', 'quotes'], ['m-quantity', 'numbers'], ['m-claim', 'claims']]
    .map(([cls, label]) => {
      const box = h('input', { type: 'checkbox', checked: true });
      box.addEventListener('change', () => body.classList.toggle(`hide-${cls}`, !box.checked));
      return h('label', { class: `legend-${cls}` }, box, ` ${label}`);
    }));
  fill(view, 
    h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ',
      doc.stories.map((s, i) => [i > 0 ? ', ' : '', h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title)]), ' / source'),
    h('h1', null, doc.meta.title ?? doc.source),
    h('p', { class: 'doc-meta' },
      [doc.meta.outlet ?? 'unknown outlet', formatDate(doc.meta.published), doc.meta.byline ? `by ${doc.meta.byline}` : null,
        doc.meta.syndicatedFrom ? `copy of ${doc.meta.syndicatedFrom}` : null, doc.format, `${doc.text.length} characters`].filter(Boolean).join(' · ')),
    doc.meta.url ? h('p', { class: 'doc-url' }, 'Original: ', externalLink(doc.meta.url)) : null,
    h('p', { class: 'doc-stats' },
      `${count('regions', 'boilerplate')} debris spans (greyed) · ${count('mentions')} entity mentions · ${count('times')} dates · ${count('quotes')} quotes · ${count('claims')} claims`,
      doc.annotated ? null : h('strong', null, ' · not annotated yet')),
    toggles,
    body,
  );
  if (highlight) requestAnimationFrame(() => body.querySelector('.target')?.scrollIntoView({ block: 'center' }));
}
