// The board's report (#/report): the whole plan, outcome -> priority -> indicators, with headline
// ratings (judged or computed), stories and actions; then red and amber, at risk, overdue. No DOM
// here (unit-tested in node); src/views/report.js renders it, laid out to print on A4.
import { formatValue, formatValueWithNumbers, formatDate, formatDateTime, isNumber, directionWords } from '../format.js';
import { countsWords } from '../rating.js';
import { outcomeSections, unlistedIndicators } from './overview.js';
import { redAndAmberRows, atRiskRows, overdueCells } from './exceptions.js';
import { headline, judgedModel, storyModel } from './commentary.js';

export const REPORT_INDICATOR_HEAD = ['Indicator', 'Period', 'Figure', 'Target', 'Rating', 'Where it is going', 'Story and actions'];
export const REPORT_RED_AMBER_HEAD = ['Rating', 'Indicator', 'Figure', 'Why'];
export const REPORT_AT_RISK_HEAD = ['Indicator', 'Rating now', 'If nothing changes', 'Why'];
export const REPORT_OVERDUE_HEAD = ['Indicator', 'Last period received', 'Missing period', 'Due date', 'Days overdue'];

/** One indicator's row in the report, as text (the rating as a headline for the badge). */
export function reportIndicatorRow(indicator) {
  const l = indicator.latest;
  return {
    code: indicator.code,
    title: indicator.title,
    period: l?.period ?? 'No data yet',
    figure: l ? formatValueWithNumbers(l, indicator.unit) : 'No data yet',
    target: l && isNumber(l.target) ? formatValue(l.target, indicator.unit) : 'No target',
    headline: headline(indicator),
    judged: judgedModel(indicator),
    direction: l ? directionWords(l.directionOfTravel) : 'Not known',
    story: storyModel(indicator),
    overdue: indicator.overdue === true,
  };
}

/**
 * { asOf, generatedAt, homeAreaName, outcomes: [{ name, rag, countsText, priorities: [{ code, title,
 * headline, judged, story, countsText, rows }] }], unlisted, redAndAmber, atRisk, overdue }.
 */
export function reportModel(summary) {
  const outcomes = outcomeSections(summary).map(({ outcome, priorities }) => ({
    name: outcome.name,
    rag: outcome.rag,
    countsText: countsWords(outcome.counts),
    priorities: priorities.map(({ priority, indicators }) => ({
      code: priority.code,
      title: priority.title,
      headline: headline(priority),
      judged: judgedModel(priority),
      story: storyModel(priority),
      countsText: countsWords(priority.counts),
      rows: indicators.map(reportIndicatorRow),
    })),
  }));
  return {
    asOf: formatDate(summary.asOf),
    generatedAt: formatDateTime(summary.generatedAt),
    homeAreaName: summary.homeAreaName || 'the council',
    outcomes,
    unlisted: unlistedIndicators(summary).map(reportIndicatorRow),
    redAndAmber: redAndAmberRows(summary).map(({ e, indicator, headline: hl }) => ({
      code: e.code,
      title: e.title,
      headline: hl,
      judged: indicator ? judgedModel(indicator) : null,
      figure: indicator?.latest ? `${formatValueWithNumbers(indicator.latest, indicator.unit)} (${indicator.latest.period})` : 'No data yet',
      reason: e.reason,
    })),
    atRisk: atRiskRows(summary).map(({ a }) => ({ code: a.code, title: a.title, from: a.from, to: a.to, reason: a.reason })),
    overdue: summary.overdue.map((o) => ({ code: o.code, title: o.title, cells: overdueCells(o) })),
  };
}

/** The headline ratings counted in words, for the report's opening ("2 red, 1 amber"). */
export function headlineCountsText(summary) {
  const counts = {};
  for (const i of summary.indicators) {
    const rag = headline(i).rag;
    counts[rag] = (counts[rag] ?? 0) + 1;
  }
  return countsWords(counts);
}
