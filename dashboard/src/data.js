// Loads the rating engine's JSON and checks it against the engine's own JSON Schemas (the
// contract, compiled into src/generated/ by scripts/compile-schemas.mjs) before anything is drawn,
// so a missing or broken file becomes a clear message instead of a blank page.
import { validateSummary } from './generated/validate-summary.js';

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

// ---- Schema errors in words -------------------------------------------------------------------

/** How a list's entries are named in a message: "indicator NEET", "the figure for 2024/25". */
const ENTRY = {
  indicators: (e, n) => `indicator ${e?.code || `number ${n + 1}`}`,
  priorities: (e, n) => `priority ${e?.code || `number ${n + 1}`}`,
  outcomes: (e, n) => (e?.name ? `outcome “${e.name}”` : `outcome number ${n + 1}`),
  exceptions: (e, n) => `the exception for ${e?.code || `entry ${n + 1}`}`,
  overdue: (e, n) => `the overdue return for ${e?.code || `entry ${n + 1}`}`,
  worsening: (e, n) => `the worsening entry for ${e?.code || `entry ${n + 1}`}`,
  series: (e, n) => `the series for ${e?.areaName || e?.area || `area number ${n + 1}`}`,
  points: (e, n) => `the figure for ${e?.period || `period number ${n + 1}`}`,
  comparators: (e, n) => `comparator ${e?.areaName || e?.area || `number ${n + 1}`}`,
};

const TYPE_WORDS = {
  object: 'a record', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number',
  boolean: 'true or false', null: 'empty',
};

/** Where an error is, in words: the named entries on the way and the field inside the last one. */
function place(json, instancePath) {
  const segments = instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const entries = [];
  let field = [];
  let value = json;
  segments.forEach((segment, i) => {
    value = value?.[segment];
    const index = /^\d+$/.test(segment) ? Number(segment) : null;
    if (index !== null && ENTRY[segments[i - 1]]) {
      entries.push(ENTRY[segments[i - 1]](value, index));
      field = [];
    } else if (index !== null && field.length) {
      field[field.length - 1] += ` entry ${index + 1}`;
    } else {
      field.push(segment);
    }
  });
  return { entries, field };
}

function sentence(json, error) {
  const { entries, field } = place(json, error.instancePath);
  const where = entries.length ? `in ${entries.join(', ')}, ` : '';
  const name = (...extra) => `“${[...field, ...extra].join('.')}”`;
  const subject = field.length ? name() : (entries.length ? 'the entry' : 'it');
  const p = error.params ?? {};
  switch (error.keyword) {
    case 'required': return `${where}${name(p.missingProperty)} is missing`;
    case 'additionalProperties': return `${where}there is a field this dashboard does not know: ${name(p.additionalProperty)}`;
    case 'type': return `${where}${subject} should be ${[].concat(p.type).map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    case 'const':
    case 'enum': return `${where}${subject} has a value this dashboard does not know`;
    case 'minLength': return `${where}${subject} is empty`;
    case 'minItems': return `${where}${subject} has too few entries`;
    case 'uniqueItems': return `${where}${subject} lists the same entry twice`;
    case 'minimum': return `${where}${subject} is too small`;
    case 'pattern':
    case 'format': return `${where}${subject} is not in the expected form`;
    default: return `${where}${subject} is not in the agreed format`;
  }
}

/**
 * The error to name. A rule of the form if/then (NO_DATA has no latest figure) is the most
 * specific, so it comes first. Otherwise, with all errors collected, a oneOf failure also reports
 * the branch the file did not take ("must be null" beside the real fault): those are passed over
 * when there is a more specific error at or under the same place.
 */
function mostUseful(errors) {
  const wrapper = (e) => ['oneOf', 'anyOf', 'if'].includes(e.keyword);
  const nullBranch = (e) => e.keyword === 'type' && [].concat(e.params?.type).includes('null');
  const conditional = errors.find((e) => /\/(then|else)\//.test(e.schemaPath ?? ''));
  if (conditional) return conditional;
  const specific = errors.filter((e) => !wrapper(e) && !(nullBranch(e)
    && errors.some((o) => !wrapper(o) && !nullBranch(o) && o.instancePath.startsWith(e.instancePath))));
  return specific[0] ?? errors[0];
}

/** Ajv's own findings, for the "Technical detail" line under the message. */
function technical(errors) {
  const shown = errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params ?? {})}`);
  return `Schema check: ${shown.join('; ')}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}`;
}

/**
 * A failed schema check as one DataProblem, in words a reader understands. words: { prefix,
 * notObject, format } and optionally missingList: [the list a reader cannot do without, its words].
 */
export function schemaProblem(json, errors, words) {
  const detail = technical(errors);
  if (!isObject(json)) return new DataProblem(`${words.prefix}: ${words.notObject}.`, detail);
  if (errors.some((e) => e.instancePath === '/schemaVersion' || (e.instancePath === '' && e.params?.missingProperty === 'schemaVersion'))) {
    return new DataProblem(`${words.format} (version ${json.schemaVersion === undefined ? 'not given' : String(json.schemaVersion)}).`, detail);
  }
  if (words.missingList) {
    const [list, text] = words.missingList;
    if (errors.some((e) => (e.instancePath === '' && e.keyword === 'required' && e.params.missingProperty === list)
      || (e.instancePath === `/${list}` && e.keyword === 'type'))) {
      return new DataProblem(`${words.prefix}: ${text}.`, detail);
    }
  }
  return new DataProblem(`${words.prefix}: ${sentence(json, mostUseful(errors))}.`, detail);
}

// ---- summary.json ------------------------------------------------------------------------------

const SUMMARY_WORDS = {
  prefix: 'The performance summary is damaged',
  notObject: 'it does not contain a summary',
  format: 'The performance summary is in a format this dashboard does not know',
  missingList: ['indicators', 'it has no list of indicators'],
};

/**
 * Checks summary.json against the summary schema; throws DataProblem with words a reader
 * understands. A valid summary is used as it is, with two look-ups added: byCode and priorityByCode.
 */
export function checkSummary(json) {
  if (!validateSummary(json)) throw schemaProblem(json, validateSummary.errors ?? [], SUMMARY_WORDS);
  return {
    ...json,
    byCode: new Map(json.indicators.map((i) => [i.code, i])),
    priorityByCode: new Map(json.priorities.map((p) => [p.code, p])),
  };
}

export async function loadSummary() {
  return checkSummary(await fetchJson(SUMMARY_URL, 'performance summary (data/summary.json)'));
}

// ---- data/indicators/<code>.json ---------------------------------------------------------------

/** Checks one indicator's history with the indicator schema's validator; throws DataProblem. */
export function checkIndicatorDetail(json, code, validateIndicator) {
  if (validateIndicator(json)) return json;
  throw schemaProblem(json, validateIndicator.errors ?? [], {
    prefix: `The history for indicator ${code} is damaged`,
    notObject: 'it does not contain an indicator’s history',
    format: `The history for indicator ${code} is in a format this dashboard does not know`,
  });
}

/** One indicator's full history; the file name is the code, escaped so any code is safe in a URL. */
export async function loadIndicatorDetail(code) {
  // The indicator validator is loaded with the first indicator page, not with the overview.
  const [json, { validateIndicator }] = await Promise.all([
    fetchJson(`data/indicators/${encodeURIComponent(code)}.json`, `history for indicator ${code}`),
    import('./generated/validate-indicator.js'),
  ]);
  return checkIndicatorDetail(json, code, validateIndicator);
}
