import type { Sql } from './db.js';
import type { Dossier, DossierClaim } from '../model/dossier.js';

export const VERDICTS = ['true', 'false', 'misleading', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where a reviewed claim appeared: one article carrying its evidence, as it was when judged. */
export interface ReviewAppearance {
  document: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface NewReview {
  verdict: Verdict;
  note: string;
  reviewer: string;
}

export interface StoredReview extends NewReview {
  id: number;
  /** Story and claim ids at the time of the review (an analysis run may reassign them). */
  story: string;
  claim: string;
  claimText: string;
  appearances: ReviewAppearance[];
  createdAt: string;
}

/** A claim's evidence as keys that survive re-analysis: documents are content-addressed. */
export function claimAnchors(claim: Pick<DossierClaim, 'evidence'>): string[] {
  return [...new Set(claim.evidence.map((e) => `${e.document}:${e.start}:${e.end}`))];
}

/** The articles a claim appears in, one entry per document, with their original URLs. */
export function claimAppearances(claim: Pick<DossierClaim, 'evidence'>, dossier: Pick<Dossier, 'documents'>): ReviewAppearance[] {
  const docs = new Map(dossier.documents.map((d) => [d.id, d]));
  return [...new Set(claim.evidence.map((e) => e.document))].map((id) => {
    const d = docs.get(id);
    return { document: id, url: d?.url ?? null, title: d?.title ?? null, outlet: d?.outlet ?? null, published: d?.published ?? null };
  });
}

interface ReviewRow {
  id: string | number;
  story: string;
  claim: string;
  claim_text: string;
  appearances: ReviewAppearance[] | string;
  verdict: Verdict;
  note: string;
  reviewer: string;
  created_at: Date | string;
}

const COLUMNS = 'id, story, claim, claim_text, appearances, verdict, note, reviewer, created_at';

function fromRow(r: ReviewRow): StoredReview {
  return {
    id: Number(r.id),
    story: r.story,
    claim: r.claim,
    claimText: r.claim_text,
    appearances: typeof r.appearances === 'string' ? JSON.parse(r.appearances) : r.appearances,
    verdict: r.verdict,
    note: r.note,
    reviewer: r.reviewer,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/**
 * Reviewers' verdicts on claims. Kept apart from the analysis tables: an analysis run replaces
 * stories and claims, never reviews. A review is found again through the evidence it judged.
 */
export class ReviewStore {
  constructor(private readonly db: Sql) {}

  async add(dossier: Dossier, story: string, claim: DossierClaim, review: NewReview): Promise<StoredReview> {
    const rows = await this.db.query<ReviewRow>(
      `INSERT INTO claim_reviews (story, claim, claim_text, anchors, appearances, verdict, note, reviewer)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [story, claim.id, claim.text, claimAnchors(claim), JSON.stringify(claimAppearances(claim, dossier)), review.verdict, review.note, review.reviewer]);
    return fromRow(rows[0]);
  }

  /** Reviews of a claim: every review whose judged evidence overlaps the claim's, oldest first. */
  async forClaim(claim: Pick<DossierClaim, 'evidence'>): Promise<StoredReview[]> {
    const rows = await this.db.query<ReviewRow>(
      `SELECT ${COLUMNS} FROM claim_reviews WHERE anchors && $1::text[] ORDER BY created_at, id`, [claimAnchors(claim)]);
    return rows.map(fromRow);
  }

  /** Every review, oldest first; with `documents`, those whose claim appeared in one of them. */
  async list(opts: { documents?: string[] } = {}): Promise<StoredReview[]> {
    const rows = await this.db.query<ReviewRow>(`SELECT ${COLUMNS} FROM claim_reviews ORDER BY created_at, id`);
    const docs = opts.documents ? new Set(opts.documents) : null;
    return rows.map(fromRow).filter((r) => !docs || r.appearances.some((a) => docs.has(a.document)));
  }
}
