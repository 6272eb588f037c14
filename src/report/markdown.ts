import { publisherLine } from './publisher-line.js';
import type { Dossier, DossierSide, DossierStory } from '../model/dossier.js';

const DIVERGENCE_LABEL: Record<string, string> = { update: 'update (a figure reported later as changed)', tension: 'tension (descriptions that pull apart)', wording: 'one quotation in two wordings' };
const STATUS_MARK: Record<string, string> = { corroborated: '✔ corroborated', 'single-source': '• single source', conflicting: '⚠ conflicting' };

/** The dossier as Markdown: one section per story, evidence quoted with document and offsets. */
export function renderMarkdown(d: Dossier): string {
  const out: string[] = [];
  out.push(`# Triangulate dossier`, '', `${d.documents.length} documents, ${d.stories.length} stories. Generated ${d.generator.createdAt} by triangulate ${d.generator.version}.`, '');
  out.push('## Documents', '', '| id | title | outlet | published | byline | syndicated from | debris spans |', '|---|---|---|---|---|---|---|');
  for (const doc of d.documents) {
    out.push(`| \`${doc.id}\` | ${cell(doc.title)} | ${cell(doc.outlet)} | ${cell(doc.published)} | ${cell(doc.byline)} | ${cell(doc.syndicatedFrom)} | ${doc.spans.filter((s) => s.kind === 'boilerplate').length} |`);
  }
  out.push('');
  for (const s of d.stories) out.push(...renderStory(s, d));
  if (d.errors.length) {
    out.push('## Inputs not analysed', '');
    for (const e of d.errors) out.push(`- \`${e.input}\`: **${e.error}**: ${e.message}`);
    out.push('');
  }
  return out.join('\n');
}

function renderStory(s: DossierStory, d: Dossier): string[] {
  const pubName = new Map(s.publishers.map((p) => [p.id, p.name]));
  const out: string[] = [`## Story ${s.id}: ${s.title}`, ''];
  out.push(`${s.documents.length} documents from ${s.publishers.length} independent publishers; published ${s.published.earliest ?? '?'} to ${s.published.latest ?? '?'}.`, '');
  out.push('### Publishers', '');
  for (const p of s.publishers) {
    const { stands, copies } = publisherLine(p);
    const lead = stands.copyReason ? `\`${stands.document}\`, a syndicated copy (${stands.copyReason}); the original is not in the pile` : `original \`${stands.document}\``;
    out.push(`- **${p.name}**: ${lead}${copies.length ? `; copies: ${copies.map((c) => `\`${c.document}\` (${c.reason})`).join(', ')}` : ''}`);
  }
  out.push('', '### Who', '');
  for (const e of [...s.entities].sort((a, b) => b.mentions.length - a.mentions.length)) {
    const roles = [...new Set(e.roles.map((r) => r.text))];
    out.push(`- **${e.name}** (${e.type}, ${e.mentions.length} mentions)${e.aliases.length > 1 ? `: also ${e.aliases.filter((a) => a !== e.name).join(', ')}` : ''}${roles.length ? `; roles: ${roles.join(', ')}` : ''}`);
  }
  if (s.possibleAliases.length) {
    out.push('', 'Unresolved (possibly the same, kept apart):');
    for (const a of s.possibleAliases) out.push(`- ${a.a} ~ ${a.b} (${a.reason}, score ${a.score.toFixed(2)})`);
  }
  const sideLine = (side: DossierSide) => {
    const outlet = `**${pubName.get(side.publisher) ?? side.publisher}**`;
    const when = side.published ? ` (published ${side.published})` : '';
    const who = side.attribution?.kind === 'speaker' ? `${side.attribution.name}, ${side.attribution.quoted ? 'quoted' : 'reported'} by ${outlet}${when},` : `${outlet}${when}`;
    return `- ${who}${side.alteredCopyOf ? ` (a copy of \`${side.alteredCopyOf}\` that changes it)` : ''} says *${side.value}*: > ${quote(side.evidence.text)} (\`${side.evidence.document}\` ${side.evidence.start}-${side.evidence.end})`;
  };
  if (s.conflicts.length) {
    out.push('', '### Where sources disagree', '');
    for (const c of s.conflicts) {
      out.push(`#### ${c.kind}: ${c.about}`, '');
      for (const side of c.sides) out.push(sideLine(side));
      out.push('');
    }
  }
  if (s.divergences.length) {
    out.push('', '### Updates, tensions and differing wordings (not contradictions)', '');
    for (const c of s.divergences) {
      out.push(`#### ${DIVERGENCE_LABEL[c.kind]}: ${c.about}`, '');
      for (const side of c.sides) out.push(sideLine(side));
      out.push('');
    }
  }
  out.push('### Claims', '', `| claim | status | ${s.publishers.map((p) => p.name).join(' | ')} |`, `|---|---|${s.publishers.map(() => '---').join('|')}|`);
  const order = { conflicting: 0, corroborated: 1, 'single-source': 2 } as const;
  // Within a status, what is most worth checking first.
  for (const c of [...s.claims].sort((a, b) => order[a.status] - order[b.status] || b.checkworthiness - a.checkworthiness)) {
    const unclear = c.unclear.length ? ` (unclear: may be the same fact as ${c.unclear.join(', ')})` : '';
    const disputed = c.status === 'corroborated' && c.conflicts.length ? ` (publishers disagree on ${c.conflicts.length === 1 ? 'one detail' : `${c.conflicts.length} details`})` : '';
    const voice = c.attribution.kind === 'speaker' ? ` — ${c.attribution.name}'s words` : '';
    out.push(`| ${cell(truncate(c.text, 160))}${voice}${unclear} | ${STATUS_MARK[c.status]}${disputed} | ${s.publishers.map((p) => (c.publishers.includes(p.id) ? '●' : '')).join(' | ')} |`);
  }
  out.push('', '### Timeline', '');
  for (const t of s.timeline) out.push(`- **${t.date}** (${t.granularity}${t.earliest !== t.latest ? `, ${t.earliest} to ${t.latest}` : ''}): ${t.what} — "${t.evidence[0]?.text}" (\`${t.evidence[0]?.document}\`, anchored on ${t.anchor})`);
  if (s.quotes.length) {
    out.push('', '### Who said what', '');
    for (const q of s.quotes) out.push(`- **${q.speaker ?? 'unattributed'}**${q.cue ? ` (${q.cue})` : ''}: “${truncate(q.content, 240)}” (\`${q.evidence.document}\` ${q.evidence.start}-${q.evidence.end}${q.kind === 'reported' ? ', reported' : ''})`);
  }
  if (s.quantities.length) {
    out.push('', '### Numbers', '');
    for (const q of s.quantities) out.push(`- ${q.evidence.text}: ${q.approximation ? `${q.approximation} ` : ''}${q.value}${q.valueMax !== undefined ? `–${q.valueMax}` : ''}${q.unit ? ` ${q.unit}` : ''}${q.counts ? ` (${q.counts})` : ''}`);
  }
  if (s.warnings.length) {
    out.push('', '### Source warnings', '');
    const titles = new Map(d.documents.map((doc) => [doc.id, doc.title ?? doc.source]));
    for (const w of s.warnings) out.push(`- \`${w.document}\` (${titles.get(w.document)}): **${w.kind}**: ${w.message}`);
  }
  out.push('');
  return out;
}

function cell(s: string | null | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function quote(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
