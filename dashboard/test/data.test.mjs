// The dashboard checks summary.json and the indicator files against the engine's own JSON Schemas
// (compiled by scripts/compile-schemas.mjs), and turns a failure into a message a reader understands.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSummary, checkIndicatorDetail, DataProblem } from '../src/data.js';
import { validateIndicator } from '../src/generated/validate-indicator.js';
import { SCHEMA_DIR, SCHEMAS, readSchema } from '../scripts/compile-schemas.mjs';
import {
  sampleSummary, sampleSummaryJudged, sampleDetail, sampleDetailCompared,
} from './sample-data.mjs';

const problem = (fn) => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DataProblem, `a DataProblem, not ${err}`);
    return err;
  }
  assert.fail('expected a DataProblem');
};
const summaryWith = (change) => {
  const s = sampleSummary();
  change(s);
  return s;
};

describe('the contract', () => {
  test('the validators come from the engine\'s schemas, which are draft 2020-12', () => {
    for (const { file } of SCHEMAS) {
      assert.ok(existsSync(join(SCHEMA_DIR, file)), `${file} in ${SCHEMA_DIR}`);
      assert.equal(readSchema(file).$schema, 'https://json-schema.org/draft/2020-12/schema');
    }
  });

  test('the unit tests\' sample data passes the same schemas', () => {
    assert.ok(checkSummary(sampleSummary()).byCode.has('NEET'));
    assert.equal(checkSummary(sampleSummaryJudged()).byCode.get('NEET').headlineRag, 'AMBER');
    assert.equal(checkIndicatorDetail(sampleDetail(), 'NEET', validateIndicator).code, 'NEET');
    assert.equal(checkIndicatorDetail(sampleDetailCompared(), 'NEET', validateIndicator).code, 'NEET');
  });

  // The browser tests' fixtures come from the real engine; when they are there, they must pass too.
  const fixtures = process.env.DASHBOARD_FIXTURES || fileURLToPath(new URL('generated', import.meta.url));
  const scenarios = existsSync(fixtures) ? readdirSync(fixtures).filter((s) => existsSync(join(fixtures, s, 'data', 'summary.json'))) : [];
  test('every file the real engine wrote for the fixtures passes the schemas', { skip: scenarios.length ? false : `no fixtures in ${fixtures} (npm test makes them)` }, () => {
    for (const scenario of scenarios) {
      const data = join(fixtures, scenario, 'data');
      checkSummary(JSON.parse(readFileSync(join(data, 'summary.json'), 'utf8')));
      for (const file of readdirSync(join(data, 'indicators'))) {
        const code = decodeURIComponent(file.replace(/\.json$/, ''));
        checkIndicatorDetail(JSON.parse(readFileSync(join(data, 'indicators', file), 'utf8')), code, validateIndicator);
      }
    }
  });
});

describe('summary.json that breaks the contract becomes a plain message', () => {
  test('not a summary at all', () => {
    assert.equal(problem(() => checkSummary([1, 2, 3])).message, 'The performance summary is damaged: it does not contain a summary.');
    assert.match(problem(() => checkSummary(null)).message, /does not contain a summary/);
  });

  test('an unknown or missing schema version', () => {
    assert.equal(problem(() => checkSummary({ schemaVersion: 99, indicators: [] })).message,
      'The performance summary is in a format this dashboard does not know (version 99).');
    assert.match(problem(() => checkSummary({})).message, /format this dashboard does not know \(version not given\)/);
  });

  test('no list of indicators', () => {
    assert.equal(problem(() => checkSummary({ schemaVersion: 2 })).message, 'The performance summary is damaged: it has no list of indicators.');
    assert.match(problem(() => checkSummary(summaryWith((s) => { s.indicators = {}; }))).message, /has no list of indicators/);
  });

  test('the faulty field is named, inside the indicator it belongs to', () => {
    const cases = [
      [(s) => { s.indicators[0].latest.value = '9.5'; }, 'in indicator NEET, “latest.value” should be a number'],
      [(s) => { s.indicators[0].latest.reason = ''; }, 'in indicator NEET, “latest.reason” is empty'],
      [(s) => { delete s.indicators[1].latest.benchmark.ciMethod; }, 'in indicator ATT, “latest.benchmark.ciMethod” is missing'],
      [(s) => { s.indicators[2].latest = { value: 1 }; }, 'in indicator NEVER, “latest” should be empty'],
      [(s) => { s.indicators[0].latest = null; }, 'in indicator NEET, “latest” should be a record'],
      [(s) => { s.indicators[0].rag = 'PURPLE'; }, 'in indicator NEET, “rag” has a value this dashboard does not know'],
      [(s) => { s.indicators[0].latest.comparators[1].value = null; }, 'in indicator NEET, comparator statistical neighbours, “value” should be a number'],
      [(s) => { s.outcomes[0].priorities.push('P01'); }, 'in outcome “Young people are ready for work”, “priorities” lists the same entry twice'],
      [(s) => { s.overdue[0].daysOverdue = 0; }, 'in the overdue return for NEVER, “daysOverdue” is too small'],
      [(s) => { s.generatedAt = 'yesterday'; }, '“generatedAt” is not in the expected form'],
      [(s) => { s.asOf = '2026-13-01'; }, '“asOf” is not in the expected form'],
      [(s) => { s.colour = 'red'; }, 'there is a field this dashboard does not know: “colour”'],
    ];
    for (const [change, words] of cases) {
      const err = problem(() => checkSummary(summaryWith(change)));
      assert.equal(err.message, `The performance summary is damaged: ${words}.`);
      assert.match(err.detail, /^Schema check: \//, 'the technical detail is kept for whoever fixes it');
    }
  });

  test('what the schema allows to be empty is accepted as it is, with look-ups added', () => {
    const s = checkSummary(summaryWith((x) => { x.indicators[0].latest.numerator = null; x.indicators[0].latest.note = null; }));
    assert.equal(s.byCode.get('NEVER').latest, null);
    assert.equal(s.priorityByCode.get('P02').title, 'Better attendance');
    assert.equal(s.homeAreaName, 'Leeds');
  });
});

describe('an indicator file that breaks the contract', () => {
  test('names the indicator, the series and the period', () => {
    const d = sampleDetail();
    d.series[0].points[1].value = 'x';
    assert.equal(problem(() => checkIndicatorDetail(d, 'NEET', validateIndicator)).message,
      'The history for indicator NEET is damaged: in the series for Leeds, the figure for 2024/25, “value” should be a number or empty.');
  });

  test('not a history at all, or of another version', () => {
    assert.equal(problem(() => checkIndicatorDetail('nope', 'NEET', validateIndicator)).message,
      'The history for indicator NEET is damaged: it does not contain an indicator’s history.');
    assert.match(problem(() => checkIndicatorDetail({ ...sampleDetail(), schemaVersion: 1 }, 'NEET', validateIndicator)).message,
      /history for indicator NEET is in a format this dashboard does not know \(version 1\)/);
  });

  test('a history with no series breaks the contract', () => {
    assert.match(problem(() => checkIndicatorDetail({ ...sampleDetail(), series: [] }, 'NEET', validateIndicator)).message,
      /“series” has too few entries/);
  });
});
