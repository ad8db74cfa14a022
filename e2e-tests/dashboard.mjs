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
