// The indicator chart, drawn by Chart.js (tree-shaken to the parts used).
// Series are told apart by line style and point shape as well as colour, and the
// canvas is only a picture: the same figures are given as text and as a table beside it.
import {
  Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler);

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
