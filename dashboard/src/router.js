// Hash routes, because the bucket serves static files only. Each view has its own URL so
// shared links and the back button work:
//   #/                     overview
//   #/exceptions           red and amber, overdue, worsening
//   #/indicator/<code>     one indicator
//   #/report               the board's report (prints on A4)
//   #/search?q=&outcome=&priority=&rating=&overdue=1

export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts.length === 0) return { view: 'overview', params };
  if (parts[0] === 'exceptions' && parts.length === 1) return { view: 'exceptions', params };
  if (parts[0] === 'search' && parts.length === 1) return { view: 'search', params };
  if (parts[0] === 'report' && parts.length === 1) return { view: 'report', params };
  if (parts[0] === 'indicator' && parts.length >= 2) {
    let code;
    try {
      code = decodeURIComponent(parts.slice(1).join('/'));
    } catch {
      code = parts.slice(1).join('/');
    }
    return { view: 'indicator', code, params };
  }
  return { view: 'not-found', params };
}

export const overviewHref = () => '#/';
export const exceptionsHref = () => '#/exceptions';
export const reportHref = () => '#/report';
export const indicatorHref = (code) => `#/indicator/${encodeURIComponent(code)}`;

export function searchHref(filters = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `#/search?${q}` : '#/search';
}
