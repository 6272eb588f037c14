import { fill, h, formatDate } from '../dom.js';
import { api } from '../api.js';
import { uploadPanel } from './upload.js';
import { setPageTitle } from '../page.js';

async function storiesTable(): Promise<HTMLElement> {
  const stories = await api.stories();
  if (stories.length === 0) return h('p', { class: 'empty' }, 'No stories yet: add articles below, or run `triangulate ingest <files>`.');
  return h('table', { class: 'stories' },
    h('thead', null, h('tr', null, h('th', null, 'Story'), h('th', null, 'Dates'), h('th', { class: 'num' }, 'Independent publishers'), h('th', { class: 'num' }, 'Articles'), h('th', { class: 'num' }, 'Claims'), h('th', { class: 'num' }, 'Conflicts'))),
    h('tbody', null, stories.map((s) => h('tr', { class: 'story-row' },
      // data-label names each cell when a phone stacks the row into a card.
      h('td', { class: 'story-title' }, h('a', { href: `#/story/${encodeURIComponent(s.id)}` }, s.title)),
      h('td', { class: 'dates', 'data-label': 'Dates' }, s.earliest === s.latest ? formatDate(s.earliest) : `${formatDate(s.earliest)} – ${formatDate(s.latest)}`),
      h('td', { class: 'num', 'data-label': 'Independent publishers' }, s.publishers),
      h('td', { class: 'num', 'data-label': 'Articles' }, s.documents),
      h('td', { class: 'num', 'data-label': 'Claims' }, s.claims),
      h('td', { class: `num ${s.conflicts > 0 ? 'has-conflicts' : ''}`, 'data-label': 'Conflicts' }, s.conflicts)))));
}

export async function renderStoryList(view: HTMLElement): Promise<void> {
  setPageTitle('Stories');
  const list = h('div', { class: 'story-list' }, await storiesTable());
  // After an upload only the table is redrawn: the form keeps its status line.
  const refresh = async () => fill(list, await storiesTable());
  fill(view, h('h1', null, 'Stories'), list, uploadPanel(() => void refresh()));
}
