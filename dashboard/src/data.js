// Loads the rating engine's JSON and checks its shape before anything is drawn, so a
// missing or broken file becomes a clear message instead of a blank page.
// Optional fields that are absent are treated as "not known", never as errors.

export class DataProblem extends Error {
  constructor(message, detail) {
    super(message);
    this.name = 'DataProblem';
    this.detail = detail;
  }
}

const SUMMARY_URL = 'data/summary.json'; // relative: the site works under any prefix

async function fetchJson(url, what) {
  let response;
  try {
    // no-cache: always revalidate, so a new upload shows after a reload.
    response = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw new DataProblem(`The ${what} could not be reached.`, String(err?.message ?? err));
  }
  if (!response.ok) {
    throw new DataProblem(
      response.status === 404 || response.status === 403
        ? `The ${what} has not been published yet, or could not be found.`
        : `The ${what} could not be loaded (the server answered ${response.status}).`,
      url);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataProblem(`The ${what} is damaged: it is not valid JSON.`, String(err?.message ?? err));
  }
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const asArray = (v) => (Array.isArray(v) ? v : []);
const asText = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

function normaliseIndicator(raw) {
  const i = isObject(raw) ? raw : {};
  return {
    ...i,
    code: asText(i.code),
    title: asText(i.title) || asText(i.code),
    priorityCode: asText(i.priorityCode),
    outcome: asText(i.outcome),
    rag: asText(i.rag) || 'NO_DATA',
    overdue: i.overdue === true,
    nextDue: isObject(i.nextDue) ? i.nextDue : null,
    latest: isObject(i.latest) ? { ...i.latest, comparators: asArray(i.latest.comparators) } : null,
  };
}

function countIndicators(indicators) {
  const counts = { GREEN: 0, AMBER: 0, RED: 0, NO_TARGET: 0, NO_DATA: 0 };
  for (const i of indicators) counts[i.rag] = (counts[i.rag] ?? 0) + 1;
  return counts;
}

/** Checks and tidies summary.json; throws DataProblem with words a reader understands. */
export function normaliseSummary(json) {
  if (!isObject(json)) {
    throw new DataProblem('The performance summary is damaged: it does not contain a summary.');
  }
  if (json.schemaVersion !== undefined && json.schemaVersion !== 1) {
    throw new DataProblem(
      `The performance summary is in a format this dashboard does not know (version ${asText(json.schemaVersion)}).`);
  }
  if (!Array.isArray(json.indicators)) {
    throw new DataProblem('The performance summary is damaged: it has no list of indicators.');
  }
  const indicators = json.indicators.map(normaliseIndicator).filter((i) => i.code);
  const priorities = asArray(json.priorities).filter(isObject).map((p) => ({
    ...p,
    code: asText(p.code),
    title: asText(p.title) || asText(p.code),
    outcome: asText(p.outcome),
    rag: asText(p.rag) || 'UNRATED',
    indicators: asArray(p.indicators).map(asText),
  }));
  const outcomes = asArray(json.outcomes).filter(isObject).map((o) => ({
    ...o,
    name: asText(o.name),
    rag: asText(o.rag) || 'UNRATED',
    priorities: asArray(o.priorities).map(asText),
  }));
  return {
    ...json,
    homeAreaName: asText(json.homeAreaName) || asText(json.homeArea),
    benchmarkAreaName: asText(json.benchmarkAreaName) || asText(json.benchmarkArea),
    counts: isObject(json.counts) ? json.counts : countIndicators(indicators),
    indicators,
    priorities,
    outcomes,
    exceptions: asArray(json.exceptions).filter(isObject),
    overdue: asArray(json.overdue).filter(isObject),
    worsening: asArray(json.worsening).filter(isObject),
    byCode: new Map(indicators.map((i) => [i.code, i])),
    priorityByCode: new Map(priorities.map((p) => [p.code, p])),
  };
}

export async function loadSummary() {
  return normaliseSummary(await fetchJson(SUMMARY_URL, 'performance summary (data/summary.json)'));
}

/** One indicator's full history; the file name is the code, escaped so any code is safe in a URL. */
export async function loadIndicatorDetail(code) {
  const json = await fetchJson(`data/indicators/${encodeURIComponent(code)}.json`,
    `history for indicator ${code}`);
  if (!isObject(json)) throw new DataProblem(`The history for indicator ${code} is damaged.`);
  return {
    ...json,
    series: asArray(json.series).filter(isObject).map((s) => ({
      ...s,
      area: asText(s.area),
      areaName: asText(s.areaName) || asText(s.area),
      points: asArray(s.points).filter(isObject),
    })),
  };
}
