// The performance team's words beside the engine's: an indicator's "About" (definition, source,
// methodology, owner from the catalogue), the judged rating that becomes the headline one, and the
// story and actions for the latest period (commentary/*.csv). No DOM here (unit-tested in node);
// the views render these as text only.
import { ratingLabel } from '../rating.js';

export const NOT_RECORDED = 'Not recorded';

const present = (v) => typeof v === 'string' && v.trim() !== '';

/** The four "About this indicator" fields, in the order the panel and the CSVs give them. */
export const ABOUT_FIELDS = [
  { key: 'definition', label: 'Definition' },
  { key: 'source', label: 'Source' },
  { key: 'methodology', label: 'Methodology' },
  { key: 'owner', label: 'Owner' },
];

/** [{ key, label, text, recorded }] for the About panel: "Not recorded" where the catalogue has nothing. */
export function aboutModel(indicator) {
  const about = indicator?.about ?? {};
  return ABOUT_FIELDS.map(({ key, label }) => ({
    key, label, recorded: present(about[key]), text: present(about[key]) ? about[key] : NOT_RECORDED,
  }));
}

/** The About fields as CSV columns (a missing one is written "Not recorded", as on screen). */
export function aboutCsvColumns(getIndicator = (row) => row) {
  return ABOUT_FIELDS.map(({ key, label }) => ({
    header: label,
    value: (row) => aboutModel(getIndicator(row)).find((f) => f.key === key).text,
  }));
}

/**
 * The headline rating of an indicator, priority or exception: { rag, computed, judged, label, words }.
 * rag is the headline (judged when the team judged it, else computed); words is what the page
 * shows: "Amber (judged; computed Red)" when judged, else just "Red".
 * For an exception entry (which has no judged object) a headline that differs from rag is judged.
 */
export function headline(item) {
  const computed = item?.rag ?? null;
  const rag = item?.headlineRag ?? computed;
  const judged = item?.judged ? true : (item && !('judged' in item) && rag !== computed);
  const label = ratingLabel(rag);
  const suffix = judged ? `(judged; computed ${ratingLabel(computed)})` : null;
  return { rag, computed, judged, label, suffix, words: suffix ? `${label} ${suffix}` : label };
}

/** "Judged amber by Head of Learning Inclusion for 2026/27 Q2." or null when nothing is judged. */
export function judgedByline(judged) {
  if (!judged) return null;
  const parts = [`Judged ${ratingLabel(judged.rating).toLowerCase()}`];
  if (present(judged.author)) parts.push(`by ${judged.author}`);
  if (present(judged.period)) parts.push(`for ${judged.period}`);
  return `${parts.join(' ')}.`;
}

/** { reason, byline } for a judged rating, or null. */
export function judgedModel(item) {
  const j = item?.judged;
  if (!j) return null;
  return { rating: j.rating, reason: j.reason, byline: judgedByline(j), author: j.author, period: j.period };
}

/** "Head of Learning Inclusion, for 2026/27 Q2" (who wrote a story and for when). */
export function storyByline(story) {
  const who = present(story.author) ? story.author : 'Author not recorded';
  return present(story.period) ? `${who}, for ${story.period}` : who;
}

/** { story, actions, byline, period, author } or null: a missing story or actions reads "Not recorded". */
export function storyModel(item) {
  const s = item?.story;
  if (!s) return null;
  return {
    story: present(s.story) ? s.story : NOT_RECORDED,
    actions: present(s.actions) ? s.actions : NOT_RECORDED,
    author: s.author ?? null,
    period: s.period,
    byline: storyByline(s),
  };
}

/** CSV columns for the headline rating, the judgement and the story of an indicator or priority. */
export function commentaryCsvColumns(get = (row) => row) {
  return [
    { header: 'Headline rating', value: (r) => headline(get(r)).words },
    { header: 'Computed rating', value: (r) => ratingLabel(get(r)?.rag) },
    { header: 'Judged rating', value: (r) => (get(r)?.judged ? ratingLabel(get(r).judged.rating) : '') },
    { header: 'Why judged', value: (r) => get(r)?.judged?.reason },
    { header: 'Judged by', value: (r) => get(r)?.judged?.author },
    { header: 'Judged for period', value: (r) => get(r)?.judged?.period },
    { header: 'Story', value: (r) => get(r)?.story?.story },
    { header: 'Actions', value: (r) => get(r)?.story?.actions },
    { header: 'Story by', value: (r) => get(r)?.story?.author },
    { header: 'Story for period', value: (r) => get(r)?.story?.period },
  ];
}
