// The indicator page's view model: plain functions from the summary and the indicator's history
// to the words, figures and rows the page shows. No DOM here, so they are unit-tested in node
// (test/models.test.mjs); src/views/indicator.js renders what they return.
import { ratingLabel } from '../rating.js';
import { aboutCsvColumns } from './commentary.js';
import {
  formatValue, formatNumber, formatDate, isNumber, NOT_KNOWN, areaLabel, plural, revisionsWords,
  unitWords, polarityWords, frequencyWords,
} from '../format.js';

const num = (v) => (isNumber(v) ? v : null);

/** "7.9% to 11.4%", or "Not known" without both limits. */
export function ciWords(lower, upper, unit) {
  return isNumber(lower) && isNumber(upper) ? `${formatValue(lower, unit)} to ${formatValue(upper, unit)}` : NOT_KNOWN;
}

/**
 * "the return for 2026-07 was due on 30 August 2026 and is 87 days late." from the overdue list
 * (or nextDue), or null when the indicator is not overdue. The page puts "Overdue: " before it.
 */
export function overdueSentence(summary, indicator) {
  if (!indicator.overdue) return null;
  const o = summary.overdue.find((x) => x.code === indicator.code);
  const period = o?.missingPeriod ?? indicator.nextDue?.period;
  const due = o?.dueDate ?? indicator.nextDue?.dueDate;
  const late = isNumber(o?.daysOverdue) ? ` and is ${plural(o.daysOverdue, 'day', 'days')} late` : '';
  return period ? `the return for ${period} was due on ${formatDate(due)}${late}.` : 'the next return has not arrived.';
}

/** The facts list under the judgements: [term, value] pairs. */
export function factsModel(indicator, priority) {
  return [
    ['Outcome', indicator.outcome || NOT_KNOWN],
    ['Priority', priority ? `${priority.code} ${priority.title}` : indicator.priorityCode || NOT_KNOWN],
    ['Measured as', unitWords(indicator.unit)],
    ['Which way is better', polarityWords(indicator.polarity)],
    ['Reported', frequencyWords(indicator.frequency)],
    [indicator.overdue ? 'Return awaited' : 'Next return',
      `${indicator.nextDue.period}, due ${formatDate(indicator.nextDue.dueDate)}${indicator.overdue ? ' (overdue)' : ''}`],
  ];
}

/**
 * What the chart plots: every period any series has, in time order (by periodStart, the period
 * text breaking ties), with each series' values on those periods (null where it has none).
 * { labels, home: {name, series, values, ciLower, ciUpper}, target, benchmark: {name, values} | null,
 *   others: [{name, values}] }, or null when the history has no home series.
 */
export function chartModel(summary, detail) {
  const series = detail.series;
  const home = series.find((s) => s.role === 'home');
  if (!home) return null;
  const bench = series.find((s) => s.role === 'benchmark') ?? null;
  const others = series.filter((s) => s !== home && s !== bench);
  const starts = new Map();
  for (const s of series) for (const p of s.points) if (!starts.has(p.period)) starts.set(p.period, p.periodStart);
  const labels = [...starts.keys()].sort((a, b) => starts.get(a).localeCompare(starts.get(b)) || a.localeCompare(b));
  const at = (s, field) => {
    const byPeriod = new Map(s.points.map((p) => [p.period, p]));
    return labels.map((period) => num(byPeriod.get(period)?.[field]));
  };
  // After the last figure: the baseline forecast's period and the future years of the target
  // trajectory, each a label of its own (the forecast first, then the years by start date).
  const latest = (summary.byCode?.get(detail.code) ?? summary.indicators?.find((i) => i.code === detail.code))?.latest ?? null;
  const homePoints = home.points.filter((p) => isNumber(p.value));
  const lastHome = homePoints.reduce((a, p) => (!a || p.periodStart > a.periodStart ? p : a), null);
  const lastPeriod = latest?.period ?? lastHome?.period ?? null;
  const lastStart = lastHome?.periodStart ?? '';
  const forecast = latest?.forecast && isNumber(latest.forecast.value) ? latest.forecast : null;
  const future = (detail.trajectory ?? []).filter((t) => t.periodStart > lastStart && !labels.includes(t.period));
  if (forecast && !labels.includes(forecast.period) && !future.some((t) => t.period === forecast.period)) labels.push(forecast.period);
  for (const t of [...future].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) labels.push(t.period);
  const lastIndex = lastPeriod ? labels.indexOf(lastPeriod) : -1;
  const homeValues = at(home, 'value');
  const targets = at(home, 'target');
  const only = (pairs) => labels.map((p) => (pairs.has(p) ? pairs.get(p) : null));
  const trajectory = future.length && lastIndex >= 0 ? {
    values: only(new Map([[lastPeriod, targets[lastIndex] ?? latest?.target ?? null], ...future.map((t) => [t.period, t.target])])),
    years: future.map((t) => ({ period: t.period, target: t.target })),
  } : null;
  const forecastModel = forecast && lastIndex >= 0 && homeValues[lastIndex] !== null ? {
    period: forecast.period,
    value: forecast.value,
    reason: forecast.reason,
    values: only(new Map([[lastPeriod, homeValues[lastIndex]], [forecast.period, forecast.value]])),
  } : null;
  return {
    labels,
    home: { name: home.areaName || summary.homeAreaName, series: home, values: homeValues, ciLower: at(home, 'ciLower'), ciUpper: at(home, 'ciUpper') },
    target: targets,
    trajectory,
    forecast: forecastModel,
    benchmark: bench ? { name: areaLabel(bench.areaName, bench.area), values: at(bench, 'value') } : null,
    others: others.map((s) => ({ name: areaLabel(s.areaName, s.area), values: at(s, 'value') })),
  };
}

/** The chart in words, for the text beside it and the canvas's label. */
export function chartSummaryText(model, unit) {
  const pts = model.labels.map((p, n) => ({ p, v: model.home.values[n] })).filter((x) => x.v !== null);
  if (!pts.length) return `There are no figures for ${model.home.name} yet.`;
  const first = pts[0];
  const last = pts[pts.length - 1];
  const parts = [pts.length === 1
    ? `${model.home.name} has one figure: ${formatValue(last.v, unit)} in ${last.p}.`
    : `Between ${first.p} and ${last.p}, ${model.home.name} went from ${formatValue(first.v, unit)} to ${formatValue(last.v, unit)}.`];
  const li = model.labels.indexOf(last.p);
  if (model.target[li] !== null) parts.push(`The target for ${last.p} is ${formatValue(model.target[li], unit)}.`);
  if (model.benchmark) {
    const bi = model.benchmark.values.findLastIndex((v) => v !== null);
    if (bi >= 0) parts.push(`${model.benchmark.name}'s latest figure is ${formatValue(model.benchmark.values[bi], unit)} (${model.labels[bi]}).`);
  }
  for (const o of model.others) {
    const oi = o.values.findLastIndex((v) => v !== null);
    if (oi >= 0) parts.push(`${o.name}: ${formatValue(o.values[oi], unit)} (${model.labels[oi]}).`);
  }
  if (model.forecast) {
    parts.push(`If nothing changes, ${model.home.name} would be at ${formatValue(model.forecast.value, unit)} in ${model.forecast.period} (the dashed line from the latest figure).`);
  }
  if (model.trajectory) {
    parts.push(`Target trajectory: ${model.trajectory.years.map((t) => `${formatValue(t.target, unit)} in ${t.period}`).join(', ')}.`);
  }
  return parts.join(' ');
}

/** The chart as a table: { head, rows }, every cell text ('–' where a series has no figure). */
export function chartTable(model, unit) {
  const head = ['Period', model.home.name, '95% confidence interval', 'Target'];
  if (model.benchmark) head.push(model.benchmark.name);
  for (const o of model.others) head.push(o.name);
  if (model.trajectory) head.push('Target trajectory');
  if (model.forecast) head.push('If nothing changes (forecast)');
  const f = (v) => (v === null ? '–' : formatValue(v, unit));
  const forecastAt = (p) => (p === model.forecast?.period ? f(model.forecast.value) : '–');
  const trajectoryAt = (p) => f(model.trajectory?.years.find((t) => t.period === p)?.target ?? null);
  const rows = model.labels.map((p, n) => [
    p,
    f(model.home.values[n]),
    model.home.ciLower[n] === null ? '–' : ciWords(model.home.ciLower[n], model.home.ciUpper[n], unit),
    f(model.target[n]),
    ...(model.benchmark ? [f(model.benchmark.values[n])] : []),
    ...model.others.map((o) => f(o.values[n])),
    ...(model.trajectory ? [trajectoryAt(p)] : []),
    ...(model.forecast ? [forecastAt(p)] : []),
  ]);
  return { head, rows };
}

/** The home area's points, latest first. */
export function periodsLatestFirst(homeSeries) {
  return [...homeSeries.points].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.period.localeCompare(a.period));
}

export const PERIODS_HEAD = ['Period', 'Value', 'Numerator', 'Denominator', '95% confidence interval', 'Target', 'Rating', 'Revisions', 'Note'];

/** One row of the periods table as text; rag is the code, for the badge. */
export function periodCells(p, unit) {
  return {
    period: p.period,
    value: isNumber(p.value) ? formatValue(p.value, unit) : 'No figure',
    numerator: isNumber(p.numerator) ? formatNumber(p.numerator) : '–',
    denominator: isNumber(p.denominator) ? formatNumber(p.denominator) : '–',
    ci: isNumber(p.ciLower) ? ciWords(p.ciLower, p.ciUpper, unit) : '–',
    target: isNumber(p.target) ? formatValue(p.target, unit) : 'No target',
    rag: p.rag,
    revisions: revisionsWords(p.revisions),
    note: p.note ?? '',
  };
}

/** The periods CSV: the figures as numbers, the words as on screen. */
export const PERIOD_CSV_COLUMNS = [
  { header: 'Period', value: (p) => p.period },
  { header: 'Value', value: (p) => p.value },
  { header: 'Numerator', value: (p) => p.numerator },
  { header: 'Denominator', value: (p) => p.denominator },
  { header: 'Lower 95% confidence limit', value: (p) => p.ciLower },
  { header: 'Upper 95% confidence limit', value: (p) => p.ciUpper },
  { header: 'Target', value: (p) => p.target },
  { header: 'Amber tolerance', value: (p) => p.tolerance },
  { header: 'Rating', value: (p) => ratingLabel(p.rag) },
  { header: 'Submissions', value: (p) => p.revisions },
  { header: 'Revised', value: (p) => revisionsWords(p.revisions) },
  { header: 'Note', value: (p) => p.note },
];

/**
 * The periods CSV for one indicator: PERIOD_CSV_COLUMNS, then the indicator's four "About" fields
 * (Definition, Source, Methodology, Owner) as columns repeated on every row, so the file says what
 * it measures wherever it is opened, and stays one plain table with one header row.
 */
export function periodCsvColumns(indicator) {
  return [...PERIOD_CSV_COLUMNS, ...aboutCsvColumns(() => indicator)];
}

// ---- Looking ahead: target period, forecast, risk, turning the curve, recent trend ------------

const TREND_DIRECTION = { INCREASING: 'Going up', DECREASING: 'Going down', NO_SIGNIFICANT_CHANGE: 'No significant change' };
const TREND_ASSESSMENT = { GETTING_BETTER: 'getting better', GETTING_WORSE: 'getting worse' };

/** Where the target came from, in words; null without a target. */
export function targetSourceWords(indicator) {
  const l = indicator.latest;
  if (!l || !isNumber(l.target) || !l.targetPeriod) return null;
  const target = formatValue(l.target, indicator.unit);
  if (l.targetPeriod === l.period) return `The target of ${target} was set for ${l.period} itself.`;
  return `The target of ${target} is the one set for ${l.targetPeriod}: ${l.period} has no target of its own, so the year’s target applies.`;
}

/**
 * The indicator's outlook as items the page shows under "Looking ahead":
 * [{ key, heading, headline, text, rag? }]. Empty without a latest figure.
 */
export function outlookModel(indicator) {
  const l = indicator.latest;
  if (!l) return [];
  const items = [];
  const source = targetSourceWords(indicator);
  if (source) items.push({ key: 'target', heading: 'Where the target comes from', headline: `Target period: ${l.targetPeriod}`, text: source });
  items.push(l.forecast
    ? { key: 'forecast', heading: 'If nothing changes', headline: `Forecast: ${formatValue(l.forecast.value, indicator.unit)} in ${l.forecast.period}`, text: l.forecast.reason }
    : { key: 'forecast', heading: 'If nothing changes', headline: 'No forecast', text: 'A forecast needs at least 3 figures in a row with no gaps.' });
  if (l.atRisk) {
    items.push({
      key: 'at-risk', heading: 'At risk', headline: `At risk: ${ratingLabel(l.atRisk.from)} now, ${ratingLabel(l.atRisk.to)} in ${l.atRisk.period} if nothing changes`,
      text: l.atRisk.reason, from: l.atRisk.from, to: l.atRisk.to,
    });
  } else if (l.rag === 'GREEN' || l.rag === 'AMBER') {
    items.push({ key: 'at-risk', heading: 'At risk', headline: 'Not at risk', text: l.forecast ? `If nothing changes, the rating would not get worse than ${ratingLabel(l.rag).toLowerCase()}.` : 'Without a forecast, the risk of a worse rating cannot be judged.' });
  }
  items.push(l.curve
    ? { key: 'curve', heading: 'Turning the curve', headline: l.curve.status === 'TURNED' ? 'Turned the curve' : 'Curve not turned', text: l.curve.reason }
    : { key: 'curve', heading: 'Turning the curve', headline: 'Not assessed', text: indicator.polarity === 'none' ? 'Neither higher nor lower is better, so there is no curve to turn.' : 'It needs at least 4 figures in a row with no gaps.' });
  const t = l.recentTrend;
  items.push(t
    ? { key: 'trend', heading: 'Recent trend', headline: `${TREND_DIRECTION[t.direction] ?? NOT_KNOWN}${t.assessment ? `: ${TREND_ASSESSMENT[t.assessment]}` : ''}`, text: t.reason }
    : { key: 'trend', heading: 'Recent trend', headline: 'Not assessed', text: 'A recent trend needs the last 5 periods in a row with numerators and denominators (percentages and rates only).' });
  return items;
}
