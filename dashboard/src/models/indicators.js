// Lists of indicators (overview, search): the table head and the CSV columns, shared by both views.
// No DOM here (unit-tested in node).
import { ratingLabel } from '../rating.js';
import { directionWords, benchmarkWords } from '../format.js';
import { quartileCell } from './compare.js';
import { aboutCsvColumns, commentaryCsvColumns } from './commentary.js';

export const INDICATOR_HEAD = ['Indicator', 'Latest period', 'Latest figure', 'Target', 'Rating', 'Where it is going', 'Compared with England', 'National quartile'];

/** Head for the benchmark column uses the real benchmark name when the summary gives one. */
export function indicatorHead(summary) {
  const head = [...INDICATOR_HEAD];
  head[6] = `Compared with ${summary.benchmarkAreaName || 'national'}`;
  return head;
}

/**
 * CSV columns for lists of indicators: everything on screen, plus the numbers behind it. After the
 * engine's columns come the headline rating, the judgement and the story (commentary), then the
 * four "About" columns (Definition, Source, Methodology, Owner; "Not recorded" where missing).
 */
export function indicatorCsvColumns(summary) {
  const prio = (i) => summary.priorityByCode.get(i.priorityCode);
  return [
    { header: 'Outcome', value: (i) => i.outcome },
    { header: 'Priority code', value: (i) => i.priorityCode },
    { header: 'Priority', value: (i) => prio(i)?.title ?? '' },
    { header: 'Indicator code', value: (i) => i.code },
    { header: 'Indicator', value: (i) => i.title },
    { header: 'Unit', value: (i) => i.unit },
    { header: 'Polarity', value: (i) => i.polarity },
    { header: 'Latest period', value: (i) => i.latest?.period },
    { header: 'Value', value: (i) => i.latest?.value },
    { header: 'Numerator', value: (i) => i.latest?.numerator },
    { header: 'Denominator', value: (i) => i.latest?.denominator },
    { header: 'Target', value: (i) => i.latest?.target },
    { header: 'Rating', value: (i) => ratingLabel(i.rag) },
    { header: 'Reason for rating', value: (i) => i.latest?.reason },
    { header: 'Direction of travel', value: (i) => (i.latest ? directionWords(i.latest.directionOfTravel) : '') },
    { header: 'Direction reason', value: (i) => i.latest?.directionReason },
    { header: 'Benchmark area', value: (i) => i.latest?.benchmark?.areaName },
    { header: 'Benchmark value', value: (i) => i.latest?.benchmark?.value },
    { header: 'Compared with benchmark', value: (i) => (i.latest?.benchmark ? benchmarkWords(i.latest.benchmark) : '') },
    { header: 'National rank', value: (i) => i.latest?.national?.rank },
    { header: 'National quartile', value: (i) => i.latest?.national?.quartile },
    { header: 'Best quartile', value: (i) => i.latest?.national?.bestQuartile },
    { header: 'National position', value: (i) => (i.latest ? quartileCell(i) : '') },
    { header: 'Overdue', value: (i) => i.overdue },
    { header: 'Next period due', value: (i) => i.nextDue?.period },
    { header: 'Next due date', value: (i) => i.nextDue?.dueDate },
    ...commentaryCsvColumns(),
    ...aboutCsvColumns(),
  ];
}
