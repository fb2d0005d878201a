// Pieces every view shares: headings that take focus, tables that scroll by keyboard,
// CSV buttons, and the standard indicator row (its columns and CSV are in ../models/indicators.js).
import { h } from '../dom.js';
import { toCsv, downloadCsv } from '../csv.js';
import { ratingBadge } from '../rating.js';
import { indicatorHref } from '../router.js';
import { quartileCell } from '../models/compare.js';
import { headline, judgedModel, storyModel } from '../models/commentary.js';
import {
  formatValue, formatValueWithNumbers, directionWords, directionArrow, benchmarkWords, NOT_KNOWN, isNumber,
} from '../format.js';

let headingSeq = 0;

/** The view's h1. It takes focus after navigation so screen readers announce the new view. */
export function pageHeading(text) {
  return h('h1', { id: 'page-heading', tabindex: '-1' }, text);
}

/** A table in a labelled region that can be scrolled with the keyboard on small screens. */
export function tableRegion(caption, head, rows, { className = '' } = {}) {
  const id = `table-caption-${++headingSeq}`;
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': id, tabindex: '0' },
    h('table', { class: `data-table ${className}`.trim() },
      h('caption', { id }, caption),
      h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, rows)));
}

export function downloadButton(label, filename, columns, getRows) {
  return h('button', {
    type: 'button',
    class: 'button button--secondary',
    'data-csv': filename,
    onclick: () => downloadCsv(filename, toCsv(columns, getRows())),
  }, `Download ${label} (CSV)`);
}

export function indicatorLink(indicator) {
  return h('a', { href: indicatorHref(indicator.code) },
    h('span', { class: 'code' }, indicator.code), ' ', indicator.title);
}

export function directionCell(latest) {
  if (!latest) return NOT_KNOWN;
  const arrow = directionArrow(latest);
  return h('span', { class: `direction direction--${String(latest.directionOfTravel ?? 'unknown').toLowerCase()}` },
    arrow ? h('span', { 'aria-hidden': 'true' }, `${arrow} `) : null,
    directionWords(latest.directionOfTravel),
    latest.directionSignificant === true ? ' (significant)' : '');
}

export function benchmarkCell(latest, unit) {
  const b = latest?.benchmark;
  if (!b) return 'No national comparator';
  return h('span', null, benchmarkWords(b), isNumber(b.value) ? ` (${formatValue(b.value, unit)})` : '');
}

/** The row every list of indicators shows. */
export function indicatorRow(i) {
  const l = i.latest;
  return h('tr', { 'data-code': i.code },
    h('th', { scope: 'row' }, indicatorLink(i)),
    h('td', { class: 'nowrap' }, l?.period ?? 'No data yet'),
    h('td', { class: 'num' }, l ? formatValueWithNumbers(l, i.unit) : 'No data yet'),
    h('td', { class: 'num' }, l && isNumber(l.target) ? formatValue(l.target, i.unit) : 'No target'),
    h('td', null, headlineBadge(i), i.overdue ? h('span', { class: 'flag' }, ' Overdue') : null, judgedNote(i)),
    h('td', null, directionCell(l)),
    h('td', null, benchmarkCell(l, i.unit)),
    h('td', { class: 'nowrap' }, quartileCell(i)));
}

export function messagePanel(title, ...body) {
  return h('div', { class: 'panel panel--problem', role: 'alert' },
    h('h2', null, title), body.map((b) => (typeof b === 'string' ? h('p', null, b) : b)));
}

/**
 * Indicators the engine could not rate this run, with its plain-English reason. Shown wherever
 * ratings are read, so a missing indicator is never silently absent.
 */
export function problemsSection(summary, id) {
  const problems = Array.isArray(summary.problems) ? summary.problems : [];
  if (!problems.length) return null;
  return h('section', { 'aria-labelledby': id, class: 'exception-section problems', 'data-section': 'problems' },
    h('h2', { id }, `Could not be rated (${problems.length})`),
    h('p', null, 'These indicators could not be rated this time. Their figures are not lost: '
      + 'the performance team has been told and is checking them.'),
    tableRegion('Indicators that could not be rated, with the reason', ['Indicator', 'Why'],
      problems.map((p) => h('tr', { 'data-code': p.code },
        h('th', { scope: 'row' }, h('span', { class: 'code' }, p.code), p.title ? ` ${p.title}` : ''),
        h('td', { class: 'reason' }, p.message)))));
}

/** The headline rating's badge: "Amber (judged; computed Red)" when judged, else the computed rating. */
export function headlineBadge(item) {
  const m = headline(item);
  return ratingBadge(m.rag, { suffix: m.suffix });
}

/** Why the team judged the rating, and who for when (text only); null when nothing is judged. */
export function judgedNote(item, { full = false } = {}) {
  const j = judgedModel(item);
  if (!j) return null;
  return h(full ? 'div' : 'p', { class: 'judged', 'data-testid': 'judged' },
    h('span', { class: 'judged__byline' }, `${j.byline} `),
    h('span', { class: 'judged__reason' }, j.reason));
}

/** The story behind the figures and the actions, with who wrote it and for which period; null without one. */
export function storyBlock(item, { heading = 'h3', title = 'The story behind the figures', id } = {}) {
  const s = storyModel(item);
  if (!s) return null;
  return h('div', { class: 'story', 'data-testid': 'story' },
    h(heading, { class: 'story__title', id }, title),
    h('p', { class: 'story__text' }, s.story),
    h('p', { class: 'story__actions' }, h('strong', null, 'Actions: '), s.actions),
    h('p', { class: 'story__byline' }, s.byline));
}
