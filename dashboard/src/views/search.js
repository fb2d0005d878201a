// Search and filters: by outcome, priority, rating, overdue, and free text over code and title.
// The filters live in the URL, so a filtered list can be shared or bookmarked.
import { h, replaceChildren } from '../dom.js';
import { ratingLabel, INDICATOR_RATINGS } from '../rating.js';
import { searchHref } from '../router.js';
import { plural } from '../format.js';
import {
  pageHeading, tableRegion, downloadButton, indicatorRow, indicatorHead, indicatorCsvColumns,
} from './common.js';

export function readFilters(params) {
  return {
    q: params.get('q') ?? '',
    outcome: params.get('outcome') ?? '',
    priority: params.get('priority') ?? '',
    rating: params.get('rating') ?? '',
    overdue: params.get('overdue') === '1' ? '1' : '',
  };
}

export function matches(indicator, f) {
  if (f.outcome && indicator.outcome !== f.outcome) return false;
  if (f.priority && indicator.priorityCode !== f.priority) return false;
  if (f.rating && indicator.rag !== f.rating) return false;
  if (f.overdue && !indicator.overdue) return false;
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    const text = `${indicator.code} ${indicator.title}`.toLowerCase();
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

function select(id, label, value, options) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name: id },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function priorityOptions(summary, outcome) {
  return [['', 'All priorities'], ...summary.priorities
    .filter((p) => !outcome || p.outcome === outcome)
    .map((p) => [p.code, `${p.code} ${p.title}`])];
}

export function renderSearch(summary, params) {
  const filters = readFilters(params);
  const outcomes = summary.outcomes.map((o) => o.name);
  for (const i of summary.indicators) if (i.outcome && !outcomes.includes(i.outcome)) outcomes.push(i.outcome);

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter indicators' },
    h('div', { class: 'field field--wide' },
      h('label', { for: 'q' }, 'Code or title contains'),
      h('input', { id: 'q', name: 'q', type: 'search', value: filters.q, autocomplete: 'off' })),
    select('outcome', 'Outcome', filters.outcome, [['', 'All outcomes'], ...outcomes.map((o) => [o, o])]),
    select('priority', 'Priority', filters.priority, priorityOptions(summary, filters.outcome)),
    select('rating', 'Rating', filters.rating, [['', 'All ratings'], ...INDICATOR_RATINGS.map((r) => [r, ratingLabel(r)])]),
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
      overdue: data.get('overdue') ? '1' : '',
    };
    current = summary.indicators.filter((i) => matches(i, f));
    status.textContent = `Showing ${current.length} of ${plural(summary.indicators.length, 'indicator', 'indicators')}.`;
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
