// View models for issue 12 points 6-8: About, the headline (judged) rating, the story, and the
// board's report. Node only, on the contract-shaped samples in sample-data.mjs.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkSummary } from '../src/data.js';
import { toCsv } from '../src/csv.js';
import {
  aboutModel, aboutCsvColumns, headline, judgedModel, storyModel, commentaryCsvColumns, NOT_RECORDED,
} from '../src/models/commentary.js';
import { redAndAmberRows, redAndAmberCsvColumns } from '../src/models/exceptions.js';
import { periodCsvColumns, periodsLatestFirst } from '../src/models/indicator.js';
import { reportModel, headlineCountsText, REPORT_INDICATOR_HEAD } from '../src/models/report.js';
import { parseRoute, reportHref } from '../src/router.js';
import { sampleSummary, sampleSummaryJudged, sampleDetail } from './sample-data.mjs';

const judged = () => checkSummary(sampleSummaryJudged());
const plain = () => checkSummary(sampleSummary());

describe('About this indicator', () => {
  test('the four fields in order, "Not recorded" for a missing or blank one', () => {
    const neet = plain().byCode.get('NEET');
    assert.deepEqual(aboutModel(neet).map((f) => [f.label, f.text, f.recorded]), [
      ['Definition', neet.about.definition, true],
      ['Source', 'DfE NCCIS returns', true],
      ['Methodology', NOT_RECORDED, false],
      ['Owner', 'Head of Learning Inclusion', true],
    ]);
    assert.deepEqual(aboutModel({ about: { definition: '  ', source: null, methodology: null, owner: null } }).map((f) => f.text), Array(4).fill('Not recorded'));
  });

  test('text stays text: markup and formulas are not touched by the model, and the CSV guards them', () => {
    const i = { about: { definition: '<b>bold</b>', source: '=cmd|calc', methodology: 'ok', owner: null } };
    assert.equal(aboutModel(i)[0].text, '<b>bold</b>');
    const csv = toCsv(aboutCsvColumns(), [i]).split('\r\n');
    assert.equal(csv[0], 'Definition,Source,Methodology,Owner');
    assert.equal(csv[1], '<b>bold</b>,"\'=cmd|calc",ok,Not recorded');
  });

  test('the periods CSV carries the About fields as columns on every row', () => {
    const s = plain();
    const neet = s.byCode.get('NEET');
    const home = sampleDetail().series[0];
    const lines = toCsv(periodCsvColumns(neet), periodsLatestFirst(home)).trim().split('\r\n');
    assert.match(lines[0], /,Note,Definition,Source,Methodology,Owner$/);
    assert.equal(lines.length, home.points.length + 1);
    for (const line of lines.slice(1)) assert.ok(line.endsWith(',DfE NCCIS returns,Not recorded,Head of Learning Inclusion'), line);
  });
});

describe('headline (judged) ratings', () => {
  test('judged: "Amber (judged; computed Red)"; not judged: the computed rating alone', () => {
    const s = judged();
    assert.deepEqual(headline(s.byCode.get('NEET')), {
      rag: 'AMBER', computed: 'RED', judged: true, label: 'Amber', suffix: '(judged; computed Red)', words: 'Amber (judged; computed Red)',
    });
    assert.equal(headline(s.byCode.get('ATT')).words, 'Amber');
    assert.equal(headline(s.priorityByCode.get('P01')).words, 'Amber (judged; computed Red)');
    assert.equal(headline(s.priorityByCode.get('P02')).words, 'Amber');
    // An exception entry has no judged object: a headline that differs from rag is judged.
    assert.equal(headline(s.exceptions[1]).words, 'Amber (judged; computed Red)');
    assert.equal(headline(s.exceptions[0]).words, 'Amber');
  });

  test('the judgement: reason, and who judged it for which period', () => {
    const j = judgedModel(judged().byCode.get('NEET'));
    assert.equal(j.reason, 'Seasonal: the September snapshot always peaks and falls back by December.');
    assert.equal(j.byline, 'Judged amber by Head of Learning Inclusion for 2025/26.');
    assert.equal(judgedModel(plain().byCode.get('NEET')), null);
    assert.equal(judgedModel({ judged: { rating: 'RED', reason: 'r', author: null, period: 'Q1' } }).byline, 'Judged red for Q1.');
  });

  test('the story: story, actions, author and period; null without one', () => {
    const st = storyModel(judged().byCode.get('NEET'));
    assert.equal(st.story, 'Fewer young people are NEET than at the peak, but the target is not met.');
    assert.equal(st.actions, 'Contact every leaver without a confirmed destination by December.');
    assert.equal(st.byline, 'Head of Learning Inclusion, for 2025/26');
    assert.equal(storyModel(plain().byCode.get('NEET')), null);
    assert.deepEqual(
      (({ story, actions, byline }) => ({ story, actions, byline }))(storyModel({ story: { story: null, actions: '', author: null, period: 'Q2' } })),
      { story: 'Not recorded', actions: 'Not recorded', byline: 'Author not recorded, for Q2' },
    );
  });

  test('exceptions: by headline rating, red first, the computed one beside it, in the CSV too', () => {
    const s = judged();
    // NEET (computed red) is judged amber, so it no longer comes before ATT.
    assert.deepEqual(redAndAmberRows(s).map((r) => [r.e.code, r.headline.words]), [['ATT', 'Amber'], ['NEET', 'Amber (judged; computed Red)']]);
    assert.deepEqual(redAndAmberRows(plain()).map((r) => r.e.code), ['NEET', 'ATT']);
    const csv = toCsv(redAndAmberCsvColumns(s), redAndAmberRows(s)).trim().split('\r\n');
    assert.equal(csv[0], 'Rating,Headline rating,Computed rating,Indicator code,Indicator,Priority,Latest period,Value,Numerator,Denominator,Target,Reason,Why judged,Judged by,Judged for period');
    assert.match(csv[2], /^"Amber \(judged; computed Red\)",Amber,Red,NEET,.*,Seasonal: the September snapshot always peaks and falls back by December\.,Head of Learning Inclusion,2025\/26$/);
  });

  test('commentary CSV columns', () => {
    const s = judged();
    const csv = toCsv(commentaryCsvColumns(), [s.byCode.get('NEET'), s.byCode.get('ATT')]).trim().split('\r\n');
    assert.equal(csv[0], 'Headline rating,Computed rating,Judged rating,Why judged,Judged by,Judged for period,Story,Actions,Story by,Story for period');
    // Quoted because of the ";" (spreadsheets set to that separator).
    assert.match(csv[1], /^"Amber \(judged; computed Red\)",Red,Amber,Seasonal: .*,Head of Learning Inclusion,2025\/26,"Fewer young people are NEET than at the peak, but the target is not met\.",/);
    assert.equal(csv[2], 'Amber,Amber,,,,,,,,');
  });
});

describe('the board\'s report', () => {
  test('#/report is a route of its own', () => {
    assert.equal(parseRoute(reportHref()).view, 'report');
    assert.equal(parseRoute('#/report/x').view, 'not-found');
  });

  test('the whole plan: outcome -> priority -> indicators, with headline ratings, judgements and stories', () => {
    const m = reportModel(judged());
    assert.equal(m.asOf, '25 November 2026');
    assert.match(m.generatedAt, /^25 November 2026 at \d\d:\d\d$/);
    assert.deepEqual(m.outcomes.map((o) => [o.name, o.priorities.map((p) => [p.code, p.headline.words, p.rows.map((r) => r.code)])]), [
      ['Young people are ready for work', [['P01', 'Amber (judged; computed Red)', ['NEET']]]],
      ['Children do well at school', [['P02', 'Amber', ['ATT', 'NEVER']]]],
    ]);
    const p01 = m.outcomes[0].priorities[0];
    assert.equal(p01.judged.reason, 'Participation is holding up overall.');
    assert.equal(p01.story.actions, 'Focus on 16 year olds.');
    assert.equal(p01.countsText, '1 red');
    const neet = p01.rows[0];
    assert.deepEqual([neet.period, neet.figure, neet.target, neet.headline.words, neet.direction, neet.story.byline, neet.judged.byline], [
      '2025/26', '9.5% (95 of 1,000)', '8%', 'Amber (judged; computed Red)', 'Getting worse', 'Head of Learning Inclusion, for 2025/26',
      'Judged amber by Head of Learning Inclusion for 2025/26.']);
    const never = m.outcomes[1].priorities[0].rows[1];
    assert.deepEqual([never.period, never.figure, never.target, never.headline.words, never.story, never.overdue], ['No data yet', 'No data yet', 'No target', 'No data', null, true]);
    assert.equal(REPORT_INDICATOR_HEAD.length, 7);
    assert.deepEqual(m.unlisted, []);
  });

  test('then by exception: red and amber by headline, at risk, overdue', () => {
    const m = reportModel(judged());
    assert.deepEqual(m.redAndAmber.map((r) => [r.code, r.headline.words, r.figure]), [
      ['ATT', 'Amber', '91% (2025/26 Q4)'], ['NEET', 'Amber (judged; computed Red)', '9.5% (95 of 1,000) (2025/26)']]);
    assert.equal(m.redAndAmber[1].judged.author, 'Head of Learning Inclusion');
    assert.deepEqual(m.atRisk.map((a) => [a.code, a.from, a.to]), [['ATT', 'AMBER', 'RED']]);
    assert.deepEqual(m.overdue.map((o) => [o.code, ...o.cells]), [
      ['NEVER', 'None received', '2026/27 Q1', '30 August 2026', '87 days'], ['ATT', '2025/26 Q4', '2026/27 Q1', '30 August 2026', '87 days']]);
  });

  test('headline ratings counted in words', () => {
    assert.equal(headlineCountsText(judged()), '2 amber, 1 no data');
    assert.equal(headlineCountsText(plain()), '1 red, 1 amber, 1 no data');
  });
});
