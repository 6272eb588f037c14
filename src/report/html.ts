import type { Dossier, DossierClaim, DossierConflict, DossierDivergence, DossierDocument, DossierStory } from '../model/dossier.js';
import { speakerName } from './speakers.js';
import { SUMMARY } from './config.js';
import { humanPublished } from './human-date.js';
import { claimDisputes, claimUpdates, claimWords, coverage, rankedClaims, sideWho, stanceMarks, valueGroups } from './summary.js';
import { disputeCounts, publishedRange } from './story-facts.js';
import { foldedSummary, timelineAxis, type TimelineAxis, type TimelineRow } from './timeline-axis.js';

/**
 * The dossier as one self-contained HTML page (no scripts, no external assets), summary first:
 * an overview, then per story what is disputed and by whom, updates, the corroborated claims
 * most worth checking, who covered it, and a timeline zoomed to its dense period. The full claim
 * matrix, entities, quotes and numbers sit behind toggles. Article text is untrusted: every
 * string from the input passes through `esc`, never into markup as is.
 */
export function renderHtml(d: Dossier): string {
  const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triangulate dossier</title>
<style>${CSS}</style></head><body>
<header><h1>Triangulate dossier</h1><p>${d.documents.length} documents · ${d.stories.length} stories · generated ${esc(humanPublished(d.generator.createdAt))} UTC</p></header>
${overview(d)}
${d.stories.map((s) => story(s, d, docs)).join('\n')}
<section><h2>Sources</h2>${d.documents.map(source).join('\n')}</section>
${d.errors.length ? `<section><h2>Inputs not analysed</h2><ul>${d.errors.map((e) => `<li><code>${esc(e.input)}</code> <b>${esc(e.error)}</b>: ${esc(e.message)}</li>`).join('')}</ul></section>` : ''}
</body></html>`;
}

function overview(d: Dossier): string {
  if (!d.stories.length) return '<p>No stories.</p>';
  const rows = d.stories.map((s) => `<tr><td><a href="#${esc(s.id)}">${esc(s.title)}</a></td><td>${s.documents.length}</td><td>${s.publishers.length}</td><td>${esc(publishedRange(s))}</td><td>${esc(disputeCounts(s) || '—')}</td><td>${s.claims.filter((c) => c.status === 'corroborated').length}</td></tr>`).join('');
  return `<section class="overview"><h2>Overview</h2><div class="scroll"><table><thead><tr><th>story</th><th>articles</th><th>publishers</th><th>published</th><th>disputed</th><th>corroborated</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function story(s: DossierStory, d: Dossier, docs: Map<string, DossierDocument>): string {
  const names = new Map(s.publishers.map((p) => [p.id, p.name]));
  const ranked = rankedClaims(s);
  const corroborated = ranked.filter((c) => c.status === 'corroborated');
  return `<section class="story" id="${esc(s.id)}">
<h2>${esc(s.title)}</h2>
<p class="muted">${s.documents.length} articles · ${s.publishers.length} independent publishers · ${esc(publishedRange(s))}</p>
${s.conflicts.length ? `<h3>Disputed</h3>${s.conflicts.map((c) => sides(c, ' vs ', names, docs)).join('')}` : ''}
${s.divergences.length ? `<h3>Updates and differences</h3><p class="muted">Not contradictions: an update is a figure's history in publication order.</p>${s.divergences.map((c) => sides(c, c.kind === 'update' ? ' → ' : ' vs ', names, docs)).join('')}` : ''}
${corroborated.length ? `<h3>Corroborated, most check-worthy first</h3><ol class="ranked">${corroborated.slice(0, SUMMARY.corroboratedShown).map((c) => {
    const disputes = claimDisputes(c, s).map((x) => x.majority === null ? `split on ${esc(x.about)}` : `✖ ${x.others.map((o) => `${esc(names.get(o.publisher) ?? o.publisher)} says ${esc(o.value)}`).join(', ')} (${esc(x.about)})`);
    const updates = claimUpdates(c, s).map((u) => `↻ updated: ${u.history.map((h) => `${esc(h.value)} (${esc(names.get(h.publisher) ?? h.publisher)})`).join(' → ')}`);
    return `<li>${claimHtml(c)} <span class="muted">— ${c.publishers.map((p) => esc(names.get(p) ?? p)).join(', ')}${disputes.length ? ` · <span class="dissent">${disputes.join('; ')}</span>` : ''}${updates.length ? ` · ${updates.join('; ')}` : ''} · <a href="#${esc(c.id)}">in the matrix</a></span></li>`;
  }).join('')}</ol>${corroborated.length > SUMMARY.corroboratedShown ? `<p class="muted">${corroborated.length - SUMMARY.corroboratedShown} more in the claim matrix below.</p>` : ''}` : ''}
${coverageTable(s, d)}
${timeline(timelineAxis(s))}
<details><summary>All ${s.claims.length} claims, claim × publisher</summary>${matrix(s, ranked)}</details>
<details><summary>Who: ${s.entities.length} entities</summary><ul class="entities">${[...s.entities].sort((a, b) => b.mentions.length - a.mentions.length).map((e) => `<li><b>${esc(e.name)}</b> <span class="type">${esc(e.type)}</span> <span class="muted">${e.mentions.length} mentions${e.aliases.length > 1 ? ` · ${e.aliases.map(esc).join(', ')}` : ''}${e.roles.length ? ` · ${[...new Set(e.roles.map((r) => r.text))].map(esc).join(', ')}` : ''}</span></li>`).join('')}</ul></details>
${s.quotes.length ? `<details><summary>Who said what: ${s.quotes.length} quotations</summary><ul>${s.quotes.map((q) => `<li><b>${esc(speakerName(q, s) ?? 'unattributed')}</b>${q.cue ? ` <span class="muted">${esc(q.cue)}</span>` : ''}: “${esc(q.content)}”</li>`).join('')}</ul></details>` : ''}
${s.quantities.length ? `<details><summary>Numbers: ${s.quantities.length}</summary><ul>${s.quantities.map((q) => `<li>${esc(q.evidence.text)} <span class="muted">${esc(String(q.value))}${q.unit ? ` ${esc(q.unit)}` : ''}${q.counts ? ` · ${esc(q.counts)}` : ''}</span></li>`).join('')}</ul></details>` : ''}
${s.warnings.length ? `<h3>Source warnings</h3><ul>${s.warnings.map((w) => `<li class="warning"><b>${esc(w.kind)}</b> in ${esc(docs.get(w.document)?.title ?? w.document)}: ${esc(w.message)}</li>`).join('')}</ul>` : ''}
</section>`;
}

function sides(c: DossierConflict | DossierDivergence, joiner: string, names: Map<string, string>, docs: Map<string, DossierDocument>): string {
  const groups = valueGroups(c, names);
  const head = groups.map((g) => `<b>${esc(g.value)}</b> <span class="muted">(${g.sides.map((x) => esc(sideWho(x))).join('; ')})</span>`).join(esc(joiner));
  const quotes = groups.flatMap((g) => g.sides.map((x) => `<blockquote><p class="who">${esc(sideWho(x))}${x.side.alteredCopyOf ? ` (copied from ${esc(docs.get(x.side.alteredCopyOf)?.source ?? x.side.alteredCopyOf)})` : ''} says <b>${esc(g.value)}</b></p><p>${highlight(x.side.evidence.text, x.side.value)}</p><p class="muted">${esc(docs.get(x.side.evidence.document)?.source ?? x.side.evidence.document)} · ${x.side.evidence.start}–${x.side.evidence.end}</p></blockquote>`));
  return `<div class="conflict${c.kind === 'update' || c.kind === 'tension' || c.kind === 'wording' || c.kind === 'spelling' ? ' divergence' : ''}"><h4><span class="kind">${esc(c.kind)}</span> ${esc(c.about)}: ${head}</h4><div class="sides">${quotes.join('')}</div></div>`;
}

function coverageTable(s: DossierStory, d: Dossier): string {
  const { rows, notCovering } = coverage(s, d);
  const extra = notCovering.length - SUMMARY.notCoveringShown;
  return `<h3>Coverage</h3><div class="scroll"><table class="coverage"><thead><tr><th>outlet</th><th>headline</th><th>published</th><th></th></tr></thead><tbody>${rows.map((r) => `<tr><td>${esc(r.outlet)}</td><td><a href="#doc-${esc(r.document)}">${esc(r.headline)}</a></td><td>${esc(r.published ? humanPublished(r.published) : 'undated')}</td><td>${r.role === 'first' ? `<b>first</b>${r.copyReason ? ', ' : ''}` : ''}${r.copyReason ? `copy of ${esc(r.publisher)} <span class="muted">(${esc(r.copyReason)})</span>` : ''}</td></tr>`).join('')}</tbody></table></div>${notCovering.length ? `<p class="muted">Not covered by: ${notCovering.slice(0, SUMMARY.notCoveringShown).map(esc).join(', ')}${extra > 0 ? ` and ${extra} more outlets of the pile` : ''}.</p>` : ''}`;
}

/** The timeline on an axis zoomed to the dense period: each entry a bar (or a dot for a day) placed on it, outliers folded. */
function timeline(axis: TimelineAxis): string {
  if (axis.rows.length + axis.before.length + axis.after.length === 0) return '';
  const width = Math.max(1, axis.to - axis.from);
  const pct = (t: number) => Math.min(100, Math.max(0, ((t - axis.from) / width) * 100)).toFixed(2);
  const row = (r: TimelineRow) => {
    const left = Number(pct(r.from));
    const w = Math.max(0.8, Number(pct(r.to)) - left);
    const ev = r.entry.evidence[0];
    return `<li class="${r.disputed ? 'disputed' : ''}"><span class="when">${esc(r.when)}</span><span class="track" aria-hidden="true"><span class="bar" style="left:${left.toFixed(2)}%;width:${w.toFixed(2)}%"></span></span><span class="what">${esc(r.entry.what)}${r.disputed ? ` <b class="dispute">⚠ ${esc(r.disputed)}</b>` : ''}${ev ? ` <span class="muted" title="${esc(ev.text)}">(${esc(ev.document)} ${ev.start}–${ev.end})</span>` : ''}</span></li>`;
  };
  const fold = (label: string, rows: TimelineRow[]) => (rows.length ? `<details class="folded"><summary>${label}, folded: ${esc(foldedSummary(rows))}</summary><ol class="timeline">${rows.map(row).join('')}</ol></details>` : '');
  return `<h3>Timeline</h3>${axis.folded ? `<p class="muted">Zoomed to ${esc(humanPublished(new Date(axis.from).toISOString().slice(0, 10)))} – ${esc(humanPublished(new Date(axis.to - 86_400_000).toISOString().slice(0, 10)))}, where most dated events lie.</p>` : ''}${fold('Earlier', axis.before)}<ol class="timeline">${axis.rows.map(row).join('')}</ol>${fold('Later', axis.after)}`;
}

function matrix(s: DossierStory, ranked: DossierStory['claims']): string {
  const rows = ranked.map((c) => {
    const marks = stanceMarks(c, s);
    const cells = s.publishers.map((p) => {
      const m = marks.get(p.id);
      if (!m) return '<td class="cell"></td>';
      const mark = c.status === 'single-source' ? '●' : m.mark;
      return `<td class="cell${m.mark === '✖' ? ' dissent' : ''}"${m.note ? ` title="${esc(m.note)}"` : ''}>${mark}${m.note ? ` <span class="muted">${esc(m.note)}</span>` : ''}</td>`;
    }).join('');
    return `<tr class="${c.status}" id="${esc(c.id)}"><td>${claimHtml(c)}${c.unclear.length ? ` <span class="muted">(unclear: may be the same fact as ${c.unclear.map((u) => `<a href="#${esc(u)}">${esc(u)}</a>`).join(', ')})</span>` : ''}</td><td class="status">${esc(c.status)}</td>${cells}</tr>`;
  }).join('');
  return `<p class="muted">✔ asserts it · ✖ gives another value than most publishers · ≠ one side of an even split · ● the only publisher</p><div class="scroll"><table class="matrix"><thead><tr><th>claim</th><th>status</th>${s.publishers.map((p) => `<th>${esc(p.name)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function source(doc: DossierDocument): string {
  const meta = `${esc(doc.outlet ?? doc.syndicatedFrom ?? 'unknown outlet')} · ${esc(humanPublished(doc.published))}${doc.byline ? ` · ${esc(doc.byline)}` : ''}${doc.syndicatedFrom ? ` · copy of ${esc(doc.syndicatedFrom)}` : ''}${doc.url ? ` · ${esc(doc.url)}` : ''}`;
  if (doc.text === undefined) return `<details id="doc-${esc(doc.id)}"><summary>${esc(doc.title ?? doc.source)}</summary><p class="muted">${meta}</p></details>`;
  const debris = doc.spans.filter((s) => s.kind === 'boilerplate' || s.kind === 'credit').sort((a, b) => a.start - b.start);
  let at = 0;
  const parts: string[] = [];
  for (const s of debris) {
    if (s.start < at) continue;
    parts.push(esc(doc.text.slice(at, s.start)), `<span class="debris" title="${esc(s.reason ?? s.kind)}">${esc(doc.text.slice(s.start, s.end))}</span>`);
    at = s.end;
  }
  parts.push(esc(doc.text.slice(at)));
  return `<details id="doc-${esc(doc.id)}"><summary>${esc(doc.title ?? doc.source)}</summary><p class="muted">${meta}</p><pre class="text">${parts.join('')}</pre></details>`;
}

function highlight(text: string, value: string): string {
  const needle = value.replace(/^"|"$/g, '').split(/[",(]/)[0].trim();
  const at = needle.length >= 3 ? text.indexOf(needle) : -1;
  if (at < 0) return `<mark>${esc(text)}</mark>`;
  return `${esc(text.slice(0, at))}<mark>${esc(text.slice(at, at + needle.length))}</mark>${esc(text.slice(at + needle.length))}`;
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:1rem 2rem;color:#222}
.muted{color:#595959;font-size:.9em}h2{border-bottom:2px solid #333;margin-top:2.5rem}.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
tr.conflicting td.status{color:#b00}tr.corroborated td.status{color:#060}tr.single-source td.status{color:#555}td.cell{text-align:center}td.dissent{background:#fde8e8}
.conflict{border-left:4px solid #b00;padding-left:1rem;margin:1rem 0}.conflict.divergence{border-color:#c80}.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem}
blockquote{margin:0;background:#fafafa;padding:.5rem 1rem;border:1px solid #eee}mark{background:#ffe08a}.kind{background:#b00;color:#fff;border-radius:3px;padding:0 .4rem;font-size:.8em}
.dissent{color:#a00}.type{font-size:.75em;background:#eee;padding:0 .3rem;border-radius:3px}details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}
ol.timeline{list-style:none;padding:0}ol.timeline li{display:grid;grid-template-columns:12rem 30% 1fr;gap:.6rem;align-items:center;padding:.15rem 0;border-bottom:1px solid #f0f0f0}
.when{font-weight:600}.track{position:relative;height:.7rem;background:#f3f3f3;border-radius:3px}.bar{position:absolute;top:0;height:100%;background:#3569c4;border-radius:3px;min-width:4px}
li.disputed .bar{background:#b00}.dispute{color:#a00;font-weight:600}
@media (max-width:600px){body{padding:.5rem}ol.timeline li{grid-template-columns:1fr}.sides{grid-template-columns:1fr}}
pre.text{white-space:pre-wrap;font:14px/1.5 Georgia,serif}.debris{color:#8a8a8a;text-decoration:line-through}.warning{color:#a60}`;

/** A claim's whole words (no cut: the page has room); a clause marked within its sentence. */
function claimHtml(c: DossierClaim): string {
  const w = claimWords(c, Number.POSITIVE_INFINITY);
  return w.before || w.after ? `${esc(w.before)}<b class="clause">${esc(w.clause)}</b>${esc(w.after)}` : esc(w.clause);
}
