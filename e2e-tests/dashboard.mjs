// Browser test of the dashboard at / with playwright-core and the system's Chromium.
// usage: node dashboard.mjs <gatewayUrl> <screenshotDir>
// Every expected value is fetched from the API here, never written into this script.
// Prints one "OK <check>" line per passed check; exits non-zero with "FAIL <check>: why" on the first failure.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [gatewayUrl, outDir] = process.argv.slice(2);
if (!gatewayUrl || !outDir) {
  console.error('usage: node dashboard.mjs <gatewayUrl> <screenshotDir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function api(path) {
  const response = await fetch(gatewayUrl + path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

class CheckFailed extends Error {}
function check(condition, name, why) {
  if (!condition) throw new CheckFailed(`${name}: ${why}`);
  console.log(`OK ${name}`);
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (list) => [...list].sort();

const browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox'] });
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  const external = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(gatewayUrl) && !r.url().startsWith('data:')) external.push(r.url());
  });

  await page.goto(`${gatewayUrl}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('body[data-ready]');
  check(await page.getAttribute('body', 'data-ready') === 'true', 'dashboard loaded', await page.locator('#status').innerText());

  // --- trade: the chart draws exactly the values the series endpoint answers, per frequency
  const flows = ['TURNOVER', 'EXPORT', 'IMPORT'];
  const series = Object.fromEntries(await Promise.all(flows.map(async (f) => [f, await api(`/api/v1/trade/series?flow=${f}`)])));
  const chartData = async () => JSON.parse(await page.getAttribute('#trade-chart', 'data-chart'));
  for (const [frequency, label] of [['A', 'Years'], ['S', 'Half-years']]) {
    await page.getByText(label, { exact: true }).click();
    await page.waitForFunction((f) => JSON.parse(document.querySelector('#trade-chart').dataset.chart).frequency === f, frequency);
    const chart = await chartData();
    const expectedPeriods = [...new Map(flows.flatMap((f) => series[f].points.filter((p) => p.frequency === frequency)
      .map((p) => [p.period.label, p.period.start]))).entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([l]) => l);
    check(expectedPeriods.length > 0 && same(chart.periods, expectedPeriods), `chart periods (${label})`,
      `chart ${JSON.stringify(chart.periods)} vs API ${JSON.stringify(expectedPeriods)}`);
    for (const f of flows) {
      const expected = expectedPeriods.map((l) => {
        const p = series[f].points.find((x) => x.frequency === frequency && x.period.label === l);
        return p ? p.value : null;
      });
      check(same(chart.series[f], expected), `chart ${f} values (${label})`, `chart ${JSON.stringify(chart.series[f])} vs API ${JSON.stringify(expected)}`);
    }
    const canvas = await page.locator('#trade-chart canvas').count();
    check(canvas > 0, `chart drawn (${label})`, 'no canvas in the chart container');
  }
  // the table alternative names the same seeded figures
  const tableText = await page.locator('#trade-table').innerText();
  const reportedPoint = series.TURNOVER.points.find((p) => !p.derived && p.frequency === 'S');
  check(tableText.includes(reportedPoint.period.label) && tableText.includes(String(reportedPoint.value)), 'chart table alternative',
    `no ${reportedPoint.period.label} ${reportedPoint.value} in the table`);

  // targets and discrepancies
  const targets = await api('/api/v1/trade/targets');
  const targetBars = await page.locator('#targets progress').count();
  check(targets.length > 0 && targetBars === targets.length, 'a progress bar per target', `${targetBars} bars for ${targets.length} targets`);
  const discrepancies = await api('/api/v1/trade/discrepancies');
  const conflictsText = await page.locator('#discrepancies').innerText();
  for (const c of discrepancies.sourceConflicts) {
    const values = c.reported.map((r) => r.amount);
    check(values.every((v) => conflictsText.includes(String(v))), `discrepancy ${c.flow} ${c.period.label} shows both sources`,
      `${JSON.stringify(values)} not all in: ${conflictsText.slice(0, 200)}`);
  }

  // every figure names its source on hover (title) and on activation (popover)
  const firstFigure = page.locator('#trade-table .fig').first();
  const title = await firstFigure.getAttribute('title');
  check(/Source: .+\d{4}/.test(title || '') || /Derived/.test(title || ''), 'figure names its source on hover', `title was ${title}`);

  // --- official statistics and press reports apart (DashboardBrowserIT imports a UN Comtrade file before the page loads)
  const kindOf = (p) => {
    if (!p || p.value == null) return null;
    if (p.derived) return 'derived';
    return (p.reported || [])[0] && p.reported[0].official ? 'official' : 'press';
  };
  const tradeSources = await api('/api/v1/trade/sources');
  await page.getByText('Years', { exact: true }).click();
  await page.waitForFunction(() => JSON.parse(document.querySelector('#trade-chart').dataset.chart).frequency === 'A');
  const years = await chartData();
  const ariaLabel = (await page.getAttribute('#trade-chart', 'aria-label')) || '';
  check(['Turnover', 'Exports', 'Imports'].every((f) => years.legend.includes(`${f} · official statistics`) && years.legend.includes(`${f} · press report`))
    && /official statistics/.test(ariaLabel) && /press report/.test(ariaLabel),
  'legend names official statistics and press reports', `legend ${JSON.stringify(years.legend)}, chart description ${ariaLabel.slice(0, 300)}`);
  // every drawn point is marked with the kind of the figure the API prefers for it
  let official = null;
  let pressCount = 0;
  for (const f of flows) {
    const expected = years.periods.map((l) => kindOf(series[f].points.find((x) => x.frequency === 'A' && x.period.label === l)));
    check(same(years.kinds[f], expected), `kinds of ${f} (Years)`, `chart ${JSON.stringify(years.kinds[f])} vs API ${JSON.stringify(expected)}`);
    pressCount += expected.filter((k) => k === 'press').length;
    const both = series[f].points.find((p) => p.frequency === 'A' && !p.derived && p.reported.length > 1
      && p.reported[0].official && p.reported.some((r) => !r.official));
    if (both && !official) official = { flow: f, point: both };
  }
  check(official !== null, 'an official figure beside a press report', 'no yearly point where official statistics and a press report give the same key');
  const at = years.periods.indexOf(official.point.period.label);
  check(years.kinds[official.flow][at] === 'official' && years.series[official.flow][at] === official.point.value
    && Number(official.point.value) === Number(official.point.reported[0].amount)
    && official.point.reported.some((r) => !r.official && Number(r.amount) !== Number(official.point.value)),
  'official value preferred and marked official (Years)', `${official.flow} ${official.point.period.label}: ${JSON.stringify(official.point)}`);
  check(pressCount > 0, 'press values marked press', 'no yearly point marked press');
  const contrast = (hex) => {
    const lum = (h) => {
      const c = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    return 1.05 / (lum(hex) + 0.05);
  };
  const colours = Object.entries(years.colours);
  check(colours.length === 6 && colours.every(([, c]) => contrast(c) >= 3) && new Set(colours.map(([, c]) => c)).size === 6,
    'official and press bars contrast 3:1', JSON.stringify(colours.map(([n, c]) => [n, c, contrast(c).toFixed(2)])));
  // the tooltip of that period names the official source and says it is official statistics
  const officialSource = tradeSources.find((d) => d.id === official.point.reported[0].source.source);
  const box = await page.locator('#trade-chart').boundingBox();
  let tip = '';
  for (let x = box.x + 30; x < box.x + box.width - 8 && !tip.includes(official.point.period.label); x += 12) {
    await page.mouse.move(x, box.y + box.height * 0.45);
    await page.waitForTimeout(60);
    tip = await page.evaluate(() => {
      const el = document.querySelector('#trade-chart .chart-tip');
      return el && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' ? el.innerText : '';
    });
  }
  check(officialSource && tip.includes(official.point.period.label) && tip.includes(officialSource.publisher) && tip.includes('(official statistics)'),
    'tooltip names the official source', `source ${JSON.stringify(officialSource)}; tooltip: ${tip}`);
  await page.screenshot({ path: join(outDir, 'dashboard-trade-tooltip-1280.png') });
  await page.mouse.move(0, 0);
  const officialRows = await page.locator('#trade-table tbody tr', { has: page.locator('.tag-official') }).allInnerTexts();
  check(officialRows.some((t) => t.includes(officialSource.publisher)), 'table tags the official figure', JSON.stringify(officialRows));

  // --- mirror statistics: for a year both sides report, both curves and the gap hold what /mirror answers
  const mirror = await api('/api/v1/trade/mirror');
  const mirrorChart = JSON.parse(await page.getAttribute('#mirror-chart', 'data-chart'));
  const full = mirror.rows.filter((r) => /^\d{4}$/.test(r.period.label) && r.exportsFob != null && r.importsCif != null);
  const drawnRight = full.every((r) => {
    const d = mirrorChart.directions[`${r.exporter}-${r.importer}`];
    const i = mirrorChart.years.indexOf(r.period.label);
    return d && i >= 0 && d.exports[i] === r.exportsFob && d.imports[i] === r.importsCif && d.gap[i] === r.gap
      && Math.abs(r.gap - (r.importsCif - r.exportsFob)) < 1e-6;
  });
  const directions = [`${mirror.reporter}-${mirror.partner}`, `${mirror.partner}-${mirror.reporter}`];
  check(full.length > 0 && drawnRight && directions.every((k) => mirrorChart.directions[k])
    && [/^\w+ exports to /, /^\w+ imports from /, /^Gap /].every((w) => mirrorChart.legend.filter((n) => w.test(n)).length === 2)
    && await page.locator('#mirror-chart canvas').count() > 0,
  'mirror chart has both curves and the gap', `rows ${JSON.stringify(full)}; chart ${JSON.stringify(mirrorChart)}`);

  // --- agreements: the list, then the in-force filter changes it as the API says
  const allAgreements = await api('/api/v1/agreements?size=200');
  const titles = async () => page.locator('#agreement-list .agreement .title').allInnerTexts();
  check(same(sorted(await titles()), sorted(allAgreements.items.map((a) => a.title))), 'agreement list', 'titles differ from the API');
  const jsonHref = await page.locator('#agreement-list .agreement .title').first().getAttribute('href');
  check(/^\/api\/v1\/agreements\/\d+$/.test(jsonHref), 'agreement links to its JSON', `href ${jsonHref}`);
  // the first date that leaves some agreements out: the day after the earliest recorded end of validity
  const ends = allAgreements.items.map((a) => a.validity && a.validity.until).filter(Boolean).sort();
  const day = ends.length ? new Date(Date.parse(ends[0]) + 86400000).toISOString().slice(0, 10) : '1990-01-01';
  const inForce = await api(`/api/v1/agreements?size=200&inForceOn=${day}`);
  await page.getByLabel('In force on').fill(day);
  await page.waitForFunction((n) => document.querySelectorAll('#agreement-list .agreement').length === n, inForce.items.length);
  const filtered = await titles();
  check(same(sorted(filtered), sorted(inForce.items.map((a) => a.title))) && filtered.length !== allAgreements.items.length,
    `in force on ${day}`, `list ${JSON.stringify(filtered)} vs API ${JSON.stringify(inForce.items.map((a) => a.title))}`);
  await page.screenshot({ path: join(outDir, 'dashboard-agreements-filtered-1280.png') });
  await page.getByRole('button', { name: 'Show all' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#agreement-list .agreement').length === n, allAgreements.items.length);

  // --- ventures: the list, the map, then a kind filter
  const allVentures = await api('/api/v1/ventures?size=200');
  const names = async () => page.locator('#venture-list .venture .title').allInnerTexts();
  check(same(sorted(await names()), sorted(allVentures.items.map((v) => v.name))), 'venture list', 'names differ from the API');
  const located = allVentures.items.filter((v) => v.location && v.location.latitude !== null).length;
  check(await page.locator('#venture-map .point').count() === located, 'map points', `expected ${located} located ventures`);
  const statistics = await api('/api/v1/ventures/statistics');
  const kind = Object.entries(statistics.listed.byKind).find(([, n]) => n > 0 && n < allVentures.totalItems)[0];
  const ofKind = await api(`/api/v1/ventures?size=200&kind=${kind}`);
  await page.getByLabel('Kind').selectOption(kind);
  await page.waitForFunction((n) => document.querySelectorAll('#venture-list .venture').length === n, ofKind.items.length);
  check(same(sorted(await names()), sorted(ofKind.items.map((v) => v.name))), `ventures of kind ${kind}`, 'names differ from the API');
  await page.getByLabel('Kind').selectOption('');
  await page.waitForFunction((n) => document.querySelectorAll('#venture-list .venture').length === n, allVentures.items.length);
  const claimsShown = await page.locator('#coverage .claim').count();
  check(claimsShown === statistics.claims.length && claimsShown > 0, 'claimed-vs-listed coverage', `${claimsShown} of ${statistics.claims.length} claims`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir, 'dashboard-1280.png'), fullPage: true });

  // --- accessibility basics: every control has a name; keyboard reaches the skip link and opens a source
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, select, button, a[href]')]
    .filter((el) => !el.closest('[hidden]'))
    .filter((el) => !((el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent.trim()))
    .map((el) => el.outerHTML.slice(0, 80)));
  check(unnamed.length === 0, 'every control has an accessible name', unnamed.join(', '));
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForSelector('body[data-ready="true"]');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.classList.contains('skip')), 'first Tab reaches the skip link', 'focus elsewhere');
  await page.keyboard.press('Enter');
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.classList.contains('fig'));
  }
  check(reached, 'Tab reaches a figure', 'no figure within 12 Tabs after the skip link');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#source-popover:not([hidden])');
  const trade = await api('/api/v1/trade/sources');
  const popoverText = await page.locator('#source-popover').innerText();
  check(trade.some((d) => popoverText.includes(d.publisher)), 'Enter opens the source with its publisher', popoverText.slice(0, 200));
  await page.screenshot({ path: join(outDir, 'dashboard-source-1280.png') });
  await page.keyboard.press('Escape');
  check(await page.evaluate(() => document.getElementById('source-popover').hidden && document.activeElement.classList.contains('fig')),
    'Escape closes it and gives focus back', 'popover still open or focus lost');

  // --- phone width: nothing wider than the screen
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  small.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await small.goto(`${gatewayUrl}/`, { waitUntil: 'networkidle' });
  await small.waitForSelector('body[data-ready="true"]');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, 'no horizontal scrolling at 375 px', `page is ${overflow} px wider than the screen`);
  await small.screenshot({ path: join(outDir, 'dashboard-375.png'), fullPage: true });

  check(problems.length === 0, 'no console errors or CSP violations', problems.join(' | '));
  check(external.length === 0, 'no request leaves the gateway', external.join(', '));
} catch (e) {
  console.error(`FAIL ${e instanceof CheckFailed ? e.message : e.stack}`);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
