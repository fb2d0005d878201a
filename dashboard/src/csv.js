// CSV made in the browser from the same rows a view shows.
// Cells are quoted per RFC 4180, and text that a spreadsheet would run as a formula
// (starting with = + - @, or a tab / carriage return) is prefixed with an apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. Real numbers pass through (so -3.2 stays a number); text is guarded. */
export function csvCell(value) {
  if (value === undefined || value === null) return '';
  let text;
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value) : '';
  } else if (typeof value === 'boolean') {
    text = value ? 'yes' : 'no';
  } else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
