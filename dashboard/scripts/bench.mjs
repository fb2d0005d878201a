// npm run bench: how long until the overview of 500 indicators is on screen in headless Chromium.
// "First meaningful render" is the performance mark the app sets once the first view has been
// drawn with its data (dashboard:rendered), measured from the start of navigation, cold cache.
// The site is served by the local runner's `serve` command (scripts/site-server.mjs), as in the tests.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startSiteServer } from './site-server.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixtures = process.env.DASHBOARD_FIXTURES || join(ROOT, 'test', 'generated');
const dataDir = join(fixtures, 'large');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const BUDGET_MS = 1000;
if (!existsSync(join(dataDir, 'data', 'summary.json'))) {
  console.error(`No large scenario at ${dataDir}: run npm run fixtures (scripts/generate-fixtures.sh)`);
  process.exit(2);
}

const server = await startSiteServer({ data: dataDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const results = [];
try {
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
    const m = await page.evaluate(() => ({
      rendered: performance.getEntriesByName('dashboard:rendered')[0]?.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      rows: document.querySelectorAll('.outcome tbody tr').length,
      dataAt: performance.getEntriesByType('resource').find((r) => r.name.endsWith('data/summary.json'))?.responseEnd,
      scriptAt: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js'))?.responseEnd,
    }));
    await context.close();
    if (run > 0) results.push(m); // run 0 warms the browser process, not the page cache
  }
} finally {
  await browser.close();
  await server.close();
}

const sorted = results.map((r) => r.rendered).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const fcp = results.map((r) => r.fcp).filter(Number.isFinite).sort((a, b) => a - b);
console.log(`Indicators rendered: ${results[0].rows}`);
console.log(`Runs: ${sorted.map((v) => v.toFixed(0)).join(', ')} ms`);
const med = (key) => {
  const v = results.map((r) => r[key]).filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? `${v[Math.floor(v.length / 2)].toFixed(0)} ms` : 'not reported';
};
console.log(`Script loaded (median): ${med('scriptAt')}; summary.json loaded (median): ${med('dataAt')}`);
console.log(`First paint (median): ${fcp.length ? `${fcp[Math.floor(fcp.length / 2)].toFixed(0)} ms` : 'not reported'}`);
console.log(`First meaningful render, ${results[0].rows} indicators: median ${median.toFixed(0)} ms, worst ${sorted.at(-1).toFixed(0)} ms (budget ${BUDGET_MS} ms) ${median < BUDGET_MS ? 'OK' : 'OVER BUDGET'}`);
process.exitCode = median < BUDGET_MS ? 0 : 1;
