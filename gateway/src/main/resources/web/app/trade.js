// Trade: turnover, exports and imports per period (chart + table), targets, discrepancies.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { getJson, query } from './api.js';
import { byId, h, replace } from './dom.js';
import { FLOW_LABELS, money, pct, words } from './format.js';
import { fig, sourceText } from './sources.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export const FLOWS = ['TURNOVER', 'EXPORT', 'IMPORT'];
// contrast of at least 3:1 against white for every bar colour (WCAG 1.4.11): press reports in the flow's colour,
// official statistics in a darker tone of it with white diagonal hatching and a solid outline, so the two kinds
// differ by pattern as well as by colour (WCAG 1.4.1)
const COLOURS = { TURNOVER: '#1f4e8c', EXPORT: '#0b7a6a', IMPORT: '#b3541e' };
const OFFICIAL_COLOURS = { TURNOVER: '#163a69', EXPORT: '#075a4e', IMPORT: '#8a3f14' };
const OFFICIAL_DECAL = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.5)' };
/** The two kinds of value the chart tells apart, in legend order. */
export const KINDS = ['official', 'press'];
const KIND_NAMES = { official: 'official statistics', press: 'press report' };
const seriesName = (flow, kind) => `${FLOW_LABELS[flow]} · ${KIND_NAMES[kind]}`;

let chart = null;
let seriesByFlow = {};
let legendNames = [];

export async function loadTrade(pair) {
  const [series, targets, discrepancies] = await Promise.all([
    Promise.all(FLOWS.map((flow) => getJson(query('/api/v1/trade/series', { ...pair, flow })))),
    getJson(query('/api/v1/trade/targets', pair)),
    getJson(query('/api/v1/trade/discrepancies', pair)),
  ]);
  seriesByFlow = Object.fromEntries(FLOWS.map((flow, i) => [flow, series[i]]));
  renderChart(selectedFrequency());
  renderTargets(targets);
  renderDiscrepancies(discrepancies);
  for (const radio of document.querySelectorAll('input[name="frequency"]')) {
    radio.addEventListener('change', () => renderChart(selectedFrequency()));
  }
  return seriesByFlow;
}

function selectedFrequency() {
  return document.querySelector('input[name="frequency"]:checked').value;
}

/** The refs of a series point: its reported figures' sources. */
export function pointRefs(point) {
  return (point.reported || []).map((r) => r.source);
}

/** Whether the value shown is official statistics or a press report (the preferred figure comes first in reported). */
export function pointKind(point) {
  const preferred = (point.reported || [])[0];
  if (!preferred) return null;
  return preferred.official ? 'official statistics' : 'press report';
}

/** official, press or derived (a value derived from a reported growth rate); null where there is no value. */
export function kindOf(point) {
  if (!point || point.value == null) return null;
  if (point.derived) return 'derived';
  const preferred = (point.reported || [])[0];
  return preferred && preferred.official ? 'official' : 'press';
}

export function pointNote(point) {
  if (point.derived) return `Derived: ${point.derivation}`;
  const official = (point.reported || []).filter((r) => r.official).length;
  const press = (point.reported || []).length - official;
  if (official && press) return `Official statistics and ${press} press report(s) give this value; the ${pointKind(point)} is shown`;
  if ((point.reported || []).length > 1) return `${point.reported.length} sources report this value; the preferred one is shown`;
  return null;
}

function periodsOf(frequency) {
  const periods = new Map();
  for (const flow of FLOWS) {
    for (const p of seriesByFlow[flow].points) {
      if (p.frequency === frequency) periods.set(p.period.label, p.period.start);
    }
  }
  return [...periods.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([label]) => label);
}

function renderChart(frequency) {
  const periods = periodsOf(frequency);
  const pointsOf = (flow) => periods.map((label) => seriesByFlow[flow].points.find((p) => p.frequency === frequency && p.period.label === label) || null);
  const data = Object.fromEntries(FLOWS.map((flow) => [flow, pointsOf(flow)]));
  const unit = seriesByFlow.TURNOVER.unit;
  const scale = seriesByFlow.TURNOVER.scale;
  const el = byId('trade-chart');
  const kinds = Object.fromEntries(FLOWS.map((flow) => [flow, data[flow].map(kindOf)]));
  // per flow one stack of two series, official statistics and press reports: each period still shows one bar per
  // flow, drawn as the kind of its preferred figure, and the legend names both kinds (derived values are press based)
  const series = FLOWS.flatMap((flow) => KINDS.map((kind) => ({
    name: seriesName(flow, kind),
    type: 'bar',
    stack: flow,
    barMaxWidth: 36,
    itemStyle: kind === 'official'
      ? { color: OFFICIAL_COLOURS[flow], decal: OFFICIAL_DECAL, borderColor: OFFICIAL_COLOURS[flow], borderWidth: 1 }
      : { color: COLOURS[flow] },
    data: data[flow].map((p, i) => {
      const k = kinds[flow][i];
      if (!k || (kind === 'official') !== (k === 'official')) return null;
      return { value: p.value, itemStyle: k === 'derived' ? { opacity: 0.45 } : undefined };
    }),
  })));
  // the exact numbers the chart draws, for anyone (or any test) reading the page rather than the canvas
  el.dataset.chart = JSON.stringify({ frequency, periods, unit, scale,
    series: Object.fromEntries(FLOWS.map((flow) => [flow, data[flow].map((p) => (p ? p.value : null))])),
    kinds,
    legend: series.map((s) => s.name),
    colours: Object.fromEntries(series.map((s) => [s.name, s.itemStyle.color])) });
  if (!chart) {
    chart = echarts.init(el, null, { renderer: 'canvas' });
    new ResizeObserver(() => {
      chart.setOption({ grid: { bottom: legendSpace(el.clientWidth, legendNames) } });
      chart.resize();
    }).observe(el);
  }
  legendNames = series.map((s) => s.name);
  chart.setOption({
    aria: { enabled: true },
    textStyle: { fontFamily: 'inherit' },
    grid: { left: 8, right: 8, top: 28, bottom: legendSpace(el.clientWidth, legendNames), containLabel: true },
    legend: { data: legendNames, bottom: 0, left: 'center', itemGap: 14, textStyle: { color: '#1b2330', fontSize: 12 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      className: 'chart-tip',
      formatter: (items) => tooltip(items, data, unit, scale),
    },
    xAxis: { type: 'category', data: periods, axisLabel: { color: '#3b4556', fontSize: 13 }, axisLine: { lineStyle: { color: '#8a94a6' } } },
    yAxis: { type: 'value', name: scale === 6 ? `M ${unit}` : unit, nameTextStyle: { color: '#3b4556' },
      axisLabel: { color: '#3b4556' }, splitLine: { lineStyle: { color: '#e3e7ee' } } },
    series,
  }, true);
  renderTable(periods, data, unit, scale);
}

/** Room under the plot for the legend, which wraps onto as many lines as the chart's width needs. */
function legendSpace(width, names) {
  const widths = names.map((n) => 25 + 14 + n.length * 6.6);
  let lines = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + w > width - 16) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return 32 + (lines - 1) * 22;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ECharts renders the tooltip as HTML: classes only (no style attributes, which the CSP forbids), text escaped
function tooltip(items, data, unit, scale) {
  if (!items.length) return '';
  const index = items[0].dataIndex;
  const rows = FLOWS.map((flow) => {
    const p = data[flow][index];
    if (!p) return '';
    const source = p.derived ? 'derived from a reported growth rate' : sourceText(pointRefs(p)).replace(/^Source: /, '');
    const kind = kindOf(p);
    return `<div class="tip-row tip-${kind}"><span class="tip-key tip-${flow.toLowerCase()}${kind === 'official' ? ' tip-key-official' : ''}"></span>`
      + `<strong>${escapeHtml(FLOW_LABELS[flow])}</strong> `
      + `${escapeHtml(money(p.value, unit, scale))}${p.derived ? ' <em>(derived)</em>' : ''}`
      + `<br><span class="tip-meta">growth reported ${escapeHtml(pct(p.reportedChangePercent))}, recomputed ${escapeHtml(pct(p.recomputedChangePercent))}</span>`
      + `<br><span class="tip-meta">${escapeHtml(source)}${pointKind(p) ? ` (${escapeHtml(pointKind(p))})` : ''}</span></div>`;
  }).join('');
  return `<div class="tip-title">${escapeHtml(items[0].axisValue)}</div>${rows}`;
}

function renderTable(periods, data, unit, scale) {
  const rows = [];
  periods.forEach((label, i) => {
    FLOWS.forEach((flow, j) => {
      const p = data[flow][i];
      if (!p) return;
      rows.push(h('tr', { class: j === 0 ? 'group-start' : null },
        j === 0 ? h('th', { scope: 'row', rowspan: FLOWS.filter((f) => data[f][i]).length }, label) : null,
        h('td', {}, FLOW_LABELS[flow], p.derived ? h('span', { class: 'tag' }, 'derived') : null),
        h('td', { class: 'num' }, fig(money(p.value, unit, scale), pointRefs(p), pointNote(p))),
        h('td', { class: 'num' }, pct(p.reportedChangePercent)),
        h('td', { class: 'num' }, pct(p.recomputedChangePercent)),
        h('td', { class: 'src-cell' }, p.derived ? `derived: ${p.derivation}` : sourceText(pointRefs(p)).replace(/^Source: /, ''),
          pointKind(p) === 'official statistics' ? h('span', { class: 'tag tag-official' }, 'official') : null)));
    });
  });
  replace(byId('trade-table').tBodies[0], rows);
}

function renderTargets(targets) {
  replace(byId('targets'), targets.map((t) => {
    const progress = t.progress || {};
    const percent = progress.percent ?? 0;
    const id = `target-${t.id}`;
    return h('li', { class: 'target' },
      h('div', { class: 'target-head' },
        h('span', { id: `${id}-label`, class: 'target-title' }, `${words(t.kind)}: ${t.description}`),
        h('span', { class: `badge badge-${(progress.status || 'unknown').toLowerCase()}` }, words(progress.status || 'unknown'))),
      h('progress', { max: 100, value: Math.min(100, percent), 'aria-labelledby': `${id}-label`, 'aria-valuetext': `${percent} %` }),
      h('p', { class: 'target-meta' },
        fig(`${percent} %`, [t.source], `Target stated by ${t.statedBy || t.setBy}`), ' of ',
        fig(money(t.amount.amount, t.amount.unit, t.amount.scale), [t.source], `Set by ${t.setBy}`),
        t.deadlineYear ? ` by ${t.deadlineYear}` : ' (no deadline)',
        progress.latestPeriod ? ` · latest ${progress.latestPeriod}: ${money(progress.latestValue, t.amount.unit, t.amount.scale)}` : ''));
  }));
}

function renderDiscrepancies(d) {
  const blocks = [];
  for (const c of d.sourceConflicts) {
    blocks.push(h('article', { class: 'conflict' },
      h('h4', {}, `${words(c.flow)} ${c.period.label}${c.region ? `, ${c.region}` : ''}${c.commodity ? `, HS ${c.commodity}` : ''}`),
      h('div', { class: 'side-by-side' }, c.reported.map((r) => h('div', { class: `reported${r.figureId === c.preferredFigureId ? ' preferred' : ''}` },
        fig(money(r.amount, 'USD', 6), [r.source], r.figureId === c.preferredFigureId ? 'Preferred value' : null, 'big'),
        h('span', { class: 'meta' }, sourceText([r.source]).replace(/^Source: /, '')),
        r.figureId === c.preferredFigureId ? h('span', { class: 'tag' }, 'preferred') : null))),
      h('p', { class: 'meta' }, `Spread ${c.spread}${c.withinRounding ? ' – within rounding' : ' – beyond rounding'}`)));
  }
  for (const c of d.officialVsReported || []) {
    const side = (r) => h('div', { class: `reported${r.figureId === c.preferredFigureId ? ' preferred' : ''}` },
      fig(money(r.amount, 'USD', 6), [r.source], r.official ? 'Official statistics' : 'Press report', 'big'),
      h('span', { class: 'meta' }, `${r.official ? 'official' : 'press'}: ${sourceText([r.source]).replace(/^Source: /, '')}`),
      r.figureId === c.preferredFigureId ? h('span', { class: 'tag' }, 'preferred') : null);
    blocks.push(h('article', { class: 'conflict official-vs-reported' },
      h('h4', {}, `${words(c.flow)} ${c.period.label}: official vs reported`),
      h('div', { class: 'side-by-side' }, [...c.official.slice(0, 1), ...c.reported].map(side)),
      h('p', { class: 'meta' }, `Spread ${c.spread}${c.reportedVsOfficialPercent != null ? ` (press ${pct(c.reportedVsOfficialPercent)} against official)` : ''}`)));
  }
  for (const g of d.growthMismatches) {
    blocks.push(h('article', { class: 'conflict' },
      h('h4', {}, `${words(g.flow)} ${g.period.label}: growth`),
      h('div', { class: 'side-by-side' },
        h('div', { class: 'reported' }, h('span', { class: 'big' }, pct(g.reportedChangePercent)), h('span', { class: 'meta' }, `reported (figure ${g.figureId})`)),
        h('div', { class: 'reported' }, h('span', { class: 'big' }, pct(g.recomputedChangePercent)), h('span', { class: 'meta' }, `recomputed from figure ${g.previousFigureId}`)))));
  }
  for (const t of d.turnoverMismatches) {
    blocks.push(h('article', { class: 'conflict' },
      h('h4', {}, `Turnover ${t.period.label}`),
      h('div', { class: 'side-by-side' },
        h('div', { class: 'reported' }, h('span', { class: 'big' }, money(t.reportedTurnover)), h('span', { class: 'meta' }, 'reported')),
        h('div', { class: 'reported' }, h('span', { class: 'big' }, money(t.computedTurnover)), h('span', { class: 'meta' }, 'exports + imports')))));
  }
  replace(byId('discrepancies'), blocks.length ? blocks : h('p', { class: 'meta' }, 'No source reports a figure differently from another.'),
    d.truncated ? h('p', { class: 'meta' }, 'Only the first entries of a long list are shown.') : null);
}
