// The dashboard has one static server: the local runner's SiteServer, the same one `up` serves the
// site bucket with. This starts its `serve` command on a free port for the browser tests and the
// benchmark:
//   java -jar local/target/local-runner.jar serve --site dist --data <folder holding data/> --port 0
// By hand: npm run serve -- --data test/generated/demo --port 8080
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const RUNNER_JAR = resolve(process.env.LOCAL_RUNNER_JAR || join(ROOT, '..', 'local', 'target', 'local-runner.jar'));

const running = new Set();
process.once('exit', () => { for (const child of running) child.kill('SIGKILL'); });

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * Serves site (default dist/) with data/ from the folder data (a folder holding data/summary.json;
 * without it, data/ comes from the site folder). Resolves to { url, close } once the server listens.
 */
export function startSiteServer({ site = DIST, data, port = 0, timeoutMs = 30000 } = {}) {
  if (!existsSync(RUNNER_JAR)) {
    throw new Error(`The dashboard is served by the local runner, which is not built: ${RUNNER_JAR}\n`
      + 'Build it from the repository root: mvn -B -q package -DskipTests -pl local -am');
  }
  const args = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto', '-jar', RUNNER_JAR, 'serve',
    '--site', resolve(site), '--port', String(port)];
  if (data) args.push('--data', resolve(data));
  const child = spawn(process.env.JAVA || 'java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    const fail = (why) => {
      clearTimeout(timer);
      stop(child);
      reject(new Error(`${why}\n${out}${err}`.trim()));
    };
    const timer = setTimeout(() => fail(`The runner's serve command did not start within ${timeoutMs} ms`), timeoutMs);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /^Serving (http:\/\/\S+)/m.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolveStart({ url: m[1], close: () => stop(child) });
      }
    });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.once('error', (e) => fail(`Could not run java: ${e.message}`));
    child.once('exit', (code) => fail(`The runner's serve command exited (${code})`));
  });
}
