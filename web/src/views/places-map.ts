import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { h, s, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { rovingFocus } from '../roving-focus.js';

const W = 960, H = 480;
const px = (lon: number) => ((lon + 180) / 360) * W;
const py = (lat: number) => ((90 - lat) / 180) * H;

type Ring = number[][];

/** Equirectangular path; a jump across the antimeridian starts a new stroke instead of a line across the map. */
function ringPath(ring: Ring): string {
  let d = '';
  ring.forEach(([lon, lat], i) => {
    const jump = i > 0 && Math.abs(lon - ring[i - 1][0]) > 180;
    d += `${i === 0 || jump ? 'M' : 'L'}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`;
  });
  return `${d}Z`;
}

interface Country { name: string; d: string; box: [number, number, number, number] }

let countries: Country[] | null = null;
function loadCountries(): Country[] {
  if (countries) return countries;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  countries = fc.features.map((f) => {
    const g = f.geometry as { type: string; coordinates: unknown };
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as Ring[][];
    const pts = polys.flat(2);
    const xs = pts.map((p) => px(p[0])), ys = pts.map((p) => py(p[1]));
    return {
      name: String(f.properties?.name ?? ''),
      d: polys.map((poly) => poly.map(ringPath).join('')).join(''),
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    };
  });
  return countries;
}

const norm = (x: string) => x.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z]/g, '');

/**
 * The story's places on an offline world map (Natural Earth via world-atlas, bundled): countries
 * the story names are shaded, gazetteer-linked places are dots; the view frames them.
 */
export function placesMap(story: DossierStory): HTMLElement {
  const places = story.entities.filter((e) => ['GPE', 'LOC', 'FAC'].includes(e.type));
  if (places.length === 0) return section('Places', 'places', h('p', { class: 'empty' }, 'No place is named in this story.'));
  const names = new Map<string, string>();
  for (const p of places) for (const n of [p.name, ...p.aliases, p.geo?.country ?? '']) if (n) names.set(norm(n), p.id);
  const all = loadCountries();
  const named = all.filter((c) => names.has(norm(c.name)));
  const dots = places.filter((p) => p.geo);
  const boxes = [...named.map((c) => c.box), ...dots.map((p): [number, number, number, number] => [px(p.geo!.lon), py(p.geo!.lat), px(p.geo!.lon), py(p.geo!.lat)])];
  // An empty world says nothing: without a located place the panel says so, and names the places.
  if (boxes.length === 0) {
    return section('Places', 'places', h('p', { class: 'empty' },
      `No place in this story could be located (no unambiguous gazetteer match): ${places.map((p) => p.name).join(', ')}.`));
  }
  let view = `0 0 ${W} ${H}`;
  {
    const x0 = Math.min(...boxes.map((b) => b[0])), y0 = Math.min(...boxes.map((b) => b[1]));
    const x1 = Math.max(...boxes.map((b) => b[2])), y1 = Math.max(...boxes.map((b) => b[3]));
    const w = Math.max(x1 - x0, 60) * 1.3, hgt = Math.max(y1 - y0, 30) * 1.3;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const vw = Math.max(w, hgt * 2), vh = vw / 2;
    view = `${(cx - vw / 2).toFixed(1)} ${(cy - vh / 2).toFixed(1)} ${vw.toFixed(1)} ${vh.toFixed(1)}`;
  }
  const namedSet = new Set(named);
  const r = Math.max(0.6, Number(view.split(' ')[2]) / 250);
  const svg = s('svg', { class: 'map', viewBox: view, role: 'group', 'aria-label': 'Map of the places in the story' },
    s('rect', { x: -W, y: -H, width: 3 * W, height: 3 * H, class: 'sea' }),
    all.map((c) => {
      const path = s('path', { d: c.d, class: namedSet.has(c) ? 'country named' : 'country' }, s('title', null, c.name));
      const id = names.get(norm(c.name));
      return id ? s('a', { href: `#/entity/${encodeURIComponent(id)}` }, path) : path;
    }),
    dots.map((p) => s('a', { href: `#/entity/${encodeURIComponent(p.id)}` },
      s('g', { class: `place type-${p.type}` },
        s('title', null, `${p.name} (${p.geo!.name}, ${p.geo!.country})`),
        s('circle', { cx: px(p.geo!.lon), cy: py(p.geo!.lat), r }),
        s('text', { x: px(p.geo!.lon) + r * 1.5, y: py(p.geo!.lat) + r, 'font-size': r * 2.6 }, p.name)))));
  const unplaced = places.filter((p) => !p.geo && !all.some((c) => namedSet.has(c) && names.get(norm(c.name)) === p.id));
  rovingFocus(svg, 'a');
  return section('Places', 'places', svg,
    unplaced.length > 0 ? h('p', { class: 'legend' }, 'Not on the map (no unambiguous gazetteer match): ', unplaced.map((p) => p.name).join(', ')) : null);
}
