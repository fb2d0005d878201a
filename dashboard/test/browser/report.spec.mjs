// Issue 12, point 8: the board's report (#/report), on the demo data rated by the real engine.
// The whole plan, outcome -> priority -> indicators, with headline ratings, stories and actions,
// then red and amber, at risk, overdue and "Data as of". It is printed to an A4 PDF by Chromium
// (page.pdf) and the PDF is read back with pdfjs-dist, page by page: each outcome heading starts a
// page, every table row's text is whole on one page, and a table that runs onto another page
// repeats its header row there before its rows.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  test, expect, ROOT, readSummary, axeViolations, screenshot, visit,
} from './fixtures.mjs';

const summary = readSummary('demo');
const byCode = new Map(summary.indicators.map((i) => [i.code, i]));
const LABEL = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NO_TARGET: 'No target', NO_DATA: 'No data' };
/** Text as compared across the PDF: compatibility forms folded (ligatures), all white space dropped. */
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');

async function pdfPages(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(norm(content.items.map((item) => item.str ?? '').join('')));
  }
  await doc.destroy();
  return pages;
}

test.describe('the board\'s report (demo data)', () => {
  test('the whole plan: outcomes, priorities and indicators with headline ratings, stories and actions', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    await page.getByRole('link', { name: 'Board report' }).click();
    await page.waitForSelector('main[data-view="report"]');
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Board report');
    expect(await page.getByTestId('report-as-of').textContent()).toMatch(/^Data as of 25 November 2026\. Generated at 25 November 2026 at \d\d:\d\d\.$/);
    const titles = await page.locator('.report-outcome__title').allTextContents();
    expect(titles).toEqual([...summary.outcomes.map((o, n) => `Outcome ${n + 1}: ${o.name}`), 'By exception']);
    for (const [n, o] of summary.outcomes.entries()) {
      const section = page.locator(`.report-outcome[data-outcome="${n}"]`);
      const codes = await section.locator('.report-priority').evaluateAll((s) => s.map((x) => x.dataset.priority));
      expect(codes, `priorities of ${o.name}`).toEqual(o.priorities);
      for (const pc of o.priorities) {
        const p = summary.priorities.find((x) => x.code === pc);
        const rows = await section.locator(`.report-priority[data-priority="${pc}"] tbody tr`).evaluateAll((r) => r.map((x) => x.dataset.code));
        expect(rows, `indicators of ${pc}`).toEqual(p.indicators);
      }
    }
    // Headline ratings: judged where judged, with the computed one beside it.
    for (const i of summary.indicators) {
      const words = i.judged ? `${LABEL[i.headlineRag]} (judged; computed ${LABEL[i.rag]})` : LABEL[i.rag];
      expect(await page.locator(`.report-priority tr[data-code="${i.code}"] .rag__label`).first().textContent(), i.code).toBe(words);
    }
    const neet = byCode.get('NEET');
    const neetRow = page.locator('.report-priority tr[data-code="NEET"]');
    expect(await neetRow.locator('.judged__reason').textContent()).toBe(neet.judged.reason);
    expect(await neetRow.locator('.story__text').textContent()).toBe(neet.story.story);
    expect(await neetRow.locator('.story__actions').textContent()).toBe(`Actions: ${neet.story.actions}`);
    const p04 = summary.priorities.find((p) => p.code === 'P04');
    const p04Block = page.locator('.report-priority[data-priority="P04"]');
    expect(await p04Block.locator('.report-priority__status .rag__label').textContent()).toBe('Amber (judged; computed Red)');
    expect(await p04Block.locator(':scope > .story .story__text').textContent()).toBe(p04.story.story);
    // By exception: red and amber by headline, at risk, overdue.
    const ex = page.locator('.report-exceptions');
    const table = (name) => ex.getByRole('region', { name });
    expect(await table('Indicators rated red or amber (headline rating), with the reason').locator('tbody tr')
      .evaluateAll((r) => r.map((x) => x.dataset.code))).toEqual(summary.exceptions.map((e) => e.code));
    expect(await table('Indicators at risk of a worse rating if nothing changes').locator('tbody tr')
      .evaluateAll((r) => r.map((x) => x.dataset.code))).toEqual(summary.atRisk.map((a) => a.code));
    expect(await table('Returns that were due and have not arrived').locator('tbody tr')
      .evaluateAll((r) => r.map((x) => x.dataset.code))).toEqual(summary.overdue.map((o) => o.code));
    expect(await axeViolations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await screenshot(page, '8-report');
  });

  test('prints on A4: each outcome starts a page, headers repeat, no table row is cut (PDF read back with pdfjs-dist)', async ({ page, demo }) => {
    await visit(page, demo.url, '#/report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-table thead').first().evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
    expect(await page.locator('.report-table tbody tr').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    expect(await page.locator('.report-outcome').first().evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    await screenshot(page, '8-report-print');

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'report.pdf'), pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length, 'several A4 pages').toBeGreaterThan(summary.outcomes.length);
    expect(pages[0].includes(norm('Data as of 25 November 2026')), '"Data as of" on the first page').toBe(true);

    // Each outcome heading (and "By exception") starts a page, in order.
    const headings = await page.locator('.report-outcome__title').allTextContents();
    let last = -1;
    for (const heading of headings) {
      const at = pages.findIndex((text) => text.startsWith(norm(heading)));
      expect(at, `"${heading}" starts a page`).toBeGreaterThan(last);
      last = at;
    }

    // Every row of every table whole on one page; where a table's rows run onto a later page,
    // that page shows the table's header row again before them.
    const tables = await page.locator('.report-table').evaluateAll((ts) => ts.map((t) => ({
      caption: t.caption.textContent,
      head: [...t.tHead.rows[0].cells].map((c) => c.textContent).join(''),
      rows: [...t.tBodies[0].rows].map((r) => r.textContent),
    })));
    expect(tables.length).toBeGreaterThan(summary.priorities.length / 2);
    let rowsChecked = 0;
    let continued = 0;
    for (const t of tables) {
      const pagesOfRows = t.rows.map((row) => {
        const whole = pages.map((text, n) => (text.includes(norm(row)) ? n : -1)).filter((n) => n >= 0);
        expect(whole.length, `row "${row.slice(0, 60)}…" of "${t.caption}" appears whole on a page`).toBeGreaterThan(0);
        rowsChecked++;
        return whole[0];
      });
      const first = pagesOfRows[0];
      for (const [n, p] of pagesOfRows.entries()) {
        if (p === first || pagesOfRows.indexOf(p) !== n) continue;
        continued++;
        const headAt = pages[p].indexOf(norm(t.head));
        expect(headAt, `"${t.caption}" repeats its header on page ${p + 1}`).toBeGreaterThanOrEqual(0);
        expect(headAt < pages[p].indexOf(norm(t.rows[n])), `header before the rows on page ${p + 1}`).toBe(true);
      }
    }
    expect(rowsChecked).toBeGreaterThanOrEqual(summary.indicators.length);
    test.info().annotations.push({ type: 'pdf', description: `${pages.length} pages, ${rowsChecked} rows whole, ${continued} tables continued with a repeated header` });
    expect(page.problems).toEqual([]);
  });
});
