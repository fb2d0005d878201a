// CSV made in the browser from the same rows a view shows, quoted per RFC 4180 and guarded against
// formula injection as OWASP's CSV Injection page says (https://owasp.org/www-community/attacks/CSV_Injection):
// a spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab, carriage return or
// line feed before one), and an attacker can start a new cell in the middle of a text with a field
// separator (, or ;), a quote or a line break. So a text cell is prefixed with ' when it starts with
// one of those characters, or has one straight after a separator, quote or line break; the
// full-width forms (＝ ＋ － ＠), which some spreadsheets read as the same, count too. Every such cell
// is quoted, its quotes doubled.
//
// Numbers are judged by their type in the data, never by their text: -0.4 as a number stays -0.4,
// while the text "-0.4" (a note, say) is guarded like any other text.

/** Characters that make a cell a formula when they start it (OWASP's list plus the full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** The same characters straight after a field separator, a quote or a line break inside the cell. */
const FORMULA_INSIDE = /[,;"'\r\n][=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Text that must be quoted anyway: separators (; for spreadsheets set to it), quotes, line breaks, edge spaces. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** True when a spreadsheet could read this text as a formula (or a cell of one). */
export function isFormulaLike(text) {
  return FORMULA_START.test(text) || FORMULA_INSIDE.test(text);
}

const quote = (text) => `"${text.replace(/"/g, '""')}"`;

/** One cell as CSV text. Real numbers pass through (so -3.2 stays a number); text is guarded. */
export function csvCell(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  if (isFormulaLike(text)) return quote(`'${text}`);
  return NEEDS_QUOTES.test(text) ? quote(text) : text;
}

/** columns: [{ header, value: (row) => any }] */
export function toCsv(columns, rows) {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves the CSV as a file; the byte-order mark makes Excel read it as UTF-8. */
export function downloadCsv(filename, csvText) {
  const blob = new Blob(['\ufeff', csvText], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
