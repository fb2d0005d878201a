// PROVISIONAL: writes test/provisional/demo and test/provisional/xss in the engine's contract.
// Figures follow the Leeds Children and Young People's Plan papers (shared seeds); the
// 2024-26 figures are illustrative. Replace with scripts/generate-fixtures.sh output when the runner exists.
import { fileURLToPath } from 'node:url';
import { writeSite } from './provisional-site.mjs';

const asOf = '2026-11-25';
const generatedAt = '2026-11-25T06:00:00Z';
const fy = (y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
const years = (from, to) => Array.from({ length: to - from + 1 }, (_, n) => from + n);

const statNeighbours = { area: 'SN-LEEDS', areaName: 'Statistical neighbours' };
const yorks = { area: 'E12000003', areaName: 'Yorkshire and the Humber' };
const coreCities = { area: 'CORE-CITIES', areaName: 'Core cities' };

function annual(from, values, extra = () => ({})) {
  return values.map((v, n) => (v === null ? null : { period: fy(from + n), value: v, ...extra(n, v) })).filter(Boolean);
}

const cla = {
  code: 'CLA-01', title: 'Children looked after per 10,000 children', unit: 'per 10000', polarity: 'lower', frequency: 'quarterly',
  points: ['2024/25 Q3', '2024/25 Q4', '2025/26 Q1', '2025/26 Q2', '2025/26 Q3', '2025/26 Q4', '2026/27 Q1', '2026/27 Q2'].map((period, n) => {
    const numerator = [1371, 1380, 1368, 1359, 1352, 1349, 1357, 1362][n];
    return { period, value: +(numerator / 17.14).toFixed(1), numerator, denominator: 171400, target: 78, tolerance: 2, revisions: n === 6 ? 1 : 0, note: n === 6 ? 'Revised after a late case-management upload.' : null };
  }),
  bench: [{ period: '2025/26 Q4', value: 70 }, { period: '2026/27 Q2', value: 70 }],
  others: [{ ...statNeighbours, points: [{ period: '2026/27 Q2', value: 84.2 }] }, { ...coreCities, points: [{ period: '2026/27 Q2', value: 91.6 }] }],
  nextDue: { period: '2026/27 Q3', dueDate: '2027-01-31' },
};
const cpp = {
  code: 'CPP-01', title: 'Children and young people with child protection plans per 10,000 children', unit: 'per 10000', polarity: 'lower', frequency: 'financial-year',
  points: annual(2020, [40.1, 38.2, 37.5, 36.9, 35.8, 34.2], (n, v) => ({ numerator: Math.round(v * 17.1), denominator: 171000, target: 36, tolerance: 2 })),
  bench: annual(2020, [41.4, 42.1, 43.2, 42.0, 41.6, 41.0]),
  nextDue: { period: fy(2026), dueDate: '2027-06-30' },
};
const ks2 = {
  code: 'KS2-RWM', title: 'Pupils reaching the expected standard in reading, writing and maths at the end of primary school', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2021, [53, 55, 57, 58, 59], (n, v) => ({ numerator: Math.round(v * 95.2), denominator: 9520, ciLower: +(v - 1).toFixed(1), ciUpper: +(v + 1).toFixed(1), target: 61, tolerance: 2.5 })),
  bench: annual(2021, [59, 59, 60, 61, 62]),
  others: [{ ...yorks, points: annual(2021, [56, 57, 58, 59, 60]) }, { ...statNeighbours, points: annual(2021, [55, 56, 58, 59, 60]) }],
  nextDue: { period: fy(2026), dueDate: '2027-09-30' },
};
const gcse = {
  code: 'GCSE-EM', title: 'Pupils gaining a grade 4 or above in English and maths GCSEs', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2021, [64.1, 62.0, 63.4, 64.9, 66.2], (n, v) => ({ numerator: Math.round(v * 87.3), denominator: 8730, target: 65, tolerance: 2 })),
  bench: annual(2021, [68.8, 65.1, 65.1, 65.4, 65.9]),
  nextDue: { period: fy(2026), dueDate: '2027-10-31' },
};
const l3 = {
  code: 'L3-19', title: 'Young people qualified to Level 3 by age 19', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2021, [47.9, 47.1, 46.0, 45.2, 42.2], (n, v) => ({ numerator: Math.round(v * 91.1), denominator: 9110, ciLower: +(v - 1).toFixed(1), ciUpper: +(v + 1).toFixed(1), target: 48, tolerance: 2 })),
  bench: annual(2021, [57.1, 56.9, 56.3, 55.8, 55.2]),
  others: [{ ...coreCities, points: annual(2021, [52.0, 51.4, 51.1, 50.6, 50.1]) }],
  nextDue: { period: fy(2026), dueDate: '2027-04-30' },
};
const attPri = {
  code: 'ATT-PRI', title: 'Primary school attendance', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2021, [95.2, 93.6, 94.0, 94.6, 95.1], (n, v) => ({ numerator: null, denominator: null, target: 95, tolerance: 0.5 })),
  bench: annual(2021, [95.4, 94.0, 94.1, 94.5, 94.8]),
  nextDue: { period: fy(2026), dueDate: '2027-03-31' },
};
const attSec = {
  code: 'ATT-SEC', title: 'Secondary school attendance', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2021, [92.1, 89.9, 90.2, 90.6, 90.9], () => ({ target: 91.5, tolerance: 1 })),
  bench: annual(2021, [92.3, 90.5, 90.7, 91.0, 91.3]),
  nextDue: { period: fy(2026), dueDate: '2027-03-31' },
};
const neet = {
  code: 'NEET-NK', title: 'Young people aged 16 and 17 not in education, employment or training, or whose activity is not known', unit: 'percent', polarity: 'lower', frequency: 'monthly',
  points: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'].map((period, n) => {
    const numerator = [2104, 2150, 2198, 2210, 2231, 2246, 2260, 2281][n];
    return { period, value: +((numerator / 23642) * 100).toFixed(1), numerator, denominator: 23642, target: 8.9, tolerance: 0.4 };
  }),
  bench: [{ period: '2026-08', value: 5.4 }],
  others: [{ ...yorks, points: [{ period: '2026-08', value: 6.1 }] }],
  dueDays: 31, overdue: { missingPeriod: '2026-09', dueDate: '2026-10-31', daysOverdue: 25 },
  nextDue: { period: '2026-09', dueDate: '2026-10-31' },
};
const eyfs = {
  code: 'EYFS-GLD', title: 'Children with a good level of development at the end of Reception', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: annual(2022, [62.4, 64.0, 65.1, 66.3], (n, v) => ({ numerator: Math.round(v * 99.8), denominator: 9980 })),
  bench: annual(2022, [65.2, 67.2, 67.7, 68.3]),
  nextDue: { period: fy(2026), dueDate: '2027-11-30' },
};
const excl = {
  code: 'EXCL-PERM', title: 'Permanent exclusions from school', unit: 'count', polarity: 'lower', frequency: 'academic-year',
  points: annual(2021, [41, 38, 52, 47, 39], () => ({ target: 45, tolerance: 5 })),
  nextDue: { period: fy(2026), dueDate: '2027-08-31' },
};
const teen = {
  code: 'TEEN-CONC', title: 'Teenage conceptions per 1,000 girls aged 15 to 17', unit: 'per 1000', polarity: 'lower', frequency: 'calendar-year',
  points: years(2019, 2024).map((y, n) => {
    const numerator = [395, 372, 350, 341, 338, 330][n];
    const v = +(numerator / 14.2).toFixed(1);
    return { period: String(y), value: v, numerator, denominator: 14200, ciLower: +(v - 2.7).toFixed(1), ciUpper: +(v + 2.8).toFixed(1), target: 22, tolerance: 2 };
  }),
  bench: years(2019, 2024).map((y, n) => ({ period: String(y), value: [15.7, 13.0, 13.1, 13.1, 12.9, 12.6][n] })),
  others: [{ ...coreCities, points: years(2019, 2024).map((y, n) => ({ period: String(y), value: [21.5, 18.9, 18.0, 17.7, 17.4, 17.0][n] })) }],
  dueDays: 455, nextDue: { period: '2025', dueDate: '2027-03-31' },
};
const fsm = {
  code: 'FSM-UPTAKE', title: 'Free school meal uptake in primary schools', unit: 'percent', polarity: 'higher', frequency: 'financial-year',
  points: annual(2021, [82.5, 83.0, 84.6, 85.1, 85.0], () => ({ target: 85, tolerance: 1 })),
  nextDue: { period: fy(2026), dueDate: '2027-05-31' },
};
const off = {
  code: 'YJ-FTE', title: 'Young people aged 10 to 17 entering the youth justice system for the first time, per 100,000', unit: 'per 100000', polarity: 'lower', frequency: 'financial-year',
  points: annual(2021, [231, 214, 198, 187], (n, v) => ({ numerator: Math.round(v * 0.7), denominator: 70000, target: 200, tolerance: 10 })),
  bench: annual(2021, [148, 150, 155, 158]),
  dueDays: 183, overdue: { missingPeriod: fy(2025), dueDate: '2026-09-30', daysOverdue: 56 },
  nextDue: { period: fy(2025), dueDate: '2026-09-30' },
};
const voice = {
  code: 'VOICE-INF', title: 'Children and young people who say they have influence in their school', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
  points: [],
  dueDays: 45, overdue: { missingPeriod: fy(2025), dueDate: '2026-10-15', daysOverdue: 41 },
  nextDue: { period: fy(2025), dueDate: '2026-10-15' },
};
const play = {
  code: 'PLAY-SURV', title: 'Children who say they have enough places to play and have fun', unit: 'percent', polarity: 'none', frequency: 'academic-year',
  points: annual(2023, [71, 69, 73]),
  nextDue: { period: fy(2026), dueDate: '2027-07-31' },
};

export const demo = {
  asOf, generatedAt,
  outcomes: [
    { name: 'All children and young people are safe from harm', priorities: [
      { code: 'P01', title: 'Help children to live in safe and supportive families', indicators: [cla] },
      { code: 'P02', title: 'Ensure that the most vulnerable are protected', indicators: [cpp] },
    ] },
    { name: 'All children and young people do well at all levels of learning and have skills for life', priorities: [
      { code: 'P03', title: 'Improve achievement and close achievement gaps', indicators: [ks2, gcse, l3] },
      { code: 'P04', title: 'Increase numbers participating and engaging', indicators: [neet] },
      { code: 'P06', title: 'Support children to have the best start in life and be ready for learning', indicators: [eyfs] },
      { code: 'P07', title: 'Support schools and settings to improve attendance and develop positive behaviour', indicators: [attPri, attSec, excl] },
    ] },
    { name: 'All children and young people enjoy healthy lifestyles', priorities: [
      { code: 'P08', title: 'Encourage physical activity and healthy eating', indicators: [fsm] },
      { code: 'P09', title: 'Promote sexual health', indicators: [teen] },
    ] },
    { name: 'All children and young people have fun growing up', priorities: [
      { code: 'P11', title: 'Provide play, leisure, culture and sporting opportunities', indicators: [play] },
    ] },
    { name: 'All children and young people are active citizens who feel they have a voice and influence', priorities: [
      { code: 'P13', title: 'Reduce crime and anti-social behaviour', indicators: [off] },
      { code: 'P14', title: 'Increase participation, voice and influence', indicators: [voice] },
    ] },
  ],
};

// Hostile text in every place data reaches the page, and a formula-looking title for the CSV guard.
export const xss = {
  asOf, generatedAt,
  outcomes: [
    { name: '<script>alert("outcome")</script>', priorities: [
      { code: 'PX1', title: '<b>bold priority</b>', indicators: [
        { code: 'XSS-1', title: '<img src=x onerror=alert(1)>', unit: 'percent', polarity: 'higher', frequency: 'academic-year',
          points: annual(2023, [40, 41, 42], (n) => ({ target: 50, tolerance: 2, note: n === 2 ? '<svg onload=alert(5)>' : null })),
          bench: annual(2023, [50, 51, 52]),
          reason: '"><svg onload=alert(3)> is below the target',
          nextDue: { period: fy(2026), dueDate: '2027-09-30' } },
        { code: 'XSS-2', title: '=HYPERLINK("http://example.invalid","click me")', unit: 'count', polarity: 'lower', frequency: 'calendar-year',
          points: [{ period: '2025', value: -3, target: 0, tolerance: 1 }],
          nextDue: { period: '2026', dueDate: '2027-03-31' } },
      ] },
    ] },
  ],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../test/provisional/', import.meta.url));
  writeSite(`${root}demo`, demo);
  writeSite(`${root}xss`, xss);
  console.log(`Wrote provisional demo and xss site data under ${root}`);
}
