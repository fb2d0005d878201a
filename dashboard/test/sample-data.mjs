// Small contract-shaped data for the unit tests (no browser, no engine). The browser tests use the
// real engine's output instead; test/data.test.mjs checks that these samples pass the same
// JSON Schemas, so they cannot drift from the contract unnoticed.

const latest = (over = {}) => ({
  period: '2025/26',
  value: 9.5,
  numerator: 95,
  denominator: 1000,
  target: 8,
  tolerance: 1,
  rag: 'RED',
  reason: 'Red: 9.5% is 1.5 points above the 8% target, beyond the 1 point tolerance.',
  directionOfTravel: 'WORSENING',
  directionReason: 'Worsening: 9.5% in 2025/26, up 1.5 points from 8% in 2024/25.',
  directionSignificant: true,
  previous: { period: '2024/25', value: 8 },
  yearEarlier: null,
  overdue: false,
  benchmark: {
    area: 'E92000001', areaName: 'England', value: 5.5, comparison: 'WORSE', ciLower: 7.86, ciUpper: 11.45,
    ciMethod: 'WILSON', reason: 'Worse than England (5.5%): its 95% confidence interval is above it.',
  },
  comparators: [
    { area: 'CORE-CITIES', areaName: 'core cities', period: '2025/26', value: 7.1, samePeriod: true },
    { area: 'STAT-NEIGHBOURS', areaName: 'statistical neighbours', period: '2024/25', value: 6.2, samePeriod: false },
  ],
  revisions: 1,
  note: null,
  ...over,
});

const indicator = (over = {}) => ({
  code: 'NEET',
  title: 'Young people not in education, employment or training',
  priorityCode: 'P01',
  outcome: 'Young people are ready for work',
  polarity: 'lower',
  unit: 'percent',
  frequency: 'academic-year',
  rag: 'RED',
  reason: latest().reason,
  overdue: false,
  nextDue: { period: '2026/27', dueDate: '2027-11-30' },
  latest: latest(),
  ...over,
});

const counts = (over = {}) => ({ GREEN: 0, AMBER: 0, RED: 0, NO_TARGET: 0, NO_DATA: 0, ...over });

/** A valid summary.json: NEET (red), ATT (amber, overdue) and NEVER (no data, overdue). */
export function sampleSummary() {
  const neet = indicator();
  const att = indicator({
    code: 'ATT', title: 'School attendance', priorityCode: 'P02', outcome: 'Children do well at school',
    polarity: 'higher', unit: 'percent', frequency: 'quarterly', rag: 'AMBER', reason: 'Amber: just below target.', overdue: true,
    nextDue: { period: '2026/27 Q1', dueDate: '2026-08-30' },
    latest: latest({ period: '2025/26 Q4', value: 91, numerator: null, denominator: null, target: 92, rag: 'AMBER', reason: 'Amber: just below target.', overdue: true, comparators: [] }),
  });
  const never = indicator({
    code: 'NEVER', title: 'Never reported', priorityCode: 'P02', outcome: 'Children do well at school', unit: 'per 1000',
    polarity: 'higher', frequency: 'quarterly', rag: 'NO_DATA', reason: 'No data: nothing has been received.', overdue: true,
    nextDue: { period: '2026/27 Q1', dueDate: '2026-08-30' }, latest: null,
  });
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-25T06:00:00.058102118Z',
    asOf: '2026-11-25',
    homeArea: 'E08000035',
    homeAreaName: 'Leeds',
    benchmarkArea: 'E92000001',
    benchmarkAreaName: 'England',
    counts: counts({ RED: 1, AMBER: 1, NO_DATA: 1 }),
    outcomes: [
      { name: 'Young people are ready for work', rag: 'RED', counts: counts({ RED: 1 }), priorities: ['P01'] },
      { name: 'Children do well at school', rag: 'AMBER', counts: counts({ AMBER: 1, NO_DATA: 1 }), priorities: ['P02'] },
    ],
    priorities: [
      { code: 'P01', title: 'Fewer young people NEET', outcome: 'Young people are ready for work', rag: 'RED', counts: counts({ RED: 1 }), indicators: ['NEET'] },
      { code: 'P02', title: 'Better attendance', outcome: 'Children do well at school', rag: 'AMBER', counts: counts({ AMBER: 1, NO_DATA: 1 }), indicators: ['ATT', 'NEVER'] },
    ],
    indicators: [neet, att, never],
    exceptions: [
      { code: 'ATT', title: att.title, rag: 'AMBER', reason: att.reason },
      { code: 'NEET', title: neet.title, rag: 'RED', reason: neet.reason },
    ],
    overdue: [
      { code: 'NEVER', title: never.title, lastPeriod: null, missingPeriod: '2026/27 Q1', dueDate: '2026-08-30', daysOverdue: 87 },
      { code: 'ATT', title: att.title, lastPeriod: '2025/26 Q4', missingPeriod: '2026/27 Q1', dueDate: '2026-08-30', daysOverdue: 87 },
    ],
    worsening: [{ code: 'NEET', title: neet.title, reason: neet.latest.directionReason }],
    problems: [],
  };
}

const point = (period, periodStart, value, over = {}) => ({
  period, periodStart, value, numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null,
  tolerance: null, rag: null, revisions: 1, note: null, ...over,
});

/** A valid data/indicators/NEET.json: home with CIs and targets, England, and two other areas. */
export function sampleDetail() {
  const s = sampleSummary();
  const { code, title, priorityCode, outcome, polarity, unit, frequency, rag, reason, overdue } = s.indicators[0];
  return {
    schemaVersion: 2, generatedAt: s.generatedAt, asOf: s.asOf, homeArea: s.homeArea, homeAreaName: s.homeAreaName,
    benchmarkArea: s.benchmarkArea, benchmarkAreaName: s.benchmarkAreaName,
    code, title, priorityCode, outcome, polarity, unit, frequency, rag, reason, overdue,
    series: [
      {
        area: 'E08000035', areaName: 'Leeds', role: 'home', points: [
          point('2023/24', '2023-09-01', 7, { numerator: 70, denominator: 1000, ciLower: 5.58, ciUpper: 8.75, target: 8, tolerance: 1, rag: 'GREEN' }),
          point('2024/25', '2024-09-01', 8, { numerator: 80, denominator: 1000, ciLower: 6.47, ciUpper: 9.86, target: 8, tolerance: 1, rag: 'GREEN', revisions: 2, note: '=revised after audit' }),
          point('2025/26', '2025-09-01', 9.5, { numerator: 95, denominator: 1000, ciLower: 7.86, ciUpper: 11.45, target: 8, tolerance: 1, rag: 'RED' }),
        ],
      },
      {
        area: 'E92000001', areaName: 'England', role: 'benchmark', points: [
          point('2023/24', '2023-09-01', 5.2), point('2024/25', '2024-09-01', 5.4), point('2025/26', '2025-09-01', 5.5),
        ],
      },
      { area: 'CORE-CITIES', areaName: 'core cities', role: 'comparator', points: [point('2025/26', '2025-09-01', 7.1)] },
      // Reports one period the home area has not: its label still takes its place in time order.
      { area: 'STAT-NEIGHBOURS', areaName: 'statistical neighbours', role: 'comparator', points: [point('2022/23', '2022-09-01', 6), point('2024/25', '2024-09-01', 6.2)] },
    ],
  };
}
