// "How <home> compares" and "Across <home>": the indicator page's national rank and quartile,
// every council's figure, the comparator groups and the sub-areas, as plain words, figures and
// rows. No DOM here (unit-tested in node); src/views/compare.js renders what these return.
import { formatValue, formatNumber, isNumber, NOT_KNOWN, plural } from '../format.js';
import { ciWords } from './indicator.js';

/** The comparator group whose members are marked on the all-councils chart. */
export const NEIGHBOURS = 'STAT-NEIGHBOURS';

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd". */
export function ordinal(n) {
  if (!isNumber(n)) return NOT_KNOWN;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The worst quartile nationally: A when the best is D, D when the best is A; null when not known. */
export function worstQuartile(national) {
  if (national?.bestQuartile === 'D') return 'A';
  if (national?.bestQuartile === 'A') return 'D';
  return null;
}

/** True when the indicator is in the worst quartile of councils nationally. */
export function inBottomQuartile(indicator) {
  const n = indicator?.latest?.national;
  return Boolean(n && n.quartile && worstQuartile(n) === n.quartile);
}

/** The overview's quartile column: "B (best D)", or "Not ranked". */
export function quartileCell(indicator) {
  const n = indicator?.latest?.national;
  if (!n || !n.quartile || !n.bestQuartile) return 'Not ranked';
  return `${n.quartile} (best ${n.bestQuartile})${inBottomQuartile(indicator) ? ', bottom quartile' : ''}`;
}

/**
 * The national position in words: { headline, detail, bottom }. headline is the engine's reason
 * ("109th of 151 councils; quartile C (the best is A)"), or why there is no rank.
 */
export function nationalWords(summary, indicator) {
  const home = summary.homeAreaName || 'The council';
  const n = indicator.latest?.national;
  if (!indicator.latest) return { headline: 'There is no figure yet, so there is no national rank.', detail: null, bottom: false, ranked: false };
  if (!n) return { headline: 'There is no national rank: no list of councils is in force for this indicator.', detail: null, bottom: false, ranked: false };
  if (n.rank === null) return { headline: n.reason, detail: null, bottom: false, ranked: false };
  const bottom = inBottomQuartile(indicator);
  const detail = `Rank 1 is the best; tied councils share a rank. Quartile ${n.quartile} of A to D (A holds the lowest figures)`
    + `${bottom ? `: ${home} is in the bottom quartile nationally.` : '.'}`;
  return { headline: `Nationally, ${home} is ${n.reason}.`, detail, bottom, ranked: true };
}

/**
 * Every council's figure for the period, in the engine's order (best first), each marked as the
 * home area, a statistical neighbour, or neither. null without at least two councils.
 */
export function authoritiesModel(summary, detail) {
  const a = detail.authorities;
  if (!a || a.values.length < 2) return null;
  const rows = a.values.map((v) => ({
    area: v.area,
    name: v.areaName,
    value: v.value,
    rank: v.rank,
    home: v.area === summary.homeArea,
    neighbour: v.groups.includes(NEIGHBOURS),
    groups: v.groups,
  }));
  return { period: a.period, rows };
}

/** The groups a council row belongs to, named: "Home area", "Statistical neighbours, Core cities". */
function markWords(row, groupNames, homeName) {
  if (row.home) return `${homeName} (home area)`;
  return row.groups.map((g) => groupNames.get(g) ?? g).join(', ') || '–';
}

/** The all-councils chart in words, and its table: { text, neighbourText, head, rows }. */
export function authoritiesText(summary, indicator, model) {
  const unit = indicator.unit;
  const homeName = summary.homeAreaName || 'The home area';
  const groupNames = new Map((indicator.latest?.groups ?? []).map((g) => [g.code, g.name]));
  const neighbourName = groupNames.get(NEIGHBOURS) ?? 'Statistical neighbours';
  const home = model.rows.find((r) => r.home);
  const neighbours = model.rows.filter((r) => r.neighbour);
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  const parts = [`Each bar is one of ${plural(model.rows.length, 'council', 'councils')}' figures for ${model.period}, best first: `
    + `from ${formatValue(first.value, unit)} (${first.name}) to ${formatValue(last.value, unit)} (${last.name}).`];
  if (home) {
    parts.push(`${homeName} is the solid dark bar with a black outline${isNumber(home.rank) ? `, ${ordinal(home.rank)}` : ''}, at ${formatValue(home.value, unit)}.`);
  }
  if (neighbours.length) parts.push(`${neighbourName} are the striped bars.`);
  const neighbourText = neighbours.length
    ? `${neighbourName}: ${neighbours.map((r) => `${r.name} ${formatValue(r.value, unit)}${isNumber(r.rank) ? ` (${ordinal(r.rank)})` : ''}`).join('; ')}.`
    : `None of the ${neighbourName.toLowerCase()} has a figure for ${model.period}.`;
  return {
    text: parts.join(' '),
    neighbourText,
    head: ['Council', 'Rank', 'Figure', 'Marked as'],
    rows: model.rows.map((r) => ({
      home: r.home,
      cells: [r.home ? `${r.name} (home area)` : r.name, isNumber(r.rank) ? ordinal(r.rank) : '–', formatValue(r.value, unit), markWords(r, groupNames, homeName)],
    })),
  };
}

/**
 * Each comparator group (latest.groups): its figure in words and a table of its members'
 * figures with the home area among them, best first.
 * [{ code, name, sentence, rankSentence, rows: [{ home, cells: [council, figure, national rank] }] }]
 */
export function groupModels(summary, indicator, detail) {
  const l = indicator.latest;
  if (!l) return [];
  const unit = indicator.unit;
  const homeName = summary.homeAreaName || 'The home area';
  const values = detail?.authorities?.values ?? [];
  return l.groups.map((g) => {
    const members = values.filter((v) => v.groups.includes(g.code) || v.area === summary.homeArea);
    const hasMembers = members.some((v) => v.area !== summary.homeArea);
    let sentence;
    if (!isNumber(g.value)) sentence = `${g.name} have no figure for ${l.period}.`;
    else if (g.computed) sentence = `${g.name}' figure for ${l.period} is ${formatValue(g.value, unit)}: the average (mean) of the ${plural(g.withFigure, 'member', 'members')}' own figures.`;
    else sentence = `${g.name}' figure for ${l.period} is ${formatValue(g.value, unit)}, as published for the group.`;
    const rankSentence = isNumber(g.rank)
      ? `${homeName} is ${ordinal(g.rank)} of ${g.of} (itself and the ${plural(g.withFigure, 'member', 'members')} with a figure; 1 is the best).`
      : `${homeName} is not ranked in this group: ${g.withFigure === 0 ? `none of its ${plural(g.members, 'member', 'members')} has a figure of its own for ${l.period}` : 'neither higher nor lower is better'}.`;
    return {
      code: g.code,
      name: g.name,
      sentence,
      rankSentence,
      rows: hasMembers ? members.map((v) => ({
        home: v.area === summary.homeArea,
        cells: [v.area === summary.homeArea ? `${v.areaName} (home area)` : v.areaName, formatValue(v.value, unit), isNumber(v.rank) ? ordinal(v.rank) : '–'],
      })) : [],
    };
  });
}

// ---- Across the home area: sub-areas -----------------------------------------------------------

/** What a suppressed cell reads, and the footnote explaining it. */
export const SUPPRESSED = {
  'small number': {
    cell: 'fewer than 5',
    note: 'Fewer than 5: the count is between 1 and 4, so it is not shown, to protect the people it counts.',
  },
  secondary: {
    cell: 'hidden to protect a small number',
    note: 'Hidden to protect a small number: this area’s figure is hidden too, because with the total for the whole council it would let the small number be worked out.',
  },
};

export function comparisonWords(comparison, homeName) {
  switch (comparison) {
    case 'BETTER': return `Better than ${homeName}`;
    case 'WORSE': return `Worse than ${homeName}`;
    case 'SIMILAR': return `Similar to ${homeName}`;
    case 'HIGHER': return `Higher than ${homeName}`;
    case 'LOWER': return `Lower than ${homeName}`;
    case 'NOT_COMPARED': return `Not compared with ${homeName}`;
    default: return 'Not shown';
  }
}

/** The home area's own figure for a period: the latest, or from its series. */
function homeValueFor(indicator, detail, period) {
  if (indicator.latest?.period === period) return indicator.latest.value;
  const home = detail.series.find((s) => s.role === 'home');
  const p = home?.points.find((x) => x.period === period);
  return isNumber(p?.value) ? p.value : null;
}

/**
 * The sub-areas, published ones sorted best first (by rank, or by value when there is none),
 * then the suppressed ones in file order. null without sub-areas.
 * { period, homeName, homeValue, rows: [{ name, value, ciLower, ciUpper, suppressed, cells }], notes, text }
 */
export function subAreasModel(summary, indicator, detail) {
  const s = detail.subAreas;
  if (!s || s.areas.length === 0) return null;
  const unit = indicator.unit;
  const homeName = summary.homeAreaName || 'the council';
  const homeValue = homeValueFor(indicator, detail, s.period);
  const shown = s.areas.filter((a) => !a.suppressed);
  const hidden = s.areas.filter((a) => a.suppressed);
  const dir = indicator.polarity === 'higher' ? -1 : 1;
  shown.sort((a, b) => (isNumber(a.rank) && isNumber(b.rank) ? a.rank - b.rank : dir * ((a.value ?? 0) - (b.value ?? 0))));
  const rows = [...shown, ...hidden].map((a) => {
    const sup = a.suppressed ? SUPPRESSED[a.suppressed] ?? { cell: 'not shown', note: null } : null;
    return {
      area: a.area,
      name: a.areaName,
      value: a.value,
      ciLower: a.ciLower,
      ciUpper: a.ciUpper,
      suppressed: a.suppressed,
      cells: [
        a.areaName,
        sup ? sup.cell : formatValue(a.value, unit),
        sup ? '–' : (isNumber(a.numerator) && isNumber(a.denominator) ? `${formatNumber(a.numerator)} of ${formatNumber(a.denominator)}` : '–'),
        sup ? '–' : ciWords(a.ciLower, a.ciUpper, unit),
        sup ? 'Not compared: figure not shown' : comparisonWords(a.comparison, homeName),
        isNumber(a.rank) ? `${ordinal(a.rank)} of ${a.of}` : '–',
      ],
    };
  });
  const notes = [...new Set(hidden.map((a) => a.suppressed))].map((k) => SUPPRESSED[k]?.note).filter(Boolean);
  const count = (c) => shown.filter((a) => a.comparison === c).length;
  const parts = [];
  if (shown.length) {
    const byValue = [...shown].sort((a, b) => a.value - b.value);
    const lo = byValue[0];
    const hi = byValue[byValue.length - 1];
    parts.push(`Across ${plural(s.areas.length, 'area', 'areas')} of ${homeName} in ${s.period}, figures run from ${formatValue(lo.value, unit)} (${lo.areaName}) to ${formatValue(hi.value, unit)} (${hi.areaName})`
      + `${isNumber(homeValue) ? `, against ${formatValue(homeValue, unit)} for ${homeName} as a whole (the dashed line)` : ''}.`);
    const counts = [['BETTER', 'better than'], ['SIMILAR', 'similar to'], ['WORSE', 'worse than'], ['HIGHER', 'higher than'], ['LOWER', 'lower than']]
      .filter(([c]) => count(c) > 0).map(([c, w]) => `${count(c)} ${w}`);
    if (counts.length) parts.push(`${counts.join(', ')} ${homeName}, judged by whether each area’s 95% confidence interval (the whiskers) includes ${homeName}’s figure.`);
  }
  if (hidden.length) parts.push(`${plural(hidden.length, 'area is', 'areas are')} not shown, to protect small numbers: ${hidden.map((a) => `${a.areaName} (${SUPPRESSED[a.suppressed]?.cell ?? 'not shown'})`).join(', ')}.`);
  return {
    period: s.period,
    homeName,
    homeValue,
    rows,
    notes,
    text: parts.join(' '),
    head: ['Area', 'Figure', 'Numbers', '95% confidence interval', `Compared with ${homeName}`, 'Rank'],
  };
}

/** The sub-areas CSV: figures as numbers, words as on screen. */
export function subAreaCsvColumns(summary) {
  const homeName = summary.homeAreaName || 'the council';
  return [
    { header: 'Area code', value: (r) => r.area },
    { header: 'Area', value: (r) => r.name },
    { header: 'Value', value: (r) => r.value },
    { header: 'Lower 95% confidence limit', value: (r) => r.ciLower },
    { header: 'Upper 95% confidence limit', value: (r) => r.ciUpper },
    { header: `Compared with ${homeName}`, value: (r) => r.cells[4] },
    { header: 'Suppressed', value: (r) => (r.suppressed ? SUPPRESSED[r.suppressed]?.cell ?? r.suppressed : '') },
  ];
}

/** The all-councils CSV. */
export const AUTHORITY_CSV_COLUMNS = [
  { header: 'Area code', value: (r) => r.area },
  { header: 'Council', value: (r) => r.name },
  { header: 'Value', value: (r) => r.value },
  { header: 'Rank', value: (r) => r.rank },
  { header: 'Home area', value: (r) => (r.home ? 'Yes' : '') },
  { header: 'Groups', value: (r) => r.groups.join(' ') },
];
