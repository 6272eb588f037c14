import { h, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { readerLink } from './evidence.js';

const MARK = { corroborated: '✔', 'single-source': '●', conflicting: '✖' } as const;

/** Claim × publisher: which independent publisher asserts what, and how the claim stands. */
export function claimsMatrix(story: DossierStory, focus: string | null): HTMLElement {
  if (story.claims.length === 0) return section('Claims', 'claims', h('p', { class: 'empty' }, 'No claims.'));
  const order = { conflicting: 0, corroborated: 1, 'single-source': 2 } as const;
  const claims = [...story.claims].sort((a, b) => order[a.status] - order[b.status]);
  const table = h('table', { class: 'matrix' },
    h('thead', null, h('tr', null, h('th', null, 'Claim'), h('th', null, 'Status'),
      story.publishers.map((p) => h('th', { class: 'pub', title: p.name }, p.name)))),
    h('tbody', null, claims.map((c) => h('tr', { id: `claim-${c.id}`, class: `claim status-${c.status}${focus === c.id ? ' focus' : ''}` },
      h('td', { class: 'claim-text' }, c.text, c.hedge ? h('span', { class: 'hedge' }, ` (${c.hedge})`) : null,
        c.polarity === 'negative' ? h('span', { class: 'neg' }, ' [negated]') : null),
      h('td', { class: `status status-${c.status}` }, c.status),
      story.publishers.map((p) => {
        const ev = c.evidence.find((e) => e.publisher === p.id);
        return h('td', { class: `cell ${ev ? `has status-${c.status}` : 'none'}` },
          ev ? h('a', { href: readerLink(ev), title: ev.sentence?.text ?? ev.text, 'aria-label': `${c.status} in ${p.name}` }, MARK[c.status]) : '');
      })))));
  return section('Claims', 'claims',
    h('p', { class: 'legend' }, h('span', { class: 'status-corroborated' }, '✔ corroborated'), ' ',
      h('span', { class: 'status-single-source' }, '● single source'), ' ', h('span', { class: 'status-conflicting' }, '✖ conflicting')),
    h('div', { class: 'scroll' }, table));
}
