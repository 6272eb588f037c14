import { request } from './api.js';
import type { NewReview, StoredReview, Verdict } from '../../src/store/reviews.js';

export type { StoredReview, Verdict };

const claimPath = (story: string, claim: string) => `api/stories/${encodeURIComponent(story)}/claims/${encodeURIComponent(claim)}/reviews`;

export const reviewsApi = {
  forClaim: (story: string, claim: string) =>
    request<{ reviews: StoredReview[] }>(claimPath(story, claim)).then((r) => r.reviews),
  add: (story: string, claim: string, review: NewReview) =>
    request<{ review: StoredReview }>(claimPath(story, claim), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(review),
    }).then((r) => r.review),
  /** Where a story's reviews are exported as ClaimReview JSON-LD. */
  exportHref: (story: string) => `./api/reviews.jsonld?story=${encodeURIComponent(story)}`,
  /** The export as a file, fetched with this tab's token: a plain link cannot send it. */
  exportBlob: async (story: string) => new Blob([JSON.stringify(await request<unknown>(reviewsApi.exportHref(story)), null, 2)], { type: 'application/ld+json' }),
};
