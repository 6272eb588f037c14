import { fill, h, foldedSection, formatDate, section } from '../dom.js';
import { setPageTitle } from '../page.js';
import { api, type Dossier } from '../api.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { conflictsPanel, divergencesPanel } from './conflicts.js';
import { claimsMatrix } from './claims-matrix.js';
import { timelinePanel } from './timeline.js';
import { actorGraph } from './actor-graph.js';
import { readerLink } from './evidence.js';
import { reviewsPanel } from './reviews.js';
import { groupQuotes } from './quote-groups.js';

export async function renderStory(view: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const dossier = await api.story(id);
  const story = dossier.stories[0];
  setPageTitle(story.title);
  const publisherName = new Map(story.publishers.map((p) => [p.id, p.name]));
  const mapSlot = section('Places', 'places', h('p', { class: 'empty' }, 'Loading the map…'));
  fill(view, 
    h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), ' / ', story.title),
    h('h1', null, story.title),
    h('p', { class: 'story-meta' },
      `${formatDate(story.published.earliest)} – ${formatDate(story.published.latest)} · `,
      `${story.documents.length} articles from ${story.publishers.length} independent publishers · `,
      `${story.claims.length} claims · ${story.conflicts.length} conflicts`),
    h('nav', { class: 'toc' }, ['conflicts', 'claims', 'reviews', 'timeline', 'actors', 'places', 'entities', 'quotes', 'warnings', 'sources']
      .map((a) => h('a', { href: `#/story/${encodeURIComponent(id)}?section=${a}` }, a))),
    conflictsPanel(story, publisherName, params.get('conflict')),
    divergencesPanel(story, publisherName, params.get('conflict')),
    claimsMatrix(story, params.get('claim')),
    reviewsPanel(story, params.get('claim')),
    timelinePanel(story),
    actorGraph(story),
    mapSlot,
    entitiesPanel(story),
    quotesPanel(story, dossier),
    warningsPanel(story),
    sourcesPanel(dossier, publisherName),
  );
  // The map and its geometry load on demand: the story is readable before they arrive.
  void import('./places-map.js').then((m) => mapSlot.replaceWith(m.placesMap(story)));
  const target = params.get('section') ?? (params.get('claim') ? 'claims' : params.get('conflict') ? 'conflicts' : null);
  if (target) {
    const el = document.getElementById(target);
    // A jump to a folded panel opens it.
    if (el instanceof HTMLDetailsElement) el.open = true;
    requestAnimationFrame(() => el?.scrollIntoView());
  }
}

function entitiesPanel(story: DossierStory): HTMLElement {
  const sorted = [...story.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return foldedSection(`Entities (${sorted.length})`, 'entities',
    sorted.length === 0 ? h('p', { class: 'empty' }, 'No entities.') :
      h('ul', { class: 'entities' }, sorted.map((e) => h('li', { id: `entity-${e.id}` },
        h('span', { class: `type type-${e.type}` }, e.type), ' ',
        h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name),
        h('span', { class: 'count' }, ` ×${e.mentions.length}`),
        e.aliases.filter((a) => a !== e.name).length > 0
          ? h('span', { class: 'aliases' }, ' also: ', e.aliases.filter((a) => a !== e.name).join(', ')) : null,
        e.roles.length > 0 ? h('span', { class: 'roles' }, ` (${[...new Set(e.roles.map((r) => r.text))].join('; ')})`) : null))),
    story.possibleAliases.length > 0
      ? h('p', { class: 'unresolved' }, 'Unresolved, kept apart: ',
        story.possibleAliases.map((p) => `${p.a} ≟ ${p.b} (${p.reason})`).join('; ')) : null);
}

function quotesPanel(story: DossierStory, dossier: Dossier): HTMLElement {
  const groups = groupQuotes(story, dossier.documents);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return foldedSection(`Quotes (${count})`, 'quotes',
    count === 0 ? h('p', { class: 'empty' }, 'No quotes.') :
      groups.map((g) => h('div', { class: `speaker${g.named ? '' : ' unnamed'}` },
        h('h3', null, g.entity ? h('a', { href: `#/entity/${encodeURIComponent(g.entity)}` }, g.name) : g.name, h('span', { class: 'count' }, ` ×${g.items.length}`)),
        h('ul', { class: 'quotes' }, g.items.map((item) => h('li', null,
          h('a', { href: readerLink(item.quote.evidence) }, `“${item.quote.content}”`),
          h('span', { class: 'quote-source' }, ` ${item.outlet}${item.quote.cue ? `, ${item.quote.cue}` : ''} (${item.quote.kind})`),
          item.alsoIn.length ? h('span', { class: 'also-in' }, ` · also in: ${[...new Set(item.alsoIn.map((c) => c.outlet))].join(', ')}`) : null))))));
}

function warningsPanel(story: DossierStory): HTMLElement {
  return foldedSection(`Source warnings (${story.warnings.length})`, 'warnings',
    story.warnings.length === 0 ? h('p', { class: 'empty' }, 'No warnings.') :
      h('ul', { class: 'warnings' }, story.warnings.map((w) => h('li', null,
        h('span', { class: 'kind' }, w.kind), ' ', w.message, ' ',
        w.evidence.slice(0, 6).map((e) => h('a', { class: 'ev', href: readerLink(e) }, e.text))))));
}

function sourcesPanel(dossier: Dossier, publisherName: Map<string, string>): HTMLElement {
  return foldedSection(`Sources (${dossier.documents.length})`, 'sources',
    h('ul', { class: 'sources' }, dossier.documents.map((d) => h('li', null,
      h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.source),
      ` · ${d.outlet ?? 'unknown outlet'} · ${formatDate(d.published)}`,
      d.syndicatedFrom ? h('span', { class: 'syndicated' }, ` · copy of ${d.syndicatedFrom}`) : null,
      d.publisher ? ` · counts for ${publisherName.get(d.publisher) ?? d.publisher}` : null,
      ` · ${d.spans.filter((s) => s.kind === 'boilerplate').length} debris spans`))));
}
