// The indicator chart, drawn by Chart.js (tree-shaken to the parts used).
// Series are told apart by line style and point shape as well as colour, and the
// canvas is only a picture: the same figures are given as text and as a table beside it.
import {
  Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler,
  BarController, BarElement,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler,
  BarController, BarElement);

const live = new Set();

/** Charts hold listeners and observers: free them when the view changes. */
export function destroyCharts() {
  for (const c of live) c.destroy();
  live.clear();
}

// Colours chosen for at least 3:1 against white, and distinguishable without colour.
const STYLES = {
  home: { borderColor: '#1d4f91', backgroundColor: '#1d4f91', pointStyle: 'circle', borderDash: [] },
  target: { borderColor: '#3b3b3b', backgroundColor: '#3b3b3b', pointStyle: 'line', borderDash: [8, 4] },
  trajectory: { borderColor: '#3b3b3b', backgroundColor: '#ffffff', pointStyle: 'rect', borderDash: [3, 3] },
  forecast: { borderColor: '#1d4f91', backgroundColor: '#ffffff', pointStyle: 'circle', borderDash: [6, 4] },
  benchmark: { borderColor: '#a34400', backgroundColor: '#a34400', pointStyle: 'triangle', borderDash: [2, 3] },
  others: [
    { borderColor: '#6b3fa0', pointStyle: 'rectRot', borderDash: [10, 3, 2, 3] },
    { borderColor: '#00703c', pointStyle: 'rect', borderDash: [4, 4] },
    { borderColor: '#8a1538', pointStyle: 'star', borderDash: [1, 2] },
    { borderColor: '#505a5f', pointStyle: 'crossRot', borderDash: [6, 2] },
  ],
};

/**
 * model: { labels: [period], home: {name, values, ciLower, ciUpper}, target: [..],
 *          benchmark: {name, values} | null, others: [{name, values}] , unit }
 */
export function drawIndicatorChart(canvas, model, formatTick) {
  const datasets = [];
  const hasCi = model.home.ciLower.some((v) => v !== null) && model.home.ciUpper.some((v) => v !== null);
  if (hasCi) {
    const band = { borderWidth: 0, pointRadius: 0, spanGaps: false, backgroundColor: 'rgba(29,79,145,0.15)', ciBand: true };
    datasets.push({ ...band, label: '95% confidence interval (lower)', data: model.home.ciLower, fill: false });
    datasets.push({ ...band, label: '95% confidence interval', data: model.home.ciUpper, fill: '-1' });
  }
  datasets.push({ ...STYLES.home, label: model.home.name, data: model.home.values, borderWidth: 3, pointRadius: 4 });
  if (model.target.some((v) => v !== null)) {
    datasets.push({ ...STYLES.target, label: 'Target', data: model.target, borderWidth: 2, pointRadius: 3, stepped: 'middle', spanGaps: true });
  }
  if (model.benchmark) {
    datasets.push({ ...STYLES.benchmark, label: model.benchmark.name, data: model.benchmark.values, borderWidth: 2, pointRadius: 4 });
  }
  model.others.forEach((o, n) => {
    const s = STYLES.others[n % STYLES.others.length];
    datasets.push({ ...s, backgroundColor: s.borderColor, label: o.name, data: o.values, borderWidth: 1.5, pointRadius: 3 });
  });
  if (model.trajectory) {
    datasets.push({ ...STYLES.trajectory, label: 'Target trajectory (future years)', data: model.trajectory.values, borderWidth: 2, pointRadius: 4, spanGaps: true });
  }
  if (model.forecast) {
    datasets.push({ ...STYLES.forecast, label: 'If nothing changes (forecast)', data: model.forecast.values, borderWidth: 2.5, pointRadius: 5, pointBorderWidth: 2, spanGaps: true });
  }
  // The series drawn, for the browser tests and anyone inspecting the page (text only).
  canvas.dataset.series = datasets.filter((d) => !d.ciBand).map((d) => d.label).join(' | ');

  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: model.labels, datasets },
    options: {
      animation: false, // fast first render, and calmer for readers who dislike motion
      maintainAspectRatio: false,
      spanGaps: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { ticks: { color: '#3b3b3b', callback: (v) => formatTick(v) }, grid: { color: '#e5e5e5' } },
        x: { ticks: { color: '#3b3b3b' }, grid: { display: false } },
      },
      plugins: {
        legend: {
          labels: {
            color: '#0b0c0c',
            usePointStyle: true,
            filter: (item, data) => data.datasets[item.datasetIndex].label !== '95% confidence interval (lower)',
          },
        },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed.y === null ? 'no figure' : formatTick(ctx.parsed.y)}`,
          },
          filter: (item) => item.dataset.label !== '95% confidence interval (lower)' && item.dataset.label !== '95% confidence interval',
        },
      },
    },
  });
  live.add(chart);
  return chart;
}

// ---- Bar charts: every council, and the areas within the home area ------------------------------

/** Diagonal stripes: how the statistical neighbours' bars differ from the rest, not by colour alone. */
function stripes(colour) {
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 2.5;
  g.beginPath();
  g.moveTo(-2, 10); g.lineTo(10, -2);
  g.moveTo(-2, 2); g.lineTo(2, -2);
  g.moveTo(6, 10); g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(c, 'repeat');
}

const BAR = {
  home: { fill: '#1d4f91', border: '#000000', width: 2 },
  neighbour: { border: '#a34400', width: 1.5 },
  other: { fill: '#b1b4b6', border: '#b1b4b6', width: 0 },
};

/**
 * Every council's figure, best first: the home area a solid dark bar with a black outline, the
 * statistical neighbours striped, the rest plain grey; a legend names all three.
 * model: authoritiesModel(...); names: { home, neighbours }.
 */
export function drawAuthoritiesChart(canvas, model, names, formatTick) {
  const pattern = stripes(BAR.neighbour.border);
  const kind = (r) => (r.home ? 'home' : r.neighbour ? 'neighbour' : 'other');
  const fill = (k) => (k === 'neighbour' ? pattern : BAR[k].fill);
  const kinds = model.rows.map(kind);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: model.rows.map((r) => r.name),
      datasets: [{
        label: 'Councils',
        data: model.rows.map((r) => r.value),
        backgroundColor: kinds.map(fill),
        borderColor: kinds.map((k) => BAR[k].border),
        borderWidth: kinds.map((k) => BAR[k].width),
        barPercentage: 1,
        categoryPercentage: 0.9,
        minBarLength: 2,
      }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { ticks: { display: false }, grid: { display: false }, title: { display: true, text: 'Councils, best first', color: '#3b3b3b' } },
        y: { beginAtZero: true, ticks: { color: '#3b3b3b', callback: (v) => formatTick(v) }, grid: { color: '#e5e5e5' } },
      },
      plugins: {
        legend: {
          labels: {
            color: '#0b0c0c',
            generateLabels: () => [
              { text: names.home, fillStyle: BAR.home.fill, strokeStyle: BAR.home.border, lineWidth: 2 },
              ...(kinds.includes('neighbour') ? [{ text: names.neighbours, fillStyle: pattern, strokeStyle: BAR.neighbour.border, lineWidth: 1.5 }] : []),
              { text: 'Other councils', fillStyle: BAR.other.fill, strokeStyle: BAR.other.border, lineWidth: 0 },
            ],
          },
          onClick: () => {},
        },
        tooltip: { callbacks: { label: (ctx) => `${ctx.label}: ${formatTick(ctx.parsed.y)}` } },
      },
    },
  });
  canvas.dataset.series = [names.home, ...(kinds.includes('neighbour') ? [names.neighbours] : []), 'Other councils'].join(' | ');
  live.add(chart);
  return chart;
}

/**
 * The areas within the home area: bars sorted best first, whiskers for each 95% confidence
 * interval and a dashed line at the home area's own figure. model: subAreasModel(...).
 */
export function drawSubAreasChart(canvas, model, formatTick) {
  const rows = model.rows;
  const overlay = {
    id: 'whiskersAndHome',
    afterDatasetsDraw(chart) {
      const { ctx, scales: { x, y }, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = '#0b0c0c';
      ctx.lineWidth = 1.5;
      rows.forEach((r, n) => {
        if (r.ciLower === null || r.ciUpper === null) return;
        const cx = x.getPixelForValue(n);
        const lo = y.getPixelForValue(r.ciLower);
        const hi = y.getPixelForValue(r.ciUpper);
        ctx.beginPath();
        ctx.moveTo(cx, lo); ctx.lineTo(cx, hi);
        ctx.moveTo(cx - 6, lo); ctx.lineTo(cx + 6, lo);
        ctx.moveTo(cx - 6, hi); ctx.lineTo(cx + 6, hi);
        ctx.stroke();
      });
      if (model.homeValue !== null) {
        const hy = y.getPixelForValue(model.homeValue);
        ctx.strokeStyle = '#a34400';
        ctx.lineWidth = 2;
        ctx.setLineDash([8, 4]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, hy); ctx.lineTo(chartArea.right, hy);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
  const maxCi = Math.max(...rows.map((r) => r.ciUpper ?? r.value ?? 0), model.homeValue ?? 0);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => (r.suppressed ? `${r.name} (${r.cells[1]})` : r.name)),
      datasets: [{
        label: 'Area figure', data: rows.map((r) => r.value), backgroundColor: '#1d4f91', borderColor: '#1d4f91', maxBarThickness: 48,
      }],
    },
    plugins: [overlay],
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { ticks: { color: '#3b3b3b', autoSkip: false, maxRotation: 50 }, grid: { display: false } },
        y: { beginAtZero: true, suggestedMax: maxCi * 1.05, ticks: { color: '#3b3b3b', callback: (v) => formatTick(v) }, grid: { color: '#e5e5e5' } },
      },
      plugins: {
        legend: {
          labels: {
            color: '#0b0c0c',
            generateLabels: () => [
              { text: 'Area figure (bar)', fillStyle: '#1d4f91', strokeStyle: '#1d4f91', lineWidth: 0 },
              { text: '95% confidence interval (whisker)', fillStyle: '#ffffff', strokeStyle: '#0b0c0c', lineWidth: 1.5 },
              ...(model.homeValue !== null ? [{ text: `${model.homeName} (dashed line)`, fillStyle: '#ffffff', strokeStyle: '#a34400', lineWidth: 2, lineDash: [4, 2] }] : []),
            ],
          },
          onClick: () => {},
        },
        tooltip: { callbacks: { label: (ctx) => `${ctx.label}: ${rows[ctx.dataIndex].cells[1]}` } },
      },
    },
  });
  canvas.dataset.series = ['Area figure', '95% confidence interval', ...(model.homeValue !== null ? [model.homeName] : [])].join(' | ');
  live.add(chart);
  return chart;
}
