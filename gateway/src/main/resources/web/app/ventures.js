// Ventures: filters by kind and status (values from the API's own statistics), the list, the map,
// and the claimed-vs-listed coverage of the counts the sources give.
import { getJson, query } from './api.js';
import { byId, h, replace } from './dom.js';
import { num, words } from './format.js';
import { renderMap } from './map.js';
import { fig, sourcesButton } from './sources.js';

let requestCounter = 0;

export async function loadVentures() {
  const [statistics, list] = await Promise.all([
    getJson('/api/v1/ventures/statistics'),
    getJson(query('/api/v1/ventures', { size: 200 })),
  ]);
  fillSelect(byId('venture-kind'), statistics.listed.byKind);
  fillSelect(byId('venture-status'), statistics.listed.byStatus);
  for (const id of ['venture-kind', 'venture-status']) byId(id).addEventListener('change', refresh);
  render(list);
  renderCoverage(statistics.claims);
  return statistics;
}

function fillSelect(select, counts) {
  for (const [value, count] of Object.entries(counts)) {
    select.append(h('option', { value }, `${words(value)} (${count})`));
  }
}

async function refresh() {
  const mine = ++requestCounter;
  const list = await getJson(query('/api/v1/ventures', { size: 200, kind: byId('venture-kind').value, status: byId('venture-status').value }));
  if (mine === requestCounter) render(list);
}

function render(list) {
  const filtered = byId('venture-kind').value || byId('venture-status').value;
  byId('venture-count').textContent = `${list.totalItems} ${list.totalItems === 1 ? 'venture' : 'ventures'}${filtered ? ' match' : ' listed'}`;
  const items = [...list.items].sort((a, b) => a.name.localeCompare(b.name));
  replace(byId('venture-list'), items.length ? items.map(item) : h('li', { class: 'empty' }, 'No venture matches these filters.'));
  renderMap(byId('venture-map'), items);
}

function item(v) {
  const place = [v.location && v.location.city, v.hostCountry === 'KZ' ? 'Kazakhstan' : v.hostCountry === 'BY' ? 'Belarus' : v.hostCountry]
    .filter(Boolean).join(', ');
  return h('li', { class: 'venture', id: `venture-${v.id}`, tabindex: '-1' },
    h('div', { class: 'agreement-head' },
      h('a', { href: `/api/v1/ventures/${v.id}`, class: 'title', title: 'The venture as JSON' }, v.name),
      h('span', { class: `badge badge-${(v.status || '').toLowerCase()}` }, words(v.status))),
    h('p', { class: 'meta' }, [words(v.kind), place, v.startYear ? `since ${v.startYear}` : null].filter(Boolean).join(' · ')),
    v.stage ? h('p', { class: 'stage' }, v.stage) : null,
    h('p', { class: 'meta' },
      v.sectors.map((sector) => h('span', { class: 'chip' }, words(sector))),
      ' ', sourcesButton(v.sources)));
}

function renderCoverage(claims) {
  replace(byId('coverage'), claims.map((c) => {
    const id = `claim-${c.id}`;
    const coverage = Math.min(100, c.coverage ?? 0);
    return h('li', { class: 'claim' },
      h('p', { class: 'claim-title', id: `${id}-label` }, c.subject),
      h('progress', { max: 100, value: coverage, 'aria-labelledby': `${id}-label`, 'aria-valuetext': `${num(c.coverage)} % listed` }),
      h('p', { class: 'meta' },
        fig(`${num(c.listed)} listed`, [], 'Counted in the ventures registry'), ' of ',
        fig(`${c.qualifier === 'MORE_THAN' ? 'over ' : c.qualifier === 'APPROXIMATE' ? 'about ' : ''}${num(c.count)} claimed`, c.sources, c.note),
        ` (${num(c.coverage)} %)`));
  }));
}
