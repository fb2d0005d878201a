// Issue 13: every CSV download of every view, from the hostile-text scenario (xss: formulas in
// titles, priority titles, outcomes and notes, a ';=' bypass, full-width '＝' and '＋', a line break
// before '='), checked cell by cell against OWASP's CSV Injection guidance
// (https://owasp.org/www-community/attacks/CSV_Injection) and against the engine's JSON.
// The rule is written out again here, on purpose independent of src/csv.js.
import {
  test, expect, readSummary, readDetail, scenarioDir, visit, downloadCsv,
} from './fixtures.mjs';

/** A cell a spreadsheet could run: a formula character first, or straight after a separator, quote or line break. */
const FIRST = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const AFTER = /[,;"'\r\n][=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const dangerous = (text) => FIRST.test(text) || AFTER.test(text);
const NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;
const NUMERIC = new Set(['Value', 'Numerator', 'Denominator', 'Target', 'Benchmark value', 'National rank', 'Days overdue',
  'Lower 95% confidence limit', 'Upper 95% confidence limit', 'Amber tolerance', 'Submissions']);

/** RFC 4180, strictly: records end with CRLF, quotes only around a whole field, "" inside. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  while (i < text.length) {
    let cell;
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error(`unterminated quoted field at ${i}`);
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cell = { text: value, quoted: true };
    } else {
      const end = text.slice(i).search(/[",\r\n]/);
      const value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      cell = { text: value, quoted: false };
      i += value.length;
    }
    row.push(cell);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i] ?? 'end of file')} at ${i}: not RFC 4180`);
    }
  }
  if (row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/**
 * Checks one downloaded CSV: well-formed, every cell safe, and every cell that comes from the JSON
 * equal to it (text after the guard, numbers as numbers). expected: { header: (row) => value };
 * key: the header whose cell finds the JSON row (rowsByKey). Returns the guarded cells seen.
 */
function checkEveryCell(download, { headers, key, rowsByKey, expected }) {
  expect(download.raw.startsWith('\ufeff'), 'starts with a byte-order mark, so Excel reads UTF-8').toBe(true);
  const [head, ...body] = parseCsv(download.text);
  expect(head.map((c) => c.text)).toEqual(headers);
  const guarded = [];
  const check = (cell, header, where) => {
    const label = `${download.filename} ${where}, ${header}: ${JSON.stringify(cell.text)}`;
    if (!cell.quoted && NUMBER.test(cell.text) && NUMERIC.has(header)) return; // a real number
    if (cell.text.startsWith("'") && dangerous(cell.text.slice(1))) {
      expect(cell.quoted, `${label} is guarded, so it is quoted`).toBe(true);
      guarded.push(cell.text);
      return;
    }
    expect(dangerous(cell.text), `${label} could run as a formula`).toBe(false);
  };
  head.forEach((cell) => check(cell, cell.text, 'header'));
  expect(body.length, `${download.filename}: one record per row`).toBe(rowsByKey.size);
  for (const record of body) {
    expect(record.length, `${download.filename}: every record has every column`).toBe(headers.length);
    const cells = Object.fromEntries(headers.map((h, n) => [h, record[n]]));
    const row = rowsByKey.get(cells[key].text);
    expect(row, `${download.filename}: a row for ${cells[key].text}`).toBeTruthy();
    for (const header of headers) {
      const cell = cells[header];
      check(cell, header, `row ${cells[key].text}`);
      if (!expected[header]) continue;
      const value = expected[header](row);
      const shown = cell.text.startsWith("'") && dangerous(cell.text.slice(1)) ? cell.text.slice(1) : cell.text;
      if (typeof value === 'number') {
        expect(cell, `${download.filename} row ${cells[key].text}, ${header} stays a number`).toEqual({ text: String(value), quoted: false });
      } else {
        expect(shown, `${download.filename} row ${cells[key].text}, ${header}`).toBe(value ?? '');
      }
    }
  }
  return guarded;
}

const summary = readSummary('xss');
const byCode = new Map(summary.indicators.map((i) => [i.code, i]));
const priorityTitle = (code) => summary.priorities.find((p) => p.code === code)?.title ?? '';
const yesNo = (v) => (v ? 'yes' : 'no');

const ABOUT_HEADERS = ['Definition', 'Source', 'Methodology', 'Owner'];
/** An About field as the CSVs write it: the catalogue's text, or "Not recorded". */
const aboutText = (i, key) => (i.about[key] && i.about[key].trim() ? i.about[key] : 'Not recorded');
const ABOUT_EXPECTED = (get) => Object.fromEntries(ABOUT_HEADERS.map((h) => [h, (row) => aboutText(get(row), h.toLowerCase())]));
const INDICATOR_HEADERS = ['Outcome', 'Priority code', 'Priority', 'Indicator code', 'Indicator', 'Unit', 'Polarity',
  'Latest period', 'Value', 'Numerator', 'Denominator', 'Target', 'Rating', 'Reason for rating', 'Direction of travel',
  'Direction reason', 'Benchmark area', 'Benchmark value', 'Compared with benchmark', 'National rank', 'National quartile',
  'Best quartile', 'National position', 'Overdue', 'Next period due', 'Next due date',
  'Headline rating', 'Computed rating', 'Judged rating', 'Why judged', 'Judged by', 'Judged for period',
  'Story', 'Actions', 'Story by', 'Story for period', ...ABOUT_HEADERS];
const INDICATOR_EXPECTED = {
  Outcome: (i) => i.outcome,
  'Priority code': (i) => i.priorityCode,
  Priority: (i) => priorityTitle(i.priorityCode),
  'Indicator code': (i) => i.code,
  Indicator: (i) => i.title,
  Unit: (i) => i.unit,
  Polarity: (i) => i.polarity,
  'Latest period': (i) => i.latest?.period,
  Value: (i) => i.latest?.value,
  Numerator: (i) => i.latest?.numerator,
  Denominator: (i) => i.latest?.denominator,
  Target: (i) => i.latest?.target,
  'Reason for rating': (i) => i.latest?.reason,
  'Direction reason': (i) => i.latest?.directionReason,
  'Benchmark area': (i) => i.latest?.benchmark?.areaName,
  'Benchmark value': (i) => i.latest?.benchmark?.value,
  'National rank': (i) => i.latest?.national?.rank,
  'National quartile': (i) => i.latest?.national?.quartile,
  'Best quartile': (i) => i.latest?.national?.bestQuartile,
  Overdue: (i) => yesNo(i.overdue),
  'Next period due': (i) => i.nextDue.period,
  'Next due date': (i) => i.nextDue.dueDate,
  'Why judged': (i) => i.judged?.reason,
  'Judged by': (i) => i.judged?.author,
  'Judged for period': (i) => i.judged?.period,
  Story: (i) => i.story?.story,
  Actions: (i) => i.story?.actions,
  'Story by': (i) => i.story?.author,
  'Story for period': (i) => i.story?.period,
  ...ABOUT_EXPECTED((i) => i),
};

test.describe('CSV downloads from hostile data (issue 13, OWASP CSV Injection)', () => {
  test('the fixture holds the payloads this test is about', () => {
    const x4 = byCode.get('XSS-4');
    expect(x4.title).toBe("ok;=cmd|' /C calc'!A0");
    expect(x4.outcome).toBe("-2+3+cmd|' /C calc'!A0");
    expect(priorityTitle('PX3')).toBe('＝1+1 full-width priority');
    expect(byCode.get('XSS-2').title).toBe('=HYPERLINK("http://example.invalid","click me")');
    const notes = readDetail('xss', 'XSS-4').series[0].points.map((p) => p.note);
    expect(notes).toEqual(expect.arrayContaining(['-0.4', "@SUM(1+9)*cmd|' /C calc'!A0", "line one\r\n=cmd|' /C calc'!A0"]));
  });

  test('overview and search: every cell of every indicator is safe and as in the summary', async ({ page, serve }) => {
    const server = await serve(scenarioDir('xss'));
    const options = { headers: INDICATOR_HEADERS, key: 'Indicator code', rowsByKey: byCode, expected: INDICATOR_EXPECTED };
    await visit(page, server.url, '#/');
    const overview = await downloadCsv(page, 'Download all indicators (CSV)');
    expect(overview.filename).toBe('indicators.csv');
    const guarded = checkEveryCell(overview, options);
    // The bypasses and the plain payloads, each defused.
    expect(guarded).toEqual(expect.arrayContaining([
      "'ok;=cmd|' /C calc'!A0", "'＝1+1 full-width priority", "'-2+3+cmd|' /C calc'!A0",
      '\'=HYPERLINK("http://example.invalid","click me")',
    ]));
    await visit(page, server.url, '#/search');
    const search = await downloadCsv(page, 'Download these results (CSV)');
    expect(search.filename).toBe('indicators-filtered.csv');
    checkEveryCell(search, options);
    expect(search.text, 'search with no filter gives the same rows as the overview').toBe(overview.text);
    expect(page.problems).toEqual([]);
  });

  test('exceptions: red and amber, overdue and worsening, every cell', async ({ page, serve }) => {
    const server = await serve(scenarioDir('xss'));
    await visit(page, server.url, '#/exceptions');
    const exceptions = await downloadCsv(page, 'Download red and amber indicators (CSV)');
    expect(exceptions.filename).toBe('exceptions.csv');
    const guarded = checkEveryCell(exceptions, {
      headers: ['Rating', 'Headline rating', 'Computed rating', 'Indicator code', 'Indicator', 'Priority', 'Latest period', 'Value',
        'Numerator', 'Denominator', 'Target', 'Reason', 'Why judged', 'Judged by', 'Judged for period'],
      key: 'Indicator code',
      rowsByKey: new Map(summary.exceptions.map((e) => [e.code, e])),
      expected: {
        'Indicator code': (e) => e.code,
        Indicator: (e) => e.title,
        Priority: (e) => priorityTitle(byCode.get(e.code).priorityCode),
        'Latest period': (e) => byCode.get(e.code).latest?.period,
        Value: (e) => byCode.get(e.code).latest?.value,
        Numerator: (e) => byCode.get(e.code).latest?.numerator,
        Denominator: (e) => byCode.get(e.code).latest?.denominator,
        Target: (e) => byCode.get(e.code).latest?.target,
        Reason: (e) => e.reason,
        'Why judged': (e) => byCode.get(e.code).judged?.reason,
        'Judged by': (e) => byCode.get(e.code).judged?.author,
        'Judged for period': (e) => byCode.get(e.code).judged?.period,
      },
    });
    expect(guarded).toEqual(expect.arrayContaining(["'ok;=cmd|' /C calc'!A0", "'＝1+1 full-width priority"]));

    const overdue = await downloadCsv(page, 'Download overdue returns (CSV)');
    expect(overdue.filename).toBe('overdue-returns.csv');
    expect(summary.overdue.length).toBeGreaterThan(0);
    checkEveryCell(overdue, {
      headers: ['Indicator code', 'Indicator', 'Last period received', 'Missing period', 'Due date', 'Days overdue'],
      key: 'Indicator code',
      rowsByKey: new Map(summary.overdue.map((o) => [o.code, o])),
      expected: {
        'Indicator code': (o) => o.code,
        Indicator: (o) => o.title,
        'Last period received': (o) => o.lastPeriod,
        'Missing period': (o) => o.missingPeriod,
        'Due date': (o) => o.dueDate,
        'Days overdue': (o) => o.daysOverdue,
      },
    });

    const worsening = await downloadCsv(page, 'Download worsening indicators (CSV)');
    expect(worsening.filename).toBe('worsening.csv');
    checkEveryCell(worsening, {
      headers: ['Indicator code', 'Indicator', 'Reason'],
      key: 'Indicator code',
      rowsByKey: new Map(summary.worsening.map((w) => [w.code, w])),
      expected: { 'Indicator code': (w) => w.code, Indicator: (w) => w.title, Reason: (w) => w.reason },
    });
    expect(page.problems).toEqual([]);
  });

  test('indicator pages: every period of every indicator with figures, every cell', async ({ page, serve }) => {
    const server = await serve(scenarioDir('xss'));
    const withFigures = summary.indicators.filter((i) => readDetail('xss', i.code).series[0].points.length > 0);
    expect(withFigures.map((i) => i.code)).toEqual(expect.arrayContaining(['XSS-1', 'XSS-2', 'XSS-4']));
    const allGuarded = [];
    for (const indicator of withFigures) {
      const home = readDetail('xss', indicator.code).series.find((s) => s.role === 'home');
      await visit(page, server.url, `#/indicator/${encodeURIComponent(indicator.code)}`);
      await page.waitForSelector('.periods-table');
      const periods = await downloadCsv(page, 'Download every period (CSV)');
      expect(periods.filename).toBe(`${indicator.code}-periods.csv`);
      allGuarded.push(...checkEveryCell(periods, {
        headers: ['Period', 'Value', 'Numerator', 'Denominator', 'Lower 95% confidence limit', 'Upper 95% confidence limit',
          'Target', 'Amber tolerance', 'Rating', 'Submissions', 'Revised', 'Note', ...ABOUT_HEADERS],
        key: 'Period',
        rowsByKey: new Map(home.points.map((p) => [p.period, p])),
        expected: {
          Period: (p) => p.period,
          Value: (p) => p.value,
          Numerator: (p) => p.numerator,
          Denominator: (p) => p.denominator,
          'Lower 95% confidence limit': (p) => p.ciLower,
          'Upper 95% confidence limit': (p) => p.ciUpper,
          Target: (p) => p.target,
          'Amber tolerance': (p) => p.tolerance,
          Submissions: (p) => p.revisions,
          Note: (p) => p.note,
          ...ABOUT_EXPECTED(() => indicator),
        },
      }));
    }
    // Text that looks like a number is guarded; the figure beside it stays a number.
    expect(allGuarded).toEqual(expect.arrayContaining([
      "'-0.4", "'+44 113 222 3333", "'@SUM(1+9)*cmd|' /C calc'!A0", "'line one\r\n=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0",
    ]));
    expect(page.problems).toEqual([]);
  });
});
