import type { Dossier } from '../../model/dossier.js';

const RATING: Record<string, { value: number; name: string }> = {
  corroborated: { value: 3, name: 'Corroborated by independent publishers' },
  'single-source': { value: 2, name: 'Single source' },
  conflicting: { value: 1, name: 'Sources conflict' },
};

/**
 * Claims as schema.org ClaimReview JSON-LD. The rating says how a claim is sourced, not whether
 * it is true: Triangulate reports corroboration and disagreement, it does not judge facts.
 */
export function renderClaimReview(d: Dossier): string {
  const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
  const reviews = d.stories.flatMap((story) => story.claims.map((c) => {
    const rating = RATING[c.status];
    const conflicts = story.conflicts.filter((x) => c.conflicts.includes(x.id));
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: c.id,
      claimReviewed: c.text,
      datePublished: d.generator.createdAt.slice(0, 10),
      author: { '@type': 'Organization', name: 'Triangulate (automated sourcing analysis)' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: 3,
        worstRating: 1,
        alternateName: rating.name,
        ratingExplanation: conflicts.length
          ? conflicts.map((x) => `${x.kind} conflict: ${x.about} (${x.sides.map((s) => s.value).join(' vs ')})`).join('; ')
          : `Reported by ${c.publishers.length} independent publisher(s).`,
      },
      itemReviewed: {
        '@type': 'Claim',
        appearance: c.evidence.map((e) => {
          const doc = docs.get(e.document);
          return { '@type': 'CreativeWork', url: doc?.url ?? undefined, headline: doc?.title ?? undefined, publisher: doc?.outlet ?? doc?.syndicatedFrom ?? undefined, datePublished: doc?.published ?? undefined, text: e.text };
        }),
      },
    };
  }));
  return `${JSON.stringify(reviews, null, 2)}\n`;
}
