// Where the browser tests' data comes from: folders of the real engine's output, one per scenario.
import { readFileSync, mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Fixture site data, one folder per scenario: <fixtures>/<scenario>/data/summary.json and
 * <fixtures>/<scenario>/data/indicators/<code>.json. DASHBOARD_FIXTURES points at the folder
 * made by scripts/generate-fixtures.sh; by default test/generated/, which npm test fills with the
 * real engine's output (scripts/ensure-fixtures.mjs).
 */
export const FIXTURES = process.env.DASHBOARD_FIXTURES
  ? resolve(process.env.DASHBOARD_FIXTURES)
  : join(ROOT, 'test', 'generated');
export const SCENARIOS = ['demo', 'xss', 'large'];

export function scenarioDir(name) {
  const dir = join(FIXTURES, name);
  if (!existsSync(join(dir, 'data', 'summary.json'))) {
    throw new Error(`Fixture scenario "${name}" has no data/summary.json under ${FIXTURES}`);
  }
  return dir;
}

export function readSummary(name) {
  return JSON.parse(readFileSync(join(scenarioDir(name), 'data', 'summary.json'), 'utf8'));
}

export function readDetail(name, code) {
  return JSON.parse(readFileSync(join(scenarioDir(name), 'data', 'indicators', `${encodeURIComponent(code)}.json`), 'utf8'));
}

/** A data folder the test makes itself, e.g. with a garbled summary.json. */
export function makeDataDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-data-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}
