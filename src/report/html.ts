import { publisherLine } from './publisher-line.js';
import type { Dossier, DossierDocument, DossierSide, DossierStory } from '../model/dossier.js';

/**
 * The dossier as one self-contained HTML page (no scripts, no external assets). Article text is
 * untrusted: every string from the input passes through `esc`, never into markup as is.
 */
export function renderHtml(d: Dossier): string {
  const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triangulate dossier</title>
<style>${CSS}</style></head><body>
<header><h1>Triangulate dossier</h1><p>${d.documents.length} documents · ${d.stories.length} stories · generated ${esc(d.generator.createdAt)}</p></header>
<nav><ul>${d.stories.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a> <span class="muted">${s.publishers.length} publishers · ${s.conflicts.length} conflicts</span></li>`).join('')}</ul></nav>
${d.stories.map((s) => story(s, docs)).join('\n')}
<section><h2>Sources</h2>${d.documents.map(source).join('\n')}</section>
${d.errors.length ? `<section><h2>Inputs not analysed</h2><ul>${d.errors.map((e) => `<li><code>${esc(e.input)}</code> <b>${esc(e.error)}</b>: ${esc(e.message)}</li>`).join('')}</ul></section>` : ''}
</body></html>`;
}

function story(s: DossierStory, docs: Map<string, DossierDocument>): string {
  const pub = new Map(s.publishers.map((p) => [p.id, p.name]));
  const sideHtml = (side: DossierSide) => {
    const outlet = esc(pub.get(side.publisher) ?? side.publisher);
    const who = side.attribution?.kind === 'speaker' ? `${esc(side.attribution.name)}, ${side.attribution.quoted ? 'quoted' : 'reported'} by ${outlet},` : outlet;
    return `<blockquote><p class="who">${who}${side.published ? ` <span class="muted">(${esc(side.published)})</span>` : ''}${side.alteredCopyOf ? ` (altered copy of ${esc(docs.get(side.alteredCopyOf)?.source ?? side.alteredCopyOf)})` : ''} says <b>${esc(side.value)}</b></p><p>${highlight(side.evidence.text, side.value)}</p><p class="muted">${esc(docs.get(side.evidence.document)?.source ?? side.evidence.document)} · ${side.evidence.start}–${side.evidence.end}</p></blockquote>`;
  };
  const claimRows = [...s.claims].sort((a, b) => rank(a.status) - rank(b.status) || b.checkworthiness - a.checkworthiness).map((c) => `<tr class="${c.status}" id="${esc(c.id)}"><td>${esc(c.text)}${c.unclear.length ? ` <span class="muted">(unclear: may be the same fact as ${c.unclear.map((u) => `<a href="#${esc(u)}">${esc(u)}</a>`).join(', ')})</span>` : ''}</td><td class="status">${esc(c.status)}</td>${s.publishers.map((p) => `<td class="cell">${c.publishers.includes(p.id) ? '●' : ''}</td>`).join('')}</tr>`).join('');
  return `<section class="story" id="${esc(s.id)}">
<h2>${esc(s.title)}</h2>
<p class="muted">${s.documents.length} documents · ${s.publishers.length} independent publishers · ${esc(s.published.earliest ?? '?')} – ${esc(s.published.latest ?? '?')}</p>
<h3>Publishers</h3><ul>${s.publishers.map((p) => publisherLine(p)).map(({ stands, copies }, i) => `<li><b>${esc(s.publishers[i].name)}</b> <span class="muted">${esc(docs.get(stands.document)?.title ?? stands.document)}${stands.copyReason ? ` (a syndicated copy: ${esc(stands.copyReason)}; the original is not in the pile)` : ''}</span>${copies.length ? `<br><span class="muted">copies: ${copies.map((c) => `${esc(docs.get(c.document)?.source ?? c.document)} (${esc(c.reason)})`).join('; ')}</span>` : ''}</li>`).join('')}</ul>
${s.conflicts.length ? `<h3>Where sources disagree</h3>${s.conflicts.map((c) => `<div class="conflict"><h4><span class="kind">${esc(c.kind)}</span> ${esc(c.about)}</h4><div class="sides">${c.sides.map(sideHtml).join('')}</div></div>`).join('')}` : ''}
${s.divergences.length ? `<h3>Updates, tensions and differing wordings</h3><p class="muted">Not contradictions: shown side by side.</p>${s.divergences.map((c) => `<div class="conflict divergence"><h4><span class="kind">${esc(c.kind)}</span> ${esc(c.about)}</h4><div class="sides">${c.sides.map(sideHtml).join('')}</div></div>`).join('')}` : ''}
<h3>Claims</h3><table class="matrix"><thead><tr><th>claim</th><th>status</th>${s.publishers.map((p) => `<th>${esc(p.name)}</th>`).join('')}</tr></thead><tbody>${claimRows}</tbody></table>
<h3>Timeline</h3><ol class="timeline">${s.timeline.map((t) => `<li><span class="date ${t.earliest === t.latest ? 'point' : 'band'}">${esc(t.date)}</span> <span class="muted">${esc(t.granularity)}${t.earliest !== t.latest ? ` · ${esc(t.earliest)} to ${esc(t.latest)}` : ''}</span><br>${esc(t.what)} <span class="muted">(“${esc(t.evidence[0]?.text ?? '')}”, anchored on ${esc(t.anchor)})</span></li>`).join('')}</ol>
<h3>Who</h3><ul class="entities">${[...s.entities].sort((a, b) => b.mentions.length - a.mentions.length).map((e) => `<li><b>${esc(e.name)}</b> <span class="type">${esc(e.type)}</span> <span class="muted">${e.mentions.length} mentions${e.aliases.length > 1 ? ` · ${e.aliases.map(esc).join(', ')}` : ''}${e.roles.length ? ` · ${[...new Set(e.roles.map((r) => r.text))].map(esc).join(', ')}` : ''}</span></li>`).join('')}</ul>
${s.quotes.length ? `<h3>Who said what</h3><ul>${s.quotes.map((q) => `<li><b>${esc(q.speaker ?? 'unattributed')}</b>${q.cue ? ` <span class="muted">${esc(q.cue)}</span>` : ''}: “${esc(q.content)}”</li>`).join('')}</ul>` : ''}
${s.quantities.length ? `<h3>Numbers</h3><ul>${s.quantities.map((q) => `<li>${esc(q.evidence.text)} <span class="muted">${esc(String(q.value))}${q.unit ? ` ${esc(q.unit)}` : ''}${q.counts ? ` · ${esc(q.counts)}` : ''}</span></li>`).join('')}</ul>` : ''}
${s.warnings.length ? `<h3>Source warnings</h3><ul>${s.warnings.map((w) => `<li class="warning"><b>${esc(w.kind)}</b> in ${esc(docs.get(w.document)?.title ?? w.document)}: ${esc(w.message)}</li>`).join('')}</ul>` : ''}
</section>`;
}

function source(doc: DossierDocument): string {
  const meta = `${esc(doc.outlet ?? doc.syndicatedFrom ?? 'unknown outlet')} · ${esc(doc.published ?? 'no date')}${doc.byline ? ` · ${esc(doc.byline)}` : ''}${doc.syndicatedFrom ? ` · copy of ${esc(doc.syndicatedFrom)}` : ''}`;
  if (doc.text === undefined) return `<details><summary>${esc(doc.title ?? doc.source)}</summary><p class="muted">${meta}</p></details>`;
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

function rank(status: string): number {
  return status === 'conflicting' ? 0 : status === 'corroborated' ? 1 : 2;
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:1rem 2rem;color:#222}
.muted{color:#777;font-size:.9em}h2{border-bottom:2px solid #333;margin-top:2.5rem}
table.matrix{border-collapse:collapse;width:100%}table.matrix td,table.matrix th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}
tr.conflicting td.status{color:#b00}tr.corroborated td.status{color:#070}tr.single-source td.status{color:#666}td.cell{text-align:center}
.conflict{border-left:4px solid #b00;padding-left:1rem;margin:1rem 0}.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
blockquote{margin:0;background:#fafafa;padding:.5rem 1rem;border:1px solid #eee}mark{background:#ffe08a}.kind{background:#b00;color:#fff;border-radius:3px;padding:0 .4rem;font-size:.8em}
.date{font-weight:bold}.date.band{background:#e6f0ff;padding:0 .3rem}.type{font-size:.75em;background:#eee;padding:0 .3rem;border-radius:3px}
pre.text{white-space:pre-wrap;font:14px/1.5 Georgia,serif}.debris{color:#aaa;text-decoration:line-through}.warning{color:#a60}`;
