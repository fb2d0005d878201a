// The 500-indicator scenario for the tests and the benchmark, written as engine input CSVs
// by make-large-inputs.mjs and rated by the real engine (generate-fixtures.sh).
// Deterministic: the same numbers every run, so benchmark figures are comparable.

export const OUTCOMES = [
  'All children and young people are safe from harm',
  'All children and young people do well at all levels of learning and have skills for life',
  'All children and young people enjoy healthy lifestyles',
  'All children and young people have fun growing up',
  'All children and young people are active citizens who feel they have a voice and influence',
];
const PRIORITY_TITLES = [
  'Help children to live in safe and supportive families', 'Ensure that the most vulnerable are protected',
  'Improve achievement and close achievement gaps', 'Increase numbers participating and engaging',
  'Improve outcomes for children and young people with special educational needs and disability',
  'Support children to have the best start in life and be ready for learning',
  'Support schools and settings to improve attendance and develop positive behaviour',
  'Encourage physical activity and healthy eating', 'Promote sexual health',
  'Minimise the misuse of drugs, alcohol and tobacco', 'Provide play, leisure, culture and sporting opportunities',
  'Improve social, emotional and mental health and well being', 'Reduce crime and anti-social behaviour',
  'Increase participation, voice and influence',
];
const PRIORITY_OUTCOME = [0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4];
const SUBJECTS = ['attendance', 'achievement', 'participation', 'referrals', 'assessments completed on time',
  'placements', 'health checks', 'satisfaction', 'exclusions', 'early help assessments'];
const GROUPS = ['all children', 'children looked after', 'care leavers', 'children in need', 'pupils with SEND',
  'pupils eligible for free school meals', 'young people aged 16 to 17', 'girls aged 15 to 17'];

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const PRIORITIES = PRIORITY_TITLES.map((title, n) => ({ code: `P${String(n + 1).padStart(2, '0')}`, title, outcome: OUTCOMES[PRIORITY_OUTCOME[n]] }));

/** n indicators, each with six financial years of returns, a target, and England's figures. */
export function largeCatalogue(n = 500) {
  const rnd = random(20261125);
  const list = [];
  for (let k = 0; k < n; k += 1) {
    const priority = PRIORITIES[k % PRIORITIES.length];
    const polarity = rnd() < 0.5 ? 'higher' : rnd() < 0.9 ? 'lower' : 'none';
    const denominator = 1000 + Math.floor(rnd() * 20000);
    const base = 20 + rnd() * 60;
    const years = [2020, 2021, 2022, 2023, 2024, 2025];
    const noData = k % 97 === 13;
    const points = noData ? [] : years.map((y) => {
      const numerator = Math.round(denominator * (base + (rnd() - 0.5) * 8) / 100);
      return { period: `${y}/${String((y + 1) % 100).padStart(2, '0')}`, numerator, denominator, value: +((numerator / denominator) * 100).toFixed(1) };
    });
    const hasTarget = polarity !== 'none' && k % 11 !== 5;
    list.push({
      code: `IND-${String(k + 1).padStart(3, '0')}`,
      title: `${SUBJECTS[k % SUBJECTS.length][0].toUpperCase()}${SUBJECTS[k % SUBJECTS.length].slice(1)} for ${GROUPS[Math.floor(k / SUBJECTS.length) % GROUPS.length]} (measure ${k + 1})`,
      priority,
      polarity,
      unit: 'percent',
      frequency: 'financial-year',
      dueDays: 90,
      points,
      target: hasTarget ? +(base + (rnd() - 0.5) * 6).toFixed(1) : null,
      tolerance: 2,
      bench: points.map((p) => ({ period: p.period, value: +(base + (rnd() - 0.5) * 10).toFixed(1) })),
      overdue: k % 41 === 7,
    });
  }
  return list;
}
