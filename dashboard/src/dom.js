// Builds DOM nodes from data without ever parsing data as HTML.
// Everything that came from a JSON file goes through text nodes or setAttribute,
// so a title like <img src=x onerror=alert(1)> is shown literally.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('a', {href: '#/x', class: 'link'}, 'text', childNode, [more])
 * Attributes are set with setAttribute (values are strings, never markup);
 * a function value under an "on..." key becomes an event listener (no inline handlers).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside el with the given children. */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}
