// CSV is made in the browser; these check the escaping and the formula-injection guard directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../src/csv.js';

test('CSV quotes commas, quotes and line breaks', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(undefined), '');
});

test('CSV guards text that a spreadsheet would run as a formula', () => {
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+44 113'), "'+44 113");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\t=cmd'), "'\t=cmd");
  assert.equal(csvCell('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"');
});

test('CSV keeps real numbers as numbers, including negatives', () => {
  assert.equal(csvCell(-3.2), '-3.2');
  assert.equal(csvCell(0), '0');
  assert.equal(csvCell(Number.NaN), '');
  assert.equal(csvCell(true), 'yes');
});

test('CSV rows end with CRLF and keep column order', () => {
  const csv = toCsv([{ header: 'Code', value: (r) => r.code }, { header: 'Value', value: (r) => r.v }],
    [{ code: 'A', v: 1 }, { code: 'B,C', v: -2 }]);
  assert.equal(csv, 'Code,Value\r\nA,1\r\n"B,C",-2\r\n');
});
