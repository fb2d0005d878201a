// Overview: how many indicators are in each rating, then each outcome with its improvement
// priorities, their ratings and counts, and the indicators under each.
import { h } from '../dom.js';
import { ratingBadge, ratingLabel, countsWords } from '../rating.js';
import { searchHref } from '../router.js';
import { plural } from '../format.js';
import { ratingCounts as countsModel, outcomeSections, unlistedIndicators } from '../models/overview.js';
import { indicatorHead, indicatorCsvColumns } from '../models/indicators.js';
import {
  pageHeading, tableRegion, downloadButton, indicatorRow, problemsSection, headlineBadge, judgedNote, storyBlock,
} from './common.js';

function ratingCounts(summary) {
  const total = summary.indicators.length;
  return h('section', { 'aria-labelledby': 'counts-heading', class: 'counts' },
    h('h2', { id: 'counts-heading' }, `How the ${plural(total, 'indicator is', 'indicators are')} rated`),
    h('ul', { class: 'count-cards' },
      countsModel(summary).map(({ rag, count }) => h('li', { class: 'count-card', 'data-rating': rag },
        h('a', { href: searchHref({ rating: rag }) },
          ratingBadge(rag),
          h('span', { class: 'count-card__number' }, String(count)),
          h('span', { class: 'visually-hidden' }, ` ${ratingLabel(rag).toLowerCase()} indicators, list them`))))));
}

function prioritySection(summary, { priority, indicators }) {
  return h('section', { class: 'priority', 'data-priority': priority.code },
    h('h4', { class: 'priority__title' },
      h('span', { class: 'code' }, priority.code), ' ', priority.title),
    h('p', { class: 'priority__status' }, 'Priority rating: ', headlineBadge(priority),
      h('span', { class: 'priority__counts' }, ` — ${countsWords(priority.counts)}`)),
    judgedNote(priority),
    storyBlock(priority, { heading: 'h5' }),
    indicators.length
      ? tableRegion(`Indicators for ${priority.title}`, indicatorHead(summary), indicators.map(indicatorRow))
      : h('p', null, 'No indicators are listed for this priority.'));
}

function outcomeSection(summary, { outcome, priorities }, index) {
  const id = `outcome-${index}`;
  return h('section', { class: 'outcome', 'aria-labelledby': id },
    h('h3', { id, class: 'outcome__title' }, outcome.name),
    h('p', { class: 'outcome__status' }, 'Outcome rating: ', ratingBadge(outcome.rag),
      ` — ${countsWords(outcome.counts)}`),
    priorities.map((p) => prioritySection(summary, p)));
}

/** Indicators whose priority or outcome is not in the lists still appear, so nothing is hidden. */
function unlisted(summary) {
  const rest = unlistedIndicators(summary);
  if (!rest.length) return null;
  return h('section', { class: 'outcome', 'aria-labelledby': 'outcome-other' },
    h('h3', { id: 'outcome-other' }, 'Other indicators'),
    tableRegion('Indicators not listed under a priority', indicatorHead(summary), rest.map(indicatorRow)));
}

export function renderOverview(summary) {
  return [
    pageHeading('Overview'),
    h('p', { class: 'lede' },
      `Performance against the Children and Young People's Plan for ${summary.homeAreaName || 'the council'}. `,
      'Red and amber indicators are listed with their reasons under ', h('a', { href: '#/exceptions' }, 'Exceptions'), '.'),
    ratingCounts(summary),
    problemsSection(summary, 'problems-heading'),
    h('section', { 'aria-labelledby': 'outcomes-heading' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'outcomes-heading' }, 'Outcomes and improvement priorities'),
        downloadButton('all indicators', 'indicators.csv', indicatorCsvColumns(summary), () => summary.indicators)),
      outcomeSections(summary).map((o, n) => outcomeSection(summary, o, n)),
      unlisted(summary)),
  ];
}
