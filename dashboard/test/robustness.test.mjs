// Hostile and broken data: markup in every text field, a missing summary, a garbled one,
// one of the wrong shape, a missing indicator history, and 500 indicators at once.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  launchBrowser, serve, scenarioDir, readSummary, openPage, axeViolations, screenshot, visit, makeDataDir,
} from './helpers.mjs';

describe('hostile and broken data', () => {
  let browser;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });

  test('markup in the data is shown as text and never run', async () => {
    const server = await serve(scenarioDir('xss'));
    const page = await openPage(browser);
    try {
      for (const hash of ['#/', '#/exceptions', '#/search', '#/indicator/XSS-1']) {
        await visit(page, server.url, hash);
        if (hash.startsWith('#/indicator/')) await page.waitForSelector('.periods-table');
        assert.equal(await page.locator('main img, main script, main b, main svg[onload]').count(), 0, `no injected elements on ${hash}`);
      }
      // On the indicator page every hostile string is visible as literal text.
      const text = await page.locator('main').textContent();
      assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'title shown literally');
      assert.ok(text.includes('<svg onload=alert(5)> "quoted" & ampersand'), 'note shown literally');
      assert.ok(text.includes('<b>bold priority</b>'), 'priority shown literally');
      await visit(page, server.url, '#/');
      assert.ok((await page.locator('.outcome__title').first().textContent()).includes('<script>alert("outcome")</script>'));
      assert.deepEqual(page.dialogs, [], 'no script ran');
      assert.deepEqual(page.problems, [], 'no CSP or Trusted Types violations');
      // The CSV of that view guards the formula-looking title.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all indicators (CSV)' }).click()]);
      const csv = await readFile(await download.path(), 'utf8');
      assert.ok(csv.includes('"\'=HYPERLINK(""http://example.invalid"",""click me"")"'), 'formula is defused and quoted');
      assert.ok(/,XSS-2,[^\r\n]*,count,lower,2025,3,/.test(csv), 'numbers stay numbers');
      await screenshot(page, '5-xss');
      // An indicator that never reported: NO_DATA, its reason, overdue, its title still only text.
      const xss = readSummary('xss');
      const never = xss.indicators.find((i) => i.code === 'XSS-3');
      assert.equal(never.rag, 'NO_DATA');
      await visit(page, server.url, '#/indicator/XSS-3');
      await page.waitForSelector('.history-region .panel');
      assert.equal(await page.locator('h1').textContent(), `XSS-3: ${never.title}`);
      assert.match(await page.locator('.lede').textContent(), /No data/);
      assert.ok((await page.locator('.panel--no-data').first().textContent()).includes(never.reason));
      assert.match(await page.getByTestId('overdue').textContent(), /^Overdue: the return for /);
      assert.equal(await page.locator('main td[onmouseover], main i').count(), 0);
      assert.deepEqual(await axeViolations(page), [], 'axe on a NO_DATA indicator');
      await screenshot(page, '5-xss-no-data');
      assert.deepEqual(page.dialogs, [], 'no script ran');
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  const broken = [
    ['A missing summary file', {}, /has not been published yet, or could not be found/],
    ['A summary file of malformed JSON', { 'data/summary.json': '{"schemaVersion": 1, "indicators": [' }, /is damaged: it is not valid JSON/],
    ['A summary file of the wrong shape', { 'data/summary.json': '[1, 2, 3]' }, /is damaged: it does not contain a summary/],
    ['A summary without an indicator list', { 'data/summary.json': '{"schemaVersion": 1}' }, /has no list of indicators/],
    ['A summary of an unknown schema version', { 'data/summary.json': '{"schemaVersion": 99, "indicators": []}' }, /format this dashboard does not know/],
  ];
  for (const [name, files, message] of broken) {
    test(`${name} shows a clear message, not a blank page`, async () => {
      const server = await serve(makeDataDir(files));
      const page = await openPage(browser);
      try {
        await visit(page, server.url, '#/');
        assert.equal(await page.locator('h1').textContent(), 'The performance data could not be shown');
        assert.match(await page.getByRole('alert').textContent(), message);
        assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
        assert.match(await page.locator('#freshness').textContent(), /not available/);
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, `6-problem-${name.replace(/\s+/g, '-')}`);
      } finally {
        await page.context().close();
        await server.close();
      }
    });
  }

  test('a missing indicator history still shows the rating and says what is missing', async () => {
    const summary = await readFile(`${scenarioDir('demo')}/data/summary.json`, 'utf8');
    const server = await serve(makeDataDir({ 'data/summary.json': summary }));
    const page = await openPage(browser);
    try {
      const neet = JSON.parse(summary).indicators.find((i) => i.code === 'NEET');
      await visit(page, server.url, '#/indicator/NEET');
      await page.waitForSelector('.history-region .panel--problem');
      assert.match(await page.locator('.history-region').textContent(), /history for this indicator could not be loaded/);
      assert.ok((await page.locator('.judgements').textContent()).includes(neet.reason));
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  test('500 indicators: overview, exceptions and search all render every row', async () => {
    const summary = readSummary('large');
    assert.ok(summary.indicators.length >= 500, 'the large scenario has at least 500 indicators');
    const server = await serve(scenarioDir('large'));
    const page = await openPage(browser);
    try {
      await visit(page, server.url, '#/');
      assert.equal(await page.locator('.outcome tbody tr').count(), summary.indicators.length);
      await visit(page, server.url, '#/exceptions');
      assert.equal(await page.locator('.exception-section').nth(0).locator('tbody tr').count(), summary.exceptions.length);
      await visit(page, server.url, '#/search?q=IND-0');
      assert.match(await page.locator('.result-count').textContent(), /of 500 indicators/);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});
