// The views' plain view-model functions (src/models/), tested in node without a browser.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkSummary } from '../src/data.js';
import { toCsv } from '../src/csv.js';
import {
  chartModel, chartSummaryText, chartTable, ciWords, overdueSentence, factsModel, periodsLatestFirst, periodCells,
  PERIOD_CSV_COLUMNS,
} from '../src/models/indicator.js';
import { redAndAmberRows, redAndAmberCsvColumns, overdueCells, OVERDUE_CSV_COLUMNS } from '../src/models/exceptions.js';
import {
  readFilters, matches, filterIndicators, outcomeOptions, priorityOptions, ratingOptions, resultCountText,
} from '../src/models/search.js';
import { ratingCounts, outcomeSections, unlistedIndicators } from '../src/models/overview.js';
import { indicatorHead, indicatorCsvColumns } from '../src/models/indicators.js';
import { sampleSummary, sampleDetail } from './sample-data.mjs';

const summary = () => checkSummary(sampleSummary());

describe('indicator page', () => {
  test('chartModel: every period of every series, in time order, each series on those periods', () => {
    const model = chartModel(summary(), sampleDetail());
    // STAT-NEIGHBOURS has 2022/23, which the home area has not: it still takes its place in time.
    assert.deepEqual(model.labels, ['2022/23', '2023/24', '2024/25', '2025/26']);
    assert.equal(model.home.name, 'Leeds');
    assert.deepEqual(model.home.values, [null, 7, 8, 9.5]);
    assert.deepEqual(model.home.ciLower, [null, 5.58, 6.47, 7.86]);
    assert.deepEqual(model.home.ciUpper, [null, 8.75, 9.86, 11.45]);
    assert.deepEqual(model.target, [null, 8, 8, 8]);
    assert.deepEqual(model.benchmark, { name: 'England', values: [null, 5.2, 5.4, 5.5] });
    assert.deepEqual(model.others, [
      { name: 'Core cities', values: [null, null, null, 7.1] },
      { name: 'Statistical neighbours', values: [6, null, 6.2, null] },
    ]);
    assert.equal(model.home.series.role, 'home');
  });

  test('chartModel: periods sort by their start date, not their text', () => {
    const d = sampleDetail();
    d.series = [{
      area: 'E08000035', areaName: 'Leeds', role: 'home', points: [
        { ...d.series[0].points[0], period: '2025/26 Q1', periodStart: '2025-04-01' },
        { ...d.series[0].points[0], period: '2024/25 Q4', periodStart: '2025-01-01' },
        { ...d.series[0].points[0], period: '2025/26 Q2', periodStart: '2025-07-01' },
      ],
    }];
    const model = chartModel(summary(), d);
    assert.deepEqual(model.labels, ['2024/25 Q4', '2025/26 Q1', '2025/26 Q2']);
    assert.equal(model.benchmark, null);
    assert.deepEqual(model.others, []);
  });

  test('chartModel: no home series, no chart', () => {
    const d = sampleDetail();
    d.series = d.series.filter((s) => s.role !== 'home');
    assert.equal(chartModel(summary(), d), null);
  });

  test('chartSummaryText says where the figure went, the target, England and the others', () => {
    const model = chartModel(summary(), sampleDetail());
    assert.equal(chartSummaryText(model, 'percent'),
      'Between 2023/24 and 2025/26, Leeds went from 7% to 9.5%. The target for 2025/26 is 8%. '
      + "England's latest figure is 5.5% (2025/26). Core cities: 7.1% (2025/26). Statistical neighbours: 6.2% (2024/25).");
  });

  test('chartSummaryText with one figure, or none', () => {
    const one = { labels: ['2025'], home: { name: 'Leeds', values: [31.2] }, target: [null], benchmark: null, others: [] };
    assert.equal(chartSummaryText(one, 'per 1000'), 'Leeds has one figure: 31.2 per 1,000 in 2025.');
    const none = { labels: ['2025'], home: { name: 'Leeds', values: [null] }, target: [null], benchmark: null, others: [] };
    assert.equal(chartSummaryText(none, 'count'), 'There are no figures for Leeds yet.');
  });

  test('chartTable: the same figures as text, a dash where a series has none', () => {
    const { head, rows } = chartTable(chartModel(summary(), sampleDetail()), 'percent');
    assert.deepEqual(head, ['Period', 'Leeds', '95% confidence interval', 'Target', 'England', 'Core cities', 'Statistical neighbours']);
    assert.deepEqual(rows[0], ['2022/23', '–', '–', '–', '–', '–', '6%']);
    assert.deepEqual(rows[3], ['2025/26', '9.5%', '7.9% to 11.5%', '8%', '5.5%', '7.1%', '–']);
  });

  test('ciWords needs both limits', () => {
    assert.equal(ciWords(7.86, 11.45, 'percent'), '7.9% to 11.5%');
    assert.equal(ciWords(null, 11.45, 'percent'), 'Not known');
  });

  test('periods: latest first, each row as the page shows it', () => {
    const home = sampleDetail().series[0];
    const points = periodsLatestFirst(home);
    assert.deepEqual(points.map((p) => p.period), ['2025/26', '2024/25', '2023/24']);
    assert.deepEqual(periodCells(points[1], 'percent'), {
      period: '2024/25', value: '8%', numerator: '80', denominator: '1,000', ci: '6.5% to 9.9%', target: '8%',
      rag: 'GREEN', revisions: 'Revised once', note: '=revised after audit',
    });
    const bare = { ...points[0], value: null, numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null, rag: null };
    assert.deepEqual(periodCells(bare, 'percent'), {
      period: '2025/26', value: 'No figure', numerator: '–', denominator: '–', ci: '–', target: 'No target',
      rag: null, revisions: 'Not revised', note: '',
    });
  });

  test('the periods CSV keeps figures as numbers and guards the note', () => {
    const csv = toCsv(PERIOD_CSV_COLUMNS, periodsLatestFirst(sampleDetail().series[0])).split('\r\n');
    assert.equal(csv[0], 'Period,Value,Numerator,Denominator,Lower 95% confidence limit,Upper 95% confidence limit,Target,Amber tolerance,Rating,Submissions,Revised,Note');
    assert.equal(csv[2], `2024/25,8,80,1000,6.47,9.86,8,1,Green,2,Revised once,"'=revised after audit"`);
  });

  test('overdueSentence: which return, when it was due, how late; nothing when not overdue', () => {
    const s = summary();
    assert.equal(overdueSentence(s, s.byCode.get('ATT')), 'the return for 2026/27 Q1 was due on 30 August 2026 and is 87 days late.');
    assert.equal(overdueSentence(s, s.byCode.get('NEET')), null);
  });

  test('factsModel: outcome, priority, unit, polarity, frequency and the next return', () => {
    const s = summary();
    assert.deepEqual(factsModel(s.byCode.get('ATT'), s.priorityByCode.get('P02')), [
      ['Outcome', 'Children do well at school'],
      ['Priority', 'P02 Better attendance'],
      ['Measured as', 'percentage'],
      ['Which way is better', 'Higher is better'],
      ['Reported', 'Every quarter'],
      ['Return awaited', '2026/27 Q1, due 30 August 2026 (overdue)'],
    ]);
    assert.deepEqual(factsModel(s.byCode.get('NEET'), undefined)[1], ['Priority', 'P01']);
  });
});

describe('exceptions page', () => {
  test('red before amber, otherwise the engine\'s order', () => {
    assert.deepEqual(redAndAmberRows(summary()).map((r) => [r.e.code, r.e.rag]), [['NEET', 'RED'], ['ATT', 'AMBER']]);
  });

  test('the red and amber CSV carries the figures behind each row', () => {
    const s = summary();
    const csv = toCsv(redAndAmberCsvColumns(s), redAndAmberRows(s)).split('\r\n');
    assert.equal(csv[0], 'Rating,Headline rating,Computed rating,Indicator code,Indicator,Priority,Latest period,Value,Numerator,Denominator,Target,Reason,Why judged,Judged by,Judged for period');
    assert.equal(csv[1], `Red,Red,Red,NEET,"Young people not in education, employment or training",Fewer young people NEET,2025/26,9.5,95,1000,8,"${s.byCode.get('NEET').reason.replace(/"/g, '""')}",,,`);
  });

  test('overdue rows in words, and their CSV with days as a number', () => {
    const s = summary();
    assert.deepEqual(overdueCells(s.overdue[0]), ['None received', '2026/27 Q1', '30 August 2026', '87 days']);
    assert.equal(toCsv(OVERDUE_CSV_COLUMNS, s.overdue).split('\r\n')[1], 'NEVER,Never reported,,2026/27 Q1,2026-08-30,87');
  });
});

describe('search page', () => {
  test('filters come from the URL; overdue only as 1', () => {
    assert.deepEqual(readFilters(new URLSearchParams('q=att&rating=AMBER&overdue=yes')),
      { q: 'att', outcome: '', priority: '', rating: 'AMBER', overdue: '', quartile: '' });
    assert.equal(readFilters(new URLSearchParams('overdue=1')).overdue, '1');
    assert.equal(readFilters(new URLSearchParams('quartile=bottom')).quartile, 'bottom');
    assert.equal(readFilters(new URLSearchParams('quartile=top')).quartile, '', 'only "bottom" is a filter');
  });

  test('every word must be in the code or title, and every filter must match', () => {
    const s = summary();
    const att = s.byCode.get('ATT');
    assert.ok(matches(att, { q: 'school ATT' }));
    assert.ok(!matches(att, { q: 'school neet' }));
    assert.deepEqual(filterIndicators(s, { overdue: '1' }).map((i) => i.code), ['ATT', 'NEVER']);
    assert.deepEqual(filterIndicators(s, { outcome: 'Children do well at school', rating: 'NO_DATA' }).map((i) => i.code), ['NEVER']);
    assert.deepEqual(filterIndicators(s, { priority: 'P01' }).map((i) => i.code), ['NEET']);
    assert.equal(filterIndicators(s, {}).length, 3);
  });

  test('choices: outcomes, priorities narrowed to the chosen outcome, ratings', () => {
    const s = summary();
    assert.deepEqual(outcomeOptions(s).map(([v]) => v), ['', 'Young people are ready for work', 'Children do well at school']);
    assert.deepEqual(priorityOptions(s, ''), [['', 'All priorities'], ['P01', 'P01 Fewer young people NEET'], ['P02', 'P02 Better attendance']]);
    assert.deepEqual(priorityOptions(s, 'Children do well at school').map(([v]) => v), ['', 'P02']);
    assert.deepEqual(ratingOptions().map(([, t]) => t), ['All ratings', 'Red', 'Amber', 'Green', 'No target', 'No data']);
    assert.equal(resultCountText(1, 3), 'Showing 1 of 3 indicators.');
    assert.equal(resultCountText(1, 1), 'Showing 1 of 1 indicator.');
  });
});

describe('overview and lists of indicators', () => {
  test('a count for every rating, zeros included, in reading order', () => {
    assert.deepEqual(ratingCounts(summary()), [
      { rag: 'RED', count: 1 }, { rag: 'AMBER', count: 1 }, { rag: 'GREEN', count: 0 }, { rag: 'NO_TARGET', count: 0 }, { rag: 'NO_DATA', count: 1 },
    ]);
  });

  test('outcomes hold their priorities, priorities their indicators; nothing unlisted is hidden', () => {
    const s = summary();
    const sections = outcomeSections(s);
    assert.deepEqual(sections.map((o) => [o.outcome.name, o.priorities.map((p) => [p.priority.code, p.indicators.map((i) => i.code)])]), [
      ['Young people are ready for work', [['P01', ['NEET']]]],
      ['Children do well at school', [['P02', ['ATT', 'NEVER']]]],
    ]);
    assert.deepEqual(unlistedIndicators(s), []);
    const raw = sampleSummary();
    raw.priorities[1].indicators = ['ATT'];
    assert.deepEqual(unlistedIndicators(checkSummary(raw)).map((i) => i.code), ['NEVER']);
  });

  test('the benchmark column is named after the benchmark area', () => {
    assert.equal(indicatorHead(summary())[6], 'Compared with England');
  });

  test('the indicators CSV: numbers stay numbers, a NO_DATA indicator leaves its figures blank', () => {
    const s = summary();
    const csv = toCsv(indicatorCsvColumns(s), s.indicators).split('\r\n');
    assert.equal(csv[0].split(',').length, 40);
    assert.match(csv[0], /,Next due date,Headline rating,Computed rating,Judged rating,Why judged,Judged by,Judged for period,Story,Actions,Story by,Story for period,Definition,Source,Methodology,Owner$/);
    assert.match(csv[1], /^Young people are ready for work,P01,Fewer young people NEET,NEET,.*,percent,lower,2025\/26,9\.5,95,1000,8,Red,/);
    assert.match(csv[3], /,NEVER,Never reported,per 1000,higher,,,,,,No data,,,,,,,,,,,yes,2026\/27 Q1,2026-08-30,No data,No data,,,,,,,,,Not recorded,Not recorded,Not recorded,Not recorded$/);
  });
});
