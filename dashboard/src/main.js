// Starts the dashboard: loads the summary once, then draws the view named by the URL hash.
import './styles.css';
import { h, replaceChildren } from './dom.js';
import { loadSummary, DataProblem } from './data.js';
import { parseRoute } from './router.js';
import { formatDate, formatDateTime } from './format.js';
import { renderOverview } from './views/overview.js';
import { renderExceptions } from './views/exceptions.js';
import { renderIndicator } from './views/indicator.js';
import { renderSearch } from './views/search.js';
import { renderReport } from './views/report.js';
import { pageHeading, messagePanel } from './views/common.js';

const main = document.getElementById('main');
const freshness = document.getElementById('freshness');
const siteName = document.getElementById('site-area');
const SITE_TITLE = "Children and young people's performance";

let summary = null;
let renderCount = 0;

function showFreshness(s) {
  replaceChildren(freshness,
    h('span', null, 'Data as of ', h('strong', { 'data-testid': 'as-of' }, formatDate(s.asOf))),
    h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
    h('span', null, 'Generated at ', h('strong', { 'data-testid': 'generated-at' }, formatDateTime(s.generatedAt))));
  siteName.textContent = s.homeAreaName ? ` – ${s.homeAreaName}` : '';
}

function markCurrentNav(view) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function render() {
  const route = parseRoute(location.hash);
  const token = ++renderCount;
  const isCurrent = () => token === renderCount;
  // Charts hold observers: free them when the view changes. A canvas on screen means
  // Chart.js was loaded already, so this import costs nothing; otherwise it is skipped.
  if (main.querySelector('canvas')) import('./chart.js').then((m) => m.destroyCharts());
  markCurrentNav(route.view);
  let content;
  let title;
  switch (route.view) {
    case 'overview': content = renderOverview(summary); title = 'Overview'; break;
    case 'exceptions': content = renderExceptions(summary); title = 'Exceptions'; break;
    case 'report': content = renderReport(summary); title = 'Board report'; break;
    case 'search': content = renderSearch(summary, route.params); title = 'Search indicators'; break;
    case 'indicator': {
      content = renderIndicator(summary, route.code, isCurrent);
      title = summary.byCode.get(route.code)?.title ?? 'Indicator not found';
      break;
    }
    default:
      content = [pageHeading('Page not found'), h('p', null, 'This address does not match a page. ',
        h('a', { href: '#/' }, 'Go to the overview'), '.')];
      title = 'Page not found';
  }
  replaceChildren(main, content);
  main.dataset.view = route.view;
  document.title = `${title} – ${SITE_TITLE}${summary.homeAreaName ? ` – ${summary.homeAreaName}` : ''}`;
  return route;
}

function onNavigate() {
  render();
  // Move focus to the new heading so keyboard and screen reader users start at the top of the view.
  document.getElementById('page-heading')?.focus({ preventScroll: false });
  window.scrollTo(0, 0);
}

function showProblem(err) {
  const message = err instanceof DataProblem ? err.message : 'Something went wrong while reading the performance data.';
  replaceChildren(freshness, 'Data as of: not available');
  replaceChildren(main,
    pageHeading('The performance data could not be shown'),
    messagePanel(message,
      'The dashboard needs the file data/summary.json published by the rating engine. '
      + 'If a new upload is in progress, try again in a minute.',
      err instanceof DataProblem && err.detail ? h('p', { class: 'detail' }, `Technical detail: ${err.detail}`) : null,
      h('p', null, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Try again'))));
  document.title = `Data not available – ${SITE_TITLE}`;
  main.dataset.view = 'problem';
}

async function start() {
  try {
    summary = await loadSummary();
  } catch (err) {
    showProblem(err);
    performance.mark('dashboard:rendered');
    return;
  }
  showFreshness(summary);
  window.addEventListener('hashchange', onNavigate);
  render();
  // The benchmark reads this mark: the moment the first view is on screen with its data.
  performance.mark('dashboard:rendered');
  document.documentElement.dataset.ready = 'true';
}

start();
