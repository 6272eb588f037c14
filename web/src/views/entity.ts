import { fill, h } from '../dom.js';
import { api, type EntityView } from '../api.js';
import { readerLink } from './evidence.js';
import { setPageTitle } from '../page.js';

/** The pages read so far, as one entity: later pages add their stories, roles and mentions. */
function joinPages(a: EntityView, b: EntityView): EntityView {
  const roles = new Set(a.roles.map((r) => r.text));
  const mentions = new Set(a.mentions.map((m) => `${m.document}:${m.start}`));
  return {
    ...a,
    stories: [...a.stories, ...b.stories],
    roles: [...a.roles, ...b.roles.filter((r) => !roles.has(r.text))],
    mentions: [...a.mentions, ...b.mentions.filter((m) => !mentions.has(`${m.document}:${m.start}`))],
    next: b.next,
  };
}

export async function renderEntity(view: HTMLElement, id: string): Promise<void> {
  showEntity(view, id, await api.entity(id));
}

function showEntity(view: HTMLElement, id: string, e: EntityView): void {
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
  // An entity many stories name comes a page of stories at a time.
  const more = e.next ? h('button', { type: 'button', class: 'entity-more' }, `Show mentions in more stories (${e.stories.length} of ${e.storyCount} shown)`) : null;
  more?.addEventListener('click', () => {
    (more as HTMLButtonElement).disabled = true;
    void api.entity(id, e.next ?? undefined).then((page) => showEntity(view, id, joinPages(e, page)));
  });
  fill(view,
    h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ',
      e.stories.map((s, i) => [i > 0 ? ', ' : '', h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title)]),
      e.storyCount > e.stories.length ? ` and ${e.storyCount - e.stories.length} more stories` : '', ' / entity'),
    h('h1', null, e.name, ' ', h('span', { class: `type type-${e.type}` }, e.type)),
    h('p', null, h('strong', null, 'Spellings: '), e.aliases.join(', ')),
    e.roles.length > 0 ? h('p', null, h('strong', null, 'Roles: '), [...new Set(e.roles.map((r) => r.text))].join('; ')) : null,
    e.geo ? h('p', null, h('strong', null, 'Place: '), `${e.geo.name}, ${e.geo.country} (${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)})`) : null,
    h('h2', null, `${e.mentions.length} mentions`, groups.length < e.mentions.length ? ` in ${groups.length} distinct sentences` : '',
      e.next ? ` in the first ${e.stories.length} of ${e.storyCount} stories` : ''),
    h('ul', { class: 'mentions' }, groups.map(([m, ...copies]) => h('li', null,
      h('a', { href: readerLink(m) }, m.text), ': ',
      m.sentence ? h('span', { class: 'sentence' }, m.sentence.text) : null,
      copies.length ? h('span', { class: 'also-in' }, ' · also in ', copies.map((c, i) => [i > 0 ? ', ' : '', h('a', { href: readerLink(c) }, `copy ${i + 1}`)])) : null))),
    more,
  );
}
