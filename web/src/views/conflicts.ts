import { h, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { evidenceInContext, readerLink } from './evidence.js';

/**
 * Conflicts as compact rows; a click opens one side by side, each side's sentence highlighted
 * in its article, never averaged or resolved.
 */
export function conflictsPanel(story: DossierStory, publisherName: Map<string, string>, open: string | null): HTMLElement {
  if (story.conflicts.length === 0) return section('Conflicts', 'conflicts', h('p', { class: 'empty' }, 'No conflicts between independent publishers.'));
  const list = h('ol', { class: 'conflicts' });
  for (const c of story.conflicts) {
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
          h('div', { class: 'side-head' }, h('strong', null, publisherName.get(s.publisher) ?? s.publisher), ' says ', h('em', null, s.value)),
          evidenceInContext(s.evidence),
          h('a', { class: 'open-source', href: readerLink(s.evidence) }, 'Open in source'))));
      }
    };
    item.querySelector('button')!.addEventListener('click', toggle);
    if (open === c.id) toggle();
    list.appendChild(item);
  }
  return section('Conflicts', 'conflicts', list);
}
