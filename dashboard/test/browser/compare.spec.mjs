// Issues 11 and 12 on the demo scenario (events/demo rated by the real engine at 2026-11-25):
// how Leeds compares, across Leeds, the forecast and target trajectory on the chart, looking ahead,
// at risk on the exceptions page and the bottom-quartile filter. Facts are read from the generated
// JSON and the few the tests lean on are checked against it first.
import {
  test, expect, readSummary, readDetail, axeViolations, screenshot, visit, downloadCsv,
} from './fixtures.mjs';

const pct = (v) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

test.describe('how Leeds compares, across Leeds, looking ahead (demo data)', () => {
  const summary = readSummary('demo');
  const byCode = new Map(summary.indicators.map((i) => [i.code, i]));
  const teen = byCode.get('TEEN-CONC');
  const neet = byCode.get('NEET');
  const fte = byCode.get('FTE-RATE');

  test('the demo data has what these tests describe', () => {
    expect(summary.homeAreaName).toBe('Leeds');
    expect(teen.latest.national.reason).toBe('109th of 151 councils; quartile C (the best is A)');
    expect(neet.latest.national).toMatchObject({ quartile: 'D', bestQuartile: 'A' });
    expect(readDetail('demo', 'NEET').subAreas.areas.find((a) => a.areaName === 'Bramley cluster').suppressed).toBe('small number');
    expect(summary.atRisk).toEqual([expect.objectContaining({ code: 'KS4-EM5', from: 'AMBER', to: 'RED' })]);
    expect(fte.latest.curve.status).toBe('TURNED');
    expect(neet.latest.forecast).not.toBeNull();
  });

  test('TEEN-CONC: national rank and quartile in words, every council charted, neighbours marked, groups tabled', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/TEEN-CONC');
    const section = page.locator('section.compare');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toBe('How Leeds compares');
    expect(await page.getByTestId('national').textContent()).toBe('Nationally, Leeds is 109th of 151 councils; quartile C (the best is A).');
    const detail = readDetail('demo', 'TEEN-CONC');
    // The chart is drawn, with its legend entries recorded, and described in words.
    const canvas = section.locator('canvas');
    await expect(canvas).toHaveAttribute('data-series', 'Leeds | Statistical neighbours | Other councils');
    expect(await page.getByTestId('authorities-summary').textContent()).toMatch(/^Each bar is one of 151 councils' figures for 2024, best first/);
    expect(await page.getByTestId('authorities-summary').textContent()).toMatch(/Leeds is the solid dark bar with a black outline, 109th, at 14\.4 per 1,000\. Statistical neighbours are the striped bars\./);
    const neighbours = detail.authorities.values.filter((v) => v.groups.includes('STAT-NEIGHBOURS'));
    const list = await page.getByTestId('neighbours').textContent();
    for (const v of neighbours) expect(list.includes(v.areaName), `neighbour ${v.areaName} listed`).toBeTruthy();
    // The table equivalent: every council, Leeds marked in text.
    await section.locator('details.councils-table summary').press('Enter');
    const rows = section.locator('.authorities-table tbody tr');
    expect(await rows.count()).toBe(detail.authorities.values.length);
    expect(await section.locator('.authorities-table tr[data-home="true"] th').textContent()).toBe('Leeds (home area)');
    // Each group: its figure in words and a table of members with Leeds marked.
    for (const g of teen.latest.groups) {
      const group = section.locator(`.group[data-group="${g.code}"]`);
      expect(await group.locator('h3').textContent()).toBe(g.name);
      expect(await group.locator('.group__figure').textContent()).toMatch(g.computed ? /average \(mean\)/ : /as published for the group/);
      const members = detail.authorities.values.filter((v) => v.groups.includes(g.code));
      expect(await group.locator('tbody tr').count(), `${g.code} members and Leeds`).toBe(members.length + 1);
      expect(await group.locator('tr[data-home="true"] th').textContent()).toBe('Leeds (home area)');
    }
    expect(page.problems).toEqual([]);
    await screenshot(page, '5-indicator-compares');
  });

  test('a council without a rank says why (KS4-EM5: only 1 council has a figure)', async ({ page, demo }) => {
    const ks4 = byCode.get('KS4-EM5');
    expect(ks4.latest.national.rank).toBeNull();
    await visit(page, demo.url, '#/indicator/KS4-EM5');
    await page.locator('section.compare').waitFor();
    expect(await page.getByTestId('national').textContent()).toBe(ks4.latest.national.reason);
    expect(await page.locator('section.compare canvas').count(), 'no chart of one council').toBe(0);
  });

  test('NEET across Leeds: sorted clusters with whiskers, comparisons in words, "fewer than 5" with a footnote', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/NEET');
    const across = page.locator('section.across');
    await across.waitFor();
    expect(await across.locator('h2').textContent()).toBe('Across Leeds');
    await expect(across.locator('canvas')).toHaveAttribute('data-series', 'Area figure | 95% confidence interval | Leeds');
    const detail = readDetail('demo', 'NEET');
    const areas = detail.subAreas.areas;
    const rows = across.locator('.subareas-table tbody tr');
    expect(await rows.count()).toBe(areas.length);
    const bramley = await across.locator('tr', { hasText: 'Bramley cluster' }).locator('th, td').allTextContents();
    expect(bramley[1]).toBe('fewer than 5');
    const secondary = areas.find((a) => a.suppressed === 'secondary');
    expect((await across.locator(`tr[data-area="${secondary.area}"] td`).first().textContent())).toBe('hidden to protect a small number');
    const notes = await across.locator('.footnotes li').allTextContents();
    expect(notes.some((n) => n.startsWith('Fewer than 5:'))).toBeTruthy();
    expect(notes.some((n) => n.startsWith('Hidden to protect a small number:'))).toBeTruthy();
    const WORDS = { BETTER: 'Better than Leeds', WORSE: 'Worse than Leeds', SIMILAR: 'Similar to Leeds' };
    const shown = areas.filter((a) => !a.suppressed).sort((a, b) => a.rank - b.rank);
    const order = await rows.evaluateAll((r) => r.map((x) => x.dataset.area));
    expect(order.slice(0, shown.length), 'best first').toEqual(shown.map((a) => a.area));
    for (const a of shown) {
      const cells = await across.locator(`tr[data-area="${a.area}"]`).locator('th, td').allTextContents();
      expect(cells[1]).toBe(pct(a.value));
      expect(cells[4], a.areaName).toBe(WORDS[a.comparison]);
    }
    expect(await page.getByTestId('across-summary').textContent()).toMatch(/against 4\.6% for Leeds as a whole \(the dashed line\)/);
    // NEET's forecast: a dashed chart dataset and in the text summary; and the target trajectory.
    const history = page.locator('.chart-panel canvas').first();
    await expect(history).toHaveAttribute('data-series', /If nothing changes \(forecast\)/);
    await expect(history).toHaveAttribute('data-series', /Target trajectory \(future years\)/);
    const text = await page.getByTestId('history-summary').textContent();
    expect(text).toContain(`If nothing changes, Leeds would be at ${pct(neet.latest.forecast.value)} in ${neet.latest.forecast.period}`);
    expect(text).toMatch(/Target trajectory: 3\.8% in 2027\/28, 3\.5% in 2028\/29\./);
    // Where the target came from.
    expect(await page.locator('[data-outlook="target"]').textContent()).toContain('is the one set for 2026/27');
    expect(page.problems).toEqual([]);
    await screenshot(page, '5-indicator-across');
    const { text: csv, filename } = await downloadCsv(page, 'Download areas (CSV)');
    expect(filename).toBe('NEET-areas.csv');
    expect(csv).toMatch(/LEEDS-CL-BRAMLEY,Bramley cluster,,,,Not compared: figure not shown,fewer than 5/);
  });

  test('looking ahead: FTE-RATE turned the curve, its recent trend and forecast in words', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/FTE-RATE');
    const outlook = page.locator('section.outlook');
    await outlook.waitFor();
    expect(await outlook.locator('[data-outlook="curve"] .judgement__headline').textContent()).toBe('Turned the curve');
    expect(await outlook.locator('[data-outlook="curve"] .reason').textContent()).toBe(fte.latest.curve.reason);
    expect(await outlook.locator('[data-outlook="trend"] .judgement__headline').textContent()).toBe('No significant change');
    expect(await outlook.locator('[data-outlook="trend"] .reason').textContent()).toBe(fte.latest.recentTrend.reason);
    expect(await outlook.locator('[data-outlook="forecast"] .reason').textContent()).toBe(fte.latest.forecast.reason);
    await screenshot(page, '5-indicator-outlook');
  });

  test('KS4-EM5 at risk: amber now, red if nothing changes, on its page and on the exceptions page', async ({ page, demo }) => {
    const risk = summary.atRisk[0];
    await visit(page, demo.url, '#/indicator/KS4-EM5');
    await page.locator('[data-outlook="at-risk"]').waitFor();
    expect(await page.locator('[data-outlook="at-risk"] .judgement__headline').textContent()).toBe('Amber now, Red in 2026/27 if nothing changes');
    await visit(page, demo.url, '#/exceptions');
    const headings = (await page.locator('main h2').allTextContents()).map((h) => h.replace(/ \(\d+\)$/, ''));
    expect(headings).toEqual(['Red and amber indicators', 'At risk of getting worse', 'Overdue returns', 'Significantly worse than before']);
    const row = page.locator('[data-section="at-risk"] tr[data-code="KS4-EM5"]');
    expect(await row.locator('.rag__label').allTextContents()).toEqual(['Amber', 'Red']);
    expect(await row.locator('.reason').textContent()).toBe(risk.reason);
    const { text, filename } = await downloadCsv(page, 'Download indicators at risk (CSV)');
    expect(filename).toBe('at-risk.csv');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Indicator code,Indicator,Rating now,Rating if nothing changes,Forecast period,Forecast value,Reason');
    expect(lines[1].startsWith('KS4-EM5,')).toBeTruthy();
    expect(lines[1]).toContain(',Amber,Red,2026/27,44.1,');
    await screenshot(page, '5-exceptions-at-risk');
  });

  test('overview quartile column, and search for the bottom quartile kept in the URL', async ({ page, demo }) => {
    await visit(page, demo.url, '#/');
    const head = await page.locator('.outcome table').first().locator('thead th').allTextContents();
    expect(head.at(-1)).toBe('National quartile');
    expect(await page.locator('.outcome tr[data-code="TEEN-CONC"] td').last().textContent()).toBe('C (best A)');
    expect(await page.locator('.outcome tr[data-code="NEET"] td').last().textContent()).toBe('D (best A), bottom quartile');
    await visit(page, demo.url, '#/search');
    await page.getByLabel('National quartile').selectOption('bottom');
    expect(page.url()).toMatch(/quartile=bottom/);
    const worst = (n) => (n?.bestQuartile === 'A' ? 'D' : n?.bestQuartile === 'D' ? 'A' : null);
    const expected = summary.indicators.filter((i) => i.latest?.national?.quartile && i.latest.national.quartile === worst(i.latest.national)).map((i) => i.code);
    expect(expected).toContain('NEET');
    const codes = await page.locator('.results tbody tr').evaluateAll((r) => r.map((x) => x.dataset.code));
    expect(codes.sort()).toEqual(expected.sort());
    await visit(page, demo.url, '#/search?quartile=bottom');
    expect(await page.getByLabel('National quartile').inputValue()).toBe('bottom');
    expect(await page.locator('.results tbody tr').count()).toBe(expected.length);
    await screenshot(page, '5-search-bottom-quartile');
  });

  test('keyboard: the new tables and the every-council table open and scroll without a mouse', async ({ page, demo }) => {
    await visit(page, demo.url, '#/indicator/NEET');
    await page.locator('section.across').waitFor();
    const stops = [];
    for (let n = 0; n < 60; n += 1) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement;
        return `${el.tagName}:${el.closest('section')?.dataset.section ?? ''}:${el.tagName === 'SUMMARY' || el.tagName === 'BUTTON' ? el.textContent : el.getAttribute('aria-labelledby') ? 'region' : ''}`;
      }));
      if (stops.at(-1).startsWith('BUTTON:across')) break;
    }
    expect(stops).toContain('SUMMARY:compare:Show every council as a table');
    expect(stops.some((s) => s.startsWith('DIV:compare:region')), 'group tables scroll by keyboard').toBeTruthy();
    expect(stops).toContain('BUTTON:across:Download areas (CSV)');
    await page.locator('section.compare details summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.authorities-table').isVisible()).toBe(true);
  });

  test('axe-core finds no violations on the new sections', async ({ page, demo }) => {
    for (const hash of ['#/indicator/NEET', '#/indicator/TEEN-CONC', '#/indicator/KS4-EM5', '#/indicator/FTE-RATE', '#/exceptions', '#/search?quartile=bottom']) {
      await visit(page, demo.url, hash);
      if (hash.startsWith('#/indicator/')) {
        await page.locator('section.compare').waitFor();
        for (const s of await page.locator('details summary').all()) await s.click();
      }
      expect(await axeViolations(page), `axe violations on ${hash}`).toEqual([]);
    }
    expect(page.problems).toEqual([]);
  });
});
