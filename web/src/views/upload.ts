import { h } from '../dom.js';
import { api, ApiFailure } from '../api.js';

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

/** Paste or drop new articles; they are annotated and join their stories. */
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
      status.textContent = res.documents.map((d) => `${d.title ?? d.id}: ${d.status}${d.stories[0] ? ` → ${d.stories[0].title}` : ''}`).join('; ');
      onAdded();
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
