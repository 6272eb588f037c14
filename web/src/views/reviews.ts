import { fill, h, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { ApiFailure, storedToken } from '../api.js';
import { reviewsApi, type StoredReview, type Verdict } from '../reviews-api.js';

const VERDICTS: { value: Verdict; label: string }[] = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
  { value: 'misleading', label: 'Misleading' },
  { value: 'unverified', label: 'Unverified' },
];
const REVIEWER_KEY = 'triangulate-reviewer';

function reviewItem(r: StoredReview): HTMLElement {
  return h('li', { class: `review verdict-${r.verdict}` },
    h('strong', { class: 'verdict' }, VERDICTS.find((v) => v.value === r.verdict)?.label ?? r.verdict),
    ` by ${r.reviewer}, ${r.createdAt.slice(0, 10)}`,
    r.note ? h('span', { class: 'note' }, `: ${r.note}`) : null);
}

/**
 * A reviewer's verdict on one of the story's claims (true, false, misleading, unverified) with a
 * note; the claim's earlier reviews; and the story's reviews as ClaimReview JSON-LD. One form
 * for the story (the claim picked from a list) keeps the page's tab stops few.
 */
export function reviewsPanel(story: DossierStory, focus: string | null): HTMLElement {
  if (story.claims.length === 0) return section('Reviews', 'reviews', h('p', { class: 'empty' }, 'No claims to review.'));
  const order = { conflicting: 0, corroborated: 1, 'single-source': 2 } as const;
  const claims = [...story.claims].sort((a, b) => order[a.status] - order[b.status]);
  const claimSelect = h('select', { id: 'review-claim', name: 'claim' },
    claims.map((c) => h('option', { value: c.id, selected: c.id === focus }, `[${c.status}] ${c.text.length > 110 ? `${c.text.slice(0, 109)}…` : c.text}`)));
  const verdicts = h('fieldset', { class: 'verdicts' }, h('legend', null, 'Verdict'),
    VERDICTS.map((v, i) => h('label', { class: 'verdict-choice' },
      h('input', { type: 'radio', name: 'verdict', value: v.value, required: i === 0 }), ` ${v.label}`)));
  const note = h('textarea', { id: 'review-note', name: 'note', rows: 3, maxlength: 5000 });
  const reviewer = h('input', { id: 'review-reviewer', name: 'reviewer', autocomplete: 'name', required: true, maxlength: 200, value: localStorage.getItem(REVIEWER_KEY) ?? '' });
  const status = h('p', { class: 'review-status', role: 'status' });
  const list = h('ul', { class: 'reviews-list' });

  const showReviews = async () => {
    const claim = claimSelect.value;
    try {
      const reviews = await reviewsApi.forClaim(story.id, claim);
      if (claimSelect.value !== claim) return;
      fill(list, reviews.length ? reviews.map(reviewItem) : h('li', { class: 'empty' }, 'No review of this claim yet.'));
    } catch (err) {
      fill(list, h('li', { class: 'error' }, `Reviews could not be loaded: ${err instanceof ApiFailure ? err.message : String(err)}`));
    }
  };
  claimSelect.addEventListener('change', () => void showReviews());

  const form = h('form', { class: 'review-form', id: 'review-form' },
    h('label', { class: 'field', for: 'review-claim' }, h('span', { class: 'field-label' }, 'Claim')), claimSelect,
    h('h3', null, 'Reviews of this claim'), list,
    verdicts,
    h('label', { class: 'field', for: 'review-note' }, h('span', { class: 'field-label' }, 'Note (what you checked, and where)')), note,
    h('label', { class: 'field', for: 'review-reviewer' }, h('span', { class: 'field-label' }, 'Reviewer')), reviewer,
    h('button', { type: 'submit' }, 'Record verdict'),
    status);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const verdict = (form.querySelector('input[name=verdict]:checked') as HTMLInputElement | null)?.value as Verdict | undefined;
    if (!verdict) { status.textContent = 'Choose a verdict.'; return; }
    status.classList.remove('error');
    status.textContent = 'Recording…';
    localStorage.setItem(REVIEWER_KEY, reviewer.value.trim());
    reviewsApi.add(story.id, claimSelect.value, { verdict, note: note.value, reviewer: reviewer.value }).then((r) => {
      status.textContent = `Recorded: ${VERDICTS.find((v) => v.value === r.verdict)?.label} by ${r.reviewer}.`;
      note.value = '';
      void showReviews();
    }, (err) => {
      status.classList.add('error');
      status.textContent = err instanceof ApiFailure ? `Refused: ${err.message}` : `Failed: ${String(err)}`;
    });
  });
  void showReviews();
  return section('Reviews', 'reviews',
    h('p', { class: 'legend' }, 'Record what you found when you checked a claim. Verdicts are people\'s, kept apart from the sourcing status the engine computes.'),
    form,
    h('p', null, exportLink(story.id)));
}

/**
 * The export link. Where the server asks for a token (beyond localhost), a plain link cannot send
 * it: the file is fetched with the tab's token and handed to the browser as a download.
 */
function exportLink(story: string): HTMLElement {
  const name = `reviews-${story}.jsonld`;
  const link = h('a', { class: 'export', href: reviewsApi.exportHref(story), download: name }, 'Export this story\'s reviews as ClaimReview JSON-LD');
  link.addEventListener('click', (event) => {
    if (!storedToken()) return;
    event.preventDefault();
    void reviewsApi.exportBlob(story).then((blob) => {
      const url = URL.createObjectURL(blob);
      // A blob URL this page made itself: not article text, so outside h()'s in-app link rule.
      const temporary = document.createElement('a');
      temporary.href = url;
      temporary.download = name;
      temporary.hidden = true;
      document.body.append(temporary);
      temporary.click();
      temporary.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  });
  return link;
}
