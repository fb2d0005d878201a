// Exceptions: the overview by exception the board asked for. Red and amber indicators with the
// reason in words, then overdue returns, then significant worsening. Prints on A4.
import { h } from '../dom.js';
import { ratingBadge } from '../rating.js';
import { indicatorHref } from '../router.js';
import { formatValue, formatValueWithNumbers, isNumber } from '../format.js';
import {
  redAndAmberRows, redAndAmberCsvColumns, OVERDUE_CSV_COLUMNS, overdueCells, WORSENING_CSV_COLUMNS,
  atRiskRows, AT_RISK_CSV_COLUMNS,
} from '../models/exceptions.js';
import {
  pageHeading, tableRegion, downloadButton, problemsSection, judgedNote, headlineBadge,
} from './common.js';

function headlineBadgeFor(summary, code) {
  const i = summary.byCode.get(code);
  return i ? headlineBadge(i) : ratingBadge(undefined);
}

function link(code, title) {
  return h('a', { href: indicatorHref(code) }, h('span', { class: 'code' }, code), ' ', title);
}

function redAndAmber(summary) {
  const rows = redAndAmberRows(summary);
  const csv = redAndAmberCsvColumns(summary);
  return h('section', { 'aria-labelledby': 'red-amber-heading', class: 'exception-section' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'red-amber-heading' }, `Red and amber indicators (${rows.length})`),
      downloadButton('red and amber indicators', 'exceptions.csv', csv, () => rows)),
    h('p', null, 'Listed by headline rating: the performance team’s judged rating where there is one, '
      + 'with the computed rating beside it and the reason for the judgement.'),
    rows.length === 0
      ? h('p', null, 'No indicators are rated red or amber.')
      : tableRegion('Indicators rated red or amber, with the reason', ['Rating', 'Indicator', 'Latest figure', 'Target', 'Reason'],
        rows.map(({ e, indicator, headline }) => {
          const l = indicator?.latest;
          return h('tr', { 'data-code': e.code },
            h('td', null, ratingBadge(headline.rag, { suffix: headline.suffix })),
            h('th', { scope: 'row' }, link(e.code, e.title)),
            h('td', { class: 'num' }, l ? [formatValueWithNumbers(l, indicator.unit), h('span', { class: 'period' }, l.period ?? '')] : 'No data yet'),
            h('td', { class: 'num' }, l && isNumber(l.target) ? formatValue(l.target, indicator.unit) : 'No target'),
            h('td', null, h('span', { class: 'reason' }, e.reason || 'No reason given'), indicator ? judgedNote(indicator) : null));
        })));
}

function atRisk(summary) {
  const rows = atRiskRows(summary);
  return h('section', { 'aria-labelledby': 'at-risk-heading', class: 'exception-section', 'data-section': 'at-risk' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'at-risk-heading' }, `At risk of getting worse (${rows.length})`),
      downloadButton('indicators at risk', 'at-risk.csv', AT_RISK_CSV_COLUMNS, () => rows)),
    h('p', null, 'Green and amber indicators whose forecast “if nothing changes” would be rated worse in the next period.'),
    rows.length === 0
      ? h('p', null, 'No indicators are at risk of a worse rating.')
      : tableRegion('Indicators at risk of a worse rating if nothing changes', ['Indicator', 'Rating now', 'If nothing changes', 'Why'],
        rows.map(({ a }) => h('tr', { 'data-code': a.code },
          h('th', { scope: 'row' }, link(a.code, a.title)),
          h('td', null, ratingBadge(a.from)),
          h('td', null, ratingBadge(a.to)),
          h('td', { class: 'reason' }, a.reason)))));
}

function overdue(summary) {
  const rows = summary.overdue;
  const csv = OVERDUE_CSV_COLUMNS;
  return h('section', { 'aria-labelledby': 'overdue-heading', class: 'exception-section' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'overdue-heading' }, `Overdue returns (${rows.length})`),
      downloadButton('overdue returns', 'overdue-returns.csv', csv, () => rows)),
    rows.length === 0
      ? h('p', null, 'No returns are overdue.')
      : tableRegion('Returns that were due and have not arrived', ['Indicator', 'Last period received', 'Missing period', 'Due date', 'Days overdue'],
        rows.map((o) => h('tr', { 'data-code': o.code },
          h('th', { scope: 'row' }, link(o.code, o.title)),
          overdueCells(o).map((c, n) => h('td', n === 3 ? { class: 'num' } : null, c))))));
}

function worsening(summary) {
  const rows = summary.worsening;
  const csv = WORSENING_CSV_COLUMNS;
  return h('section', { 'aria-labelledby': 'worsening-heading', class: 'exception-section' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'worsening-heading' }, `Significantly worse than before (${rows.length})`),
      downloadButton('worsening indicators', 'worsening.csv', csv, () => rows)),
    rows.length === 0
      ? h('p', null, 'No indicators have got significantly worse.')
      : tableRegion('Indicators that have got significantly worse', ['Indicator', 'Rating', 'Why'],
        rows.map((w) => h('tr', { 'data-code': w.code },
          h('th', { scope: 'row' }, link(w.code, w.title)),
          h('td', null, headlineBadgeFor(summary, w.code)),
          h('td', { class: 'reason' }, w.reason || 'No reason given')))));
}

export function renderExceptions(summary) {
  return [
    pageHeading('Exceptions'),
    h('p', { class: 'lede' },
      `Indicators for ${summary.homeAreaName || 'the council'} that need the board's attention: `,
      'those rated red or amber, those at risk of getting worse, returns that are overdue, and figures that have got significantly worse.'),
    h('p', { class: 'no-print' },
      h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print this page')),
    problemsSection(summary, 'problems-heading'),
    redAndAmber(summary),
    atRisk(summary),
    overdue(summary),
    worsening(summary),
  ];
}
