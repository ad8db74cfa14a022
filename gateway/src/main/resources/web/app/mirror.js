// Mirror statistics: what one country reports exporting beside what its partner reports importing, both directions.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { getJson, query } from './api.js';
import { byId, h, replace } from './dom.js';
import { money } from './format.js';
import { fig } from './sources.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

let chart = null;

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export async function loadMirror(pair) {
  const mirror = await getJson(query('/api/v1/trade/mirror', pair));
  // whole years only: the curves compare like with like
  const rows = mirror.rows.filter((r) => /^\d{4}$/.test(r.period.label));
  const years = [...new Set(rows.map((r) => r.period.label))].sort();
  const directions = [[mirror.reporter, mirror.partner], [mirror.partner, mirror.reporter]];
  const at = (exporter, year) => rows.find((r) => r.exporter === exporter && r.period.label === year) || null;
  const series = [];
  const drawn = {};
  directions.forEach(([exporter, importer]) => {
    const points = years.map((y) => at(exporter, y));
    const names = {
      exports: `${exporter} exports to ${importer} (FOB, ${exporter}'s statistics)`,
      imports: `${importer} imports from ${exporter} (CIF, ${importer}'s statistics)`,
      gap: `Gap ${exporter}→${importer} (imports − exports)`,
    };
    drawn[`${exporter}-${importer}`] = { exports: points.map((p) => (p ? p.exportsFob : null)),
      imports: points.map((p) => (p ? p.importsCif : null)), gap: points.map((p) => (p ? p.gap : null)) };
    series.push({ name: names.exports, type: 'line', symbol: 'circle', symbolSize: 7, connectNulls: false,
      lineStyle: { width: 2, type: 'solid' }, data: drawn[`${exporter}-${importer}`].exports });
    series.push({ name: names.imports, type: 'line', symbol: 'diamond', symbolSize: 8, connectNulls: false,
      lineStyle: { width: 2, type: 'dashed' }, data: drawn[`${exporter}-${importer}`].imports });
    // solid gap bars: translucent ones fell below 3:1 against white (WCAG 1.4.11)
    series.push({ name: names.gap, type: 'bar', barMaxWidth: 18, data: drawn[`${exporter}-${importer}`].gap, z: 1 });
  });
  const el = byId('mirror-chart');
  // the exact numbers drawn, for readers of the page (and tests) rather than of the canvas
  el.dataset.chart = JSON.stringify({ years, ratioMin: mirror.ratioMin, ratioMax: mirror.ratioMax, directions: drawn,
    legend: series.map((s) => s.name) });
  if (!chart) {
    chart = echarts.init(el, null, { renderer: 'canvas' });
    new ResizeObserver(() => chart.resize()).observe(el);
  }
  chart.setOption({
    aria: { enabled: true },
    textStyle: { fontFamily: 'inherit' },
    // each at least 3:1 against white
    color: ['#0b7a6a', '#b3541e', '#6b7686', '#1f4e8c', '#8a3b8f', '#7d5a12'],
    grid: { left: 8, right: 8, top: 28, bottom: 76, containLabel: true },
    legend: { bottom: 0, left: 'center', itemGap: 12, textStyle: { color: '#1b2330', fontSize: 12 } },
    tooltip: { trigger: 'axis', className: 'chart-tip', formatter: (items) => tooltip(items, years, rows) },
    xAxis: { type: 'category', data: years, axisLabel: { color: '#3b4556', fontSize: 13 } },
    yAxis: { type: 'value', name: 'M USD', nameTextStyle: { color: '#3b4556' }, axisLabel: { color: '#3b4556' },
      splitLine: { lineStyle: { color: '#e3e7ee' } } },
    series,
  }, true);
  renderTable(mirror, rows);
  return mirror;
}

function tooltip(items, years, rows) {
  if (!items.length) return '';
  const year = years[items[0].dataIndex];
  const lines = rows.filter((r) => r.period.label === year).map((r) => `<div class="tip-row"><strong>${escapeHtml(r.exporter)}→${escapeHtml(r.importer)}</strong> `
    + `exports ${escapeHtml(money(r.exportsFob))}${r.exportSource ? ` (${escapeHtml(r.exportSource)}${r.exportOfficial ? ', official' : ', press'})` : ''}, `
    + `imports ${escapeHtml(money(r.importsCif))}${r.importSource ? ` (${escapeHtml(r.importSource)}${r.importOfficial ? ', official' : ', press'})` : ''}`
    + `${r.ratio != null ? `<br><span class="tip-meta">ratio ${escapeHtml(r.ratio)}${r.outsideBand ? ' – outside the usual band' : ''}</span>` : ''}</div>`).join('');
  return `<div class="tip-title">${escapeHtml(year)}</div>${lines}`;
}

function renderTable(mirror, rows) {
  const ref = (source) => (source ? [{ source }] : []);
  replace(byId('mirror-table').tBodies[0], rows.map((r) => h('tr', {},
    h('th', { scope: 'row' }, r.period.label),
    h('td', {}, `${r.exporter} → ${r.importer}`),
    h('td', { class: 'num' }, r.exportsFob == null ? '–' : fig(money(r.exportsFob), ref(r.exportSource), r.exportOfficial ? 'Official statistics' : 'Press report')),
    h('td', { class: 'num' }, r.importsCif == null ? '–' : fig(money(r.importsCif), ref(r.importSource), r.importOfficial ? 'Official statistics' : 'Press report')),
    h('td', { class: 'num' }, r.gap == null ? '–' : money(r.gap)),
    h('td', { class: 'num' }, r.ratio == null ? '–' : String(r.ratio),
      r.outsideBand ? h('span', { class: 'tag' }, `outside ${mirror.ratioMin}–${mirror.ratioMax}`) : null))));
  byId('mirror-empty').hidden = rows.length > 0;
}
