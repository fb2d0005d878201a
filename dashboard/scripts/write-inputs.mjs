// Writes rating-engine INPUT folders (mirroring the returns bucket) for the test scenarios:
//   <dir>/config/indicators.csv  code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
//   <dir>/config/targets.csv     indicator_code,period,target,amber_tolerance
//   <dir>/config/areas.csv       area_code,area_name   (names for home and comparator areas)
//   <dir>/returns/<provider>/<date>.csv  indicator_code,period,area_code,value,numerator,denominator,note
// The demo and xss scenarios come from the same descriptions as the provisional JSON, so the
// tests' figures hold whichever way the fixtures were made.
//   node scripts/write-inputs.mjs demo xss          -> test/inputs/demo, test/inputs/xss
//   node scripts/write-inputs.mjs large --out DIR   -> DIR/large (500 indicators)
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../src/csv.js';
import { demo, xss } from './provisional-demo.mjs';
import { largeCatalogue, OUTCOMES } from './large-catalogue.mjs';

const HOME = 'E08000035';
const AREAS = [
  ['E08000035', 'Leeds'], ['E92000001', 'England'], ['E12000003', 'Yorkshire and the Humber'],
  ['SN-LEEDS', 'Statistical neighbours'], ['CORE-CITIES', 'Core cities'],
];
const DEFAULT_DUE_DAYS = { monthly: 31, quarterly: 31, 'financial-year': 90, 'academic-year': 90, 'calendar-year': 90 };

// Plain CSV writing: cells like "-3" must stay numbers here, so no formula guard (this is engine input).
const cell = (v) => (v === null || v === undefined ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (header, rows) => `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;

/** site: the { outcomes: [{ name, priorities: [{ code, title, indicators: [spec] }] }] } description. */
function writeScenario(dir, site) {
  rmSync(dir, { recursive: true, force: true });
  const catalogue = [];
  const targets = [];
  const files = new Map(); // provider/file -> rows
  const add = (provider, file, row) => {
    const key = `${provider}/${file}`;
    if (!files.has(key)) files.set(key, []);
    files.get(key).push(row);
  };
  for (const o of site.outcomes) {
    for (const p of o.priorities) {
      for (const s of p.indicators) {
        const provider = s.provider ?? `provider-${p.code.toLowerCase()}`;
        catalogue.push([s.code, s.title, p.code, p.title, o.name, s.polarity, s.unit, s.frequency,
          s.dueDays ?? DEFAULT_DUE_DAYS[s.frequency] ?? 90, provider]);
        for (const pt of s.points) {
          if (pt.target !== null && pt.target !== undefined) targets.push([s.code, pt.period, pt.target, pt.tolerance ?? 0]);
          // A revised figure: the first return carried a different value, the later file corrects it.
          if (pt.revisions > 0) add(provider, '2026-09-01.csv', [s.code, pt.period, HOME, +(pt.value + 0.4).toFixed(1), pt.numerator === undefined || pt.numerator === null ? null : pt.numerator + 7, pt.denominator, 'First return, since revised']);
          add(provider, '2026-10-15.csv', [s.code, pt.period, HOME, pt.value, pt.numerator, pt.denominator, pt.note]);
        }
        for (const b of s.bench ?? []) add(provider, '2026-10-15.csv', [s.code, b.period, 'E92000001', b.value, null, null, null]);
        for (const other of s.others ?? []) {
          for (const pt of other.points) add(provider, '2026-10-15.csv', [s.code, pt.period, other.area, pt.value, null, null, null]);
        }
      }
    }
  }
  mkdirSync(join(dir, 'config'), { recursive: true });
  writeFileSync(join(dir, 'config', 'indicators.csv'), csv(['code', 'title', 'priority_code', 'priority_title', 'outcome', 'polarity', 'unit', 'frequency', 'due_days', 'providers'], catalogue));
  writeFileSync(join(dir, 'config', 'targets.csv'), csv(['indicator_code', 'period', 'target', 'amber_tolerance'], targets));
  writeFileSync(join(dir, 'config', 'areas.csv'), csv(['area_code', 'area_name'], AREAS));
  for (const [key, rows] of files) {
    mkdirSync(join(dir, 'returns', key.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, 'returns', key), csv(['indicator_code', 'period', 'area_code', 'value', 'numerator', 'denominator', 'note'], rows));
  }
}

function largeSite() {
  const list = largeCatalogue(500);
  return {
    outcomes: OUTCOMES.map((name) => ({
      name,
      priorities: [...new Map(list.filter((i) => i.priority.outcome === name).map((i) => [i.priority.code, i.priority])).values()]
        .map((p) => ({
          code: p.code, title: p.title,
          indicators: list.filter((i) => i.priority.code === p.code).map((i) => ({
            code: i.code, title: i.title, polarity: i.polarity, unit: i.unit, frequency: i.frequency,
            // Overdue ones have a short due period so 2025/26 (ended 31 March 2026) is late by 2026-11-25.
            dueDays: i.overdue ? 90 : 400, provider: 'large-provider',
            points: (i.overdue ? i.points.slice(0, -1) : i.points).map((pt) => ({ ...pt, target: i.target, tolerance: i.tolerance })),
            bench: i.bench,
          })),
        })),
    })),
  };
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : fileURLToPath(new URL('../test/inputs/', import.meta.url));
const scenarios = { demo: () => demo, xss: () => xss, large: largeSite };
for (const name of args.filter((a, n) => !a.startsWith('--') && args[n - 1] !== '--out')) {
  if (!scenarios[name]) throw new Error(`Unknown scenario ${name}`);
  writeScenario(join(out, name), scenarios[name]());
  console.log(`Wrote engine inputs for ${name} to ${join(out, name)}`);
}
