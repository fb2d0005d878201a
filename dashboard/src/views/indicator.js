// One indicator: why it has its rating, where it is going and how it compares, then its
// history as a chart (with a text summary and a table equivalent) beside a table of every period.
import { h, replaceChildren } from '../dom.js';
import { ratingBadge } from '../rating.js';
import { loadIndicatorDetail } from '../data.js';
import { overviewHref, searchHref } from '../router.js';
import {
  formatValue, formatValueWithNumbers, directionWords, benchmarkWords, isNumber, areaLabel, ciMethodWords,
} from '../format.js';
import {
  ciWords, overdueSentence, factsModel, chartModel, chartSummaryText, chartTable, periodsLatestFirst, periodCells,
  PERIODS_HEAD, periodCsvColumns, outlookModel,
} from '../models/indicator.js';
import { compareSection, acrossSection } from './compare.js';
import { aboutModel } from '../models/commentary.js';
import {
  pageHeading, tableRegion, downloadButton, messagePanel, directionCell, headlineBadge, judgedNote, storyBlock,
} from './common.js';

function overdueWords(summary, indicator) {
  const words = overdueSentence(summary, indicator);
  return words ? h('p', { class: 'flag', 'data-testid': 'overdue' }, h('strong', null, 'Overdue: '), words) : null;
}

function facts(indicator, priority) {
  return h('dl', { class: 'facts' }, factsModel(indicator, priority).map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

/** The judgements in words: rating, direction of travel, benchmark, comparators. */
function judgements(summary, indicator) {
  const l = indicator.latest;
  if (!l) {
    return h('section', { class: 'panel panel--no-data', 'aria-labelledby': 'judgement-heading' },
      h('h2', { id: 'judgement-heading' }, 'No data'),
      h('p', null, headlineBadge(indicator), ' ', indicator.reason || 'No figures have been received for this indicator yet.',
        ' It cannot be rated until a figure arrives.'),
      overdueWords(summary, indicator));
  }
  const b = l.benchmark;
  return h('section', { class: 'judgements', 'aria-labelledby': 'judgement-heading' },
    h('h2', { id: 'judgement-heading', class: 'visually-hidden' }, 'Rating, trend and comparison'),
    h('div', { class: 'judgement' },
      h('h3', null, 'Rating'),
      h('p', { class: 'judgement__headline' }, headlineBadge(indicator), ` for ${l.period ?? 'the latest period'}: `,
        h('strong', null, formatValueWithNumbers(l, indicator.unit)),
        isNumber(l.target) ? ` against a target of ${formatValue(l.target, indicator.unit)}` : ' (no target set)'),
      h('p', { class: 'reason' }, l.reason || 'No reason was given for this rating.'),
      judgedNote(indicator, { full: true }),
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

/** The story behind the figures and the actions (commentary for the latest period), as text. */
function story(indicator) {
  const block = storyBlock(indicator, { heading: 'h2', title: 'The story behind the figures', id: 'story-heading' });
  if (!block) return null;
  return h('section', { class: 'story-panel', 'aria-labelledby': 'story-heading', 'data-section': 'story' }, block);
}

/** About this indicator: definition, source, methodology and owner, "Not recorded" where missing. */
function about(indicator) {
  return h('section', { class: 'about', 'aria-labelledby': 'about-heading', 'data-section': 'about' },
    h('h2', { id: 'about-heading' }, 'About this indicator'),
    h('dl', { class: 'facts about__list' }, aboutModel(indicator).map((f) => [
      h('dt', null, f.label),
      h('dd', { 'data-about': f.key, class: f.recorded ? 'about__text' : 'about__text not-recorded' }, f.text)])));
}

/** Looking ahead: where the target came from, the forecast, risk, turning the curve, recent trend. */
function outlook(indicator) {
  const items = outlookModel(indicator);
  if (!items.length) return null;
  return h('section', { class: 'outlook', 'aria-labelledby': 'outlook-heading', 'data-section': 'outlook' },
    h('h2', { id: 'outlook-heading' }, 'Looking ahead'),
    h('div', { class: 'outlook__grid' }, items.map((item) => h('div', { class: 'judgement', 'data-outlook': item.key },
      h('h3', null, item.heading),
      h('p', { class: 'judgement__headline' },
        item.from ? [ratingBadge(item.from), ' now, ', ratingBadge(item.to), ` in ${indicator.latest.atRisk.period} if nothing changes`] : item.headline),
      h('p', { class: 'reason' }, item.text)))));
}

function chartDataTable(model, unit) {
  const { head, rows } = chartTable(model, unit);
  return h('details', { class: 'chart-table' },
    h('summary', null, 'Show the chart as a table'),
    tableRegion('Figures plotted in the chart', head, rows.map(([period, ...cells]) => h('tr', null,
      h('th', { scope: 'row' }, period),
      cells.map((c) => h('td', { class: 'num' }, c))))));
}

function periodsTable(indicator, homeSeries) {
  const points = periodsLatestFirst(homeSeries);
  return h('section', { class: 'periods', 'aria-labelledby': 'periods-heading' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'periods-heading' }, `Every period for ${homeSeries.areaName}`),
      downloadButton('every period', `${indicator.code}-periods.csv`, periodCsvColumns(indicator), () => points)),
    tableRegion(`${indicator.title}: every period, latest first`, PERIODS_HEAD,
      points.map((p) => {
        const c = periodCells(p, indicator.unit);
        return h('tr', { 'data-period': c.period },
          h('th', { scope: 'row', class: 'nowrap' }, c.period),
          h('td', { class: 'num' }, c.value),
          h('td', { class: 'num' }, c.numerator),
          h('td', { class: 'num' }, c.denominator),
          h('td', { class: 'num' }, c.ci),
          h('td', { class: 'num' }, c.target),
          h('td', null, c.rag ? ratingBadge(c.rag) : '–'),
          h('td', null, c.revisions),
          h('td', null, c.note));
      }),
      { className: 'periods-table' }));
}

/** Figures a provider withdrew: listed in words, so a figure never silently disappears from the page. */
function withdrawalsSection(detail) {
  const withdrawals = Array.isArray(detail.withdrawals) ? detail.withdrawals : [];
  if (!withdrawals.length) return null;
  return h('section', { class: 'withdrawals', 'aria-labelledby': 'withdrawals-heading', 'data-section': 'withdrawals' },
    h('h2', { id: 'withdrawals-heading' }, `Withdrawn figures (${withdrawals.length})`),
    h('ul', null, withdrawals.map((w) => h('li', { 'data-period': w.period },
      `${w.areaName || w.area}, ${w.period}: ${w.reason}`))));
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
  const model = chartModel(summary, detail);
  if (!model || model.labels.length === 0) {
    replaceChildren(region, h('p', { class: 'panel panel--no-data' }, 'No figures have been received for this indicator yet.'));
    return;
  }
  const text = chartSummaryText(model, indicator.unit);
  const canvas = h('canvas', { role: 'img', 'aria-label': `Chart of ${indicator.title}. ${text}` });
  const compare = compareSection(summary, indicator, detail);
  const across = acrossSection(summary, indicator, detail);
  replaceChildren(region,
    h('div', { class: 'history' },
      h('section', { class: 'chart-panel', 'aria-labelledby': 'chart-heading' },
        h('h2', { id: 'chart-heading' }, 'History'),
        h('p', { class: 'chart-summary', 'data-testid': 'history-summary' }, text),
        h('div', { class: 'chart-box' }, canvas),
        chartDataTable(model, indicator.unit)),
      periodsTable(indicator, model.home.series),
      withdrawalsSection(detail)),
    compare.node,
    across?.node);
  // Chart.js is loaded only when a chart is needed, so the overview starts faster.
  const lib = await import('../chart.js');
  if (!isCurrent()) return;
  lib.drawIndicatorChart(canvas, model, (v) => formatValue(v, indicator.unit));
  compare.draw(lib);
  across?.draw(lib);
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
    h('p', { class: 'lede' }, headlineBadge(indicator), ' ',
      indicator.latest ? `Latest figure ${formatValueWithNumbers(indicator.latest, indicator.unit)} for ${indicator.latest.period}.` : 'No data received yet.',
      indicator.overdue ? h('span', { class: 'flag' }, ' Return overdue.') : null),
    judgements(summary, indicator),
    story(indicator),
    outlook(indicator),
    about(indicator),
    facts(indicator, priority),
    history,
  ];
}
