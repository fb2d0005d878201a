// The search page's view model: filters read from the URL, which indicators match them, and the
// choices each filter offers. No DOM here (unit-tested in node); src/views/search.js renders it.
import { ratingLabel, INDICATOR_RATINGS } from '../rating.js';
import { plural } from '../format.js';
import { inBottomQuartile } from './compare.js';

/** The filters in a #/search?... URL's parameters. */
export function readFilters(params) {
  return {
    q: params.get('q') ?? '',
    outcome: params.get('outcome') ?? '',
    priority: params.get('priority') ?? '',
    rating: params.get('rating') ?? '',
    overdue: params.get('overdue') === '1' ? '1' : '',
    quartile: params.get('quartile') === 'bottom' ? 'bottom' : '',
  };
}

/** Every word of q must be in the code or title; the other filters must match exactly. */
export function matches(indicator, f) {
  if (f.outcome && indicator.outcome !== f.outcome) return false;
  if (f.priority && indicator.priorityCode !== f.priority) return false;
  if (f.rating && indicator.rag !== f.rating) return false;
  if (f.overdue && !indicator.overdue) return false;
  if (f.quartile === 'bottom' && !inBottomQuartile(indicator)) return false;
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    const text = `${indicator.code} ${indicator.title}`.toLowerCase();
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export function filterIndicators(summary, f) {
  return summary.indicators.filter((i) => matches(i, f));
}

/** The outcomes to choose from: the summary's, then any an indicator names that the list lacks. */
export function outcomeOptions(summary) {
  const outcomes = summary.outcomes.map((o) => o.name);
  for (const i of summary.indicators) if (i.outcome && !outcomes.includes(i.outcome)) outcomes.push(i.outcome);
  return [['', 'All outcomes'], ...outcomes.map((o) => [o, o])];
}

/** The priorities to choose from, narrowed to the chosen outcome's own. [value, text] pairs. */
export function priorityOptions(summary, outcome) {
  return [['', 'All priorities'], ...summary.priorities
    .filter((p) => !outcome || p.outcome === outcome)
    .map((p) => [p.code, `${p.code} ${p.title}`])];
}

export function ratingOptions() {
  return [['', 'All ratings'], ...INDICATOR_RATINGS.map((r) => [r, ratingLabel(r)])];
}

/** The national quartile filter: any, or the worst quartile of councils (A or D, by polarity). */
export function quartileOptions() {
  return [['', 'Any quartile'], ['bottom', 'Bottom quartile nationally']];
}

export function resultCountText(shown, total) {
  return `Showing ${shown} of ${plural(total, 'indicator', 'indicators')}.`;
}
