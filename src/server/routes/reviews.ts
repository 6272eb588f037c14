import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../store/types.js';
import { VERDICTS, type NewReview, type Verdict } from '../../store/reviews.js';
import { reviewsAsClaimReview } from '../../report/exports/claimreview-reviews.js';
import { findUnstorable } from '../../ingest/storable.js';
import { ApiError } from '../errors.js';
import { validateId } from '../validate.js';

const MAX_NOTE = 5000;
const MAX_REVIEWER = 200;

/** A POST body: a verdict from the list, a reviewer's name, an optional note; nothing else. */
export function validateReview(body: unknown): NewReview {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'invalid-review', 'expected a JSON object {verdict, reviewer, note?}');
  }
  const r = body as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['verdict', 'reviewer', 'note'].includes(key)) throw new ApiError(400, 'invalid-review', `unknown field "${key}"`);
    const v = r[key];
    if (typeof v !== 'string') throw new ApiError(400, 'invalid-review', `field "${key}" must be a string`);
    const bad = findUnstorable(v);
    if (bad) throw new ApiError(400, 'invalid-character', `field "${key}" holds ${bad.what} at character ${bad.offset}, which the store cannot keep`);
  }
  if (!VERDICTS.includes(r.verdict as Verdict)) throw new ApiError(400, 'invalid-verdict', `"verdict" must be one of ${VERDICTS.join(', ')}`);
  const reviewer = typeof r.reviewer === 'string' ? r.reviewer.trim() : '';
  if (!reviewer) throw new ApiError(400, 'missing-reviewer', '"reviewer" is required: who records the verdict');
  if (reviewer.length > MAX_REVIEWER) throw new ApiError(400, 'invalid-review', `"reviewer" is longer than ${MAX_REVIEWER} characters`);
  const note = typeof r.note === 'string' ? r.note.trim() : '';
  if (note.length > MAX_NOTE) throw new ApiError(400, 'invalid-review', `"note" is longer than ${MAX_NOTE} characters`);
  return { verdict: r.verdict as Verdict, reviewer, note };
}

async function findClaim(store: Store, storyId: string, claimId: string) {
  const dossier = await store.getStoryDossier(validateId(storyId));
  if (!dossier) throw new ApiError(404, 'not-found', `no story ${storyId}`);
  const claim = dossier.stories[0]?.claims.find((c) => c.id === validateId(claimId));
  if (!claim) throw new ApiError(404, 'not-found', `no claim ${claimId} in story ${storyId}`);
  return { dossier, claim };
}

// The story parameter is named as in GET /api/stories/:id: one router node, one name.
type ClaimParams = { Params: { id: string; claim: string } };

/**
 * Reviewers' verdicts on claims, and their export as ClaimReview JSON-LD. Reads go through the
 * server's read check (every /api route does); `requireWrite` is the server's write check.
 */
export function registerReviewRoutes(app: FastifyInstance, store: Store, opts: { requireWrite: (req: FastifyRequest) => void }): void {
  app.get<ClaimParams>('/api/stories/:id/claims/:claim/reviews', async (req) => {
    const { claim } = await findClaim(store, req.params.id, req.params.claim);
    return { claim: { id: claim.id, text: claim.text, status: claim.status }, reviews: await store.reviews().forClaim(claim) };
  });

  app.post<ClaimParams>('/api/stories/:id/claims/:claim/reviews', async (req, reply) => {
    opts.requireWrite(req);
    const review = validateReview(req.body);
    const { dossier, claim } = await findClaim(store, req.params.id, req.params.claim);
    return reply.status(201).send({ review: await store.reviews().add(dossier, req.params.id, claim, review) });
  });

  // Every review, or a story's (those whose claim appeared in one of the story's articles).
  app.get<{ Querystring: { story?: string } }>('/api/reviews.jsonld', async (req, reply) => {
    let documents: string[] | undefined;
    if (req.query.story !== undefined) {
      const dossier = await store.getStoryDossier(validateId(req.query.story));
      if (!dossier) throw new ApiError(404, 'not-found', `no story ${req.query.story}`);
      documents = dossier.documents.map((d) => d.id);
    }
    const reviews = await store.reviews().list({ documents });
    return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(reviewsAsClaimReview(reviews), null, 2));
  });
}
