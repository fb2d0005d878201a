// Hostile and broken data: markup in every text field, a missing summary, a garbled one,
// one of the wrong shape, files that break the JSON Schemas, a missing indicator history, and
// 500 indicators at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  test, expect, scenarioDir, readSummary, axeViolations, screenshot, visit, makeDataDir, downloadCsv,
} from './fixtures.mjs';

test.describe('hostile and broken data', () => {
  test('markup in the data is shown as text and never run', async ({ page, serve }) => {
    const server = await serve(scenarioDir('xss'));
    for (const hash of ['#/', '#/exceptions', '#/search', '#/indicator/XSS-1']) {
      await visit(page, server.url, hash);
      if (hash.startsWith('#/indicator/')) await page.waitForSelector('.periods-table');
      expect(await page.locator('main img, main script, main b, main svg[onload]').count(), `no injected elements on ${hash}`).toBe(0);
    }
    // On the indicator page every hostile string is visible as literal text.
    const text = await page.locator('main').textContent();
    expect(text.includes('<img src=x onerror=alert(1)>'), 'title shown literally').toBeTruthy();
    expect(text.includes('<svg onload=alert(5)> "quoted" & ampersand'), 'note shown literally').toBeTruthy();
    expect(text.includes('<b>bold priority</b>'), 'priority shown literally').toBeTruthy();
    // A figure the provider withdrew is listed in words, its hostile note as text (issue 8, corrections)
    const withdrawn = page.locator('[data-section="withdrawals"] li');
    await expect(withdrawn).toHaveCount(1);
    expect(await withdrawn.textContent()).toMatch(/^England, 2023\/24: Withdrawn on \d{4}-\d{2}-\d{2} by provider-px1: <img src=x onerror=alert\(7\)> withdrawn: =cmd\|calc$/);
    await visit(page, server.url, '#/');
    expect((await page.locator('.outcome__title').first().textContent()).includes('<script>alert("outcome")</script>')).toBeTruthy();
    expect(page.dialogs, 'no script ran').toEqual([]);
    expect(page.problems, 'no CSP or Trusted Types violations').toEqual([]);
    // The CSV of that view guards the formula-looking title.
    const { raw: csv } = await downloadCsv(page, 'Download all indicators (CSV)');
    expect(csv.includes('"\'=HYPERLINK(""http://example.invalid"",""click me"")"'), 'formula is defused and quoted').toBeTruthy();
    expect(/,XSS-2,[^\r\n]*,count,lower,2025,3,/.test(csv), 'numbers stay numbers').toBeTruthy();
    await screenshot(page, '5-xss');
    // An indicator that never reported: NO_DATA, its reason, overdue, its title still only text.
    const xss = readSummary('xss');
    const never = xss.indicators.find((i) => i.code === 'XSS-3');
    expect(never.rag).toBe('NO_DATA');
    await visit(page, server.url, '#/indicator/XSS-3');
    await page.waitForSelector('.history-region .panel');
    expect(await page.locator('h1').textContent()).toBe(`XSS-3: ${never.title}`);
    expect(await page.locator('.lede').textContent()).toMatch(/No data/);
    expect((await page.locator('.panel--no-data').first().textContent()).includes(never.reason)).toBeTruthy();
    expect(await page.getByTestId('overdue').textContent()).toMatch(/^Overdue: the return for /);
    expect(await page.locator('main td[onmouseover], main i').count()).toBe(0);
    expect(await axeViolations(page), 'axe on a NO_DATA indicator').toEqual([]);
    await screenshot(page, '5-xss-no-data');
    expect(page.dialogs, 'no script ran').toEqual([]);
  });

  test('an indicator the engine could not rate is shown as "could not be rated" with its reason', async ({ page, serve }) => {
    // GIVEN the demo summary with one indicator the engine listed under problems (issue 8: one indicator
    // never stops the others), as summary.json carries it
    const summary = readSummary('demo');
    const [gone, ...rest] = summary.indicators;
    const message = "This indicator could not be rated: '2025/26 Q1' is not a financial year. Its other figures are"
      + ' unchanged; the performance team should check its stored returns and catalogue entry.';
    const data = makeDataDir({
      'data/summary.json': JSON.stringify({
        ...summary,
        indicators: rest,
        problems: [{ code: gone.code, title: gone.title, message }],
      }),
    });
    const server = await serve(data);
    // WHEN the overview and the exceptions page are read
    for (const hash of ['#/', '#/exceptions']) {
      await visit(page, server.url, hash);
      const section = page.locator('[data-section="problems"]');
      // THEN each lists it, in words, with the reason as text
      await expect(section.locator('h2')).toHaveText('Could not be rated (1)');
      await expect(section.locator(`tr[data-code="${gone.code}"] td.reason`)).toHaveText(message);
      expect(await axeViolations(page), `axe on ${hash} with a problem`).toEqual([]);
    }
    await screenshot(page, '5-problems');
  });

  const broken = [
    ['A missing summary file', {}, /has not been published yet, or could not be found/],
    ['A summary file of malformed JSON', { 'data/summary.json': '{"schemaVersion": 1, "indicators": [' }, /is damaged: it is not valid JSON/],
    ['A summary file of the wrong shape', { 'data/summary.json': '[1, 2, 3]' }, /is damaged: it does not contain a summary/],
    ['A summary without an indicator list', { 'data/summary.json': '{"schemaVersion": 2}' }, /has no list of indicators/],
    ['A summary of an unknown schema version', { 'data/summary.json': '{"schemaVersion": 99, "indicators": []}' }, /format this dashboard does not know/],
  ];
  for (const [name, files, message] of broken) {
    test(`${name} shows a clear message, not a blank page`, async ({ page, serve }) => {
      const server = await serve(makeDataDir(files));
      await visit(page, server.url, '#/');
      expect(await page.locator('h1').textContent()).toBe('The performance data could not be shown');
      expect(await page.getByRole('alert').textContent()).toMatch(message);
      expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBeTruthy();
      expect(await page.locator('#freshness').textContent()).toMatch(/not available/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `6-problem-${name.replace(/\s+/g, '-')}`);
    });
  }

  test('a missing indicator history still shows the rating and says what is missing', async ({ page, serve }) => {
    const summary = readFileSync(join(scenarioDir('demo'), 'data', 'summary.json'), 'utf8');
    const server = await serve(makeDataDir({ 'data/summary.json': summary }));
    const neet = JSON.parse(summary).indicators.find((i) => i.code === 'NEET');
    await visit(page, server.url, '#/indicator/NEET');
    await page.waitForSelector('.history-region .panel--problem');
    expect(await page.locator('.history-region').textContent()).toMatch(/history for this indicator could not be loaded/);
    expect((await page.locator('.judgements').textContent()).includes(neet.reason)).toBeTruthy();
  });

  test('a summary that breaks the contract names the faulty field, in words', async ({ page, serve }) => {
    const summary = JSON.parse(readFileSync(join(scenarioDir('demo'), 'data', 'summary.json'), 'utf8'));
    const neet = summary.indicators.find((i) => i.code === 'NEET');
    neet.latest.value = String(neet.latest.value);
    const server = await serve(makeDataDir({ 'data/summary.json': JSON.stringify(summary) }));
    await visit(page, server.url, '#/');
    expect(await page.locator('h1').textContent()).toBe('The performance data could not be shown');
    expect(await page.getByRole('alert').locator('h2').textContent())
      .toBe('The performance summary is damaged: in indicator NEET, “latest.value” should be a number.');
    expect(await page.getByRole('alert').textContent()).toMatch(/Technical detail: Schema check: \/indicators\/\d+\/latest/);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await screenshot(page, '6-problem-A-summary-that-breaks-the-schema');
  });

  test('an indicator file that breaks the contract: the rating stays, the history says what is wrong', async ({ page, serve }) => {
    const dir = scenarioDir('demo');
    const summary = readFileSync(join(dir, 'data', 'summary.json'), 'utf8');
    const detail = JSON.parse(readFileSync(join(dir, 'data', 'indicators', 'NEET.json'), 'utf8'));
    delete detail.series[0].points[0].periodStart;
    const server = await serve(makeDataDir({ 'data/summary.json': summary, 'data/indicators/NEET.json': JSON.stringify(detail) }));
    await visit(page, server.url, '#/indicator/NEET');
    await page.waitForSelector('.history-region .panel--problem');
    const panel = await page.locator('.history-region').textContent();
    expect(panel).toContain('The history for this indicator could not be loaded');
    expect(panel).toContain(`The history for indicator NEET is damaged: in the series for ${detail.series[0].areaName}, `
      + `the figure for ${detail.series[0].points[0].period}, “periodStart” is missing.`);
    expect(await page.locator('.judgements').textContent()).toContain(JSON.parse(summary).indicators.find((i) => i.code === 'NEET').reason);
    expect(page.problems).toEqual([]);
  });

  test('500 indicators: overview, exceptions and search all render every row', async ({ page, serve }) => {
    const summary = readSummary('large');
    expect(summary.indicators.length >= 500, 'the large scenario has at least 500 indicators').toBeTruthy();
    const server = await serve(scenarioDir('large'));
    await visit(page, server.url, '#/');
    expect(await page.locator('.outcome tbody tr').count()).toBe(summary.indicators.length);
    await visit(page, server.url, '#/exceptions');
    expect(await page.locator('.exception-section').nth(0).locator('tbody tr').count()).toBe(summary.exceptions.length);
    await visit(page, server.url, '#/search?q=IND-0');
    expect(await page.locator('.result-count').textContent()).toMatch(/of 500 indicators/);
    expect(page.problems).toEqual([]);
  });
});
