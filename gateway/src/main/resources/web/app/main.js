// The dashboard at /: everything it shows comes from the public API under /api/v1, fetched by this bundle.
import './style.css';
import { getJson } from './api.js';
import { loadAgreements } from './agreements.js';
import { byId, h, replace } from './dom.js';
import { date, money, num, pct } from './format.js';
import { fig, initPopover, loadSources } from './sources.js';
import { loadMirror } from './mirror.js';
import { loadTrade, pointNote, pointRefs } from './trade.js';
import { loadVentures } from './ventures.js';

const COUNTRY = { BY: 'Belarus', KZ: 'Kazakhstan' };

async function start() {
  initPopover();
  const status = byId('status');
  const [overview] = await Promise.all([getJson('/api/v1/overview'), loadSources()]);
  const pair = { reporter: overview.reporter, partner: overview.partner };
  byId('pair-title').textContent = `${COUNTRY[pair.reporter] || pair.reporter} – ${COUNTRY[pair.partner] || pair.partner} cooperation`;
  const failures = [];
  const guard = (name, promise) => promise.catch((e) => {
    failures.push(`${name}: ${e.message}`);
    return null;
  });
  const [series] = await Promise.all([
    guard('trade', loadTrade(pair)),
    guard('mirror', loadMirror(pair)),
    guard('agreements', loadAgreements()),
    guard('ventures', loadVentures()),
  ]);
  renderCards(overview, series);
  const degraded = (overview.degraded || []).map((section) => `the ${section} section is degraded`);
  status.textContent = [...failures, ...degraded].join(' · ') || `Data as on ${date(overview.asOn)}.`;
  status.classList.toggle('error', failures.length > 0);
  document.body.dataset.ready = 'true';
}

function reportedPoint(series, flow, period) {
  if (!series || !series[flow]) return null;
  return series[flow].points.find((p) => p.period.label === period) || null;
}

function card(label, valueNode, detail) {
  return h('li', { class: 'card' }, h('span', { class: 'card-label' }, label), h('span', { class: 'card-value' }, valueNode),
    detail ? h('span', { class: 'card-detail' }, detail) : null);
}

function renderCards(overview, series) {
  const cards = [];
  const t = overview.trade || {};
  for (const [key, flow, label] of [['turnover', 'TURNOVER', 'Turnover'], ['exports', 'EXPORT', 'Exports'], ['imports', 'IMPORT', 'Imports']]) {
    const v = t[key];
    if (!v) continue;
    const point = reportedPoint(series, flow, v.period);
    cards.push(card(`${label} ${v.period}`, fig(money(v.value, t.unit, t.scale), point ? pointRefs(point) : [], point ? pointNote(point) : null),
      v.reportedChangePercent !== null && v.reportedChangePercent !== undefined ? `${pct(v.reportedChangePercent)} on the year before` : null));
  }
  const a = overview.agreements || {};
  if (!a.degraded) {
    cards.push(card('Agreements in force', fig(num(a.inForce), [], `Counted in the agreements registry on ${date(overview.asOn)}`),
      a.nextToExpire ? `next to expire: ${date(a.nextToExpire.validUntil)}` : null));
  }
  const v = overview.ventures || {};
  if (!v.degraded) {
    cards.push(card('Ventures listed', fig(num(v.total), [], `Counted in the ventures registry on ${date(overview.asOn)}`),
      v.byStatus ? `${num(v.byStatus.OPERATING || 0)} operating` : null));
  }
  replace(byId('cards'), cards);
}

start().catch((e) => {
  const status = byId('status');
  status.textContent = `The dashboard could not load its data: ${e.message}`;
  status.classList.add('error');
  document.body.dataset.ready = 'error';
});
