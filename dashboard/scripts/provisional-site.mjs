// PROVISIONAL: writes site data in the rating-engine contract (data/summary.json and
// data/indicators/<code>.json) until the real local runner exists. It imitates the engine's
// judgements only roughly; once scripts/generate-fixtures.sh works, tests use its output instead.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const HOME = { area: 'E08000035', areaName: 'Leeds' };
const BENCH = { area: 'E92000001', areaName: 'England' };

function rate(value, target, tolerance, polarity) {
  if (value === null || value === undefined) return { rag: 'NO_DATA', reason: 'No figure has been received for this period.' };
  if (target === null || target === undefined || polarity === 'none') return { rag: 'NO_TARGET', reason: 'No target is set, so this figure is not rated.' };
  const gap = polarity === 'higher' ? target - value : value - target;
  if (gap <= 0) return { rag: 'GREEN', reason: `On target: ${value} against a target of ${target}.` };
  const side = polarity === 'higher' ? 'below' : 'above';
  if (gap <= tolerance) return { rag: 'AMBER', reason: `${value} is ${side} the target of ${target}, but within the amber tolerance of ${tolerance}.` };
  return { rag: 'RED', reason: `${value} is ${side} the target of ${target} by more than the amber tolerance of ${tolerance}.` };
}

function direction(latest, previous, polarity) {
  if (!previous) return { directionOfTravel: 'NOT_COMPARABLE', directionReason: 'There is no earlier figure to compare with.', directionSignificant: null };
  const diff = +(latest.value - previous.value).toFixed(4);
  const significant = latest.ciLower != null && previous.ciUpper != null
    ? (latest.ciLower > previous.ciUpper || latest.ciUpper < previous.ciLower) : null;
  if (diff === 0) return { directionOfTravel: 'NO_CHANGE', directionReason: `The same as ${previous.period} (${previous.value}).`, directionSignificant: false };
  if (polarity === 'none') {
    return { directionOfTravel: diff > 0 ? 'INCREASING' : 'DECREASING', directionReason: `${diff > 0 ? 'Up' : 'Down'} from ${previous.value} in ${previous.period}.`, directionSignificant: significant };
  }
  const better = polarity === 'higher' ? diff > 0 : diff < 0;
  return {
    directionOfTravel: better ? 'IMPROVING' : 'WORSENING',
    directionReason: `${better ? 'Better' : 'Worse'} than ${previous.period}: ${latest.value} compared with ${previous.value}${significant ? ', a statistically significant change' : ''}.`,
    directionSignificant: significant,
  };
}

function compareBenchmark(latest, benchValue, polarity, areaName) {
  if (benchValue === null || benchValue === undefined) return 'NOT_COMPARED';
  let cmp;
  if (latest.ciLower != null && latest.ciUpper != null) {
    if (benchValue >= latest.ciLower && benchValue <= latest.ciUpper) cmp = 'SIMILAR';
    else cmp = latest.value > benchValue ? 'H' : 'L';
  } else if (Math.abs(latest.value - benchValue) <= Math.abs(benchValue) * 0.01) cmp = 'SIMILAR';
  else cmp = latest.value > benchValue ? 'H' : 'L';
  if (cmp === 'SIMILAR') return 'SIMILAR';
  if (polarity === 'none') return cmp === 'H' ? 'HIGHER' : 'LOWER';
  return (cmp === 'H') === (polarity === 'higher') ? 'BETTER' : 'WORSE';
}

const COMPARISON_WORDS = { BETTER: 'better than', WORSE: 'worse than', SIMILAR: 'similar to', HIGHER: 'higher than', LOWER: 'lower than' };

/**
 * spec: { code, title, priorityCode, unit, polarity, frequency, points: [...], bench: [{period,value}],
 *         others: [{area, areaName, points:[{period,value}]}], overdue: {missingPeriod, dueDate, daysOverdue}|null, nextDue }
 */
function buildIndicator(spec, priority, asOf) {
  const points = spec.points.map((p) => ({ numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null, tolerance: null, revisions: 0, note: null, ...p }));
  for (const p of points) Object.assign(p, { rag: rate(p.value, p.target, p.tolerance, spec.polarity).rag });
  const last = points.at(-1) ?? null;
  const prev = points.at(-2) ?? null;
  const perYear = spec.frequency === 'quarterly' ? 4 : spec.frequency === 'monthly' ? 12 : 1;
  const yearEarlier = points.at(-1 - perYear) ?? null;
  let latest = null;
  let rag = 'NO_DATA';
  if (last) {
    const r = rate(last.value, last.target, last.tolerance, spec.polarity);
    rag = r.rag;
    const benchPoint = (spec.bench ?? []).find((b) => b.period === last.period) ?? (spec.bench ?? []).at(-1);
    const comparison = benchPoint ? compareBenchmark(last, benchPoint.value, spec.polarity, BENCH.areaName) : 'NOT_COMPARED';
    latest = {
      period: last.period, value: last.value, numerator: last.numerator, denominator: last.denominator,
      target: last.target, tolerance: last.tolerance, rag: r.rag, reason: spec.reason ?? r.reason,
      ...direction(last, prev, spec.polarity),
      previous: prev ? { period: prev.period, value: prev.value } : null,
      yearEarlier: yearEarlier ? { period: yearEarlier.period, value: yearEarlier.value } : null,
      overdue: Boolean(spec.overdue),
      benchmark: benchPoint ? {
        area: BENCH.area, areaName: BENCH.areaName, value: benchPoint.value, comparison,
        ciLower: last.ciLower, ciUpper: last.ciUpper,
        reason: comparison === 'NOT_COMPARED'
          ? `Not compared with ${BENCH.areaName}.`
          : `${HOME.areaName} (${last.value}) is ${COMPARISON_WORDS[comparison]} ${BENCH.areaName} (${benchPoint.value}) for ${benchPoint.period}${last.ciLower != null ? ', judged by the 95% confidence interval' : ''}.`,
      } : null,
      comparators: (spec.others ?? []).map((o) => ({ area: o.area, areaName: o.areaName, period: o.points.at(-1).period, value: o.points.at(-1).value })),
      revisions: last.revisions,
    };
  }
  const summaryRow = {
    code: spec.code, title: spec.title, priorityCode: priority.code, outcome: priority.outcome,
    polarity: spec.polarity, unit: spec.unit, frequency: spec.frequency, rag,
    overdue: Boolean(spec.overdue), nextDue: spec.nextDue ?? null, latest,
  };
  const detail = {
    schemaVersion: 1, code: spec.code, title: spec.title, unit: spec.unit, polarity: spec.polarity, frequency: spec.frequency,
    series: [
      { ...HOME, points },
      ...(spec.bench?.length ? [{ ...BENCH, points: spec.bench.map((b) => ({ period: b.period, value: b.value, numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null, tolerance: null, rag: null, revisions: 0, note: null })) }] : []),
      ...(spec.others ?? []).map((o) => ({ area: o.area, areaName: o.areaName, points: o.points.map((p) => ({ numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null, tolerance: null, rag: null, revisions: 0, note: null, ...p })) })),
    ],
  };
  return { summaryRow, detail };
}

const emptyCounts = () => ({ GREEN: 0, AMBER: 0, RED: 0, NO_TARGET: 0, NO_DATA: 0 });
function count(rows) {
  const c = emptyCounts();
  for (const r of rows) c[r.rag] += 1;
  return c;
}
function rollUp(counts) {
  if (counts.RED) return 'RED';
  if (counts.AMBER) return 'AMBER';
  if (counts.GREEN) return 'GREEN';
  return 'UNRATED';
}

/** site: { asOf, generatedAt, outcomes: [{ name, priorities: [{ code, title, indicators: [spec] }] }] } */
export function buildSite(site) {
  const rows = [];
  const details = [];
  const priorities = [];
  const outcomes = [];
  for (const o of site.outcomes) {
    const outcomeRows = [];
    for (const p of o.priorities) {
      const prio = { code: p.code, title: p.title, outcome: o.name };
      const built = p.indicators.map((spec) => buildIndicator(spec, prio, site.asOf));
      const prows = built.map((b) => b.summaryRow);
      rows.push(...prows);
      outcomeRows.push(...prows);
      details.push(...built.map((b) => ({ ...b.detail, generatedAt: site.generatedAt, asOf: site.asOf })));
      const counts = count(prows);
      priorities.push({ ...prio, rag: rollUp(counts), counts, indicators: prows.map((r) => r.code) });
    }
    const counts = count(outcomeRows);
    outcomes.push({ name: o.name, rag: rollUp(counts), counts, priorities: o.priorities.map((p) => p.code) });
  }
  const byCode = new Map(site.outcomes.flatMap((o) => o.priorities.flatMap((p) => p.indicators)).map((s) => [s.code, s]));
  const summary = {
    schemaVersion: 1, generatedAt: site.generatedAt, asOf: site.asOf,
    homeArea: HOME.area, benchmarkArea: BENCH.area, homeAreaName: HOME.areaName, benchmarkAreaName: BENCH.areaName,
    counts: count(rows), outcomes, priorities, indicators: rows,
    exceptions: rows.filter((r) => r.rag === 'RED' || r.rag === 'AMBER').map((r) => ({ code: r.code, title: r.title, rag: r.rag, reason: r.latest.reason })),
    overdue: rows.filter((r) => r.overdue).map((r) => ({
      code: r.code, title: r.title, lastPeriod: r.latest?.period ?? null, ...byCode.get(r.code).overdue,
    })),
    worsening: rows.filter((r) => r.latest?.directionOfTravel === 'WORSENING' && r.latest.directionSignificant === true)
      .map((r) => ({ code: r.code, title: r.title, reason: r.latest.directionReason })),
  };
  return { summary, details };
}

export function writeSite(dir, site) {
  const { summary, details } = buildSite(site);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data', 'indicators'), { recursive: true });
  writeFileSync(join(dir, 'data', 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  for (const d of details) writeFileSync(join(dir, 'data', 'indicators', `${d.code}.json`), `${JSON.stringify(d, null, 2)}\n`);
  return summary;
}
