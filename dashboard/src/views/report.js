// The board's report (#/report): the whole plan, outcome -> priority -> indicators, with headline
// ratings, stories and actions; then red and amber, at risk and overdue; "Data as of" at the top.
// Laid out to print on A4 like a quarterly performance report: each outcome starts a page, table
// headers repeat on every page and no table row is cut (see the print rules in styles.css).
import { h } from '../dom.js';
import { ratingBadge } from '../rating.js';
import { indicatorHref } from '../router.js';
import {
  reportModel, headlineCountsText, REPORT_INDICATOR_HEAD, REPORT_RED_AMBER_HEAD, REPORT_AT_RISK_HEAD, REPORT_OVERDUE_HEAD,
} from '../models/report.js';
import { pageHeading, tableRegion } from './common.js';

const badge = (hl) => ratingBadge(hl.rag, { suffix: hl.suffix });

function link(code, title) {
  return h('a', { href: indicatorHref(code) }, h('span', { class: 'code' }, code), ' ', title);
}

function judgedLine(j, tag = 'p') {
  if (!j) return null;
  return h(tag, { class: 'judged' }, h('span', { class: 'judged__byline' }, `${j.byline} `), h('span', { class: 'judged__reason' }, j.reason));
}

function storyLines(s, heading) {
  if (!s) return null;
  return h('div', { class: 'story' },
    heading ? h(heading, { class: 'story__title' }, 'The story behind the figures') : null,
    h('p', { class: 'story__text' }, s.story),
    h('p', { class: 'story__actions' }, h('strong', null, 'Actions: '), s.actions),
    h('p', { class: 'story__byline' }, s.byline));
}

function indicatorRows(rows) {
  return rows.map((r) => h('tr', { 'data-code': r.code },
    h('th', { scope: 'row' }, link(r.code, r.title)),
    h('td', { class: 'nowrap' }, r.period),
    h('td', { class: 'num' }, r.figure),
    h('td', { class: 'num' }, r.target),
    h('td', null, badge(r.headline), r.overdue ? h('span', { class: 'flag' }, ' Overdue') : null, judgedLine(r.judged, 'div')),
    h('td', null, r.direction),
    h('td', { class: 'report-story' }, r.story ? storyLines(r.story) : 'No story for this period')));
}

function priorityBlock(p) {
  return h('section', { class: 'report-priority', 'data-priority': p.code, 'aria-labelledby': `report-${p.code}` },
    h('h3', { id: `report-${p.code}` }, h('span', { class: 'code' }, p.code), ' ', p.title),
    h('p', { class: 'report-priority__status' }, 'Priority rating: ', badge(p.headline), ` — ${p.countsText}`),
    judgedLine(p.judged),
    storyLines(p.story, 'h4'),
    p.rows.length
      ? tableRegion(`Indicators for ${p.code} ${p.title}`, REPORT_INDICATOR_HEAD, indicatorRows(p.rows), { className: 'report-table' })
      : h('p', null, 'No indicators are listed for this priority.'));
}

function outcomeBlock(o, n) {
  return h('section', { class: 'report-outcome', 'data-outcome': String(n), 'aria-labelledby': `report-outcome-${n}` },
    h('h2', { id: `report-outcome-${n}`, class: 'report-outcome__title' }, `Outcome ${n + 1}: ${o.name}`),
    h('p', null, 'Outcome rating: ', ratingBadge(o.rag), ` — ${o.countsText}`),
    o.priorities.map(priorityBlock));
}

function exceptionsBlock(m) {
  return h('section', { class: 'report-outcome report-exceptions', 'aria-labelledby': 'report-exceptions' },
    h('h2', { id: 'report-exceptions', class: 'report-outcome__title' }, 'By exception'),
    h('h3', null, `Red and amber (${m.redAndAmber.length})`),
    m.redAndAmber.length
      ? tableRegion('Indicators rated red or amber (headline rating), with the reason', REPORT_RED_AMBER_HEAD,
        m.redAndAmber.map((r) => h('tr', { 'data-code': r.code },
          h('td', null, badge(r.headline)),
          h('th', { scope: 'row' }, link(r.code, r.title)),
          h('td', { class: 'num' }, r.figure),
          h('td', null, h('span', { class: 'reason' }, r.reason), judgedLine(r.judged, 'div')))), { className: 'report-table' })
      : h('p', null, 'No indicators are rated red or amber.'),
    h('h3', null, `At risk of getting worse (${m.atRisk.length})`),
    m.atRisk.length
      ? tableRegion('Indicators at risk of a worse rating if nothing changes', REPORT_AT_RISK_HEAD,
        m.atRisk.map((a) => h('tr', { 'data-code': a.code },
          h('th', { scope: 'row' }, link(a.code, a.title)),
          h('td', null, ratingBadge(a.from)),
          h('td', null, ratingBadge(a.to)),
          h('td', null, a.reason))), { className: 'report-table' })
      : h('p', null, 'No indicators are at risk of a worse rating.'),
    h('h3', null, `Overdue returns (${m.overdue.length})`),
    m.overdue.length
      ? tableRegion('Returns that were due and have not arrived', REPORT_OVERDUE_HEAD,
        m.overdue.map((o) => h('tr', { 'data-code': o.code },
          h('th', { scope: 'row' }, link(o.code, o.title)),
          o.cells.map((c) => h('td', null, c)))), { className: 'report-table' })
      : h('p', null, 'No returns are overdue.'));
}

export function renderReport(summary) {
  const m = reportModel(summary);
  return h('div', { class: 'report' },
    pageHeading(`Board report: ${m.homeAreaName}`),
    h('p', { class: 'report-as-of', 'data-testid': 'report-as-of' },
      h('strong', null, 'Data as of '), m.asOf, '. ', h('strong', null, 'Generated at '), m.generatedAt, '.'),
    h('p', { class: 'lede' },
      'The whole plan, outcome by outcome: each improvement priority and its indicators with their headline ratings ',
      '(the performance team’s judged rating where there is one, the computed rating beside it), ',
      'the story behind the figures and the actions being taken; then the indicators by exception.'),
    h('p', null, `Headline ratings: ${headlineCountsText(summary)}.`),
    h('p', { class: 'no-print' },
      h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print the report')),
    h('section', { 'aria-labelledby': 'report-contents', class: 'report-contents' },
      h('h2', { id: 'report-contents' }, 'Contents'),
      h('ol', null,
        m.outcomes.map((o, n) => h('li', null, `Outcome ${n + 1}: ${o.name}`)),
        h('li', null, 'By exception: red and amber, at risk, overdue'))),
    m.outcomes.map(outcomeBlock),
    m.unlisted.length ? h('section', { class: 'report-outcome', 'aria-labelledby': 'report-other' },
      h('h2', { id: 'report-other', class: 'report-outcome__title' }, 'Other indicators'),
      tableRegion('Indicators not listed under a priority', REPORT_INDICATOR_HEAD, indicatorRows(m.unlisted), { className: 'report-table' })) : null,
    exceptionsBlock(m));
}
