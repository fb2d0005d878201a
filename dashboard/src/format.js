// Turns contract values into the plain English a councillor reads.
// Unknown or absent values become "Not known" rather than blanks or "undefined".

export const NOT_KNOWN = 'Not known';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

export function isNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/** "2026-11-25" -> "25 November 2026". Read as a calendar date, so no time zone can shift it. */
export function formatDate(iso) {
  if (typeof iso !== 'string') return NOT_KNOWN;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** An ISO instant shown in UK time: "25 November 2026 at 06:00". */
export function formatDateTime(iso) {
  if (typeof iso !== 'string') return NOT_KNOWN;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}`;
}

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
// Percentages and rates to one decimal place, so a column of figures reads evenly
// (the engine's reasons keep their own, more precise wording).
const oneDp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(v) {
  return isNumber(v) ? plain.format(v) : NOT_KNOWN;
}

/** "per 1000" -> 1000, otherwise null. */
function ratePer(unit) {
  const m = /^per\s+(\d+)$/i.exec(String(unit ?? '').trim());
  return m ? Number(m[1]) : null;
}

/** A value in its unit: "9.5%", "1,290", "31.2 per 1,000". */
export function formatValue(v, unit) {
  if (!isNumber(v)) return NOT_KNOWN;
  const u = String(unit ?? '').trim().toLowerCase();
  if (u === 'percent') return `${oneDp.format(v)}%`;
  const per = ratePer(u);
  if (per) return `${oneDp.format(v)} per ${plain.format(per)}`;
  return plain.format(v);
}

/** Area names as a heading or list item shows them: "core cities" -> "Core cities". */
export function areaLabel(name, code) {
  const text = String(name || code || '');
  return text ? text[0].toUpperCase() + text.slice(1) : NOT_KNOWN;
}

const CI_METHOD = {
  WILSON: 'Wilson score method',
  BYAR: "Byar's method",
  EXACT_POISSON: 'exact Poisson method',
};

/** How the 95% confidence interval was worked out, in words; '' when not given. */
export function ciMethodWords(method) {
  return CI_METHOD[method] ?? '';
}

/** "9.5% (2,246 of 23,642)": the board asked for numbers as well as percentages. */
export function formatValueWithNumbers(point, unit) {
  if (!point || !isNumber(point.value)) return NOT_KNOWN;
  const value = formatValue(point.value, unit);
  if (isNumber(point.numerator) && isNumber(point.denominator)) {
    return `${value} (${plain.format(point.numerator)} of ${plain.format(point.denominator)})`;
  }
  return value;
}

export function unitWords(unit) {
  const u = String(unit ?? '').trim().toLowerCase();
  if (u === 'percent') return 'percentage';
  if (u === 'count') return 'count';
  if (u === 'number') return 'number';
  const per = ratePer(u);
  if (per) return `rate per ${plain.format(per)}`;
  return u || NOT_KNOWN;
}

export function polarityWords(polarity) {
  switch (polarity) {
    case 'higher': return 'Higher is better';
    case 'lower': return 'Lower is better';
    case 'none': return 'Neither higher nor lower is better';
    default: return 'Not stated';
  }
}

export function frequencyWords(frequency) {
  switch (frequency) {
    case 'calendar-year': return 'Every calendar year';
    case 'financial-year': return 'Every financial year';
    case 'academic-year': return 'Every academic year';
    case 'quarterly': return 'Every quarter';
    case 'monthly': return 'Every month';
    default: return frequency ? String(frequency) : NOT_KNOWN;
  }
}

const DIRECTION = {
  IMPROVING: 'Improving',
  WORSENING: 'Getting worse',
  NO_CHANGE: 'No change',
  INCREASING: 'Going up',
  DECREASING: 'Going down',
  NOT_COMPARABLE: 'Cannot compare with the previous period',
};

export function directionWords(direction) {
  return DIRECTION[direction] ?? NOT_KNOWN;
}

/** An arrow for where the figure is going, from the values themselves (not from "good/bad"). */
export function directionArrow(latest) {
  const prev = latest?.previous?.value;
  if (!isNumber(latest?.value) || !isNumber(prev)) return '';
  if (latest.value > prev) return '↑';
  if (latest.value < prev) return '↓';
  return '→';
}

export function benchmarkWords(benchmark) {
  if (!benchmark) return 'No national comparator';
  const name = benchmark.areaName || benchmark.area || 'the benchmark';
  switch (benchmark.comparison) {
    case 'BETTER': return `Better than ${name}`;
    case 'WORSE': return `Worse than ${name}`;
    case 'SIMILAR': return `Similar to ${name}`;
    case 'HIGHER': return `Higher than ${name}`;
    case 'LOWER': return `Lower than ${name}`;
    case 'NOT_COMPARED': return `Not compared with ${name}`;
    default: return `Compared with ${name}: not known`;
  }
}

/**
 * The contract's revisions is the number of accepted submissions of the figure:
 * 1 means it was never revised, 2 means it was revised once.
 */
export function revisionsWords(revisions) {
  if (!isNumber(revisions) || revisions < 1) return NOT_KNOWN;
  const times = Math.round(revisions) - 1;
  if (times === 0) return 'Not revised';
  return times === 1 ? 'Revised once' : `Revised ${plain.format(times)} times`;
}

export function plural(n, one, many) {
  return `${plain.format(n)} ${n === 1 ? one : many}`;
}
