import fc from 'fast-check';

/**
 * Generators of hostile input for the fuzz suite: text a scraper may hand over, HTML pages,
 * RSS/Atom feeds, JSON lines and API bodies. Each mixes news-like words (so the input reaches
 * the deep stages: quotes, dates, claims) with what breaks parsers (invisible and bidi
 * characters, lone surrogates, control bytes, unbalanced quotes and brackets, long runs).
 * Every piece is written here; nothing is taken from a dataset.
 */

/** Words that make the annotators work: names, titles, cue verbs, dates, numbers, hedges. */
const NEWS_WORDS = [
  'Minister', 'Odile', 'Fenwick', 'Dr.', 'Mr.', 'Bram', 'Osei', 'Harlow', 'Valley', 'Council', 'police', 'the', 'a', 'of', 'in',
  'said', 'told', 'denied', 'announced', 'killed', 'arrested', 'met', 'reportedly', 'according', 'to', 'on', 'Monday',
  'January', '28', '2031', '12:30', '3.5', '1,200', '$4m', '40%', 'km', 'people', 'soldiers', 'he', 'she', 'they', 'not',
  'U.S.', 'e.g.', 'No.', '(AP)', 'Reuters', '—', '-', '–', ',', '.', '!', '?', ';', ':', '"', '“', '”', "'", '‘', '’', '«', '»',
  '(', ')', '[', ']', '{', '}', '...', '…', '&amp;', '<b>', '</b>', '#', '@', '=', '+', '*', '/', '\\',
];

/** Characters that have broken text tools: invisible, bidi, combining, astral, lone surrogates, controls. */
const ODD_PIECES = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202C', '\u2066', '\u2069', '\u061C',
  '\u0301', '\u0338', '\uD83D\uDE00', '\uD83C\uDDFA\uD83C\uDDF8', '\uD800', '\uDFFF', '\u0000', '\u0007', '\u001B', '\u007F',
  '\u0085', '\u2028', '\u2029', '\r', '\r\n', '\n\n', '\t', '\u00A0', '\u3000', 'ﬁ', 'Ⅻ', '①', 'Ａ', 'كريمي', 'Карими', '卡里米',
  'İ', 'ß', 'ǅ', '\uFFFD', '\uFFFF', '\u{10FFFF}',
];

/** Runs that trip regexes with backtracking and scans that restart at every position. */
const RUN_UNITS = ['a', ' ', '.', '. ', 'Mr. ', '"', '" ', '“', '(', ')', '<', '<p>', '&', '1,', '1', '-', '\u200B', 'A ', 'said ', '\n', ':', 'Aa'];

/** A run of one unit repeated up to `maxChars` characters: the input shape superlinear code fears most. */
export function longRun(maxChars: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 1, max: maxChars })).map(([unit, n]) => unit.repeat(Math.max(1, Math.floor(n / unit.length))));
}

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: longRun(400) },
);

/** Arbitrary and adversarial text: news words, odd characters, random code points and runs, spaced or not. */
export function hostileText({ maxPieces = 200 } = {}): fc.Arbitrary<string> {
  return fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n', '. ')), { maxLength: maxPieces }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

/** Text a user might paste: news sentences with odd characters here and there, sometimes with no line break at all. */
export function articleText({ maxSentences = 40 } = {}): fc.Arbitrary<string> {
  const sentence = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...NEWS_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_PIECES) }), { minLength: 3, maxLength: 30 })
    .map((ws) => `${ws.join(' ')}.`);
  return fc.tuple(fc.constantFrom('Bridge closed in Harlow', '', 'BREAKING: “Talks” fail', '\u202EGovernor\u202C speaks'), fc.array(sentence, { maxLength: maxSentences }), fc.constantFrom(' ', '\n', '\n\n'))
    .map(([title, sentences, joiner]) => [title, ...sentences].join(joiner));
}

const TAGS = ['p', 'div', 'article', 'span', 'b', 'i', 'a', 'h1', 'h2', 'table', 'tr', 'td', 'ul', 'li', 'section', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'blockquote', 'time', 'svg', 'math', 'template', 'noscript', 'iframe', 'form', 'select', 'option', 'textarea', 'pre', 'font', 'center', 'x-widget'];
const VOID_TAGS = ['br', 'img', 'meta', 'link', 'hr', 'input', 'source', 'wbr'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&#8203;', '&#x202E;', '&#0;', '&#xD800;', '&#1114112;', '&#99999999999;', '&bogus;', '&', '&#', '&#x;', '&amp', '&AElig', '&notit;'];
const ATTR_NAMES = ['class', 'id', 'href', 'src', 'style', 'onerror', 'onclick', 'content', 'property', 'name', 'datetime', 'itemprop', 'data-x', 'x"y', '=', ''];

const attrValue = fc.oneof(
  fc.constantFrom('javascript:alert(1)', 'article-body', 'og:title', 'article:published_time', '2031-05-02T10:00:00Z', 'author', 'x" onerror="alert(1)', '"', "'", '>', ''),
  fc.string({ unit: 'binary', maxLength: 20 }),
  // Huge attribute values: a parser that copies or rescans them per node goes quadratic.
  fc.tuple(fc.constantFrom('x', '&amp;', ' ', '"'), fc.integer({ min: 100, max: 20_000 })).map(([u, n]) => u.repeat(n)),
);

const attributes = fc.array(fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue, fc.constantFrom('"', "'", '')), { maxLength: 4 })
  .map((as) => as.map(([n, v, q]) => ` ${n}=${q}${v}${q}`).join(''));

const htmlText = fc.oneof(
  { weight: 4, arbitrary: articleText({ maxSentences: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: hostileText({ maxPieces: 20 }) },
);

/** A tree of elements, some left unclosed, some closed twice or in the wrong order, with scripts, styles and comments. */
const htmlTree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText,
    fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('close', 'close', 'open', 'wrong'))
      .map(([tag, attrs, children, end]) => `<${tag}${attrs}>${children.join('')}${end === 'close' ? `</${tag}>` : end === 'wrong' ? '</p></div>' : ''}`),
    fc.tuple(fc.constantFrom(...VOID_TAGS), attributes).map(([tag, attrs]) => `<${tag}${attrs}>`),
    fc.constantFrom(
      '<script>document.write("<p>injected</p>")</script>', '<script>var s = "</div>";', '<style>p{}</style>', '<!-- comment -->', '<!-- unclosed',
      '<![CDATA[ x ]]>', '<?php echo 1 ?>', '</>', '<>', '< p>', '<p', '<img src=x onerror=alert(1)>', '<svg><script>alert(1)</script></svg>',
      '<meta property="article:published_time" content="not a date">', '<time datetime="2031-13-45">', '<base href="javascript:">',
    ),
  ),
}));

/** Elements nested deeper than any page: a recursive walker runs out of stack, a per-level rescan goes quadratic. */
const deepNesting = fc.tuple(fc.constantFrom('div', 'span', 'b', 'p', 'li', 'table'), fc.integer({ min: 100, max: 5_000 }), fc.boolean(), articleText({ maxSentences: 2 }))
  .map(([tag, depth, closed, text]) => `${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ''}`);

/** HTML pages: a document shell (or none) around a random tree, a deep nest or a long run. */
export function hostileHtml(): fc.Arbitrary<string> {
  const body = fc.oneof({ weight: 6, arbitrary: fc.array(htmlTree.node, { maxLength: 8 }).map((ns) => ns.join('')) }, { weight: 1, arbitrary: deepNesting }, { weight: 1, arbitrary: longRun(20_000).map((r) => `<p>${r}</p>`) });
  const head = fc.constantFrom('', '<title>Bridge closed | Harlow Post</title>', '<meta charset="utf-16"><title>', '<meta name="author" content="By Odile Fenwick">', '<title>' + 'T'.repeat(5_000) + '</title>');
  return fc.tuple(fc.constantFrom('<!doctype html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', '<html>', ''), head, body, fc.boolean())
    .map(([doctype, h, b, shell]) => (shell ? `${doctype}<html><head>${h}</head><body>${b}</body></html>` : `${doctype || '<html>'}${h}${b}`));
}

const FEED_DATES = ['Mon, 02 May 2031 10:00:00 GMT', '2031-05-02T10:00:00+03:00', 'yesterday', '', '31/31/2031', 'Thu, 99 Foo 9999 99:99:99 ZZZ', '2031-05-02'];

const feedText = fc.oneof(articleText({ maxSentences: 4 }), hostileText({ maxPieces: 30 }), fc.constantFrom(...ENTITIES), fc.constantFrom('<![CDATA[<p>Inside <b>CDATA</b></p>]]>', '<![CDATA[ unclosed', ']]>', '<p>escaped html</p>', '&lt;p&gt;Escaped&lt;/p&gt;'));

/** RSS 2.0, Atom and RDF feeds, well-formed or broken: unclosed items, entity declarations, bad dates, CDATA. */
export function hostileFeed(): fc.Arbitrary<string> {
  const item = fc.tuple(feedText, feedText, fc.constantFrom(...FEED_DATES), fc.constantFrom('https://harlow.example/a', 'javascript:alert(1)', '', 'not a url'), fc.boolean());
  const prolog = fc.constantFrom(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '',
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    '<!-- a feed -->',
  );
  const rss = fc.tuple(prolog, fc.array(item, { maxLength: 6 }), fc.boolean()).map(([p, items, closed]) => `${p}<rss version="2.0"><channel><title>Harlow Post &xxe; &lol2;</title>${items
    .map(([t, d, date, link, ok]) => `<item><title>${t}</title><link>${link}</link><pubDate>${date}</pubDate><description>${d}</description>${ok ? '</item>' : ''}`).join('')}${closed ? '</channel></rss>' : ''}`);
  const atom = fc.tuple(prolog, fc.array(item, { maxLength: 6 })).map(([p, items]) => `${p}<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley News</title>${items
    .map(([t, d, date, link, ok]) => `<entry><title type="html">${t}</title><link href="${link}"/><updated>${date}</updated><content type="${ok ? 'html' : 'xhtml'}">${d}</content></entry>`).join('')}</feed>`);
  const rdf = fc.array(item, { maxLength: 3 }).map((items) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${items.map(([t, d]) => `<item><title>${t}</title><description>${d}</description></item>`).join('')}</rdf:RDF>`);
  return fc.oneof(rss, atom, rdf);
}

/** A field value of any JSON type, or a string that may be empty, huge, or hold odd characters. */
const fieldValue = fc.oneof(
  { weight: 4, arbitrary: articleText({ maxSentences: 3 }) },
  { weight: 2, arbitrary: hostileText({ maxPieces: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FEED_DATES, '2031-05-02', '', '   ') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const FIELD_NAMES = ['title', 'text', 'html', 'outlet', 'published', 'url', 'byline'];

/** An article record as JSON would give it: the known fields, of any type, sometimes an unknown one. */
export function articleRecord(): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), fieldValue, { maxKeys: 6 }),
    fc.oneof({ weight: 3, arbitrary: articleText({ maxSentences: 6 }) }, { weight: 1, arbitrary: hostileText({ maxPieces: 60 }) }, { weight: 1, arbitrary: hostileHtml() }),
    fc.constantFrom('text', 'html', 'none', 'text'),
    fc.option(fc.tuple(fc.constantFrom('body', 'content', '__proto__', 'constructor', 'TEXT'), fieldValue), { freq: 8 }),
  ).map(([fields, body, as, extra]) => {
    const record: Record<string, unknown> = { ...fields };
    if (as !== 'none') record[as] = body;
    // Defined as an own property, so "__proto__" is a key of the JSON and not the object's prototype.
    if (extra) Object.defineProperty(record, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
    return record;
  });
}

/** A record the API and ingest accept: text or HTML with the usual string fields, odd characters inside. */
export function wellFormedRecord(): fc.Arbitrary<Record<string, string>> {
  return fc.tuple(
    fc.oneof({ weight: 3, arbitrary: articleText({ maxSentences: 10 }).map((text) => ({ text: `${text} Minister Odile Fenwick said.` })) }, { weight: 1, arbitrary: hostileHtml().map((html) => ({ html: `${html}<p>Minister Odile Fenwick said.</p>` })) }),
    fc.constantFrom('Bridge closed in Harlow', 'Talks fail', '\u202EGovernor\u202C speaks', ''),
    fc.constantFrom('Harlow Post', 'Valley News', 'Ka\u200Brimi Daily'),
    fc.constantFrom('2031-05-02', '2031-05-02T10:00:00+03:00', 'Mon, 02 May 2031 10:00:00 GMT'),
  ).map(([body, title, outlet, published]) => ({ ...body, ...(title ? { title } : {}), outlet, published }));
}

/** JSON lines: records, other JSON values, broken lines, blank lines, one array of records. */
export function hostileJsonLines(): fc.Arbitrary<string> {
  const line = fc.oneof(
    { weight: 5, arbitrary: articleRecord().map((r) => JSON.stringify(r)) },
    { weight: 3, arbitrary: wellFormedRecord().map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: articleRecord().map((r) => JSON.stringify(r).slice(0, -3)) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '{', '}', '[', 'null', '{"text": "\\ud800"}', '{"text": "a\\u0000b"}', '{"text": 1e999}', `{"text": "${'x'.repeat(10_000)}"}`) },
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n')).map(([ls, nl]) => ls.join(nl)) },
    { weight: 1, arbitrary: fc.array(articleRecord(), { maxLength: 4 }).map((rs) => JSON.stringify(rs)) },
  );
}

/** A POST /api/documents body: mostly one record or a batch, sometimes any JSON, broken JSON or another type. */
export function apiBody(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: wellFormedRecord().map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.array(wellFormedRecord(), { minLength: 1, maxLength: 3 }).map((rs) => JSON.stringify(rs)) },
    { weight: 5, arbitrary: articleRecord().map((r) => JSON.stringify(r)) },
    { weight: 2, arbitrary: fc.array(articleRecord(), { maxLength: 4 }).map((rs) => JSON.stringify(rs)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: articleRecord().map((r) => JSON.stringify(r).slice(0, -2)) },
    { weight: 1, arbitrary: fc.constantFrom('', 'null', '[]', '{}', '[null]', '"text"', '{"text":"\\udfff"}', '{"text":"ok","text":5}', '{"__proto__":{"text":"x"}}', '{"text":"x","constructor":{}}', '['.repeat(5_000), '{"a":'.repeat(2_000)) },
  );
}
