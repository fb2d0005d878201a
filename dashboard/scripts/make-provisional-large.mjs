// PROVISIONAL: writes test/provisional/large (500 indicators) in the engine's contract, for the
// benchmark and the large-data test, until generate-fixtures.sh can make it with the real engine.
// --if-needed: do nothing when it is already there, or when DASHBOARD_FIXTURES points elsewhere.
import { existsSync } from 'node:fs';
import { writeSite } from './provisional-site.mjs';
import { largeCatalogue, OUTCOMES, PRIORITIES } from './large-catalogue.mjs';

const dir = new URL('../test/provisional/large', import.meta.url).pathname;
if (process.argv.includes('--if-needed') && (process.env.DASHBOARD_FIXTURES || existsSync(`${dir}/data/summary.json`))) process.exit(0);

const indicators = largeCatalogue(500);
const site = {
  asOf: '2026-11-25',
  generatedAt: '2026-11-25T06:00:00Z',
  outcomes: OUTCOMES.map((name) => ({
    name,
    priorities: PRIORITIES.filter((p) => p.outcome === name).map((p) => ({
      code: p.code, title: p.title,
      indicators: indicators.filter((i) => i.priority.code === p.code).map((i) => ({
        code: i.code, title: i.title, unit: i.unit, polarity: i.polarity, frequency: i.frequency,
        points: i.points.map((pt) => ({ ...pt, target: i.target, tolerance: i.target === null ? null : i.tolerance })),
        bench: i.bench,
        overdue: i.overdue ? { missingPeriod: '2026/27', dueDate: '2026-06-29', daysOverdue: 149 } : null,
        nextDue: { period: '2026/27', dueDate: '2027-06-29' },
      })),
    })),
  })),
};
const summary = writeSite(dir, site);
console.log(`Wrote ${summary.indicators.length} provisional indicators to ${dir}`);
