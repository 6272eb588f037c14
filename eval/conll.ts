import { readFileSync } from 'node:fs';
import { parseConll } from '../src/annotate/entities/conll-format.js';
import { evaluateTagger, formatScores } from '../src/annotate/entities/evaluate.js';
import { loadNerModel } from '../src/annotate/entities/tagger.js';

/**
 * `npx triangulate eval conll <file>`: tags a CoNLL-2003 file with the committed model, one
 * document (-DOCSTART-) at a time, and scores exact spans as conlleval does.
 */
export async function main(args: string[]): Promise<void> {
  const file = args[0];
  if (!file) throw new Error('usage: triangulate eval conll <CoNLL-2003 file, e.g. eng.testa>');
  const docs = parseConll(readFileSync(file, 'utf8'));
  const loadStart = process.hrtime.bigint();
  const model = loadNerModel();
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const evaluation = evaluateTagger(docs, (s) => model.tagDocument(s));
  const all = evaluation.scores.get('ALL')!;
  console.log(`CoNLL-2003 entity evaluation: ${file} (${docs.length} documents, ${evaluation.tokens} tokens)`);
  console.log(`command: npx triangulate eval conll ${file}`);
  console.log(`model: models/ner/model.bin.gz, loaded in ${loadSeconds.toFixed(2)} s`);
  console.log(formatScores(evaluation.scores));
  console.log(`speed: ${(evaluation.tokens / evaluation.seconds).toFixed(0)} tokens/s (tagging only, one core)`);
  console.log(JSON.stringify({ dataset: 'conll2003', file, metric: 'f1', value: Number(all.f1.toFixed(4)) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => { console.error(e); process.exit(1); });
}
