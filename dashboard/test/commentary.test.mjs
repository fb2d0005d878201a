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
