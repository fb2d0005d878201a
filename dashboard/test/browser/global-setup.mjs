// Before any browser test: the built site, the runner that serves it, the browser and the
// fixtures must be there, or the run stops with one clear message instead of many failures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, RUNNER_JAR } from '../../scripts/site-server.mjs';
import { FIXTURES, SCENARIOS } from './scenarios.mjs';

export default function globalSetup() {
  const problems = [];
  if (!existsSync(join(DIST, 'index.html'))) problems.push('dist/ is missing: run `npm run build` first (npm test does).');
  if (!existsSync(RUNNER_JAR)) problems.push(`The local runner is not built (${RUNNER_JAR}): mvn -B -q package -DskipTests -pl local -am`);
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) problems.push(`No Chromium at ${chromium}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  const missing = SCENARIOS.filter((s) => !existsSync(join(FIXTURES, s, 'data', 'summary.json')));
  if (missing.length) problems.push(`No fixtures for ${missing.join(', ')} in ${FIXTURES}: run node scripts/ensure-fixtures.mjs (npm test does).`);
  if (problems.length) throw new Error(`The browser tests cannot start:\n  ${problems.join('\n  ')}`);
}
