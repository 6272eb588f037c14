import { h, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { readerLink } from './evidence.js';
import { claimWords, stanceMarks } from '../../../src/report/summary.js';
import { rovingFocus } from '../roving-focus.js';

/** Claim × publisher: which independent publisher asserts what, and how the claim stands. */
export function claimsMatrix(story: DossierStory, focus: string | null): HTMLElement {
  if (story.claims.length === 0) return section('Claims', 'claims', h('p', { class: 'empty' }, 'No claims.'));
  const order = { conflicting: 0, corroborated: 1, 'single-source': 2 } as const;
  const claims = [...story.claims].sort((a, b) => order[a.status] - order[b.status]);
  const table = h('table', { class: 'matrix' },
    h('thead', null, h('tr', null, h('th', null, 'Claim'), h('th', null, 'Status'),
      story.publishers.map((p) => h('th', { class: 'pub', title: p.name }, p.name)))),
    h('tbody', null, claims.map((c) => h('tr', { id: `claim-${c.id}`, class: `claim status-${c.status}${focus === c.id ? ' focus' : ''}` },
      h('td', { class: 'claim-text' }, ((w) => (w.before || w.after ? [w.before, h('b', { class: 'clause' }, w.clause), w.after] : w.clause))(claimWords(c, Number.POSITIVE_INFINITY)), c.hedge ? h('span', { class: 'hedge' }, ` (${c.hedge})`) : null,
        c.polarity === 'negative' ? h('span', { class: 'neg' }, ' [negated]') : null),
      h('td', { class: `status status-${c.status}` }, c.status),
      ((stances) => story.publishers.map((p) => {
        const ev = c.evidence.find((e) => e.publisher === p.id);
        // Dissent is marked where it is: the publisher in the minority (✖), or both sides of an even split (≠); the others confirm (✔).
        const stance = c.status === 'single-source' ? { mark: '●', note: null } : stances.get(p.id) ?? { mark: '✔', note: null };
        const says = stance.mark === '✖' ? 'dissents' : stance.mark === '≠' ? 'splits' : stance.mark === '●' ? 'single source' : 'confirms';
        return h('td', { class: `cell ${ev ? `has status-${c.status}${stance.mark === '✖' || stance.mark === '≠' ? ' dissent' : ''}` : 'none'}` },
          ev ? h('a', { href: readerLink(ev), title: [ev.sentence?.text ?? ev.text, stance.note].filter(Boolean).join(' | '), 'aria-label': `${p.name} ${says}${stance.note ? `: ${stance.note}` : ''}` }, stance.mark) : '');
      }))(stanceMarks(c, story))))));
  // One tab stop for the whole matrix; the arrow keys move between its cells.
  rovingFocus(table, 'td.cell a', { grid: true });
  return section('Claims', 'claims',
    h('p', { class: 'legend' }, h('span', { class: 'status-corroborated' }, '✔ corroborated'), ' ',
      h('span', { class: 'status-single-source' }, '● single source'), ' ', h('span', { class: 'status-conflicting' }, '✖ dissents (the minority)'), ' ', h('span', { class: 'status-conflicting' }, '≠ an even split')),
    h('div', { class: 'scroll', role: 'region', 'aria-label': 'Claims by publisher (arrow keys move between cells)' }, table));
}
