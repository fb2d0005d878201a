// Clicks through every view of the demo scenario as a reader would, checking what is on screen.
// Expectations come partly from the fixture's own summary.json (so engine wording can change)
// and partly from the demo inputs' known figures (L3-19: 42.2%, 3,844 of 9,110, target 48%).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  launchBrowser, serve, scenarioDir, readSummary, openPage, axeViolations, screenshot, visit,
} from './helpers.mjs';

const LABEL = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NO_TARGET: 'No target', NO_DATA: 'No data' };

describe('dashboard views (demo data)', () => {
  let browser;
  let server;
  let page;
  const summary = readSummary('demo');

  before(async () => {
    browser = await launchBrowser();
    server = await serve(scenarioDir('demo'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('overview shows counts by rating, data as of and generated at, outcomes, priorities and indicators', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/');
    assert.equal(await page.locator('h1').textContent(), 'Overview');
    assert.equal(await page.getByTestId('as-of').textContent(), '25 November 2026');
    assert.match(await page.locator('#freshness').textContent(), /Data as of 25 November 2026 · Generated at 25 November 2026 at \d\d:\d\d/);
    for (const [rag, n] of Object.entries(summary.counts)) {
      const card = page.locator(`.count-card[data-rating="${rag}"]`);
      assert.equal(await card.locator('.count-card__number').textContent(), String(n), `count for ${rag}`);
      assert.equal(await card.locator('.rag__label').textContent(), LABEL[rag]);
      assert.equal(await card.locator('svg.rag__shape').count(), 1, 'rating has a shape, not colour alone');
    }
    const outcomeTitles = await page.locator('.outcome__title').allTextContents();
    assert.deepEqual(outcomeTitles, summary.outcomes.map((o) => o.name));
    for (const p of summary.priorities) {
      const section = page.locator(`.priority[data-priority="${p.code}"]`);
      assert.match(await section.locator('.priority__title').textContent(), new RegExp(p.code));
      assert.equal(await section.locator('tbody tr').count(), p.indicators.length, `indicators under ${p.code}`);
    }
    const l3 = page.locator('tr[data-code="L3-19"]');
    assert.match(await l3.textContent(), /42\.2% \(3,844 of 9,110\)/);
    assert.match(await l3.locator('.rag').textContent(), /Red/);
    assert.deepEqual(page.problems, []);
    await screenshot(page, '1-overview');
    await page.context().close();
  });

  test('a rating count links to the matching search', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/');
    await page.locator('.count-card[data-rating="RED"] a').click();
    await page.waitForSelector('main[data-view="search"]');
    assert.match(page.url(), /#\/search\?rating=RED$/);
    const codes = await page.locator('.results tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code));
    assert.deepEqual(codes.sort(), summary.indicators.filter((i) => i.rag === 'RED').map((i) => i.code).sort());
    await page.context().close();
  });

  test('exceptions list red and amber with reasons, then overdue, then worsening', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/');
    await page.getByRole('link', { name: 'Exceptions', exact: true }).first().click();
    await page.waitForSelector('main[data-view="exceptions"]');
    assert.equal(await page.locator('h1').textContent(), 'Exceptions');
    const headings = await page.locator('main h2').allTextContents();
    assert.deepEqual(headings.map((h) => h.replace(/ \(\d+\)$/, '')), ['Red and amber indicators', 'Overdue returns', 'Significantly worse than before']);
    const first = page.locator('.exception-section').nth(0).locator('tbody tr');
    assert.equal(await first.count(), summary.exceptions.length);
    const ratings = await first.locator('.rag__label').allTextContents();
    assert.deepEqual(ratings, [...ratings].sort((a, b) => (a === 'Red' ? 0 : 1) - (b === 'Red' ? 0 : 1)), 'red before amber');
    for (const e of summary.exceptions) {
      const row = page.locator('.exception-section').nth(0).locator(`tr[data-code="${e.code}"]`);
      assert.equal(await row.locator('.reason').textContent(), e.reason, `reason for ${e.code}`);
      assert.equal(await row.locator('.rag__label').textContent(), LABEL[e.rag]);
    }
    const overdue = page.locator('.exception-section').nth(1).locator('tbody tr');
    assert.equal(await overdue.count(), summary.overdue.length);
    const neet = page.locator('.exception-section').nth(1).locator('tr[data-code="NEET-NK"]');
    assert.match(await neet.textContent(), /2026-09/);
    assert.match(await neet.textContent(), /31 October 2026/);
    const worse = page.locator('.exception-section').nth(2).locator('tbody tr');
    assert.equal(await worse.count(), summary.worsening.length);
    assert.deepEqual(page.problems, []);
    await screenshot(page, '2-exceptions');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-nav').isVisible(), false, 'navigation is not printed');
    assert.equal(await page.getByRole('button', { name: /Download/ }).first().isVisible(), false, 'buttons are not printed');
    await screenshot(page, '2-exceptions-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.ok(pdf.length > 1000, 'prints to an A4 PDF');
    await page.context().close();
  });

  test('indicator detail shows chart, text summary, every period with numbers, and reasons in words', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/exceptions');
    await page.locator('.exception-section').nth(0).getByRole('link', { name: /L3-19/ }).click();
    await page.waitForSelector('canvas');
    assert.match(page.url(), /#\/indicator\/L3-19$/);
    const l3 = summary.indicators.find((i) => i.code === 'L3-19');
    assert.equal(await page.locator('h1').textContent(), `L3-19: ${l3.title}`);
    const judgements = await page.locator('.judgements').textContent();
    assert.ok(judgements.includes(l3.latest.reason), 'rating reason in words');
    if (l3.latest.directionReason) assert.ok(judgements.includes(l3.latest.directionReason), 'direction reason in words');
    if (l3.latest.benchmark?.reason) assert.ok(judgements.includes(l3.latest.benchmark.reason), 'benchmark reason in words');
    assert.match(judgements, /Worse than England/);
    assert.match(judgements, /42\.2% \(3,844 of 9,110\)/);
    // The chart is drawn by Chart.js and described in words, with a table equivalent.
    assert.ok(await page.evaluate(() => document.querySelector('canvas').width > 0));
    assert.match(await page.locator('canvas').getAttribute('aria-label'), /went from .* to 42\.2%/);
    assert.match(await page.locator('.chart-summary').textContent(), /England's latest figure is/);
    await page.locator('.chart-table summary').press('Enter');
    assert.ok(await page.locator('.chart-table table').isVisible(), 'chart table opens from the keyboard');
    assert.match(await page.locator('.chart-table thead').textContent(), /England/);
    // Every period with value, numerator and denominator.
    const detail = JSON.parse(await readFile(`${scenarioDir('demo')}/data/indicators/L3-19.json`, 'utf8'));
    const home = detail.series.find((s) => s.area === summary.homeArea);
    const periodRows = page.locator('.periods-table tbody tr');
    assert.equal(await periodRows.count(), home.points.length);
    const latestRow = page.locator('.periods-table tr[data-period="2025/26"]');
    const cells = await latestRow.locator('th, td').allTextContents();
    assert.equal(cells[0], '2025/26');
    assert.equal(cells[1], '42.2%');
    assert.equal(cells[2], '3,844');
    assert.equal(cells[3], '9,110');
    assert.equal(cells[5], '48%');
    assert.equal(cells[6], 'Red');
    assert.deepEqual(page.problems, []);
    await screenshot(page, '3-indicator');
    await page.context().close();
  });

  test('an indicator with no data says so plainly', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/indicator/VOICE-INF');
    await page.waitForSelector('.history-region :is(.panel, .history)');
    assert.match(await page.locator('.lede').textContent(), /No data/);
    assert.match(await page.locator('.panel--no-data').first().textContent(), /No figures have been received/);
    await screenshot(page, '3-indicator-no-data');
    await page.context().close();
  });

  test('search filters by outcome, priority, rating, overdue and text, and keeps them in the URL', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/search');
    const rows = page.locator('.results tbody tr');
    assert.equal(await rows.count(), summary.indicators.length);
    await page.getByLabel('Code or title contains').fill('attendance');
    assert.deepEqual((await rows.evaluateAll((r) => r.map((x) => x.dataset.code))).sort(), ['ATT-PRI', 'ATT-SEC']);
    assert.match(page.url(), /q=attendance/);
    await page.getByLabel('Rating').selectOption('AMBER');
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.code)), ['ATT-SEC']);
    assert.match(await page.locator('.result-count').textContent(), /Showing 1 of \d+ indicators/);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.results tbody tr').length > 2);
    await page.getByLabel('Only overdue returns').check();
    assert.deepEqual((await rows.evaluateAll((r) => r.map((x) => x.dataset.code))).sort(),
      summary.indicators.filter((i) => i.overdue).map((i) => i.code).sort());
    await page.getByLabel('Only overdue returns').uncheck();
    const outcome = summary.outcomes[1].name;
    await page.getByLabel('Outcome').selectOption(outcome);
    assert.equal(await rows.count(), summary.indicators.filter((i) => i.outcome === outcome).length);
    await page.getByLabel('Priority').selectOption('P07');
    assert.equal(await rows.count(), summary.indicators.filter((i) => i.priorityCode === 'P07').length);
    // A shared link restores the same filters.
    const shared = page.url();
    const other = await openPage(browser);
    await other.goto(shared);
    await other.waitForSelector('main[data-view="search"]');
    assert.equal(await other.locator('.results tbody tr').count(), await rows.count());
    assert.equal(await other.getByLabel('Priority').inputValue(), 'P07');
    await other.context().close();
    await screenshot(page, '4-search');
    await page.context().close();
  });

  test('CSV downloads hold the table behind the view', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/exceptions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download red and amber indicators (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'exceptions.csv');
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'Rating,Indicator code,Indicator,Priority,Latest period,Value,Numerator,Denominator,Target,Reason');
    assert.equal(lines.length, summary.exceptions.length + 1);
    assert.ok(lines.some((l) => l.startsWith('Red,L3-19,') && l.includes(',42.2,3844,9110,48,')));
    await visit(page, server.url, '#/indicator/L3-19');
    await page.waitForSelector('.periods-table');
    const [periods] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download every period (CSV)' }).click()]);
    const text = await readFile(await periods.path(), 'utf8');
    assert.match(text, /Period,Value,Numerator,Denominator/);
    assert.match(text, /2025\/26,42\.2,3844,9110/);
    await page.context().close();
  });

  test('keyboard: skip link, navigation, search and the back button all work without a mouse', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
    await page.keyboard.press('Tab'); // site title
    await page.keyboard.press('Tab'); // Overview
    await page.keyboard.press('Tab'); // Exceptions
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Exceptions');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="exceptions"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'page-heading', 'focus moves to the new heading');
    // Visible focus: a focused link gets the yellow focus style.
    await page.keyboard.press('Tab');
    const bg = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
    assert.equal(bg, 'rgb(255, 221, 0)');
    await page.goto(`${server.url}#/search`);
    await page.waitForSelector('main[data-view="search"]');
    await page.focus('#q');
    await page.keyboard.type('NEET');
    await page.keyboard.press('Tab'); // outcome
    await page.keyboard.press('Tab'); // priority
    await page.keyboard.press('Tab'); // rating
    await page.keyboard.press('Tab'); // overdue
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#overdue').isChecked(), true);
    assert.equal(await page.locator('.results tbody tr').count(), 1);
    await page.keyboard.press('Tab'); // clear filters
    await page.keyboard.press('Tab'); // download
    await page.keyboard.press('Tab'); // results region
    await page.keyboard.press('Tab'); // first result link
    assert.match(await page.evaluate(() => document.activeElement.textContent), /NEET-NK/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="indicator"]');
    assert.match(page.url(), /#\/indicator\/NEET-NK$/);
    await page.goBack();
    await page.waitForSelector('main[data-view="search"]');
    assert.equal(await page.locator('#q').inputValue(), 'NEET', 'back returns to the filtered search');
    assert.equal(await page.locator('#overdue').isChecked(), true);
    await page.context().close();
  });

  test('axe-core finds no accessibility violations on any view', async () => {
    page = await openPage(browser);
    const views = ['#/', '#/exceptions', '#/indicator/L3-19', '#/indicator/TEEN-CONC', '#/indicator/VOICE-INF', '#/search?rating=AMBER', '#/nowhere', '#/indicator/NOT-A-CODE'];
    for (const hash of views) {
      await visit(page, server.url, hash);
      if (hash.startsWith('#/indicator/')) {
        await page.waitForSelector('.history-region :is(.panel, .history), main .panel--problem');
        if (await page.locator('.chart-table summary').count()) await page.locator('.chart-table summary').click();
      }
      assert.deepEqual(await axeViolations(page), [], `axe violations on ${hash}`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
