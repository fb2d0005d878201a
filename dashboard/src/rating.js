// A rating is never shown by colour alone: every badge has its word and its own shape
// (red square, amber triangle, green circle, hollow shapes for "no target", "no data", "not rated").
import { h, svg } from './dom.js';

export const RATINGS = {
  RED: { label: 'Red', shape: 'square', order: 0 },
  AMBER: { label: 'Amber', shape: 'triangle', order: 1 },
  GREEN: { label: 'Green', shape: 'circle', order: 2 },
  NO_TARGET: { label: 'No target', shape: 'ring', order: 3 },
  NO_DATA: { label: 'No data', shape: 'dash', order: 4 },
  UNRATED: { label: 'Not rated', shape: 'ring', order: 5 },
};

/** The indicator ratings, in the order the board reads them. */
export const INDICATOR_RATINGS = ['RED', 'AMBER', 'GREEN', 'NO_TARGET', 'NO_DATA'];

export function ratingLabel(rag) {
  return RATINGS[rag]?.label ?? 'Not known';
}

export function ratingOrder(rag) {
  return RATINGS[rag]?.order ?? 9;
}

function shape(kind) {
  const attrs = { class: 'rag__shape', viewBox: '0 0 16 16', width: '14', height: '14', 'aria-hidden': 'true', focusable: 'false' };
  switch (kind) {
    case 'square': return svg('svg', attrs, svg('rect', { x: 2, y: 2, width: 12, height: 12 }));
    case 'triangle': return svg('svg', attrs, svg('polygon', { points: '8,1.5 15,14.5 1,14.5' }));
    case 'circle': return svg('svg', attrs, svg('circle', { cx: 8, cy: 8, r: 6.5 }));
    case 'ring': return svg('svg', attrs, svg('circle', { cx: 8, cy: 8, r: 5.5, fill: 'none', 'stroke-width': 2.5 }));
    default: return svg('svg', attrs, svg('rect', { x: 2, y: 6.5, width: 12, height: 3 }));
  }
}

/** <span class="rag rag--red">■ Red</span>: the shape is decoration, the word is what is read out. */
export function ratingBadge(rag, { suffix } = {}) {
  const known = RATINGS[rag];
  const cls = known ? rag.toLowerCase().replace('_', '-') : 'unknown';
  return h('span', { class: `rag rag--${cls}` },
    shape(known?.shape ?? 'dash'),
    h('span', { class: 'rag__label' }, known ? known.label : 'Not known', suffix ? ` ${suffix}` : ''));
}

/** "3 red, 2 amber, 5 green, 1 no target" - counts in words, skipping the zeros. */
export function countsWords(counts) {
  if (!counts || typeof counts !== 'object') return 'No indicators counted';
  const parts = INDICATOR_RATINGS
    .filter((r) => Number(counts[r]) > 0)
    .map((r) => `${counts[r]} ${ratingLabel(r).toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'No indicators counted';
}
