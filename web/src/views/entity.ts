import { fill, h } from '../dom.js';
import { api } from '../api.js';
import { readerLink } from './evidence.js';
import { setPageTitle } from '../page.js';

export async function renderEntity(view: HTMLElement, id: string): Promise<void> {
  const e = await api.entity(id);
  setPageTitle(e.name, 'Entity');
  // The same sentence in several documents (a syndicated copy, a reprint) is listed once.
  const bySentence = new Map<string, typeof e.mentions>();
  for (const m of e.mentions) {
    // Without its sentence a mention cannot be told to be a copy: it stays on its own.
    const key = m.sentence ? `${m.sentence.text.toLowerCase().replace(/\s+/g, ' ').trim()}|${m.text}` : `${m.document}:${m.start}`;
    const same = bySentence.get(key);
    if (same && !same.some((x) => x.document === m.document)) same.push(m);
    else if (!same) bySentence.set(key, [m]);
  }
  const groups = [...bySentence.values()];
  fill(view, 
    h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ',
      e.stories.map((s, i) => [i > 0 ? ', ' : '', h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title)]), ' / entity'),
    h('h1', null, e.name, ' ', h('span', { class: `type type-${e.type}` }, e.type)),
    h('p', null, h('strong', null, 'Spellings: '), e.aliases.join(', ')),
    e.roles.length > 0 ? h('p', null, h('strong', null, 'Roles: '), [...new Set(e.roles.map((r) => r.text))].join('; ')) : null,
    e.geo ? h('p', null, h('strong', null, 'Place: '), `${e.geo.name}, ${e.geo.country} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})`) : null,
    h('h2', null, `${e.mentions.length} mentions`, groups.length < e.mentions.length ? ` in ${groups.length} distinct sentences` : ''),
    h('ul', { class: 'mentions' }, groups.map(([m, ...copies]) => h('li', null,
      h('a', { href: readerLink(m) }, m.text), ': ',
      m.sentence ? h('span', { class: 'sentence' }, m.sentence.text) : null,
      copies.length ? h('span', { class: 'also-in' }, ' · also in ', copies.map((c, i) => [i > 0 ? ', ' : '', h('a', { href: readerLink(c) }, `copy ${i + 1}`)])) : null))),
  );
}
