import { fill, h } from '../dom.js';
import { api } from '../api.js';
import { setPageTitle } from '../page.js';

const HREF = {
  story: (id: string) => `#/story/${encodeURIComponent(id)}`,
  entity: (id: string) => `#/entity/${encodeURIComponent(id)}`,
  document: (id: string) => `#/doc/${encodeURIComponent(id)}`,
};

export async function renderSearch(view: HTMLElement, q: string): Promise<void> {
  const hits = q ? await api.search(q) : [];
  setPageTitle(`Search: ${q}`);
  fill(view, 
    h('h1', null, `Search: ${q}`),
    hits.length === 0 ? h('p', { class: 'empty' }, 'Nothing found.') :
      h('ul', { class: 'hits' }, hits.map((hit) => h('li', null,
        h('span', { class: 'kind' }, hit.kind), ' ',
        h('a', { href: hit.kind === 'claim' ? `#/story/${encodeURIComponent(hit.story ?? '')}?claim=${encodeURIComponent(hit.id)}` : HREF[hit.kind](hit.id) }, hit.title),
        hit.snippet ? h('div', { class: 'snippet' }, hit.snippet) : null))),
  );
}
