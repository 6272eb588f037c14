import type { Corpus } from '../../src/model/corpus.js';
import { ingestRecord } from '../../src/ingest/record.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';

/** Unrelated sentences that pad each report to the length the pipeline expects of an article. */
const FILLER = ['The weather in the region was mild for the season and farmers were pleased.', 'Schools in the area will close early on Friday for the holiday.'];

/** Two independent outlets, each reporting one sentence the same day: the corpus the pipeline makes of them. */
export function analyzeTwoOutlets(first: string, second: string): Corpus {
  const docs = [
    ingestRecord({ title: 'Report', text: `${first}\n\n${FILLER[0]}`, outlet: 'One Post', published: '2031-05-06' }, 'a.txt'),
    ingestRecord({ title: 'Report', text: `${second}\n\n${FILLER[1]}`, outlet: 'Two Times', published: '2031-05-06' }, 'b.txt'),
  ];
  return analyzeDocuments(docs).corpus;
}
