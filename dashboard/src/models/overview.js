// The overview's view model: the count for each rating, and each outcome with its priorities and
// their indicators. No DOM here (unit-tested in node); src/views/overview.js renders it.
import { INDICATOR_RATINGS } from '../rating.js';

/** [{ rag, count }] in the order the board reads them. */
export function ratingCounts(summary) {
  return INDICATOR_RATINGS.map((rag) => ({ rag, count: Number(summary.counts[rag] ?? 0) }));
}

/**
 * Each outcome with its priorities (in the outcome's order) and each priority's indicators
 * (in the priority's order); codes the summary does not list are skipped.
 */
export function outcomeSections(summary) {
  return summary.outcomes.map((outcome) => ({
    outcome,
    priorities: outcome.priorities.map((c) => summary.priorityByCode.get(c)).filter(Boolean).map((priority) => ({
      priority,
      indicators: priority.indicators.map((c) => summary.byCode.get(c)).filter(Boolean),
    })),
  }));
}

/** Indicators no priority lists, so that nothing is hidden. */
export function unlistedIndicators(summary) {
  const listed = new Set(summary.priorities.flatMap((p) => p.indicators));
  return summary.indicators.filter((i) => !listed.has(i.code));
}
