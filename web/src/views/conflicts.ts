import { h, section } from '../dom.js';
import type { DossierConflict, DossierDivergence, DossierStory } from '../../../src/model/dossier.js';
import { evidenceInContext, readerLink } from './evidence.js';
import { rovingFocus } from '../roving-focus.js';

/**
 * Conflicts as compact rows; a click opens one side by side, each side's sentence highlighted
 * in its article, never averaged or resolved.
 */
export function conflictsPanel(story: DossierStory, publisherName: Map<string, string>, open: string | null): HTMLElement {
  return sidesPanel('Conflicts', 'conflicts', story.conflicts, 'No conflicts between independent publishers.', publisherName, open);
}

/** Updates, tensions and quotations in two wordings: shown side by side like conflicts, never counted as one. */
export function divergencesPanel(story: DossierStory, publisherName: Map<string, string>, open: string | null): HTMLElement {
  return sidesPanel('Updates, tensions, wordings and spellings', 'divergences', story.divergences ?? [], 'No updates, tensions, differing wordings or spellings.', publisherName, open);
}

function sidesPanel(title: string, id: string, items: (DossierConflict | DossierDivergence)[], empty: string, publisherName: Map<string, string>, open: string | null): HTMLElement {
  if (items.length === 0) return section(title, id, h('p', { class: 'empty' }, empty));
  const list = h('ol', { class: 'conflicts' });
  for (const c of items) {
    const detail = h('div', { class: 'sides' });
    const item = h('li', { class: 'conflict', id: `conflict-${c.id}`, 'data-conflict': c.id },
      h('button', { class: 'conflict-head', type: 'button', 'aria-expanded': 'false' },
        h('span', { class: `kind kind-${c.kind}` }, c.kind), ' ', c.about, ': ',
        c.sides.map((s, i) => [i > 0 ? ' vs ' : '', h('strong', null, s.value)])),
      detail);
    const toggle = () => {
      const active = !item.classList.contains('active');
      item.classList.toggle('active', active);
      item.querySelector('button')!.setAttribute('aria-expanded', String(active));
      if (active && !detail.firstChild) {
        detail.append(...c.sides.map((s) => h('div', { class: 'side' },
          h('div', { class: 'side-head' },
            s.attribution?.kind === 'speaker' ? [s.attribution.name, s.attribution.quoted ? ', quoted by ' : ', reported by '] : '',
            // An altered copy counts for the publisher it copied; the outlet that ran it is named first.
            h('strong', null, (s.alteredCopyOf && s.copiedBy) || (publisherName.get(s.publisher) ?? s.publisher)),
            s.alteredCopyOf ? ` (altered copy of ${publisherName.get(s.publisher) ?? s.publisher})` : '',
            s.published ? h('span', { class: 'published' }, ` (${s.published})`) : '',
            ' says ', h('em', null, s.value)),
          evidenceInContext(s.evidence),
          h('a', { class: 'open-source', href: readerLink(s.evidence) }, 'Open in source'))));
      }
    };
    item.querySelector('button')!.addEventListener('click', toggle);
    if (open === c.id) toggle();
    list.appendChild(item);
  }
  rovingFocus(list, '.conflict-head');
  return section(title, id, list);
}
