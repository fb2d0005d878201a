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
  targetPeriod: '2025/26',
  forecast: null,
  atRisk: null,
  curve: {
    status: 'NOT_TURNED', forecast: 9, basis: ['2022/23', '2023/24', '2024/25'],
    reason: 'Not turned: 9.5% in 2025/26 is worse than the 9% expected if nothing had changed.',
  },
  recentTrend: null,
  national: {
    rank: 140, of: 151, quartile: 'D', bestQuartile: 'A', cuts: [1, 4, 5, 6, 12],
    reason: '140th of 151 councils; quartile D (the best is A)',
  },
  groups: [
    { code: 'STAT-NEIGHBOURS', name: 'Statistical neighbours', value: 6.5, computed: true, members: 2, withFigure: 2, rank: 3, of: 3 },
    { code: 'CORE-CITIES', name: 'Core cities', value: 7.1, computed: false, members: 1, withFigure: 0, rank: null, of: null },
  ],
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
  about: {
    definition: 'Young people aged 16 and 17 not in education, employment or training, as a percentage of all known to the council.',
    source: 'DfE NCCIS returns',
    methodology: null,
    owner: 'Head of Learning Inclusion',
  },
  rag: 'RED',
  reason: latest().reason,
  headlineRag: over.rag ?? 'RED',
  judged: null,
  story: null,
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
    latest: latest({
      period: '2025/26 Q4', value: 91, numerator: null, denominator: null, target: 92, targetPeriod: '2025/26', rag: 'AMBER', reason: 'Amber: just below target.', overdue: true, comparators: [],
      forecast: { period: '2026/27 Q1', value: 90.2, basis: ['2025/26 Q2', '2025/26 Q3', '2025/26 Q4'], reason: 'If nothing changes: 90.2% in 2026/27 Q1.' },
      atRisk: { from: 'AMBER', to: 'RED', period: '2026/27 Q1', targetPeriod: '2026/27', reason: 'At risk of red: amber now, but red in 2026/27 Q1 if nothing changes.' },
      curve: null,
      recentTrend: {
        direction: 'DECREASING', assessment: 'GETTING_WORSE', chiSquared: 12.3, points: 5, periods: ['2024/25 Q4', '2025/26 Q1', '2025/26 Q2', '2025/26 Q3', '2025/26 Q4'],
        reason: 'Getting worse: decreasing over the last 5 quarters.',
      },
      national: { rank: null, of: 1, quartile: null, bestQuartile: null, cuts: null, reason: 'Not ranked: only 1 council has a figure for 2025/26 Q4; a national rank and quartile need at least 10.' },
      groups: [],
    }),
  });
  const never = indicator({
    code: 'NEVER', title: 'Never reported', priorityCode: 'P02', outcome: 'Children do well at school', unit: 'per 1000',
    polarity: 'higher', frequency: 'quarterly', rag: 'NO_DATA', about: { definition: null, source: null, methodology: null, owner: null }, reason: 'No data: nothing has been received.', overdue: true,
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
      { code: 'P01', title: 'Fewer young people NEET', outcome: 'Young people are ready for work', rag: 'RED', counts: counts({ RED: 1 }), indicators: ['NEET'], headlineRag: 'RED', judged: null, story: null },
      { code: 'P02', title: 'Better attendance', outcome: 'Children do well at school', rag: 'AMBER', counts: counts({ AMBER: 1, NO_DATA: 1 }), indicators: ['ATT', 'NEVER'], headlineRag: 'AMBER', judged: null, story: null },
    ],
    indicators: [neet, att, never],
    exceptions: [
      { code: 'ATT', title: att.title, rag: 'AMBER', reason: att.reason, headlineRag: 'AMBER' },
      { code: 'NEET', title: neet.title, rag: 'RED', reason: neet.reason, headlineRag: 'RED' },
    ],
    overdue: [
      { code: 'NEVER', title: never.title, lastPeriod: null, missingPeriod: '2026/27 Q1', dueDate: '2026-08-30', daysOverdue: 87 },
      { code: 'ATT', title: att.title, lastPeriod: '2025/26 Q4', missingPeriod: '2026/27 Q1', dueDate: '2026-08-30', daysOverdue: 87 },
    ],
    worsening: [{ code: 'NEET', title: neet.title, reason: neet.latest.directionReason }],
    problems: [],
    atRisk: [{ code: 'ATT', title: att.title, from: 'AMBER', to: 'RED', reason: att.latest.atRisk.reason }],
  };
}

/**
 * The sample with commentary, as the demo's board commentary gives it: NEET computed red but judged
 * amber (so amber is its headline rating) with a story and actions, and priority P01 judged amber
 * with its own story.
 */
export function sampleSummaryJudged() {
  const s = sampleSummary();
  const neet = s.indicators[0];
  neet.headlineRag = 'AMBER';
  neet.judged = {
    rating: 'AMBER', reason: 'Seasonal: the September snapshot always peaks and falls back by December.',
    author: 'Head of Learning Inclusion', period: '2025/26',
  };
  neet.story = {
    story: 'Fewer young people are NEET than at the peak, but the target is not met.',
    actions: 'Contact every leaver without a confirmed destination by December.',
    author: 'Head of Learning Inclusion', period: '2025/26',
  };
  const p01 = s.priorities[0];
  p01.headlineRag = 'AMBER';
  p01.judged = { rating: 'AMBER', reason: 'Participation is holding up overall.', author: 'Chief Officer, Learning', period: '2025/26' };
  p01.story = { story: 'Two of three indicators are on track.', actions: 'Focus on 16 year olds.', author: 'Chief Officer, Learning', period: '2025/26' };
  s.exceptions = [
    { code: 'ATT', title: s.indicators[1].title, rag: 'AMBER', reason: s.indicators[1].reason, headlineRag: 'AMBER' },
    { code: 'NEET', title: neet.title, rag: 'RED', reason: neet.reason, headlineRag: 'AMBER' },
  ];
  return s;
}

const point = (period, periodStart, value, over = {}) => ({
  period, periodStart, value, numerator: null, denominator: null, ciLower: null, ciUpper: null, target: null,
  tolerance: null, rag: null, revisions: 1, note: null, targetPeriod: over.target ? period : null, ...over,
});

/** The baseline forecast the engine gives NEET when it has one (the sample has none by default). */
export const NEET_FORECAST = {
  period: '2026/27', value: 10.6, basis: ['2023/24', '2024/25', '2025/26'],
  reason: 'If nothing changes: 10.6% in 2026/27, continuing the least-squares straight line through the last 3 years (2023/24 to 2025/26), which rises 1.25 points a year.',
};

/** A valid data/indicators/NEET.json: home with CIs and targets, England, and two other areas. */
export function sampleDetail() {
  const s = sampleSummary();
  const {
    code, title, priorityCode, outcome, polarity, unit, frequency, about, rag, reason, headlineRag, judged, story, overdue,
  } = s.indicators[0];
  return {
    schemaVersion: 2, generatedAt: s.generatedAt, asOf: s.asOf, homeArea: s.homeArea, homeAreaName: s.homeAreaName,
    benchmarkArea: s.benchmarkArea, benchmarkAreaName: s.benchmarkAreaName,
    code, title, priorityCode, outcome, polarity, unit, frequency, about, rag, reason, headlineRag, judged, story, overdue,
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
    trajectory: [],
    subAreas: null,
    authorities: null,
    withdrawals: [],
  };
}

const subArea = (area, areaName, value, over = {}) => ({
  area, areaName, value, numerator: null, denominator: null, ciLower: null, ciUpper: null, ciMethod: null,
  comparison: null, rank: null, of: null, suppressed: null, ...over,
});

/**
 * NEET's history with the parts issue 11 and 12 add: a target trajectory into future years, every
 * council's figure (the home area, two statistical neighbours, one core city, one other) and four
 * sub-areas, two of them suppressed.
 */
export function sampleDetailCompared() {
  const d = sampleDetail();
  d.trajectory = [
    { period: '2025/26', periodStart: '2025-09-01', periodEnd: '2026-08-31', target: 8, tolerance: 1 },
    { period: '2026/27', periodStart: '2026-09-01', periodEnd: '2027-08-31', target: 7.5, tolerance: 1 },
    { period: '2027/28', periodStart: '2027-09-01', periodEnd: '2028-08-31', target: 7, tolerance: 1 },
  ];
  d.authorities = {
    period: '2025/26',
    values: [
      { area: 'E1', areaName: 'Anytown', value: 3, rank: 1, groups: [] },
      { area: 'E2', areaName: 'Bolton', value: 6, rank: 2, groups: ['STAT-NEIGHBOURS'] },
      { area: 'E3', areaName: 'Sheffield', value: 7, rank: 3, groups: ['STAT-NEIGHBOURS', 'CORE-CITIES'] },
      { area: 'E08000035', areaName: 'Leeds', value: 9.5, rank: 4, groups: [] },
      { area: 'E4', areaName: '=Evil, City of', value: 12, rank: 5, groups: [] },
    ],
  };
  d.subAreas = {
    period: '2025/26',
    areas: [
      subArea('S1', 'Armley cluster', 12, { numerator: 60, denominator: 500, ciLower: 9.43, ciUpper: 15.15, ciMethod: 'WILSON', comparison: 'WORSE', rank: 2, of: 2 }),
      subArea('S2', 'Bramley cluster', null, { suppressed: 'small number' }),
      subArea('S3', 'Morley cluster', 5, { numerator: 25, denominator: 500, ciLower: 3.41, ciUpper: 7.28, ciMethod: 'WILSON', comparison: 'BETTER', rank: 1, of: 2 }),
      subArea('S4', 'Otley cluster', null, { suppressed: 'secondary' }),
    ],
  };
  return d;
}
