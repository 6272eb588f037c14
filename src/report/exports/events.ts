import type { Dossier, DossierStory } from '../../model/dossier.js';
import { actionClass } from '../../compare/actions.js';
import { csvCell } from './csv.js';
import { PLOVER_TYPE } from './plover-types.js';

/** One event row: a claim with an actor and an action, with its sourcing. */
export interface EventRow {
  id: string;
  story: string;
  date: string | null;
  actor1: string | null;
  actor2: string | null;
  action: string;
  ploverType: string | null;
  status: string;
  publishers: number;
  articles: number;
  sourceUrl: string | null;
  evidence: { document: string; start: number; end: number; text: string };
}

export function eventRows(d: Dossier): EventRow[] {
  const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
  const rows: EventRow[] = [];
  for (const story of d.stories) {
    for (const c of story.claims) {
      if (!c.action || !c.actor) continue;
      const first = c.evidence[0];
      rows.push({
        id: c.id,
        story: story.id,
        // The Day column and PLOVER's event_date are calendar days: a coarser claim date (a week,
        // a season, a decade) is no day, so the row takes its article's day, as GDELT dates events.
        date: (c.when && /^\d{4}-\d{2}-\d{2}$/.test(c.when) ? c.when : null) ?? publishedDay(story, first?.document, docs),
        actor1: c.actor,
        actor2: c.target,
        action: c.action,
        ploverType: PLOVER_TYPE[actionClass(c.action)] ?? null,
        status: c.status,
        publishers: c.publishers.length,
        articles: c.evidence.length,
        sourceUrl: first ? docs.get(first.document)?.url ?? null : null,
        evidence: { document: first.document, start: first.start, end: first.end, text: first.text },
      });
    }
  }
  return rows;
}

function publishedDay(story: DossierStory, doc: string | undefined, docs: Map<string, { published: string | null }>): string | null {
  return (doc ? docs.get(doc)?.published?.slice(0, 10) : null) ?? story.published.earliest?.slice(0, 10) ?? null;
}

/** Events as GDELT-style CSV: one row per event claim, with its sources and evidence (RFC 4180 quoting). */
export function renderEventsCsv(d: Dossier): string {
  const header = ['GlobalEventID', 'Story', 'Day', 'Actor1Name', 'Actor2Name', 'EventVerb', 'PloverType', 'Status', 'NumSources', 'NumArticles', 'SOURCEURL', 'EvidenceDocument', 'EvidenceStart', 'EvidenceEnd', 'EvidenceText'];
  const lines = [header.join(',')];
  for (const r of eventRows(d)) {
    lines.push([r.id, r.story, r.date?.replace(/-/g, '').slice(0, 8) ?? '', r.actor1 ?? '', r.actor2 ?? '', r.action, r.ploverType ?? '', r.status, r.publishers, r.articles, r.sourceUrl ?? '', r.evidence.document, r.evidence.start, r.evidence.end, r.evidence.text].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** PLOVER-style event records, for the actions PLOVER has a type for. */
export function renderPlover(d: Dossier): string {
  const events = eventRows(d).filter((r) => r.ploverType).map((r) => ({
    id: r.id,
    event_type: r.ploverType,
    event_date: r.date,
    actor: r.actor1,
    recipient: r.actor2,
    action: r.action,
    story: r.story,
    corroboration: { status: r.status, independent_publishers: r.publishers, articles: r.articles },
    evidence: r.evidence,
  }));
  return `${JSON.stringify(events, null, 2)}\n`;
}
