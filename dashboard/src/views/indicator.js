// One indicator: why it has its rating, where it is going and how it compares, then its
// history as a chart (with a text summary and a table equivalent) beside a table of every period.
import { h, replaceChildren } from '../dom.js';
import { ratingBadge, ratingLabel } from '../rating.js';
import { loadIndicatorDetail } from '../data.js';
import { overviewHref, searchHref } from '../router.js';
import {
  formatValue, formatNumber, formatValueWithNumbers, formatDate, directionWords, benchmarkWords, revisionsWords,
  polarityWords, unitWords, frequencyWords, isNumber, NOT_KNOWN, areaLabel, ciMethodWords, plural,
} from '../format.js';
import { pageHeading, tableRegion, downloadButton, messagePanel, directionCell } from './common.js';

const num = (v) => (isNumber(v) ? v : null);

function ciWords(lower, upper, unit) {
  return isNumber(lower) && isNumber(upper) ? `${formatValue(lower, unit)} to ${formatValue(upper, unit)}` : 'Not known';
}

/** "The 2026-07 return was due on 30 August 2026 and is 87 days late." from nextDue and the overdue list. */
function overdueWords(summary, indicator) {
  if (!indicator.overdue) return null;
  const o = summary.overdue.find((x) => x.code === indicator.code);
  const period = o?.missingPeriod ?? indicator.nextDue?.period;
  const due = o?.dueDate ?? indicator.nextDue?.dueDate;
  const late = isNumber(o?.daysOverdue) ? ` and is ${plural(o.daysOverdue, 'day', 'days')} late` : '';
  return h('p', { class: 'flag', 'data-testid': 'overdue' }, h('strong', null, 'Overdue: '),
    period ? `the return for ${period} was due on ${formatDate(due)}${late}.` : 'the next return has not arrived.');
}

function facts(indicator, priority) {
  const row = (term, value) => [h('dt', null, term), h('dd', null, value)];
  return h('dl', { class: 'facts' },
    row('Outcome', indicator.outcome || NOT_KNOWN),
    row('Priority', priority ? `${priority.code} ${priority.title}` : indicator.priorityCode || NOT_KNOWN),
    row('Measured as', unitWords(indicator.unit)),
    row('Which way is better', polarityWords(indicator.polarity)),
    row('Reported', frequencyWords(indicator.frequency)),
    row(indicator.overdue ? 'Return awaited' : 'Next return', indicator.nextDue
      ? `${indicator.nextDue.period ?? NOT_KNOWN}, due ${formatDate(indicator.nextDue.dueDate)}${indicator.overdue ? ' (overdue)' : ''}`
      : NOT_KNOWN));
}

/** The judgements in words: rating, direction of travel, benchmark, comparators. */
function judgements(summary, indicator) {
  const l = indicator.latest;
  if (!l) {
    return h('section', { class: 'panel panel--no-data', 'aria-labelledby': 'judgement-heading' },
      h('h2', { id: 'judgement-heading' }, 'No data'),
      h('p', null, ratingBadge('NO_DATA'), ' ', indicator.reason || 'No figures have been received for this indicator yet.',
        ' It cannot be rated until a figure arrives.'),
      overdueWords(summary, indicator));
  }
  const b = l.benchmark;
  return h('section', { class: 'judgements', 'aria-labelledby': 'judgement-heading' },
    h('h2', { id: 'judgement-heading', class: 'visually-hidden' }, 'Rating, trend and comparison'),
    h('div', { class: 'judgement' },
      h('h3', null, 'Rating'),
      h('p', { class: 'judgement__headline' }, ratingBadge(indicator.rag), ` for ${l.period ?? 'the latest period'}: `,
        h('strong', null, formatValueWithNumbers(l, indicator.unit)),
        isNumber(l.target) ? ` against a target of ${formatValue(l.target, indicator.unit)}` : ' (no target set)'),
      h('p', { class: 'reason' }, l.reason || 'No reason was given for this rating.'),
      overdueWords(summary, indicator)),
    h('div', { class: 'judgement' },
      h('h3', null, 'Where it is going'),
      h('p', { class: 'judgement__headline' }, directionCell(l)),
      h('p', null, l.directionReason || (l.previous
        ? `Previous figure: ${formatValue(l.previous.value, indicator.unit)} in ${l.previous.period}.`
        : 'There is no earlier figure to compare with.')),
      l.yearEarlier ? [h('h4', null, `Compared with a year earlier (${l.yearEarlier.period})`),
        h('p', { class: 'year-earlier' }, l.yearEarlier.reason
          || `${directionWords(l.yearEarlier.direction)}: ${formatValue(l.yearEarlier.value, indicator.unit)} in ${l.yearEarlier.period}.`)] : null),
    h('div', { class: 'judgement' },
      h('h3', null, `Compared with ${b?.areaName || summary.benchmarkAreaName || 'national'}`),
      b ? [
        h('p', { class: 'judgement__headline' }, benchmarkWords(b),
          isNumber(b.value) ? `: ${formatValue(b.value, indicator.unit)}` : ''),
        h('p', null, b.reason || ''),
        isNumber(b.ciLower) && isNumber(b.ciUpper)
          ? h('p', { class: 'ci' }, `${summary.homeAreaName || 'Our'}'s 95% confidence interval: ${ciWords(b.ciLower, b.ciUpper, indicator.unit)}`,
            ciMethodWords(b.ciMethod) ? ` (${ciMethodWords(b.ciMethod)})` : '', '.') : null,
      ] : h('p', null, 'There is no national comparator for this indicator.'),
      l.comparators.length ? [
        h('h4', null, 'Other comparators'),
        h('ul', { class: 'comparators' }, l.comparators.map((c) => h('li', { 'data-area': c.area },
          `${areaLabel(c.areaName, c.area)}: ${formatValue(c.value, indicator.unit)} `,
          c.samePeriod === false
            ? h('span', { class: 'not-same-period' }, `(${c.period}: no figure for ${l.period})`)
            : `(${c.period})`)))] : null));
}

/** Orders periods as text: every frequency's format ("2025/26 Q2", "2025-09", "2025") sorts correctly. */
function chartModel(summary, indicator, detail) {
  const series = detail.series;
  // The engine marks each series' role; older files without it fall back to the area codes.
  const home = series.find((s) => s.role === 'home') ?? series.find((s) => s.area === summary.homeArea) ?? series[0];
  if (!home) return null;
  const bench = series.find((s) => s !== home && s.role === 'benchmark')
    ?? series.find((s) => s !== home && s.area && s.area === summary.benchmarkArea) ?? null;
  const others = series.filter((s) => s !== home && s !== bench);
  // Periods in time order by their start date (periodStart), the period text breaking ties.
  const starts = new Map();
  for (const s of series) for (const p of s.points) if (!starts.has(String(p.period))) starts.set(String(p.period), String(p.periodStart ?? p.period));
  const labels = [...starts.keys()].sort((a, b) => starts.get(a).localeCompare(starts.get(b)) || a.localeCompare(b));
  const at = (s, field) => {
    const byPeriod = new Map(s.points.map((p) => [String(p.period), p]));
    return labels.map((period) => num(byPeriod.get(period)?.[field]));
  };
  return {
    home: { name: home.areaName || summary.homeAreaName, series: home, values: at(home, 'value'), ciLower: at(home, 'ciLower'), ciUpper: at(home, 'ciUpper') },
    target: at(home, 'target'),
    benchmark: bench ? { name: areaLabel(bench.areaName, bench.area), values: at(bench, 'value') } : null,
    others: others.map((s) => ({ name: areaLabel(s.areaName, s.area), values: at(s, 'value') })),
    labels,
  };
}

function chartSummaryText(model, indicator) {
  const unit = indicator.unit;
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
  return parts.join(' ');
}

function chartDataTable(model, unit) {
  const head = ['Period', model.home.name, '95% confidence interval', 'Target'];
  if (model.benchmark) head.push(model.benchmark.name);
  for (const o of model.others) head.push(o.name);
  const f = (v) => (v === null ? '–' : formatValue(v, unit));
  return h('details', { class: 'chart-table' },
    h('summary', null, 'Show the chart as a table'),
    tableRegion('Figures plotted in the chart', head, model.labels.map((p, n) => h('tr', null,
      h('th', { scope: 'row' }, p),
      h('td', { class: 'num' }, f(model.home.values[n])),
      h('td', { class: 'num' }, model.home.ciLower[n] === null ? '–' : ciWords(model.home.ciLower[n], model.home.ciUpper[n], unit)),
      h('td', { class: 'num' }, f(model.target[n])),
      model.benchmark ? h('td', { class: 'num' }, f(model.benchmark.values[n])) : null,
      model.others.map((o) => h('td', { class: 'num' }, f(o.values[n])))))));
}

function periodsTable(indicator, homeSeries) {
  const unit = indicator.unit;
  const points = [...homeSeries.points].sort((a, b) => String(b.periodStart ?? b.period).localeCompare(String(a.periodStart ?? a.period)));
  const columns = [
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
  return h('section', { class: 'periods', 'aria-labelledby': 'periods-heading' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'periods-heading' }, `Every period for ${homeSeries.areaName}`),
      downloadButton('every period', `${indicator.code}-periods.csv`, columns, () => points)),
    tableRegion(`${indicator.title}: every period, latest first`,
      ['Period', 'Value', 'Numerator', 'Denominator', '95% confidence interval', 'Target', 'Rating', 'Revisions', 'Note'],
      points.map((p) => h('tr', { 'data-period': String(p.period) },
        h('th', { scope: 'row', class: 'nowrap' }, String(p.period ?? NOT_KNOWN)),
        h('td', { class: 'num' }, isNumber(p.value) ? formatValue(p.value, unit) : 'No figure'),
        h('td', { class: 'num' }, isNumber(p.numerator) ? formatNumber(p.numerator) : '–'),
        h('td', { class: 'num' }, isNumber(p.denominator) ? formatNumber(p.denominator) : '–'),
        h('td', { class: 'num' }, isNumber(p.ciLower) ? ciWords(p.ciLower, p.ciUpper, unit) : '–'),
        h('td', { class: 'num' }, isNumber(p.target) ? formatValue(p.target, unit) : 'No target'),
        h('td', null, p.rag ? ratingBadge(p.rag) : '–'),
        h('td', null, revisionsWords(p.revisions)),
        h('td', null, p.note ?? ''))),
      { className: 'periods-table' }));
}

async function fillHistory(region, summary, indicator, isCurrent) {
  let detail;
  try {
    detail = await loadIndicatorDetail(indicator.code);
  } catch (err) {
    if (!isCurrent()) return;
    replaceChildren(region, messagePanel('The history for this indicator could not be loaded', err.message,
      'The rating and reasons above come from the summary and are still correct.'));
    return;
  }
  if (!isCurrent()) return;
  const model = chartModel(summary, indicator, detail);
  if (!model || model.labels.length === 0) {
    replaceChildren(region, h('p', { class: 'panel panel--no-data' }, 'No figures have been received for this indicator yet.'));
    return;
  }
  const text = chartSummaryText(model, indicator);
  const canvas = h('canvas', { role: 'img', 'aria-label': `Chart of ${indicator.title}. ${text}` });
  replaceChildren(region,
    h('div', { class: 'history' },
      h('section', { class: 'chart-panel', 'aria-labelledby': 'chart-heading' },
        h('h2', { id: 'chart-heading' }, 'History'),
        h('p', { class: 'chart-summary' }, text),
        h('div', { class: 'chart-box' }, canvas),
        chartDataTable(model, indicator.unit)),
      periodsTable(indicator, model.home.series)));
  // Chart.js is loaded only when a chart is needed, so the overview starts faster.
  const { drawIndicatorChart } = await import('../chart.js');
  if (isCurrent()) drawIndicatorChart(canvas, model, (v) => formatValue(v, indicator.unit));
}

export function renderIndicator(summary, code, isCurrent) {
  const indicator = summary.byCode.get(code);
  if (!indicator) {
    return [pageHeading('Indicator not found'),
      messagePanel('There is no indicator with this code', `No indicator has the code “${code}”.`,
        h('p', null, h('a', { href: searchHref({ q: code }) }, 'Search the indicators'), ' or go back to the ',
          h('a', { href: overviewHref() }, 'overview'), '.'))];
  }
  const priority = summary.priorityByCode.get(indicator.priorityCode);
  const history = h('div', { class: 'history-region', 'aria-live': 'polite' },
    h('p', { class: 'loading' }, 'Loading the history of this indicator…'));
  fillHistory(history, summary, indicator, isCurrent);
  return [
    h('nav', { 'aria-label': 'Breadcrumb', class: 'breadcrumb' },
      h('ol', null,
        h('li', null, h('a', { href: overviewHref() }, 'Overview')),
        indicator.outcome ? h('li', null, h('a', { href: searchHref({ outcome: indicator.outcome }) }, indicator.outcome)) : null,
        priority ? h('li', null, h('a', { href: searchHref({ priority: priority.code }) }, `${priority.code} ${priority.title}`)) : null)),
    pageHeading(`${indicator.code}: ${indicator.title}`),
    h('p', { class: 'lede' }, ratingBadge(indicator.rag), ' ',
      indicator.latest ? `Latest figure ${formatValueWithNumbers(indicator.latest, indicator.unit)} for ${indicator.latest.period}.` : 'No data received yet.',
      indicator.overdue ? h('span', { class: 'flag' }, ' Return overdue.') : null),
    judgements(summary, indicator),
    facts(indicator, priority),
    history,
  ];
}
