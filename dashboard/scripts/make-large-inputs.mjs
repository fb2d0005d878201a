// Writes the 500-indicator engine INPUT folder (the returns bucket's layout) for the "large"
// scenario; generate-fixtures.sh then rates it with the real engine.
//   <dir>/config/indicators.csv  code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
//   <dir>/config/targets.csv     indicator_code,period,target,amber_tolerance
//   <dir>/returns/large-provider/2026-10-15.csv  indicator_code,period,area_code,value,numerator,denominator,note
// Area names come from the engine, so there is no areas file.
//   node scripts/make-large-inputs.mjs DIR [COUNT]
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { largeCatalogue } from './large-catalogue.mjs';

const HOME = 'E08000035';
const BENCHMARK = 'E92000001';
const PROVIDER = 'large-provider';

// Plain CSV (this is engine input, so no spreadsheet-formula guard).
const cell = (v) => (v === null || v === undefined ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (header, rows) => `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;

const [dir, countArg] = process.argv.slice(2);
if (!dir) {
  console.error('Usage: node scripts/make-large-inputs.mjs DIR [COUNT]');
  process.exit(2);
}
const list = largeCatalogue(Number(countArg || 500));
const catalogue = [];
const targets = [];
const returns = [];
for (const i of list) {
  // An overdue one misses its latest year and has a short due period, so 2025/26 (ended
  // 31 March 2026) is late by 2026-11-25; the others have until well after that date.
  const points = i.overdue ? i.points.slice(0, -1) : i.points;
  catalogue.push([i.code, i.title, i.priority.code, i.priority.title, i.priority.outcome, i.polarity, i.unit,
    i.frequency, i.overdue ? 90 : 400, PROVIDER]);
  for (const p of i.points) if (i.target !== null) targets.push([i.code, p.period, i.target, i.tolerance]);
  for (const p of points) returns.push([i.code, p.period, HOME, p.value, p.numerator, p.denominator, null]);
  for (const b of i.bench) returns.push([i.code, b.period, BENCHMARK, b.value, null, null, null]);
}
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'config'), { recursive: true });
mkdirSync(join(dir, 'returns', PROVIDER), { recursive: true });
writeFileSync(join(dir, 'config', 'indicators.csv'), csv(['code', 'title', 'priority_code', 'priority_title', 'outcome', 'polarity', 'unit', 'frequency', 'due_days', 'providers'], catalogue));
writeFileSync(join(dir, 'config', 'targets.csv'), csv(['indicator_code', 'period', 'target', 'amber_tolerance'], targets));
writeFileSync(join(dir, 'returns', PROVIDER, '2026-10-15.csv'), csv(['indicator_code', 'period', 'area_code', 'value', 'numerator', 'denominator', 'note'], returns));
console.log(`Wrote engine inputs for ${list.length} indicators to ${dir}`);
