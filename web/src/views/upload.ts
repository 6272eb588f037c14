import { h } from '../dom.js';
import { api, ApiFailure, type DocumentStatus } from '../api.js';

const TOKEN_KEY = 'triangulate-token';

/** Reads a dropped file into API articles by its kind: HTML pages, JSON records, or plain text. */
async function articlesFromFile(file: File): Promise<unknown[]> {
  const text = await file.text();
  if (/\.json$/i.test(file.name)) {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
  }
  if (/\.jsonl$/i.test(file.name)) return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (/\.html?$/i.test(file.name)) return [{ html: text }];
  return [{ text }];
}

/** How often a posted article's status is asked for while it is on its way into a story. */
const STATUS_POLL_MS = 1000;

/** One line per posted article: its status until it is in a story (a link) or failed (the reason). */
function statusLine(title: string, s: DocumentStatus | null): HTMLElement {
  if (!s) return h('li', null, `${title}: queued`);
  if (s.status === 'analysed') {
    return h('li', null, `${title}: in `, ...s.stories.map((st) => h('a', { href: `#/story/${encodeURIComponent(st.id)}` }, st.title)),
      s.stories.length === 0 ? 'no story' : '');
  }
  if (s.status === 'failed') return h('li', { class: 'error' }, `${title}: failed after ${s.attempts} attempts: ${s.error ?? 'no reason given'}`);
  const retry = s.error ? ` (attempt ${s.attempts + 1}; the last one failed: ${s.error})` : '';
  return h('li', null, `${title}: ${s.status === 'annotated' ? 'annotated, joining its story' : s.status}…${retry}`);
}

/** Follows each article until it is in a story or failed, redrawing its line; then says the list changed. */
async function follow(list: HTMLElement, docs: { id: string; title: string }[], onAdded: () => void): Promise<void> {
  const lines = docs.map((d) => list.appendChild(statusLine(d.title, null)));
  const open = new Set(docs.map((_, i) => i));
  while (open.size > 0) {
    for (const i of [...open]) {
      const s = await api.status(docs[i].id).catch(() => null);
      if (!s) continue;
      const line = statusLine(docs[i].title, s);
      lines[i].replaceWith(line);
      lines[i] = line;
      if (s.status === 'analysed' || s.status === 'failed') open.delete(i);
    }
    if (open.size > 0) await new Promise((r) => setTimeout(r, STATUS_POLL_MS));
  }
  onAdded();
}

/** Paste or drop new articles; they are queued, and each line follows its article into its story. */
export function uploadPanel(onAdded: () => void): HTMLElement {
  const status = h('p', { class: 'upload-status', role: 'status' });
  const title = h('input', { name: 'title', placeholder: 'Title' });
  const outlet = h('input', { name: 'outlet', placeholder: 'Outlet' });
  const published = h('input', { name: 'published', placeholder: 'YYYY-MM-DD' });
  const text = h('textarea', { name: 'text', rows: 6, placeholder: 'Paste the article text here, or drop .txt, .html or .json files on this box' });
  const token = h('input', { name: 'token', type: 'password', placeholder: 'Only when the server asks for one', value: sessionStorage.getItem(TOKEN_KEY) ?? '' });
  const picker = h('input', { name: 'files', type: 'file', multiple: true, accept: '.txt,.text,.html,.htm,.json,.jsonl' });
  // Every field carries a visible label; a placeholder alone vanishes as soon as one types.
  const labelled = (text: string, field: HTMLElement) => h('label', { class: 'field' }, h('span', { class: 'field-label' }, text), field);

  async function send(articles: unknown[]): Promise<void> {
    status.textContent = `Adding ${articles.length} article(s)…`;
    try {
      if (token.value) sessionStorage.setItem(TOKEN_KEY, token.value);
      const res = await api.addDocuments(articles, token.value || null);
      const queued = res.documents.filter((d) => d.status === 'queued');
      const existing = res.documents.length - queued.length;
      status.textContent = `${queued.length} queued${existing ? `, ${existing} already stored` : ''}.`;
      const list = h('ul', { class: 'upload-progress' });
      status.appendChild(list);
      void follow(list, queued.map((d) => ({ id: d.id, title: d.title ?? d.id })), onAdded);
    } catch (err) {
      status.textContent = err instanceof ApiFailure ? `Refused: ${err.message}` : `Failed: ${String(err)}`;
      status.classList.add('error');
    }
  }

  const zone = h('form', { class: 'upload', id: 'upload' },
    h('h2', null, 'Add articles'),
    h('div', { class: 'fields' }, labelled('Title', title), labelled('Outlet', outlet), labelled('Published', published)),
    labelled('Article text', text),
    labelled('Or choose files (.txt, .html, .json, .jsonl)', picker),
    h('div', { class: 'fields' }, labelled('Token', token), h('button', { type: 'submit' }, 'Add')),
    status);
  zone.addEventListener('submit', (e) => {
    e.preventDefault();
    const article: Record<string, string> = { text: text.value };
    for (const f of [title, outlet, published]) if (f.value.trim()) article[f.name] = f.value.trim();
    void send([article]);
  });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('drag'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('drag'));
  const sendFiles = (files: File[]) => {
    if (files.length === 0) return;
    void Promise.all(files.map(articlesFromFile)).then((lists) => send(lists.flat()), (err) => { status.textContent = `Unreadable file: ${String(err)}`; });
  };
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('drag');
    sendFiles([...(e.dataTransfer?.files ?? [])]);
  });
  // The picker does what a drop does, for keyboards, phones and anyone who cannot drag.
  picker.addEventListener('change', () => { sendFiles([...(picker.files ?? [])]); picker.value = ''; });
  return zone;
}
