// Elements that never hold others, or whose end tag the parser implies (an unclosed <p> or
// <li> does not nest the next one): they add no depth.
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'html', 'head', 'body',
]);
// Their content is text up to their end tag, whatever it looks like.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

/**
 * How deep the markup nests its elements, read from the tags in one linear pass: an estimate
 * of the parsed tree's depth (unclosed containers count as open), used to refuse a page
 * before its parse, which is superlinear in depth, and the reader's walks, which recurse.
 */
export function nestingDepth(html: string): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  let at = lower.indexOf('<');
  while (at >= 0 && at < lower.length) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end < 0) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const close = lower.indexOf('>', at + 1);
    if (close < 0) break;
    const m = /^<(\/?)([a-z][^\s/>]*)/.exec(lower.slice(at, Math.min(close + 1, at + 64)));
    if (m && !NO_DEPTH.has(m[2])) {
      if (m[1]) depth = Math.max(0, depth - 1);
      else if (lower[close - 1] !== '/') depth++;
      max = Math.max(max, depth);
    }
    let next = close + 1;
    if (m && !m[1] && RAW_TEXT.has(m[2])) {
      const end = lower.indexOf(`</${m[2]}`, next);
      if (end < 0) break;
      next = end;
    }
    at = lower.indexOf('<', next);
  }
  return max;
}
