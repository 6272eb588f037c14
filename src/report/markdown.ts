import type { Dossier, DossierClaim, DossierConflict, DossierDivergence, DossierStory } from '../model/dossier.js';
import { speakerName, voiceKey } from './speakers.js';
import type { Evidence } from '../model/span.js';
import { SUMMARY } from './config.js';
import { humanPublished } from './human-date.js';
import { claimDisputes, claimUpdates, claimWords, coverage, rankedClaims, sideWho, valueGroups } from './summary.js';
import { foldedSummary, timelineAxis, type TimelineRow } from './timeline-axis.js';
import { disputeCounts, publishedRange } from './story-facts.js';

const DIVERGENCE_LABEL: Record<string, string> = { update: 'update', tension: 'tension', wording: 'one quotation in two wordings', spelling: 'one name spelled two ways' };

/**
 * The dossier as Markdown, summary first: an overview of the stories, then per story what is
 * disputed (each value with its outlets, times and speakers), updates, the corroborated claims
 * most worth checking, who covered it, and a readable timeline. Long tails (single-source
 * claims, minor entities, every quote) stay in the JSON dossier; every line keeps its evidence
 * as document and offsets.
 */
export function renderMarkdown(d: Dossier): string {
  const out: string[] = [];
  const conflicts = d.stories.reduce((n, s) => n + s.conflicts.length, 0);
  const corroborated = d.stories.reduce((n, s) => n + s.claims.filter((c) => c.status === 'corroborated').length, 0);
  out.push('# Triangulate dossier', '',
    `${d.documents.length} documents in ${d.stories.length} stories: ${conflicts} conflicts, ${corroborated} corroborated claims. Generated ${humanPublished(d.generator.createdAt)} UTC by triangulate ${d.generator.version}; the JSON dossier (\`--format json\`) holds every claim, entity, quote and number.`, '');
  if (d.stories.length) {
    out.push('## Overview', '', '| | story | articles | publishers | published | disputed | corroborated |', '|---|---|---|---|---|---|---|');
    for (const s of d.stories) {
      out.push(`| ${s.id} | ${cell(s.title)} | ${s.documents.length} | ${s.publishers.length} | ${publishedRange(s)} | ${disputeCounts(s) || '—'} | ${s.claims.filter((c) => c.status === 'corroborated').length} |`);
    }
    out.push('');
  }
  for (const s of d.stories) out.push(...renderStory(s, d));
  if (d.errors.length) {
    out.push('## Inputs not analysed', '');
    for (const e of d.errors) out.push(`- \`${e.input}\`: **${e.error}**: ${e.message}`);
    out.push('');
  }
  return out.join('\n');
}

function renderStory(s: DossierStory, d: Dossier): string[] {
  const names = new Map(s.publishers.map((p) => [p.id, p.name]));
  const out: string[] = [`## ${storyHeading(s)}`, '',
    `${s.documents.length} articles from ${s.publishers.length} independent publishers, ${publishedRange(s)}.`, ''];
  if (s.conflicts.length) {
    out.push('### Disputed', '');
    for (const c of s.conflicts) out.push(...sidesItem(c, `**${c.kind}**, ${c.about}`, ' vs ', names));
    out.push('');
  }
  if (s.divergences.length) {
    out.push('### Updates and differences (not contradictions)', '');
    // Updates are a figure's history and always shown; tensions and wordings are weaker and capped.
    const updates = s.divergences.filter((c) => c.kind === 'update');
    const others = s.divergences.filter((c) => c.kind !== 'update');
    for (const c of updates) out.push(...sidesItem(c, `**${DIVERGENCE_LABEL[c.kind]}**, ${c.about}`, ' → ', names));
    for (const c of others.slice(0, SUMMARY.divergencesShown)) out.push(...sidesItem(c, `**${DIVERGENCE_LABEL[c.kind] ?? c.kind}**, ${c.about}`, ' vs ', names, true));
    more(out, others.length - SUMMARY.divergencesShown, 'tensions and differing wordings');
    out.push('');
  }
  const ranked = rankedClaims(s);
  const corroborated = ranked.filter((c) => c.status === 'corroborated');
  if (corroborated.length) {
    out.push('### Corroborated, most check-worthy first', '');
    corroborated.slice(0, SUMMARY.corroboratedShown).forEach((c, i) => {
      // Dissent is marked only where it is: the minority on a disputed detail, or an even split.
      const disputes = claimDisputes(c, s).map((x) => x.majority === null
        ? `⚠ split on ${x.about}`
        : `✖ ${x.others.map((o) => `${names.get(o.publisher) ?? o.publisher} says ${o.value}`).join(', ')} (${x.about})`);
      const updates = claimUpdates(c, s).map((u) => `↻ updated: ${u.history.map((h) => `${h.value} (${names.get(h.publisher) ?? h.publisher})`).join(' → ')}`);
      disputes.push(...updates);
      const voice = c.attribution.kind === 'speaker' ? ` (according to ${c.attribution.name})` : '';
      out.push(`${i + 1}. ${claimMarkdown(c, SUMMARY.claimChars)}${voice} — ${c.publishers.map((p) => names.get(p) ?? p).join(', ')}${disputes.length ? `; ${disputes.join('; ')}` : ''} ${where(c.evidence[0])}`);
    });
    more(out, corroborated.length - SUMMARY.corroboratedShown, 'corroborated claims');
    out.push('');
  }
  out.push(...coverageTable(s, d));
  out.push(...timeline(s));
  const single = ranked.filter((c) => c.status === 'single-source');
  if (single.length) {
    out.push('### Single source, most check-worthy', '');
    for (const c of single.slice(0, SUMMARY.singleSourceShown)) out.push(`- ${claimMarkdown(c, SUMMARY.quoteChars)} — ${names.get(c.publishers[0]) ?? c.publishers[0]} ${where(c.evidence[0])}`);
    more(out, single.length - SUMMARY.singleSourceShown, 'single-source claims');
    out.push('');
  }
  out.push(...who(s));
  if (s.quotes.length) {
    out.push('### Who said what', '');
    const seen = new Set<string>();
    // One quotation per voice first (every spelling of one actor is one voice), so that the few shown are different voices.
    const firsts = s.quotes.filter((q) => { const key = voiceKey(q); return key !== null && !seen.has(key) && seen.add(key); });
    for (const q of firsts.slice(0, SUMMARY.quotesShown)) out.push(`- **${speakerName(q, s)}**: “${truncate(q.content, SUMMARY.quoteChars)}” ${where(q.evidence)}`);
    more(out, s.quotes.length - Math.min(firsts.length, SUMMARY.quotesShown), 'quotations');
    out.push('');
  }
  if (s.warnings.length) {
    out.push('### Source warnings', '');
    for (const w of s.warnings.slice(0, SUMMARY.entitiesShown)) out.push(`- \`${w.document}\`: **${w.kind}**: ${w.message}`);
    more(out, s.warnings.length - SUMMARY.entitiesShown, 'warnings');
    out.push('');
  }
  return out;
}

/** A conflict or divergence: each value with who gave it and when, then the evidence (one sentence per value when `onePerValue`). */
function sidesItem(c: DossierConflict | DossierDivergence, head: string, joiner: string, names: Map<string, string>, onePerValue = false): string[] {
  const groups = valueGroups(c, names);
  const lines = [`- ${head}: ${groups.map((g) => `**${g.value}** (${g.sides.map(sideWho).join('; ')})`).join(joiner)}`];
  for (const g of groups) for (const side of onePerValue ? g.sides.slice(0, 1) : g.sides) {
    const copy = side.side.alteredCopyOf ? `, a copy of ${side.copyOf && side.copyOf !== side.outlet ? `${side.copyOf}'s ` : ''}\`${side.side.alteredCopyOf}\` that changes it` : '';
    lines.push(`  - ${side.outlet}${copy}: > ${truncate(side.side.evidence.text, SUMMARY.evidenceChars)} ${where(side.side.evidence)}`);
  }
  return lines;
}

function coverageTable(s: DossierStory, d: Dossier): string[] {
  const { rows, notCovering } = coverage(s, d);
  const out = ['### Coverage', '', '| outlet | headline | published | |', '|---|---|---|---|'];
  for (const r of rows) {
    const note = [r.role === 'first' ? 'first' : '', r.copyReason ? `copy of ${r.publisher}` : ''].filter(Boolean).join(', ');
    out.push(`| ${cell(r.outlet)} | ${cell(truncate(r.headline, 80))} | ${r.published ? humanPublished(r.published) : 'undated'} | ${cell(note)} |`);
  }
  if (notCovering.length) {
    const extra = notCovering.length - SUMMARY.notCoveringShown;
    out.push('', `Not covered by: ${notCovering.slice(0, SUMMARY.notCoveringShown).join(', ')}${extra > 0 ? ` and ${extra} more outlets of the pile` : ''}.`);
  }
  out.push('');
  return out;
}

function timeline(s: DossierStory): string[] {
  const axis = timelineAxis(s);
  if (axis.rows.length + axis.before.length + axis.after.length === 0) return [];
  const out = ['### Timeline', ''];
  // Disputed dates are always shown; then the most precise dates (a day says more than a year
  // band over it) up to the cap; listed in date order.
  const keep = new Set(axis.rows.filter((r) => r.disputed));
  for (const r of [...axis.rows].sort((a, b) => (a.to - a.from) - (b.to - b.from))) if (keep.size < SUMMARY.timelineShown) keep.add(r);
  if (axis.before.length) out.push(`- Earlier, folded: ${foldedSummary(axis.before)}`);
  for (const r of axis.rows.filter((x) => keep.has(x))) out.push(timelineLine(r));
  more(out, axis.rows.length - keep.size, 'dated events');
  if (axis.after.length) out.push(`- Later, folded: ${foldedSummary(axis.after)}`);
  out.push('');
  return out;
}

function timelineLine(r: TimelineRow): string {
  const ev = r.entry.evidence[0];
  return `- **${r.when}**: ${truncate(r.entry.what, 80)}${r.disputed ? ` ⚠ ${r.disputed}` : ''}${ev ? ` ${where(ev)}` : ''}`;
}

function who(s: DossierStory): string[] {
  if (!s.entities.length) return [];
  const out = ['### Who', ''];
  const sorted = [...s.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of sorted.slice(0, SUMMARY.entitiesShown)) {
    const roles = [...new Set(e.roles.map((r) => r.text))].slice(0, 1);
    const also = e.aliases.filter((a) => a !== e.name);
    const aliases = also.length > SUMMARY.aliasesShown ? `${also.slice(0, SUMMARY.aliasesShown).join(', ')} and ${also.length - SUMMARY.aliasesShown} more spellings` : also.join(', ');
    out.push(`- **${e.name}** (${e.type}, ${e.mentions.length} mentions)${also.length ? `: also ${aliases}` : ''}${roles.length ? `; ${roles[0]}` : ''}`);
  }
  more(out, sorted.length - SUMMARY.entitiesShown, 'entities');
  if (s.possibleAliases.length) {
    const name = new Map(s.entities.map((e) => [e.id, e.name]));
    out.push('', `Possibly the same, kept apart: ${[...s.possibleAliases].sort((a, b) => b.score - a.score).slice(0, SUMMARY.aliasPairsShown).map((a) => `${name.get(a.a) ?? a.a} ~ ${name.get(a.b) ?? a.b} (${a.reason})`).join('; ')}`);
  }
  out.push('');
  return out;
}

function more(out: string[], n: number, what: string): void {
  // The header says once that the JSON dossier holds everything; each list only counts what it leaves out.
  if (n > 0) out.push(`- … ${n} more ${what}`);
}

function where(e: Evidence | undefined): string {
  return e ? `(\`${e.document}\` ${e.start}–${e.end})` : '';
}

function storyHeading(s: DossierStory): string {
  return `Story ${s.id}: ${s.title}`;
}

function cell(s: string | null | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/** A claim's words; a clause in bold within its sentence. */
function claimMarkdown(c: DossierClaim, limit: number): string {
  const w = claimWords(c, limit);
  return w.before || w.after ? `${w.before}**${w.clause}**${w.after}` : w.clause;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
