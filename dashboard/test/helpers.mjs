// Shared set-up for the browser tests: the built site served over HTTP beside a fixture data
// folder, Debian's Chromium driven by playwright-core, axe-core injected into the page.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/**
 * Fixture site data, one folder per scenario: <fixtures>/<scenario>/data/summary.json and
 * <fixtures>/<scenario>/data/indicators/<code>.json. DASHBOARD_FIXTURES points at the folder
 * made by scripts/generate-fixtures.sh; by default test/generated/, which npm test fills with the
 * real engine's output (scripts/ensure-fixtures.mjs).
 */
export const FIXTURES = process.env.DASHBOARD_FIXTURES
  ? resolve(process.env.DASHBOARD_FIXTURES)
  : join(ROOT, 'test', 'generated');

export function scenarioDir(name) {
  const dir = join(FIXTURES, name);
  if (!existsSync(join(dir, 'data', 'summary.json'))) {
    throw new Error(`Fixture scenario "${name}" has no data/summary.json under ${FIXTURES}`);
  }
  return dir;
}

export function readSummary(name) {
  return JSON.parse(readFileSync(join(scenarioDir(name), 'data', 'summary.json'), 'utf8'));
}

/** A data folder the test makes itself, e.g. with a garbled summary.json. */
export function makeDataDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-data-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function serve(dataDir) {
  return startServer({ distDir: DIST, dataDir });
}

/** A page that fails the test on any script error or CSP / Trusted Types violation. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.dialogs = [];
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && !/Failed to load resource/.test(text)) page.problems.push(`console: ${text}`);
  });
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) in the page; returns the violations, summarised. */
export async function axeViolations(page) {
  // evaluate() runs through the DevTools protocol, so the page's CSP need not be loosened.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const SHOTS = join(ROOT, 'test-results', 'screenshots');
export async function screenshot(page, name, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Goes to a hash route and waits until the view has drawn. */
export async function visit(page, baseUrl, hash = '#/') {
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForSelector('html[data-ready="true"], main[data-view="problem"]');
}
