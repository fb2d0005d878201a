// A tiny static server for dist/ with a data folder beside it, as the site bucket lays them out:
//   /index.html, /assets/...   from dist/
//   /data/...                  from <dataDir>/data/
// Used by the browser tests and the benchmark, and by hand: node scripts/serve.mjs --data DIR --port 8080
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Resolves a URL path inside root, or null if it would escape it. */
function inside(root, urlPath) {
  const full = normalize(join(root, urlPath));
  return full === root || full.startsWith(root + sep) ? full : null;
}

export function startServer({ distDir, dataDir, port = 0, host = '127.0.0.1' }) {
  const dist = resolve(distDir);
  const data = dataDir ? resolve(dataDir) : null;
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const isData = path.startsWith('/data/');
    const file = isData ? (data ? inside(data, path) : null) : inside(dist, path);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Same idea as the CloudFront behaviour: data is revalidated, hashed assets are kept.
        'Cache-Control': isData || path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({ url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const here = fileURLToPath(new URL('..', import.meta.url));
  const { url } = await startServer({
    distDir: arg('--dist', join(here, 'dist')),
    dataDir: arg('--data', join(here, 'test/provisional/demo')),
    port: Number(arg('--port', 8080)),
  });
  console.log(`Dashboard at ${url}`);
}
