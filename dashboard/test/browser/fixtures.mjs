// Shared set-up for the browser tests: @playwright/test's page on Debian's Chromium (see
// playwright.config.js), the built site served by the local runner's `serve` command beside a
// fixture data folder, and axe-core through @axe-core/playwright.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteServer } from '../../scripts/site-server.mjs';
import { ROOT, scenarioDir } from './scenarios.mjs';

export { expect };

export {
  ROOT, FIXTURES, SCENARIOS, scenarioDir, readSummary, readDetail, makeDataDir,
} from './scenarios.mjs';

export const test = base.extend({
  /** The demo scenario, served once per worker. */
  demo: [async ({}, use) => {
    const server = await startSiteServer({ data: scenarioDir('demo') });
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  /** serve(dataDir): the site with that data folder, on a server of its own, stopped after the test. */
  serve: async ({}, use) => {
    const started = [];
    await use(async (dataDir) => {
      const server = await startSiteServer({ data: dataDir });
      started.push(server);
      return server;
    });
    await Promise.all(started.map((s) => s.close()));
  },

  /** The page records script errors, CSP / Trusted Types violations and dialogs (page.problems, page.dialogs). */
  page: async ({ page }, use) => {
    watch(page);
    await use(page);
  },
});

/** Makes a page record problems: any script error or CSP / Trusted Types violation, and any dialog. */
export function watch(page) {
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

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) in the page; returns the violations, summarised. */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const SHOTS = join(ROOT, 'test-results', 'screenshots');
/** Saves a screenshot of the page as test-results/screenshots/<name>.png. */
export async function screenshot(page, name, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Goes to a hash route and waits until the view has drawn. */
export async function visit(page, baseUrl, hash = '#/') {
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForSelector('html[data-ready="true"], main[data-view="problem"]');
}

/** Clicks a CSV button and returns the download's text (without the byte-order mark) and file name. */
export async function downloadCsv(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const raw = readFileSync(await download.path(), 'utf8');
  return { raw, text: raw.replace(/^\ufeff/, ''), filename: download.suggestedFilename() };
}
