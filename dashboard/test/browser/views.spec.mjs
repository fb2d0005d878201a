// Clicks through every view of the demo scenario (the repository's events/demo, rated by the
// real engine at 2026-11-25) as a reader would, checking what is on screen. Ratings, reasons and
// figures are read from the generated JSON, never typed in here; the few facts of the demo data
// set the tests lean on (NEET is red; FTE-RATE and ASSESS-45 are overdue; NEET-NK and ATT-SEC have
// got significantly worse) are checked against that JSON first, so a changed data set fails plainly.
import {
  test, expect, watch, readSummary, readDetail, axeViolations, screenshot, visit, downloadCsv,
} from './fixtures.mjs';

const LABEL = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NO_TARGET: 'No target', NO_DATA: 'No data' };
const n = (v) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 });
const pct = (v) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

test.describe('dashboard views (demo data)', () => {
  const summary = readSummary('demo');
  const neet = summary.indicators.find((i) => i.code === 'NEET');

  test('the demo data set, rated by the real engine, is the one these tests describe', () => {
    expect(summary.counts).toEqual({ GREEN: 6, AMBER: 7, RED: 5, NO_TARGET: 4, NO_DATA: 0 });
    expect(neet.rag).toBe('RED');
    expect(neet.unit).toBe('percent');
    expect(summary.overdue.map((o) => o.code).sort()).toEqual(['ASSESS-45', 'FTE-RATE']);
    expect(summary.worsening.map((w) => w.code).sort()).toEqual(['ATT-SEC', 'NEET-NK']);
  });

  test('overview shows counts by rating, data as of and generated at, outcomes, priorities and indicators', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.getByTestId('as-of').textContent()).toBe('25 November 2026');
    expect(await page.locator('#freshness').textContent()).toMatch(/Data as of 25 November 2026 · Generated at 25 November 2026 at \d\d:\d\d/);
    for (const [rag, n] of Object.entries(summary.counts)) {
      const card = page.locator(`.count-card[data-rating="${rag}"]`);
      expect(await card.locator('.count-card__number').textContent(), `count for ${rag}`).toBe(String(n));
      expect(await card.locator('.rag__label').textContent()).toBe(LABEL[rag]);
      expect(await card.locator('svg.rag__shape').count(), 'rating has a shape, not colour alone').toBe(1);
    }
    const outcomeTitles = await page.locator('.outcome__title').allTextContents();
    expect(outcomeTitles).toEqual(summary.outcomes.map((o) => o.name));
    for (const p of summary.priorities) {
      const section = page.locator(`.priority[data-priority="${p.code}"]`);
      expect(await section.locator('.priority__title').textContent()).toMatch(new RegExp(p.code));
      expect(await section.locator('tbody tr').count(), `indicators under ${p.code}`).toBe(p.indicators.length);
    }
    // NEET's row: the figure as a percentage and as numbers, and the rating in words.
    const row = page.locator('.outcome tr[data-code="NEET"]');
    expect((await row.textContent()).includes(`${pct(neet.latest.value)} (${n(neet.latest.numerator)} of ${n(neet.latest.denominator)})`)).toBeTruthy();
    expect(await row.locator('.rag__label').textContent(), 'judged amber by the team; computed red beside it').toBe('Amber (judged; computed Red)');
    expect(page.problems).toEqual([]);
    await screenshot(page, '1-overview');
  });

  test('a rating count links to the matching search', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    await page.locator('.count-card[data-rating="RED"] a').click();
    await page.waitForSelector('main[data-view="search"]');
    expect(page.url()).toMatch(/#\/search\?rating=RED$/);
    const codes = await page.locator('.results tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code));
    expect(codes.sort()).toEqual(summary.indicators.filter((i) => i.rag === 'RED').map((i) => i.code).sort());
  });

  test('exceptions list red and amber with reasons, then overdue, then worsening', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    await page.getByRole('link', { name: 'Exceptions', exact: true }).first().click();
    await page.waitForSelector('main[data-view="exceptions"]');
    expect(await page.locator('h1').textContent()).toBe('Exceptions');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(['Red and amber indicators', 'At risk of getting worse', 'Overdue returns', 'Significantly worse than before']);
    const first = page.locator('.exception-section').nth(0).locator('tbody tr');
    expect(await first.count()).toBe(summary.exceptions.length);
    const ratings = await first.locator('.rag__label').allTextContents();
    expect(ratings, 'red before amber').toEqual([...ratings].sort((a, b) => (a === 'Red' ? 0 : 1) - (b === 'Red' ? 0 : 1)));
    for (const e of summary.exceptions) {
      const row = page.locator('.exception-section').nth(0).locator(`tr[data-code="${e.code}"]`);
      expect(await row.locator('.reason').textContent(), `reason for ${e.code}`).toBe(e.reason);
      const words = e.headlineRag === e.rag ? LABEL[e.rag] : `${LABEL[e.headlineRag]} (judged; computed ${LABEL[e.rag]})`;
      expect(await row.locator('.rag__label').textContent(), `headline rating for ${e.code}`).toBe(words);
    }
    const overdue = page.locator('.exception-section').nth(2).locator('tbody tr');
    expect(await overdue.count()).toBe(summary.overdue.length);
    for (const o of summary.overdue) {
      const row = page.locator('.exception-section').nth(2).locator(`tr[data-code="${o.code}"]`);
      const cells = await row.locator('th, td').allTextContents();
      expect(cells.slice(1), `overdue row for ${o.code}`).toEqual([o.lastPeriod ?? 'None received', o.missingPeriod, longDate(o.dueDate), `${o.daysOverdue} days`]);
    }
    const worse = page.locator('.exception-section').nth(3).locator('tbody tr');
    expect(await worse.count()).toBe(summary.worsening.length);
    for (const w of summary.worsening) {
      expect(await page.locator('.exception-section').nth(3).locator(`tr[data-code="${w.code}"] .reason`).textContent()).toBe(w.reason);
    }
    expect(page.problems).toEqual([]);
    await screenshot(page, '2-exceptions');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible(), 'navigation is not printed').toBe(false);
    expect(await page.getByRole('button', { name: /Download/ }).first().isVisible(), 'buttons are not printed').toBe(false);
    await screenshot(page, '2-exceptions-print');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.length > 1000, 'prints to an A4 PDF').toBeTruthy();
  });

  test('indicator detail: NEET is red with its reason, chart, text summary, and every period with numbers', async ({ page, demo }) => {
    await visit(page, demo.url, '#/exceptions');
    await page.locator('.exception-section').nth(0).getByRole('link', { name: /^NEET / }).click();
    await page.waitForSelector('canvas');
    expect(page.url()).toMatch(/#\/indicator\/NEET$/);
    const l = neet.latest;
    expect(await page.locator('h1').textContent()).toBe(`NEET: ${neet.title}`);
    expect(await page.locator('.lede').textContent()).toMatch(/^Amber \(judged; computed Red\) Latest figure/);
    const judgements = await page.locator('.judgements').textContent();
    expect(judgements.includes(neet.reason), 'rating reason in words').toBeTruthy();
    expect(judgements.includes(l.directionReason), 'direction reason in words').toBeTruthy();
    expect(judgements.includes(l.yearEarlier.reason), 'year-earlier comparison in words').toBeTruthy();
    expect(judgements.includes(l.benchmark.reason), 'benchmark reason in words').toBeTruthy();
    expect(judgements.includes(`${pct(l.value)} (${n(l.numerator)} of ${n(l.denominator)})`), 'numbers as well as the percentage').toBeTruthy();
    expect(judgements.includes(`95% confidence interval: ${pct(l.benchmark.ciLower)} to ${pct(l.benchmark.ciUpper)} (Wilson score method)`)).toBeTruthy();
    for (const c of l.comparators) {
      const item = await page.locator(`.comparators li[data-area="${c.area}"]`).textContent();
      expect(item.includes(`: ${pct(c.value)} (${c.period})`), `comparator ${c.area}`).toBeTruthy();
      expect(item, 'area name starts with a capital').toMatch(/^[A-Z]/);
    }
    // The chart is drawn by Chart.js and described in words, with a table equivalent.
    const detail = readDetail('demo', 'NEET');
    const home = detail.series.find((s) => s.role === 'home');
    const first = home.points[0];
    expect(await page.evaluate(() => document.querySelector('canvas').width > 0)).toBeTruthy();
    expect((await page.locator('canvas').first().getAttribute('aria-label')).includes(`went from ${pct(first.value)} to ${pct(l.value)}`)).toBeTruthy();
    expect(await page.getByTestId('history-summary').textContent()).toMatch(/England's latest figure is/);
    await page.locator('.chart-table summary').press('Enter');
    expect(await page.locator('.chart-table table').isVisible(), 'chart table opens from the keyboard').toBeTruthy();
    const chartHead = await page.locator('.chart-table thead th').allTextContents();
    const others = detail.series.filter((s) => s.role !== 'home');
    expect(chartHead.slice(4, 4 + others.length)).toEqual(others.map((s) => s.areaName[0].toUpperCase() + s.areaName.slice(1)));
    expect(chartHead.slice(4 + others.length), 'the trajectory and forecast columns come last').toEqual(['Target trajectory', 'If nothing changes (forecast)']);
    // Every period, latest first, with value, numerator, denominator, target and rating.
    const periodRows = page.locator('.periods-table tbody tr');
    expect(await periodRows.count()).toBe(home.points.length);
    const shown = await periodRows.evaluateAll((rows) => rows.map((r) => r.dataset.period));
    expect(shown, 'latest first').toEqual(home.points.map((p) => p.period).reverse());
    for (const p of home.points) {
      const cells = await page.locator(`.periods-table tr[data-period="${p.period}"]`).locator('th, td').allTextContents();
      expect(cells.slice(0, 4), `period ${p.period}`).toEqual([p.period, pct(p.value), n(p.numerator), n(p.denominator)]);
      expect(cells[5]).toBe(pct(p.target));
      expect(cells[6]).toBe(LABEL[p.rag]);
      expect(cells[7]).toBe(p.revisions === 1 ? 'Not revised' : p.revisions === 2 ? 'Revised once' : `Revised ${p.revisions - 1} times`);
    }
    expect(page.problems).toEqual([]);
    await screenshot(page, '3-indicator');
  });

  test('a revised figure says it was revised (TEEN-CONC 2024: two submissions)', async ({ page, demo }) => {
    const detail = readDetail('demo', 'TEEN-CONC');
    const revised = detail.series.find((s) => s.role === 'home').points.filter((p) => p.revisions > 1);
    expect(revised.length > 0, 'the demo data has a revised figure').toBeTruthy();
    await visit(page, demo.url, '#/indicator/TEEN-CONC');
    await page.waitForSelector('.periods-table');
    for (const p of revised) {
      const cells = await page.locator(`.periods-table tr[data-period="${p.period}"]`).locator('th, td').allTextContents();
      expect(cells[7]).toBe(p.revisions === 2 ? 'Revised once' : `Revised ${p.revisions - 1} times`);
      expect(cells[8]).toBe(p.note ?? '');
    }
    await screenshot(page, '3-indicator-revised');
  });

  test('an overdue indicator says which return is late, when it was due and by how many days', async ({ page, demo }) => {
    const o = summary.overdue.find((x) => x.code === 'ASSESS-45');
    await visit(page, demo.url, '#/indicator/ASSESS-45');
    await page.waitForSelector('.history-region :is(.panel, .history)');
    expect(await page.locator('.lede').textContent()).toMatch(/Return overdue/);
    expect(await page.getByTestId('overdue').textContent()).toBe(`Overdue: the return for ${o.missingPeriod} was due on ${longDate(o.dueDate)} and is ${o.daysOverdue} days late.`);
    await screenshot(page, '3-indicator-overdue');
  });

  test('search filters by outcome, priority, rating, overdue and text, and keeps them in the URL', async ({ page, demo, browser }) => {
    await visit(page, demo.url, '#/search');
    const rows = page.locator('.results tbody tr');
    expect(await rows.count()).toBe(summary.indicators.length);
    await page.getByLabel('Code or title contains').fill('attendance');
    expect((await rows.evaluateAll((r) => r.map((x) => x.dataset.code))).sort()).toEqual(['ATT-PRI', 'ATT-SEC']);
    expect(page.url()).toMatch(/q=attendance/);
    await page.getByLabel('Rating').selectOption('RED');
    const attRed = summary.indicators.filter((i) => i.code.startsWith('ATT-') && i.rag === 'RED').map((i) => i.code);
    expect(attRed).toEqual(['ATT-SEC']);
    expect(await rows.evaluateAll((r) => r.map((x) => x.dataset.code))).toEqual(attRed);
    expect(await page.locator('.result-count').textContent()).toMatch(/Showing 1 of \d+ indicators/);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.results tbody tr').length > 2);
    await page.getByLabel('Only overdue returns').check();
    expect((await rows.evaluateAll((r) => r.map((x) => x.dataset.code))).sort()).toEqual(summary.indicators.filter((i) => i.overdue).map((i) => i.code).sort());
    await page.getByLabel('Only overdue returns').uncheck();
    const outcome = summary.outcomes[1].name;
    await page.getByLabel('Outcome').selectOption(outcome);
    expect(await rows.count()).toBe(summary.indicators.filter((i) => i.outcome === outcome).length);
    // The priorities on offer narrow to that outcome's own.
    expect(await page.locator('#priority option').evaluateAll((o) => o.map((x) => x.value))).toEqual(['', ...summary.priorities.filter((p) => p.outcome === outcome).map((p) => p.code)]);
    await page.getByLabel('Priority').selectOption('P07');
    expect(await rows.count()).toBe(summary.indicators.filter((i) => i.priorityCode === 'P07').length);
    // A shared link restores the same filters.
    const shared = page.url();
    const otherContext = await browser.newContext();
    const other = watch(await otherContext.newPage());
    await other.goto(shared);
    await other.waitForSelector('main[data-view="search"]');
    expect(await other.locator('.results tbody tr').count()).toBe(await rows.count());
    expect(await other.getByLabel('Priority').inputValue()).toBe('P07');
    expect(other.problems).toEqual([]);
    await otherContext.close();
    await screenshot(page, '4-search');
  });

  test('CSV downloads hold the table behind the view', async ({ page, demo }) => {
    await visit(page, demo.url, '#/exceptions');
    const { text: csv, filename } = await downloadCsv(page, 'Download red and amber indicators (CSV)');
    expect(filename).toBe('exceptions.csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Rating,Headline rating,Computed rating,Indicator code,Indicator,Priority,Latest period,Value,Numerator,Denominator,Target,Reason,Why judged,Judged by,Judged for period');
    expect(lines.length).toBe(summary.exceptions.length + 1);
    const l = neet.latest;
    expect(lines.some((x) => x.startsWith('"Amber (judged; computed Red)",Amber,Red,NEET,') && x.includes(`,${l.period},${l.value},${l.numerator},${l.denominator},${l.target},`))).toBeTruthy();
    await visit(page, demo.url, '#/indicator/NEET');
    await page.waitForSelector('.periods-table');
    const { raw: text } = await downloadCsv(page, 'Download every period (CSV)');
    expect(text).toMatch(/Period,Value,Numerator,Denominator/);
    expect(text.includes(`${l.period},${l.value},${l.numerator},${l.denominator}`)).toBeTruthy();
  });

  test('keyboard: skip link, navigation, search and the back button all work without a mouse', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Tab'); // site title
    await page.keyboard.press('Tab'); // Overview
    await page.keyboard.press('Tab'); // Exceptions
    expect(await page.evaluate(() => document.activeElement.textContent)).toBe('Exceptions');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="exceptions"]');
    expect(await page.evaluate(() => document.activeElement.id), 'focus moves to the new heading').toBe('page-heading');
    // Visible focus: a focused link gets the yellow focus style.
    await page.keyboard.press('Tab');
    const bg = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
    expect(bg).toBe('rgb(255, 221, 0)');
    await page.goto(`${demo.url}#/search`);
    await page.waitForSelector('main[data-view="search"]');
    await page.focus('#q');
    await page.keyboard.type('entrants');
    await page.keyboard.press('Tab'); // outcome
    await page.keyboard.press('Tab'); // priority
    await page.keyboard.press('Tab'); // rating
    await page.keyboard.press('Tab'); // national quartile
    await page.keyboard.press('Tab'); // overdue
    await page.keyboard.press('Space');
    expect(await page.locator('#overdue').isChecked()).toBe(true);
    expect(await page.locator('.results tbody tr').count()).toBe(1);
    await page.keyboard.press('Tab'); // clear filters
    await page.keyboard.press('Tab'); // download
    await page.keyboard.press('Tab'); // results region
    await page.keyboard.press('Tab'); // first result link
    expect(await page.evaluate(() => document.activeElement.textContent)).toMatch(/FTE-RATE/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="indicator"]');
    expect(page.url()).toMatch(/#\/indicator\/FTE-RATE$/);
    await page.goBack();
    await page.waitForSelector('main[data-view="search"]');
    expect(await page.locator('#q').inputValue(), 'back returns to the filtered search').toBe('entrants');
    expect(await page.locator('#overdue').isChecked()).toBe(true);
  });

  test('axe-core finds no accessibility violations on any view', async ({ page, demo }) => {
    const views = ['#/', '#/exceptions', '#/indicator/CLA-RATE', '#/indicator/NEET', '#/indicator/TEEN-CONC', '#/indicator/ASSESS-45', '#/indicator/CLA-NUM', '#/search?rating=AMBER', '#/nowhere', '#/indicator/NOT-A-CODE'];
    for (const hash of views) {
      await visit(page, demo.url, hash);
      if (hash.startsWith('#/indicator/')) {
        await page.waitForSelector('.history-region :is(.panel, .history), main .panel--problem');
        if (await page.locator('.chart-table summary').count()) await page.locator('.chart-table summary').click();
      }
      expect(await axeViolations(page), `axe violations on ${hash}`).toEqual([]);
    }
    expect(page.problems).toEqual([]);
  });
});
