// Search and filters: by outcome, priority, rating, overdue, and free text over code and title.
// The filters live in the URL, so a filtered list can be shared or bookmarked.
import { h, replaceChildren } from '../dom.js';
import { searchHref } from '../router.js';
import {
  readFilters, filterIndicators, outcomeOptions, priorityOptions, ratingOptions, quartileOptions, resultCountText,
} from '../models/search.js';
import { indicatorHead, indicatorCsvColumns } from '../models/indicators.js';
import { pageHeading, tableRegion, downloadButton, indicatorRow } from './common.js';

function select(id, label, value, options) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

export function renderSearch(summary, params) {
  const filters = readFilters(params);

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter indicators' },
    h('div', { class: 'field field--wide' },
      h('label', { for: 'q' }, 'Code or title contains'),
      h('input', { id: 'q', name: 'q', type: 'search', value: filters.q, autocomplete: 'off' })),
    select('outcome', 'Outcome', filters.outcome, outcomeOptions(summary)),
    select('priority', 'Priority', filters.priority, priorityOptions(summary, filters.outcome)),
    select('rating', 'Rating', filters.rating, ratingOptions()),
    select('quartile', 'National quartile', filters.quartile, quartileOptions()),
    h('div', { class: 'field field--check' },
      h('input', { id: 'overdue', name: 'overdue', type: 'checkbox', value: '1', checked: filters.overdue === '1' }),
      h('label', { for: 'overdue' }, 'Only overdue returns')),
    h('p', { class: 'field' }, h('a', { href: '#/search', class: 'button button--secondary' }, 'Clear filters')));

  const status = h('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'results' });
  let current = [];

  const update = () => {
    const data = new FormData(form);
    const f = {
      q: String(data.get('q') ?? '').trim(), outcome: String(data.get('outcome') ?? ''),
      priority: String(data.get('priority') ?? ''), rating: String(data.get('rating') ?? ''),
      overdue: data.get('overdue') ? '1' : '', quartile: String(data.get('quartile') ?? ''),
    };
    current = filterIndicators(summary, f);
    status.textContent = resultCountText(current.length, summary.indicators.length);
    replaceChildren(results, current.length
      ? tableRegion('Indicators matching the filters', indicatorHead(summary), current.map(indicatorRow))
      : h('p', null, 'No indicators match these filters.'));
    // replaceState: typing should not fill the back button's history, but the URL stays shareable.
    const href = searchHref(f);
    if (location.hash !== href) history.replaceState(null, '', href);
  };
  // Choosing an outcome narrows the priorities to its own, so no choice can give an empty list by mistake.
  const prioritySelect = form.querySelector('#priority');
  let shownOutcome = filters.outcome;
  const onEdit = (e) => {
    if (e.target.id === 'outcome' && e.target.value !== shownOutcome) {
      shownOutcome = e.target.value;
      const kept = prioritySelect.value;
      const options = priorityOptions(summary, shownOutcome);
      replaceChildren(prioritySelect, options.map(([v, text]) => h('option', { value: v }, text)));
      prioritySelect.value = options.some(([v]) => v === kept) ? kept : '';
    }
    update();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  update();

  return [
    pageHeading('Search indicators'),
    form,
    h('div', { class: 'section-head' }, status,
      downloadButton('these results', 'indicators-filtered.csv', indicatorCsvColumns(summary), () => current)),
    results,
  ];
}
