// The exceptions page's view model: which rows each section shows, in which order, and the
// columns of each section's CSV. No DOM here (unit-tested in node); src/views/exceptions.js renders it.
import { ratingLabel, ratingOrder } from '../rating.js';
import { formatDate, isNumber, plural } from '../format.js';
import { headline } from './commentary.js';

/**
 * Red before amber by headline rating (the judged one where the team judged it, as the engine
 * orders them); otherwise the engine's order. Each row: { e: the exception, indicator, headline }.
 * headline is the indicator's when the summary has it (with its judgement), else the exception's.
 */
export function redAndAmberRows(summary) {
  return summary.exceptions
    .map((e, n) => {
      const indicator = summary.byCode.get(e.code);
      return { e, n, indicator, headline: headline(indicator ?? e) };
    })
    .sort((a, b) => ratingOrder(a.e.headlineRag ?? a.e.rag) - ratingOrder(b.e.headlineRag ?? b.e.rag) || a.n - b.n)
    .map(({ e, indicator, headline: hl }) => ({ e, indicator, headline: hl }));
}

export function redAndAmberCsvColumns(summary) {
  return [
    { header: 'Rating', value: (r) => r.headline.words },
    { header: 'Headline rating', value: (r) => ratingLabel(r.e.headlineRag ?? r.e.rag) },
    { header: 'Computed rating', value: (r) => ratingLabel(r.e.rag) },
    { header: 'Indicator code', value: (r) => r.e.code },
    { header: 'Indicator', value: (r) => r.e.title },
    { header: 'Priority', value: (r) => summary.priorityByCode.get(r.indicator?.priorityCode)?.title ?? '' },
    { header: 'Latest period', value: (r) => r.indicator?.latest?.period },
    { header: 'Value', value: (r) => r.indicator?.latest?.value },
    { header: 'Numerator', value: (r) => r.indicator?.latest?.numerator },
    { header: 'Denominator', value: (r) => r.indicator?.latest?.denominator },
    { header: 'Target', value: (r) => r.indicator?.latest?.target },
    { header: 'Reason', value: (r) => r.e.reason },
    { header: 'Why judged', value: (r) => r.indicator?.judged?.reason },
    { header: 'Judged by', value: (r) => r.indicator?.judged?.author },
    { header: 'Judged for period', value: (r) => r.indicator?.judged?.period },
  ];
}

export const OVERDUE_CSV_COLUMNS = [
  { header: 'Indicator code', value: (o) => o.code },
  { header: 'Indicator', value: (o) => o.title },
  { header: 'Last period received', value: (o) => o.lastPeriod },
  { header: 'Missing period', value: (o) => o.missingPeriod },
  { header: 'Due date', value: (o) => o.dueDate },
  { header: 'Days overdue', value: (o) => o.daysOverdue },
];

/** An overdue row's cells after the indicator, as the page shows them. */
export function overdueCells(o) {
  return [
    o.lastPeriod || 'None received',
    o.missingPeriod || 'Not known',
    formatDate(o.dueDate),
    isNumber(o.daysOverdue) ? plural(o.daysOverdue, 'day', 'days') : 'Not known',
  ];
}

export const WORSENING_CSV_COLUMNS = [
  { header: 'Indicator code', value: (w) => w.code },
  { header: 'Indicator', value: (w) => w.title },
  { header: 'Reason', value: (w) => w.reason },
];

/** At risk of getting worse (summary atRisk): red first, then amber, as the engine lists them. */
export function atRiskRows(summary) {
  return summary.atRisk.map((a) => ({ a, indicator: summary.byCode.get(a.code) }));
}

export const AT_RISK_CSV_COLUMNS = [
  { header: 'Indicator code', value: (r) => r.a.code },
  { header: 'Indicator', value: (r) => r.a.title },
  { header: 'Rating now', value: (r) => ratingLabel(r.a.from) },
  { header: 'Rating if nothing changes', value: (r) => ratingLabel(r.a.to) },
  { header: 'Forecast period', value: (r) => r.indicator?.latest?.forecast?.period },
  { header: 'Forecast value', value: (r) => r.indicator?.latest?.forecast?.value },
  { header: 'Reason', value: (r) => r.a.reason },
];
