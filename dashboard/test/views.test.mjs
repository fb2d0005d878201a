// Clicks through every view of the demo scenario (the repository's events/demo, rated by the
// real engine at 2026-11-25) as a reader would, checking what is on screen. Ratings, reasons and
// figures are read from the generated JSON, never typed in here; the few facts of the demo data
// set the tests lean on (NEET is red; FTE-RATE and ASSESS-45 are overdue; NEET-NK and ATT-SEC have
// got significantly worse) are checked against that JSON first, so a changed data set fails plainly.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  launchBrowser, serve, scenarioDir, readSummary, openPage, axeViolations, screenshot, visit,
} from './helpers.mjs';

const LABEL = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NO_TARGET: 'No target', NO_DATA: 'No data' };
const n = (v) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const pct = (v) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

describe('dashboard views (demo data)', () => {
  let browser;
  let server;
  let page;
  const summary = readSummary('demo');
  const neet = summary.indicators.find((i) => i.code === 'NEET');

  test('the demo data set, rated by the real engine, is the one these tests describe', () => {
    assert.deepEqual(summary.counts, { GREEN: 6, AMBER: 7, RED: 5, NO_TARGET: 4, NO_DATA: 0 });
    assert.equal(neet.rag, 'RED');
    assert.equal(neet.unit, 'percent');
    assert.deepEqual(summary.overdue.map((o) => o.code).sort(), ['ASSESS-45', 'FTE-RATE']);
    assert.deepEqual(summary.worsening.map((w) => w.code).sort(), ['ATT-SEC', 'NEET-NK']);
  });

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
    // NEET's row: the figure as a percentage and as numbers, and the rating in words.
    const row = page.locator('.outcome tr[data-code="NEET"]');
    assert.ok((await row.textContent()).includes(`${pct(neet.latest.value)} (${n(neet.latest.numerator)} of ${n(neet.latest.denominator)})`));
    assert.equal(await row.locator('.rag__label').textContent(), 'Red');
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
    for (const o of summary.overdue) {
      const row = page.locator('.exception-section').nth(1).locator(`tr[data-code="${o.code}"]`);
      const cells = await row.locator('th, td').allTextContents();
      assert.deepEqual(cells.slice(1), [o.lastPeriod ?? 'None received', o.missingPeriod, longDate(o.dueDate), `${o.daysOverdue} days`], `overdue row for ${o.code}`);
    }
    const worse = page.locator('.exception-section').nth(2).locator('tbody tr');
    assert.equal(await worse.count(), summary.worsening.length);
    for (const w of summary.worsening) {
      assert.equal(await page.locator('.exception-section').nth(2).locator(`tr[data-code="${w.code}"] .reason`).textContent(), w.reason);
    }
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

  test('indicator detail: NEET is red with its reason, chart, text summary, and every period with numbers', async () => {
    page = await openPage(browser);
    await visit(page, server.url, '#/exceptions');
    await page.locator('.exception-section').nth(0).getByRole('link', { name: /^NEET / }).click();
    await page.waitForSelector('canvas');
    assert.match(page.url(), /#\/indicator\/NEET$/);
    const l = neet.latest;
    assert.equal(await page.locator('h1').textContent(), `NEET: ${neet.title}`);
    assert.match(await page.locator('.lede').textContent(), /^Red Latest figure/);
    const judgements = await page.locator('.judgements').textContent();
    assert.ok(judgements.includes(neet.reason), 'rating reason in words');
    assert.ok(judgements.includes(l.directionReason), 'direction reason in words');
    assert.ok(judgements.includes(l.yearEarlier.reason), 'year-earlier comparison in words');
    assert.ok(judgements.includes(l.benchmark.reason), 'benchmark reason in words');
    assert.ok(judgements.includes(`${pct(l.value)} (${n(l.numerator)} of ${n(l.denominator)})`), 'numbers as well as the percentage');
    assert.ok(judgements.includes(`95% confidence interval: ${pct(l.benchmark.ciLower)} to ${pct(l.benchmark.ciUpper)} (Wilson score method)`));
    for (const c of l.comparators) {
      const item = await page.locator(`.comparators li[data-area="${c.area}"]`).textContent();
      assert.ok(item.includes(`: ${pct(c.value)} (${c.period})`), `comparator ${c.area}`);
      assert.match(item, /^[A-Z]/, 'area name starts with a capital');
    }
    // The chart is drawn by Chart.js and described in words, with a table equivalent.
    const detail = JSON.parse(await readFile(`${scenarioDir('demo')}/data/indicators/NEET.json`, 'utf8'));
    const home = detail.series.find((s) => s.role === 'home');
    const first = home.points[0];
    assert.ok(await page.evaluate(() => document.querySelector('canvas').width > 0));
    assert.ok((await page.locator('canvas').getAttribute('aria-label')).includes(`went from ${pct(first.value)} to ${pct(l.value)}`));
    assert.match(await page.locator('.chart-summary').textContent(), /England's latest figure is/);
    await page.locator('.chart-table summary').press('Enter');
    assert.ok(await page.locator('.chart-table table').isVisible(), 'chart table opens from the keyboard');
    const chartHead = await page.locator('.chart-table thead th').allTextContents();
    assert.deepEqual(chartHead.slice(4), detail.series.filter((s) => s.role !== 'home').map((s) => s.areaName[0].toUpperCase() + s.areaName.slice(1)));
    // Every period, latest first, with value, numerator, denominator, target and rating.
    const periodRows = page.locator('.periods-table tbody tr');
    assert.equal(await periodRows.count(), home.points.length);
    const shown = await periodRows.evaluateAll((rows) => rows.map((r) => r.dataset.period));
    assert.deepEqual(shown, home.points.map((p) => p.period).reverse(), 'latest first');
    for (const p of home.points) {
      const cells = await page.locator(`.periods-table tr[data-period="${p.period}"]`).locator('th, td').allTextContents();
      assert.deepEqual(cells.slice(0, 4), [p.period, pct(p.value), n(p.numerator), n(p.denominator)], `period ${p.period}`);
      assert.equal(cells[5], pct(p.target));
      assert.equal(cells[6], LABEL[p.rag]);
      assert.equal(cells[7], p.revisions === 1 ? 'Not revised' : p.revisions === 2 ? 'Revised once' : `Revised ${p.revisions - 1} times`);
    }
    assert.deepEqual(page.problems, []);
    await screenshot(page, '3-indicator');
    await page.context().close();
  });

  test('a revised figure says it was revised (TEEN-CONC 2024: two submissions)', async () => {
    const detail = JSON.parse(await readFile(`${scenarioDir('demo')}/data/indicators/TEEN-CONC.json`, 'utf8'));
    const revised = detail.series.find((s) => s.role === 'home').points.filter((p) => p.revisions > 1);
    assert.ok(revised.length > 0, 'the demo data has a revised figure');
    page = await openPage(browser);
    await visit(page, server.url, '#/indicator/TEEN-CONC');
    await page.waitForSelector('.periods-table');
    for (const p of revised) {
      const cells = await page.locator(`.periods-table tr[data-period="${p.period}"]`).locator('th, td').allTextContents();
      assert.equal(cells[7], p.revisions === 2 ? 'Revised once' : `Revised ${p.revisions - 1} times`);
      assert.equal(cells[8], p.note ?? '');
    }
    await screenshot(page, '3-indicator-revised');
    await page.context().close();
  });

  test('an overdue indicator says which return is late, when it was due and by how many days', async () => {
    const o = summary.overdue.find((x) => x.code === 'ASSESS-45');
    page = await openPage(browser);
    await visit(page, server.url, '#/indicator/ASSESS-45');
    await page.waitForSelector('.history-region :is(.panel, .history)');
    assert.match(await page.locator('.lede').textContent(), /Return overdue/);
    assert.equal(await page.getByTestId('overdue').textContent(),
      `Overdue: the return for ${o.missingPeriod} was due on ${longDate(o.dueDate)} and is ${o.daysOverdue} days late.`);
    await screenshot(page, '3-indicator-overdue');
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
    await page.getByLabel('Rating').selectOption('RED');
    const attRed = summary.indicators.filter((i) => i.code.startsWith('ATT-') && i.rag === 'RED').map((i) => i.code);
    assert.deepEqual(attRed, ['ATT-SEC']);
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.dataset.code)), attRed);
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
    // The priorities on offer narrow to that outcome's own.
    assert.deepEqual(await page.locator('#priority option').evaluateAll((o) => o.map((x) => x.value)),
      ['', ...summary.priorities.filter((p) => p.outcome === outcome).map((p) => p.code)]);
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
    const l = neet.latest;
    assert.ok(lines.some((x) => x.startsWith('Red,NEET,') && x.includes(`,${l.period},${l.value},${l.numerator},${l.denominator},${l.target},`)));
    await visit(page, server.url, '#/indicator/NEET');
    await page.waitForSelector('.periods-table');
    const [periods] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download every period (CSV)' }).click()]);
    const text = await readFile(await periods.path(), 'utf8');
    assert.match(text, /Period,Value,Numerator,Denominator/);
    assert.ok(text.includes(`${l.period},${l.value},${l.numerator},${l.denominator}`));
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
    await page.keyboard.type('entrants');
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
    assert.match(await page.evaluate(() => document.activeElement.textContent), /FTE-RATE/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="indicator"]');
    assert.match(page.url(), /#\/indicator\/FTE-RATE$/);
    await page.goBack();
    await page.waitForSelector('main[data-view="search"]');
    assert.equal(await page.locator('#q').inputValue(), 'entrants', 'back returns to the filtered search');
    assert.equal(await page.locator('#overdue').isChecked(), true);
    await page.context().close();
  });

  test('axe-core finds no accessibility violations on any view', async () => {
    page = await openPage(browser);
    const views = ['#/', '#/exceptions', '#/indicator/NEET', '#/indicator/TEEN-CONC', '#/indicator/ASSESS-45', '#/indicator/CLA-NUM', '#/search?rating=AMBER', '#/nowhere', '#/indicator/NOT-A-CODE'];
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
