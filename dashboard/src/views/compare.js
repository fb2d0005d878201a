// The indicator page's "How <home> compares" and "Across <home>" sections: thin renderers of
// ../models/compare.js. Each chart has its words beside it and a table equivalent.
import { h } from '../dom.js';
import { formatValue } from '../format.js';
import {
  nationalWords, authoritiesModel, authoritiesText, groupModels, subAreasModel, subAreaCsvColumns,
  AUTHORITY_CSV_COLUMNS, NEIGHBOURS,
} from '../models/compare.js';
import { tableRegion, downloadButton } from './common.js';

function rowsOf(rows) {
  const bold = (r, c) => (r.home ? h('strong', null, c) : c);
  return rows.map((r) => h('tr', { class: r.home ? 'is-home' : null, 'data-home': r.home ? 'true' : null },
    h('th', { scope: 'row' }, bold(r, r.cells[0])),
    r.cells.slice(1).map((c) => h('td', { class: 'num' }, bold(r, c)))));
}

/**
 * "How <home> compares": the national rank in words, every council's figure as a chart with its
 * words and table, then each comparator group's table. Returns { node, draw } where draw(chartLib)
 * draws the chart once Chart.js is loaded.
 */
export function compareSection(summary, indicator, detail) {
  const home = summary.homeAreaName || 'the council';
  const national = nationalWords(summary, indicator);
  const model = authoritiesModel(summary, detail);
  const words = model ? authoritiesText(summary, indicator, model) : null;
  const groups = groupModels(summary, indicator, detail);
  const neighbourName = indicator.latest?.groups.find((g) => g.code === NEIGHBOURS)?.name ?? 'Statistical neighbours';
  const canvas = model ? h('canvas', { role: 'img', 'aria-label': `Chart of every council's figure. ${words.text}` }) : null;
  const node = h('section', { class: 'compare', 'aria-labelledby': 'compare-heading', 'data-section': 'compare' },
    h('h2', { id: 'compare-heading' }, `How ${home} compares`),
    h('p', { class: 'national judgement__headline', 'data-testid': 'national' }, national.headline),
    national.detail ? h('p', { class: national.bottom ? 'flag' : null }, national.detail) : null,
    model ? h('div', { class: 'chart-panel' },
      h('h3', null, `Every council's figure for ${model.period}`),
      h('p', { class: 'chart-summary', 'data-testid': 'authorities-summary' }, words.text),
      h('div', { class: 'chart-box chart-box--bars' }, canvas),
      h('p', { class: 'neighbour-list', 'data-testid': 'neighbours' }, words.neighbourText),
      h('details', { class: 'councils-table' },
        h('summary', null, 'Show every council as a table'),
        h('div', { class: 'section-head' }, h('span'),
          downloadButton('every council', `${indicator.code}-councils.csv`, AUTHORITY_CSV_COLUMNS, () => model.rows)),
        tableRegion(`Every council's figure for ${model.period}, best first (${home} in bold)`, words.head,
          rowsOf(words.rows),
          { className: 'authorities-table' }))) : null,
    groups.map((g) => h('div', { class: 'group', 'data-group': g.code },
      h('h3', null, g.name),
      h('p', { class: 'group__figure' }, g.sentence, ' ', g.rankSentence),
      g.rows.length
        ? tableRegion(`${g.name}: each member's figure, best first, with ${home} (home area, in bold)`, ['Council', 'Figure', 'National rank'], rowsOf(g.rows),
          { className: 'group-table' })
        : h('p', null, `No member of ${g.name.toLowerCase()} has a figure of its own to list.`))));
  return {
    node,
    draw: (lib) => {
      if (model) lib.drawAuthoritiesChart(canvas, model, { home, neighbours: neighbourName }, (v) => formatValue(v, indicator.unit));
    },
  };
}

/** "Across <home>": the sub-areas chart with whiskers and the home line, its words, table and footnotes. */
export function acrossSection(summary, indicator, detail) {
  const model = subAreasModel(summary, indicator, detail);
  if (!model) return null;
  const canvas = h('canvas', { role: 'img', 'aria-label': `Chart of the areas within ${model.homeName}. ${model.text}` });
  const node = h('section', { class: 'across', 'aria-labelledby': 'across-heading', 'data-section': 'across' },
    h('div', { class: 'section-head' },
      h('h2', { id: 'across-heading' }, `Across ${model.homeName}`),
      downloadButton('areas', `${indicator.code}-areas.csv`, subAreaCsvColumns(summary), () => model.rows)),
    h('p', { class: 'chart-summary', 'data-testid': 'across-summary' }, model.text),
    h('div', { class: 'chart-box' }, canvas),
    tableRegion(`The areas within ${model.homeName} in ${model.period}, best first, each compared with ${model.homeName}`, model.head,
      model.rows.map((r) => h('tr', { 'data-area': r.area, class: r.suppressed ? 'is-suppressed' : null },
        h('th', { scope: 'row' }, r.cells[0]),
        r.cells.slice(1).map((c, n) => h('td', { class: n === 3 ? null : 'num' }, c)))),
      { className: 'subareas-table' }),
    model.notes.length ? h('div', { class: 'footnotes' },
      h('h3', null, 'Why some figures are not shown'),
      h('ul', null, model.notes.map((n) => h('li', null, n)))) : null);
  return {
    node,
    draw: (lib) => lib.drawSubAreasChart(canvas, model, (v) => formatValue(v, indicator.unit)),
  };
}
