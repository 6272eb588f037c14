import './style.css';
import { clear, h } from './dom.js';
import { ApiFailure, storyPath, watch } from './api.js';
import { renderStoryList } from './views/story-list.js';
import { renderStory } from './views/story.js';
import { renderReader } from './views/reader.js';
import { renderEntity } from './views/entity.js';
import { renderSearch } from './views/search.js';
import { announce, setPageTitle } from './page.js';

const app = document.getElementById('app')!;

/** Hash routes: the UI is a static bundle, so every view is addressable without server routes. */
function parseRoute(): { path: string[]; params: URLSearchParams } {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query ?? '') };
}

/** Stops watching the story shown before: each route watches only what it shows. */
let unwatch: (() => void) | null = null;

async function route(): Promise<void> {
  unwatch?.();
  unwatch = null;
  const { path, params } = parseRoute();
  const view = h('div', { class: 'view loading' }, 'Loading…');
  setPageTitle('Loading');
  clear(app);
  app.appendChild(view);
  try {
    const [kind, id] = path;
    if (kind === 'story' && id) {
      await renderStory(view, id, params);
      // A live corpus: when a new article changes this story, show it again where the reader was.
      unwatch = watch(storyPath(id), () => {
        const y = window.scrollY;
        void route().then(() => window.scrollTo(0, y));
      });
    }
    else if (kind === 'doc' && id) await renderReader(view, id, params);
    else if (kind === 'entity' && id) await renderEntity(view, id);
    else if (kind === 'search') await renderSearch(view, params.get('q') ?? '');
    else await renderStoryList(view);
    view.classList.remove('loading');
    announce(`${document.title.replace(/ · Triangulate$/, '')} loaded`);
  } catch (err) {
    clear(view);
    view.classList.remove('loading');
    const message = err instanceof ApiFailure ? `${err.message} (${err.code})` : String(err);
    setPageTitle('Error');
    view.append(h('h1', null, 'Something went wrong'), h('p', { class: 'error' }, message));
    announce(`Error: ${message}`);
  }
}

// The skip link moves focus to the content; as a plain #app link it would change the route.
document.getElementById('skip-link')!.addEventListener('click', (e) => {
  e.preventDefault();
  app.focus();
});

document.getElementById('search')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new FormData(e.target as HTMLFormElement).get('q');
  if (typeof q === 'string' && q.trim()) location.hash = `#/search?q=${encodeURIComponent(q.trim())}`;
});
window.addEventListener('hashchange', () => void route());
void route();
