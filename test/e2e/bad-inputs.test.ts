import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/model/dossier.js';
import type { InputErrorCode } from '../../src/ingest/errors.js';
import { InputError } from '../../src/ingest/errors.js';
import { offsetFailures, runPipeline, type Run } from './run-pipeline.js';

// Each bad input is refused by name with a stable code, and the good article in the same batch is
// still analysed: through the programmatic API and through the CLI as a user runs it.
const GOOD = `Harbour lights return to Wrenfield after storm repairs
Wrenfield Evening News
Updated by Cara Linden at 1820 GMT on Tuesday 14 October 2025

The lighthouse at Wrenfield was lit again on Monday night, three weeks after a storm tore the lantern glass from its frame and left the harbour entrance dark.

Engineers from the coastal authority worked through the weekend to fit the new glass, which was made in a workshop further down the coast.

"The harbour without its light felt like a house with the front door open," said harbour master Idris Calloway. "Tonight we can close it again."

Fishing crews had been told to enter the harbour only in daylight while the light was out. Calloway said the restriction would be lifted on Wednesday.

The repairs cost about 85,000 pounds, the coastal authority said.

Advertisement

Leave a comment
`;

const FRENCH = `Le conseil municipal de Valbrune a voté mardi soir la fermeture du vieux pont de pierre

La décision a été prise après la publication d'un rapport qui montre que les fondations du pont sont fragilisées par les crues de l'hiver dernier. Les piétons pourront encore traverser pendant un mois, mais les voitures et les camions doivent désormais passer par la route du nord, ce qui ajoute une vingtaine de minutes au trajet.

« Nous ne pouvons pas prendre le risque d'un accident », a déclaré la maire, Hélène Courtois, devant les habitants venus nombreux à la réunion. Les commerçants du centre craignent une baisse de la fréquentation pendant les travaux, qui devraient durer au moins dix-huit mois.

Le département a promis une aide pour les entreprises les plus touchées, sans en préciser le montant.
`;

const BAD: Record<string, InputErrorCode[]> = {
  'empty.txt': ['empty'],
  'binary.dat': ['binary'],
  'invalid-utf8.txt': ['invalid-utf8'],
  'huge.txt': ['too-large'],
  'malformed.html': ['malformed', 'no-article'],
  'french.txt': ['unsupported-language'],
};

let dir: string;
let missing: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-bad-inputs-'));
  missing = join(dir, 'no-such-article.txt');
  await writeFile(path('good.txt'), GOOD);
  await writeFile(path('empty.txt'), '');
  // A small PNG-like header followed by NUL-rich data.
  await writeFile(path('binary.dat'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 0), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256))]));
  // Valid multi-byte UTF-8 (é, —, ü) with stray 0xFF bytes in the middle.
  await writeFile(path('invalid-utf8.txt'), Buffer.concat([
    Buffer.from('Café owners in Brückstadt report a busy summer — the best in years.\n\nSales rose ', 'utf8'),
    Buffer.from([0xff, 0xfe, 0xff]),
    Buffer.from(' percent, the association said. Tourists came from every région.\n', 'utf8'),
  ]));
  // 50 MB of repeated text, written in chunks.
  const handle = await open(path('huge.txt'), 'w');
  const chunk = Buffer.from('The committee met again on Thursday and agreed to meet again next week. '.repeat(14_000));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await handle.write(chunk);
  await handle.close();
  await writeFile(path('malformed.html'), '<html><head><title>Broken</ti<body><div class="x"<<p>>> \uFFFD\uFFFD <<<script>garbage(</scr <div><div><span></b></i>>>><table><tr><td>&&&;;<');
  await writeFile(path('french.txt'), FRENCH);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('bad inputs through the API', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runPipeline([...Object.keys(BAD).map(path), missing, path('good.txt')]);
  });

  it.each(Object.entries(BAD))('refuses %s by name with a named error', (name, codes) => {
    const errors = run.errors.filter((e) => e.input === path(name));
    expect(errors, `${name}: ${run.errors.map((e) => `${e.input} ${e.code}`).join('; ')}`).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InputError);
    expect(codes).toContain(errors[0].code);
    expect(errors[0].message).toContain(path(name));
    expect(run.dossier.errors).toContainEqual(expect.objectContaining({ input: path(name), error: errors[0].code }));
  });

  it('refuses a missing path by name', () => {
    const errors = run.errors.filter((e) => e.input === missing);
    expect(errors.map((e) => e.code)).toEqual(['missing']);
    expect(errors[0].message).toContain(missing);
  });

  it('analyses the good article of the same batch', () => {
    expect(run.corpus.documents.map((d) => d.source)).toEqual([path('good.txt')]);
    const [good] = run.dossier.documents;
    expect(good).toMatchObject({ title: 'Harbour lights return to Wrenfield after storm repairs', published: '2025-10-14T18:20:00+00:00', zone: 'GMT', byline: 'Cara Linden', language: 'en' });
    expect(good.stats.sentences).toBeGreaterThan(3);
    expect(good.stats.claims).toBeGreaterThan(0);
    expect(run.dossier.stories).toHaveLength(1);
    expect(run.dossier.errors).toHaveLength(Object.keys(BAD).length + 1);
    expect(offsetFailures(run.dossier)).toEqual([]);
  });
});

describe('bad inputs through the CLI', () => {
  const CLI = join(import.meta.dirname, '../../dist/src/cli/main.js');
  const exec = promisify(execFile);
  const cli = async (args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('exits 0, names each skipped input on stderr and writes the dossier of the rest', async () => {
    expect(existsSync(CLI), `${CLI} is missing: build with \`npx tsc -p tsconfig.json\` first (npm test does)`).toBe(true);
    const { code, stdout, stderr } = await cli(['analyze', dir, missing, '--format', 'json']);
    expect(code, stderr).toBe(0);
    const skipped = stderr.split('\n').filter((l) => l.startsWith('triangulate: skipped '));
    for (const [name, codes] of Object.entries(BAD)) {
      const line = skipped.find((l) => l.startsWith(`triangulate: skipped ${path(name)}: [`));
      expect(line, `stderr names ${name}:\n${stderr}`).toBeDefined();
      expect(codes.some((c) => line!.includes(`[${c}]`)), line).toBe(true);
    }
    expect(skipped.find((l) => l.startsWith(`triangulate: skipped ${missing}: [missing]`)), stderr).toBeDefined();
    expect(skipped).toHaveLength(Object.keys(BAD).length + 1);
    const dossier = JSON.parse(stdout) as Dossier;
    expect(dossier.documents.map((d) => d.source)).toEqual([path('good.txt')]);
    expect(dossier.errors.map((e) => e.input).sort()).toEqual([...Object.keys(BAD).map(path), missing].sort());
  });

  it('exits 1 when no input could be analysed', async () => {
    const { code, stderr } = await cli(['analyze', path('empty.txt'), missing, '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toContain(`triangulate: skipped ${path('empty.txt')}: [empty]`);
    expect(stderr).toContain(`triangulate: skipped ${missing}: [missing]`);
  });
});
