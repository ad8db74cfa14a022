// Browser test of the gateway's Swagger UI with playwright-core and the system's Chromium.
// usage: node swagger-ui.mjs <gatewayUrl> <screenshotDir>
// For each service's spec (top-bar dropdown): expand one GET, "Try it out", "Execute", expect 200 and seed data.
// Exits non-zero with a message on the first failure; prints one line per checked spec.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [gatewayUrl, outDir] = process.argv.slice(2);
if (!gatewayUrl || !outDir) {
  console.error('usage: node swagger-ui.mjs <gatewayUrl> <screenshotDir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const specs = [
  { name: 'trade', path: '/api/v1/trade/figures', seed: /"reporter":\s*"BY"|"partner":\s*"KZ"/ },
  { name: 'agreements', path: '/api/v1/agreements', seed: /Eurasian|"country":\s*"KZ"/ },
  { name: 'ventures', path: '/api/v1/ventures', seed: /"hostCountry":\s*"(KZ|BY)"/ },
];

const browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox'] });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(30000);
  await page.goto(`${gatewayUrl}/q/swagger-ui`, { waitUntil: 'networkidle' });
  const select = page.locator('.topbar select');
  await select.waitFor();
  await page.screenshot({ path: join(outDir, '00-swagger-ui.png') });
  let n = 1;
  for (const spec of specs) {
    await select.selectOption({ label: spec.name });
    const summary = page.locator(`.opblock-get .opblock-summary:has([data-path="${spec.path}"])`).first();
    await summary.waitFor();
    const block = page.locator(`.opblock-get:has(.opblock-summary [data-path="${spec.path}"])`).first();
    await summary.click();
    await block.locator('button.try-out__btn').click();
    // Swagger UI pre-fills every parameter with its example, and those examples together filter
    // everything out; clear them so the list runs unfiltered, as a person exploring would
    const inputs = block.locator('.parameters input[type="text"]');
    for (let i = 0; i < await inputs.count(); i++) {
      await inputs.nth(i).fill('');
    }
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table tr.response .response-col_status').first();
    await status.waitFor();
    const code = (await status.innerText()).trim();
    const body = await block.locator('.live-responses-table tr.response .response-col_description').first().innerText();
    await block.scrollIntoViewIfNeeded();
    const shot = join(outDir, `${String(n++).padStart(2, '0')}-${spec.name}.png`);
    await page.screenshot({ path: shot, fullPage: false });
    if (code !== '200') {
      console.error(`FAIL ${spec.name}: GET ${spec.path} answered ${code} in Swagger UI (screenshot ${shot})`);
      failed = true;
    } else if (!/"totalItems":\s*[1-9]/.test(body) || !spec.seed.test(body)) {
      console.error(`FAIL ${spec.name}: GET ${spec.path} rendered no seed data: ${body.slice(0, 300)}`);
      failed = true;
    } else {
      console.log(`OK ${spec.name}: GET ${spec.path} -> 200 with seed data (screenshot ${shot})`);
    }
  }
} catch (e) {
  console.error(`FAIL ${e.message}`);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
