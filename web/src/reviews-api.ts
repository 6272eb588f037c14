import { request } from './api.js';
import type { NewReview, StoredReview, Verdict } from '../../src/store/reviews.js';

export type { StoredReview, Verdict };

// The token the upload form keeps for this tab (a server beyond localhost asks for it).
const TOKEN_KEY = 'triangulate-token';

function authorization(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

const claimPath = (story: string, claim: string) => `api/stories/${encodeURIComponent(story)}/claims/${encodeURIComponent(claim)}/reviews`;

export const reviewsApi = {
  forClaim: (story: string, claim: string) =>
    request<{ reviews: StoredReview[] }>(claimPath(story, claim), { headers: authorization() }).then((r) => r.reviews),
  add: (story: string, claim: string, review: NewReview) =>
    request<{ review: StoredReview }>(claimPath(story, claim), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization() },
      body: JSON.stringify(review),
    }).then((r) => r.review),
  /** Where a story's reviews are exported as ClaimReview JSON-LD. */
  exportHref: (story: string) => `./api/reviews.jsonld?story=${encodeURIComponent(story)}`,
};
