// Agreements: one row per agreement on a common time scale (signing as a dot, validity as a bar),
// filtered by the date they are in force on through the API's inForceOn parameter.
import { getJson, query } from './api.js';
import { byId, h, replace, s } from './dom.js';
import { date, words } from './format.js';
import { sourcesButton } from './sources.js';

let scale = null;
let requestCounter = 0;

export async function loadAgreements() {
  const all = await getJson(query('/api/v1/agreements', { size: 200 }));
  scale = timeScale(all.items);
  renderAxis();
  const input = byId('in-force-on');
  input.addEventListener('change', () => refresh(input.value));
  byId('in-force-today').addEventListener('click', () => {
    input.value = new Date().toISOString().slice(0, 10);
    refresh(input.value);
  });
  byId('in-force-clear').addEventListener('click', () => {
    input.value = '';
    refresh('');
  });
  render(all, '');
}

async function refresh(day) {
  const mine = ++requestCounter;
  if (day && !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
  const list = await getJson(query('/api/v1/agreements', { size: 200, inForceOn: day }));
  if (mine === requestCounter) render(list, day); // a later change wins over a slow earlier answer
}

function timeScale(items) {
  const years = [];
  for (const a of items) {
    for (const d of [a.signed && a.signed.date, a.validity && a.validity.from, a.validity && a.validity.until]) {
      if (d) years.push(Number(d.slice(0, 4)));
    }
  }
  const now = new Date().getFullYear();
  const start = Math.min(...years, now) - 1;
  const end = Math.max(...years, now) + 1;
  return { start: Date.UTC(start, 0, 1), end: Date.UTC(end, 0, 1), startYear: start, endYear: end };
}

function x(iso) {
  const t = Date.parse(iso);
  return Math.max(0, Math.min(100, ((t - scale.start) / (scale.end - scale.start)) * 100));
}

function renderAxis() {
  const ticks = [];
  const span = scale.endYear - scale.startYear;
  const step = span > 12 ? 4 : 2;
  for (let y = scale.startYear + 1; y < scale.endYear; y++) {
    if ((y - scale.startYear - 1) % step === 0) {
      ticks.push(s('text', { x: `${x(`${y}-01-01`)}%`, y: 14, 'text-anchor': 'middle' }, String(y)));
      ticks.push(s('line', { x1: `${x(`${y}-01-01`)}%`, x2: `${x(`${y}-01-01`)}%`, y1: 18, y2: 24 }));
    }
  }
  replace(byId('timeline-axis'), s('svg', { width: '100%', height: 24, class: 'axis' }, ticks));
}

function signedSortKey(a) {
  return (a.signed && a.signed.date) || (a.validity && a.validity.from) || '9999';
}

function render(list, day) {
  const items = [...list.items].sort((a, b) => signedSortKey(a).localeCompare(signedSortKey(b)));
  byId('agreement-count').textContent = day
    ? `${list.totalItems} of the agreements in force on ${date(day)}`
    : `${list.totalItems} agreements`;
  replace(byId('agreement-list'), items.length ? items.map((a) => row(a, day))
    : h('li', { class: 'empty' }, `No registered agreement was in force on ${date(day)}.`));
}

function row(a, day) {
  const signed = a.signed && a.signed.date;
  const from = (a.validity && a.validity.from) || signed;
  const until = a.validity && a.validity.until;
  const marks = [];
  if (from) {
    const x1 = x(from);
    const x2 = until ? x(until) : 100;
    marks.push(s('rect', { x: `${x1}%`, y: 9, width: `${Math.max(0.6, x2 - x1)}%`, height: 8, rx: 4,
      class: `validity${until ? '' : ' open'} status-${(a.status || '').toLowerCase()}` },
      s('title', {}, `Valid ${a.validity && a.validity.from ? `from ${date(a.validity.from)}` : `since signing`} ${until ? `until ${date(until)}` : 'with no end date recorded'}`)));
  }
  if (signed) {
    marks.push(s('circle', { cx: `${x(signed)}%`, cy: 13, r: 6, class: 'signing' },
      s('title', {}, `Signed ${date(signed, a.signed.precision)}`)));
  }
  if (day) {
    marks.push(s('line', { x1: `${x(day)}%`, x2: `${x(day)}%`, y1: 0, y2: 26, class: 'day-marker' }));
  }
  const validity = until ? `valid until ${date(until)}` : from ? 'no end date recorded' : '';
  return h('li', { class: 'agreement', id: `agreement-${a.id}` },
    h('div', { class: 'agreement-head' },
      h('a', { href: `/api/v1/agreements/${a.id}`, class: 'title', title: 'The agreement as JSON' }, a.title),
      h('span', { class: `badge badge-${(a.status || '').toLowerCase()}` }, words(a.status))),
    h('p', { class: 'meta' },
      [words(a.kind) || 'Kind not stated',
        signed ? `signed ${date(signed, a.signed.precision)}` : 'not signed yet',
        a.signed && a.signed.place ? `in ${a.signed.place}` : null,
        validity || null].filter(Boolean).join(' · '),
      ' ', sourcesButton(a.sources),
      ' ', h('a', { href: `/api/v1/agreements/${a.id}`, class: 'json-link', 'aria-label': `${a.title} as JSON` }, 'JSON')),
    h('div', { class: 'track', 'aria-hidden': 'true' }, s('svg', { width: '100%', height: 26 }, marks)));
}
