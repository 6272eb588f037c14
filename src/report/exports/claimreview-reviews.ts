import type { StoredReview, Verdict } from '../../store/reviews.js';

/**
 * Verdict to schema.org Rating. True, misleading and false sit on one scale (1 worst, 3 best);
 * "unverified" is no point on it, so it carries only its name, which ClaimReview consumers read
 * from `alternateName`.
 */
const RATING: Record<Verdict, { value: number | null; name: string }> = {
  true: { value: 3, name: 'True' },
  misleading: { value: 2, name: 'Misleading' },
  false: { value: 1, name: 'False' },
  unverified: { value: null, name: 'Unverified' },
};

/**
 * Reviewers' verdicts as schema.org ClaimReview JSON-LD: one object per review, the claim with
 * the articles it appeared in (their original URLs), who judged it, when, and the note.
 * Unlike the `claimreview` format of `analyze`, these ratings are people's verdicts on truth.
 */
export function reviewsAsClaimReview(reviews: StoredReview[]): object[] {
  return reviews.map((r) => {
    const rating = RATING[r.verdict];
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: `review-${r.id}`,
      claimReviewed: r.claimText,
      datePublished: r.createdAt.slice(0, 10),
      author: { '@type': 'Person', name: r.reviewer },
      ...(r.note ? { reviewBody: r.note } : {}),
      reviewRating: {
        '@type': 'Rating',
        ...(rating.value !== null ? { ratingValue: rating.value, bestRating: 3, worstRating: 1 } : {}),
        alternateName: rating.name,
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: r.appearances.map((a) => ({
          '@type': 'CreativeWork',
          ...(a.url ? { url: a.url } : {}),
          ...(a.title ? { headline: a.title } : {}),
          ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
          ...(a.published ? { datePublished: a.published } : {}),
        })),
      },
    };
  });
}
