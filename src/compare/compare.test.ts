import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import type { Corpus } from '../model/corpus.js';

/** Three fictional outlets report one fictional event; each planted difference is one kind of conflict. */
const ARTICLES = [
  {
    outlet: 'Northern Ledger',
    title: 'Flood Barrier Fails in Port Selwyn',
    published: '2026-03-06T10:00:00+00:00',
    text: [
      'A flood barrier on the Ardel river failed on Tuesday, flooding the lower town of Port Selwyn, officials said.',
      'Mayor Ilse Varga said 12 people were killed when the water rose overnight.',
      'Governor Tomas Brekke signed an emergency decree on Wednesday releasing funds for the families.',
      'Engineers from the Selwyn Water Authority met in Port Selwyn to inspect the damage.',
      'The river authority confirmed that the barrier had been inspected in January.',
      'Residents said the warning sirens sounded too late for many streets near the quay.',
    ],
  },
  {
    outlet: 'Coastal Observer',
    title: 'Deadly Flood in Port Selwyn After Barrier Breaks',
    published: '2026-03-06T12:00:00+00:00',
    text: [
      'A flood barrier on the Ardel river failed on Tuesday, flooding the lower town of Port Selwyn.',
      'Mayor Ilse Varga said 31 people were killed when the water rose overnight.',
      'Deputy Governor Anja Lund signed an emergency decree on Wednesday releasing funds for the families.',
      'Engineers from the Selwyn Water Authority met in Kessary to inspect the damage.',
      'The river authority denied that the barrier had been inspected in January.',
      'Shopkeepers on the harbour front began clearing mud from their stores on Thursday morning.',
    ],
  },
  {
    outlet: 'Valley Times',
    title: 'Port Selwyn Counts the Cost of the Flood',
    published: '2026-03-07T09:00:00+00:00',
    text: [
      'The flood barrier on the Ardel river failed on Monday, flooding the lower town of Port Selwyn, according to the Selwyn Water Authority.',
      'Mayor Ilse Varga visited the flooded streets near the quay and promised help for the families.',
      'A local school was turned into a shelter for more than two hundred residents.',
    ],
  },
];

function analyse(): Corpus {
  const docs = ARTICLES.map((a, i) => ingestRecord({ title: a.title, text: a.text.join('\n\n'), outlet: a.outlet, published: a.published }, `article-${i}.txt`));
  return analyzeDocuments(docs).corpus;
}

describe('compare across independent publishers', () => {
  const corpus = analyse();
  const text = (doc: string, start: number, end: number) => corpus.documents.find((d) => d.id === doc)!.text.slice(start, end);
  const conflict = (kind: string, needle: string) => corpus.conflicts!.find((c) => c.kind === kind && c.sides.some((s) => text(s.evidence.doc, s.evidence.start, s.evidence.end).includes(needle)));

  it('groups the three reports into one story with three publishers', () => {
    expect(corpus.stories).toHaveLength(1);
    expect(new Set(corpus.documents.map((d) => corpus.documentPublisher!.get(d.id))).size).toBe(3);
  });

  it('reports a number conflict with both sentences', () => {
    const c = conflict('number', 'people were killed');
    expect(c?.sides.map((s) => s.value).sort()).toEqual(['12 people', '31 people']);
  });

  it('reports an actor conflict: the same decree signed by two different people', () => {
    const c = conflict('actor', 'signed an emergency decree');
    expect(c).toBeDefined();
    expect(c!.sides.map((s) => s.value).join(' / ')).toMatch(/Brekke.*Lund|Lund.*Brekke/);
  });

  it('reports a place conflict for the same meeting in two towns', () => {
    const c = conflict('place', 'to inspect the damage');
    expect(c?.sides.map((s) => s.value).sort()).toEqual(['Kessary', 'Port Selwyn']);
  });

  it('reports a polarity conflict: confirmed versus denied', () => {
    expect(conflict('polarity', 'had been inspected in January')).toBeDefined();
  });

  it('reports a date conflict: Tuesday versus Monday for the failure', () => {
    const c = conflict('date', 'failed on');
    expect(c).toBeDefined();
    expect(c!.sides.map((s) => s.value).join(' ')).toMatch(/2026-03-03/);
    expect(c!.sides.map((s) => s.value).join(' ')).toMatch(/2026-03-02/);
  });

  it('labels a sentence only one publisher reports as single-source, and agreement as corroborated', () => {
    const shelter = corpus.claims!.find((c) => c.text.includes('shelter'));
    expect(shelter?.status).toBe('single-source');
    expect(corpus.claims!.some((c) => c.status !== 'single-source' && c.publishers.length >= 2)).toBe(true);
  });

  it('keeps every evidence offset pointing at its words', () => {
    for (const c of corpus.conflicts!) for (const s of c.sides) expect(text(s.evidence.doc, s.evidence.start, s.evidence.end).length).toBeGreaterThan(10);
  });
});

