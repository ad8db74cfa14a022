// A small SVG map of the two countries (outlines shipped in countries.geo.json, from Natural Earth,
// public domain) with the ventures that have coordinates. No tiles, no network.
import countries from './countries.geo.json';
import { h, replace, s } from './dom.js';

const PAD = 1;

function rings(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const all = countries.features.flatMap((f) => rings(f.geometry).flat());
const minLon = Math.min(...all.map((p) => p[0])) - PAD;
const maxLon = Math.max(...all.map((p) => p[0])) + PAD;
const minLat = Math.min(...all.map((p) => p[1])) - PAD;
const maxLat = Math.max(...all.map((p) => p[1])) + PAD;
// equirectangular, with longitudes shortened by the cosine of the middle latitude
const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const project = ([lon, lat]) => [((lon - minLon) * k * 10), ((maxLat - lat) * 10)];
const width = (maxLon - minLon) * k * 10;
const height = (maxLat - minLat) * 10;

function path(geometry) {
  return rings(geometry).map((ring) => `M${ring.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`).join('');
}

function labelPoint(feature) {
  // the centre of the largest ring's bounding box is good enough for two compact countries;
  // a small country's name goes just below its outline instead, clear of the ventures inside it
  const ring = rings(feature.geometry).reduce((a, b) => (b.length > a.length ? b : a));
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const below = Math.max(...lons) - Math.min(...lons) < 15;
  if (below) {
    const [x, y] = project([Math.min(...lons), Math.min(...lats)]);
    return [x, y + 16, 'start'];
  }
  const [x, y] = project([(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
  return [x, y, 'middle'];
}

export function renderMap(container, ventures) {
  const located = ventures.filter((v) => v.location && v.location.latitude !== null && v.location.longitude !== null);
  const shapes = countries.features.map((f) => s('path', { d: path(f.geometry), class: `country country-${f.id.toLowerCase()}` }));
  const labels = countries.features.map((f) => {
    const [tx, ty, anchor] = labelPoint(f);
    return s('text', { x: tx.toFixed(1), y: ty.toFixed(1), class: 'country-label', 'text-anchor': anchor }, f.properties.name);
  });
  const points = located.map((v) => {
    const [px, py] = project([v.location.longitude, v.location.latitude]);
    const label = `${v.name}, ${v.location.city || v.location.region || ''} (${v.location.latitude}, ${v.location.longitude})`;
    return s('a', { href: `#venture-${v.id}`, class: 'point', 'aria-label': label },
      s('title', {}, `${label}${v.location.coordinatesNote ? `. ${v.location.coordinatesNote}` : ''}`),
      s('circle', { cx: px.toFixed(1), cy: py.toFixed(1), r: 6, class: `dot status-${(v.status || '').toLowerCase()}` }),
      // names near the right edge go to the left of their point so they stay inside the map
      v.location.city ? s('text', { x: (px + (px > width * 0.75 ? -10 : 10)).toFixed(1), y: (py + 4).toFixed(1),
        'text-anchor': px > width * 0.75 ? 'end' : 'start', class: 'point-label' }, v.location.city) : null);
  });
  const svg = s('svg', { viewBox: `0 0 ${width.toFixed(0)} ${height.toFixed(0)}`, role: 'group', 'aria-label': `Map of Belarus and Kazakhstan with ${located.length} located ventures`, class: 'map-svg' },
    shapes, labels, points);
  const unlocated = ventures.length - located.length;
  replace(container, svg, h('p', { class: 'meta' }, `${located.length} of ${ventures.length} shown ventures have coordinates${unlocated ? `; ${unlocated} are known only by country` : ''}.`));
}
