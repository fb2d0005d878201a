// The view models issues 11 and 12 add (src/models/compare.js, and the forecast, trajectory and
// outlook in src/models/indicator.js, the at-risk rows in src/models/exceptions.js, the quartile
// filter and column), tested in node without a browser.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkSummary } from '../src/data.js';
import { toCsv } from '../src/csv.js';
import {
  chartModel, chartSummaryText, chartTable, outlookModel, targetSourceWords,
} from '../src/models/indicator.js';
import {
  ordinal, worstQuartile, inBottomQuartile, quartileCell, nationalWords, authoritiesModel, authoritiesText,
  groupModels, subAreasModel, subAreaCsvColumns, comparisonWords, AUTHORITY_CSV_COLUMNS,
} from '../src/models/compare.js';
import { atRiskRows, AT_RISK_CSV_COLUMNS } from '../src/models/exceptions.js';
import { matches, filterIndicators, quartileOptions } from '../src/models/search.js';
import { indicatorHead } from '../src/models/indicators.js';
import { sampleSummary, sampleDetail, sampleDetailCompared, NEET_FORECAST } from './sample-data.mjs';

const summary = () => checkSummary(sampleSummary());
const withForecast = () => {
  const s = sampleSummary();
  s.indicators[0].latest.forecast = NEET_FORECAST;
  return checkSummary(s);
};
const neet = (s = summary()) => s.byCode.get('NEET');

describe('national rank and quartile', () => {
  test('ordinal numbers', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 109, 111].map(ordinal),
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '109th', '111th']);
  });

  test('the worst quartile is A when the best is D, D when the best is A', () => {
    assert.equal(worstQuartile({ bestQuartile: 'D' }), 'A');
    assert.equal(worstQuartile({ bestQuartile: 'A' }), 'D');
    assert.equal(worstQuartile({ bestQuartile: null }), null);
    assert.equal(worstQuartile(null), null);
  });

  test('bottom quartile: NEET (D, best A) is; ATT (not ranked) and NEVER (no data) are not', () => {
    const s = summary();
    assert.equal(inBottomQuartile(s.byCode.get('NEET')), true);
    assert.equal(inBottomQuartile(s.byCode.get('ATT')), false);
    assert.equal(inBottomQuartile(s.byCode.get('NEVER')), false);
    const higher = { latest: { national: { quartile: 'A', bestQuartile: 'D' } } };
    assert.equal(inBottomQuartile(higher), true);
    assert.equal(inBottomQuartile({ latest: { national: { quartile: 'D', bestQuartile: 'D' } } }), false);
  });

  test('the quartile column reads "D (best A), bottom quartile", "B (best D)" or "Not ranked"', () => {
    const s = summary();
    assert.equal(quartileCell(s.byCode.get('NEET')), 'D (best A), bottom quartile');
    assert.equal(quartileCell({ latest: { national: { quartile: 'B', bestQuartile: 'D' } } }), 'B (best D)');
    assert.equal(quartileCell(s.byCode.get('ATT')), 'Not ranked');
    assert.equal(quartileCell(s.byCode.get('NEVER')), 'Not ranked');
    assert.equal(indicatorHead(s).at(-1), 'National quartile');
  });

  test('nationalWords: the rank in words, or the reason there is none', () => {
    const s = summary();
    const w = nationalWords(s, neet(s));
    assert.equal(w.headline, 'Nationally, Leeds is 140th of 151 councils; quartile D (the best is A).');
    assert.equal(w.bottom, true);
    assert.match(w.detail, /Leeds is in the bottom quartile nationally/);
    assert.equal(nationalWords(s, s.byCode.get('ATT')).headline, s.byCode.get('ATT').latest.national.reason);
    assert.match(nationalWords(s, s.byCode.get('NEVER')).headline, /no figure yet/);
    const none = { ...neet(s), latest: { ...neet(s).latest, national: null } };
    assert.match(nationalWords(s, none).headline, /no national rank/i);
  });

  test('the search filter keeps only the bottom quartile, and offers it by name', () => {
    const s = summary();
    const f = { q: '', outcome: '', priority: '', rating: '', overdue: '', quartile: 'bottom' };
    assert.deepEqual(filterIndicators(s, f).map((i) => i.code), ['NEET']);
    assert.equal(matches(s.byCode.get('ATT'), f), false);
    assert.deepEqual(quartileOptions(), [['', 'Any quartile'], ['bottom', 'Bottom quartile nationally']]);
  });
});

describe('every council and the comparator groups', () => {
  test('authoritiesModel marks the home area and the statistical neighbours, best first', () => {
    const model = authoritiesModel(summary(), sampleDetailCompared());
    assert.equal(model.period, '2025/26');
    assert.deepEqual(model.rows.map((r) => [r.name, r.home, r.neighbour]), [
      ['Anytown', false, false], ['Bolton', false, true], ['Sheffield', false, true], ['Leeds', true, false], ['=Evil, City of', false, false]]);
    assert.equal(authoritiesModel(summary(), sampleDetail()), null, 'no councils, no chart');
  });

  test('authoritiesText: the chart in words, the neighbours listed, and a table marking each', () => {
    const s = summary();
    const t = authoritiesText(s, neet(s), authoritiesModel(s, sampleDetailCompared()));
    assert.match(t.text, /^Each bar is one of 5 councils' figures for 2025\/26, best first: from 3% \(Anytown\) to 12% \(=Evil, City of\)\./);
    assert.match(t.text, /Leeds is the solid dark bar with a black outline, 4th, at 9\.5%\./);
    assert.match(t.text, /Statistical neighbours are the striped bars\./);
    assert.equal(t.neighbourText, 'Statistical neighbours: Bolton 6% (2nd); Sheffield 7% (3rd).');
    assert.deepEqual(t.head, ['Council', 'Rank', 'Figure', 'Marked as']);
    assert.deepEqual(t.rows[3], { home: true, cells: ['Leeds (home area)', '4th', '9.5%', 'Leeds (home area)'] });
    assert.deepEqual(t.rows[2].cells, ['Sheffield', '3rd', '7%', 'Statistical neighbours, Core cities']);
  });

  test('groupModels: each group\'s figure in words (mean or published) and its members with the home area', () => {
    const s = summary();
    const [sn, cc] = groupModels(s, neet(s), sampleDetailCompared());
    assert.equal(sn.sentence, 'Statistical neighbours\' figure for 2025/26 is 6.5%: the average (mean) of the 2 members\' own figures.');
    assert.equal(sn.rankSentence, 'Leeds is 3rd of 3 (itself and the 2 members with a figure; 1 is the best).');
    assert.deepEqual(sn.rows.map((r) => r.cells), [['Bolton', '6%', '2nd'], ['Sheffield', '7%', '3rd'], ['Leeds (home area)', '9.5%', '4th']]);
    assert.deepEqual(sn.rows.map((r) => r.home), [false, false, true]);
    assert.equal(cc.sentence, 'Core cities\' figure for 2025/26 is 7.1%, as published for the group.');
    assert.match(cc.rankSentence, /not ranked in this group: none of its 1 member has a figure/);
    const noFigure = { ...neet(s), latest: { ...neet(s).latest, groups: [{ ...neet(s).latest.groups[1], value: null }] } };
    assert.equal(groupModels(s, noFigure, sampleDetail())[0].sentence, 'Core cities have no figure for 2025/26.');
    assert.deepEqual(groupModels(s, noFigure, sampleDetail())[0].rows, [], 'no councils file: no member rows');
  });

  test('the all-councils CSV guards a formula in a council name and keeps numbers as numbers', () => {
    const model = authoritiesModel(summary(), sampleDetailCompared());
    const lines = toCsv(AUTHORITY_CSV_COLUMNS, model.rows).split('\r\n');
    assert.equal(lines[0], 'Area code,Council,Value,Rank,Home area,Groups');
    assert.equal(lines[4], 'E08000035,Leeds,9.5,4,Yes,');
    assert.equal(lines[5], 'E4,"\'=Evil, City of",12,5,,');
  });
});

describe('across the home area: sub-areas', () => {
  test('published areas best first, then the suppressed ones, each compared in words', () => {
    const s = summary();
    const m = subAreasModel(s, neet(s), sampleDetailCompared());
    assert.equal(m.homeValue, 9.5);
    assert.deepEqual(m.rows.map((r) => r.name), ['Morley cluster', 'Armley cluster', 'Bramley cluster', 'Otley cluster']);
    assert.deepEqual(m.rows[0].cells, ['Morley cluster', '5%', '25 of 500', '3.4% to 7.3%', 'Better than Leeds', '1st of 2']);
    assert.deepEqual(m.rows[2].cells, ['Bramley cluster', 'fewer than 5', '–', '–', 'Not compared: figure not shown', '–']);
    assert.equal(m.rows[3].cells[1], 'hidden to protect a small number');
    assert.equal(m.notes.length, 2);
    assert.match(m.notes[0], /^Fewer than 5: /);
    assert.match(m.notes[1], /^Hidden to protect a small number: /);
    assert.match(m.text, /figures run from 5% \(Morley cluster\) to 12% \(Armley cluster\), against 9\.5% for Leeds as a whole \(the dashed line\)\./);
    assert.match(m.text, /1 better than, 1 worse than Leeds/);
    assert.match(m.text, /2 areas are not shown, to protect small numbers: Bramley cluster \(fewer than 5\), Otley cluster \(hidden to protect a small number\)\./);
    assert.equal(subAreasModel(s, neet(s), sampleDetail()), null);
  });

  test('every comparison has its words', () => {
    assert.deepEqual(['BETTER', 'WORSE', 'SIMILAR', 'HIGHER', 'LOWER', 'NOT_COMPARED', null].map((c) => comparisonWords(c, 'Leeds')),
      ['Better than Leeds', 'Worse than Leeds', 'Similar to Leeds', 'Higher than Leeds', 'Lower than Leeds', 'Not compared with Leeds', 'Not shown']);
  });

  test('the areas CSV: blank figures for suppressed areas, the reason in words', () => {
    const s = summary();
    const m = subAreasModel(s, neet(s), sampleDetailCompared());
    const lines = toCsv(subAreaCsvColumns(s), m.rows).split('\r\n');
    assert.equal(lines[0], 'Area code,Area,Value,Lower 95% confidence limit,Upper 95% confidence limit,Compared with Leeds,Suppressed');
    assert.equal(lines[1], 'S3,Morley cluster,5,3.41,7.28,Better than Leeds,');
    assert.equal(lines[3], 'S2,Bramley cluster,,,,Not compared: figure not shown,fewer than 5');
  });
});

describe('forecast, trajectory and looking ahead', () => {
  test('chartModel adds the forecast period and future trajectory years after the last figure', () => {
    const model = chartModel(withForecast(), sampleDetailCompared());
    assert.deepEqual(model.labels, ['2022/23', '2023/24', '2024/25', '2025/26', '2026/27', '2027/28']);
    assert.deepEqual(model.forecast.values, [null, null, null, 9.5, 10.6, null], 'from the latest figure to the forecast');
    assert.deepEqual(model.trajectory.values, [null, null, null, 8, 7.5, 7], 'from the target in force into the future years');
    assert.deepEqual(model.trajectory.years, [{ period: '2026/27', target: 7.5 }, { period: '2027/28', target: 7 }]);
    assert.deepEqual(model.home.values, [null, 7, 8, 9.5, null, null]);
  });

  test('a forecast for a period the trajectory lacks gets its own label first (a quarter before the next year)', () => {
    const s = sampleSummary();
    s.indicators[0].latest.forecast = { ...NEET_FORECAST, period: '2026/27 T1' };
    const model = chartModel(checkSummary(s), sampleDetailCompared());
    assert.deepEqual(model.labels.slice(4), ['2026/27 T1', '2026/27', '2027/28']);
  });

  test('without a forecast or future targets the chart is as before', () => {
    const model = chartModel(summary(), sampleDetail());
    assert.equal(model.forecast, null);
    assert.equal(model.trajectory, null);
    assert.equal(model.labels.length, 4);
  });

  test('the chart\'s words and table give the forecast and the trajectory', () => {
    const model = chartModel(withForecast(), sampleDetailCompared());
    const text = chartSummaryText(model, 'percent');
    assert.match(text, /If nothing changes, Leeds would be at 10\.6% in 2026\/27 \(the dashed line from the latest figure\)\./);
    assert.match(text, /Target trajectory: 7\.5% in 2026\/27, 7% in 2027\/28\./);
    const { head, rows } = chartTable(model, 'percent');
    assert.deepEqual(head.slice(-2), ['Target trajectory', 'If nothing changes (forecast)']);
    assert.deepEqual(rows[4].slice(-2), ['7.5%', '10.6%']);
    assert.deepEqual(rows[5].slice(-2), ['7%', '–']);
  });

  test('targetSourceWords: the period the target was set for', () => {
    const s = summary();
    assert.equal(targetSourceWords(neet(s)), 'The target of 8% was set for 2025/26 itself.');
    const q = { ...s.byCode.get('ATT'), latest: { ...s.byCode.get('ATT').latest, targetPeriod: '2026/27' } };
    assert.equal(targetSourceWords(q), 'The target of 92% is the one set for 2026/27: 2025/26 Q4 has no target of its own, so the year’s target applies.');
    assert.equal(targetSourceWords(s.byCode.get('NEVER')), null);
  });

  test('outlookModel: forecast, at risk, turning the curve and the recent trend in words', () => {
    const s = summary();
    const byKey = (i) => Object.fromEntries(outlookModel(i).map((x) => [x.key, x]));
    const att = byKey(s.byCode.get('ATT'));
    assert.equal(att['at-risk'].headline, 'At risk: Amber now, Red in 2026/27 Q1 if nothing changes');
    assert.equal(att['at-risk'].from, 'AMBER');
    assert.equal(att.forecast.headline, 'Forecast: 90.2% in 2026/27 Q1');
    assert.equal(att.trend.headline, 'Going down: getting worse');
    assert.equal(att.curve.headline, 'Not assessed');
    const n = byKey(neet(s));
    assert.equal(n.curve.headline, 'Curve not turned');
    assert.equal(n.curve.text, neet(s).latest.curve.reason);
    assert.equal(n.forecast.headline, 'No forecast');
    assert.equal(n['at-risk'], undefined, 'a red indicator is not "at risk"');
    assert.equal(n.trend.headline, 'Not assessed');
    assert.deepEqual(outlookModel(s.byCode.get('NEVER')), []);
    const turned = { ...neet(s), latest: { ...neet(s).latest, curve: { ...neet(s).latest.curve, status: 'TURNED' } } };
    assert.equal(byKey(turned).curve.headline, 'Turned the curve');
  });

  test('at-risk rows and their CSV', () => {
    const s = summary();
    const rows = atRiskRows(s);
    assert.equal(rows[0].indicator.code, 'ATT');
    const lines = toCsv(AT_RISK_CSV_COLUMNS, rows).split('\r\n');
    assert.equal(lines[0], 'Indicator code,Indicator,Rating now,Rating if nothing changes,Forecast period,Forecast value,Reason');
    assert.match(lines[1], /^ATT,School attendance,Amber,Red,2026\/27 Q1,90\.2,"?At risk of red/);
  });
});
